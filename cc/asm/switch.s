	.file	"switch.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/switch/switch.c"
	.p2align 4
	.type	run, @function
run:
.LVL0:
.LFB24:
	.file 1 "dispatch/switch/switch.c"
	.loc 1 30 1 view -0
	.cfi_startproc
	.loc 1 31 5 view .LVU1
	.loc 1 32 5 view .LVU2
# dispatch/switch/switch.c:30: {
	.loc 1 30 1 is_stmt 0 view .LVU3
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/switch/switch.c:37:     uintptr_t *rsp = vm->rstack;
	.loc 1 37 16 view .LVU4
	leaq	32776(%rdi), %r9	#, rsp
# dispatch/switch/switch.c:30: {
	.loc 1 30 1 view .LVU5
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
# dispatch/switch/switch.c:37:     uintptr_t *rsp = vm->rstack;
	.loc 1 37 16 view .LVU6
	movq	%r9, %r14	# rsp, rsp
# dispatch/switch/switch.c:30: {
	.loc 1 30 1 view .LVU7
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rdx, %r12	# tmp753, prepared
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
# dispatch/switch/switch.c:36:     cell *sp = vm->stack;
	.loc 1 36 11 view .LVU8
	movq	%rdi, %rbx	# vm, sp
# dispatch/switch/switch.c:30: {
	.loc 1 30 1 view .LVU9
	subq	$56, %rsp	#,
	.cfi_def_cfa_offset 112
# dispatch/switch/switch.c:33:     const uint8_t *cur = q->code;      /* the copy being run */
	.loc 1 33 20 view .LVU10
	movq	(%rdx), %rax	# MEM[(const struct quick *)prepared_673(D)].code, pc
# dispatch/switch/switch.c:32:     const struct branch *const branch = q->branch;
	.loc 1 32 32 view .LVU11
	movq	16(%rdx), %r10	# MEM[(const struct quick *)prepared_673(D)].branch, branch
.LVL1:
	.loc 1 33 5 is_stmt 1 view .LVU12
	.loc 1 34 5 view .LVU13
	.loc 1 35 5 view .LVU14
# dispatch/switch/switch.c:35:     const uint32_t *const ord = prog->ord;
	.loc 1 35 27 is_stmt 0 view .LVU15
	movq	24(%rsi), %r15	# prog_648(D)->ord, ord
.LVL2:
	.loc 1 36 5 is_stmt 1 view .LVU16
	.loc 1 37 5 view .LVU17
	.loc 1 38 5 view .LVU18
# dispatch/switch/switch.c:38:     int64_t budget = vm->limit;
	.loc 1 38 13 is_stmt 0 view .LVU19
	movq	65560(%rdi), %r8	# vm_650(D)->limit, budget
.LVL3:
# dispatch/switch/switch.c:33:     const uint8_t *cur = q->code;      /* the copy being run */
	.loc 1 33 20 view .LVU20
	movq	%rax, %r13	# pc, cur
.LVL4:
	.p2align 4,,10
	.p2align 3
.L2:
	.loc 1 39 5 is_stmt 1 view .LVU21
	.loc 1 40 5 view .LVU22
	.loc 1 64 5 view .LVU23
	.loc 1 66 23 view .LVU24
	.loc 1 67 9 view .LVU25
	movzbl	(%rax), %edx	# *pc_682, *pc_682
# dispatch/switch/switch.c:67:         switch (*pc++) {
	.loc 1 67 20 is_stmt 0 view .LVU26
	leaq	1(%rax), %rbp	#, pc
.LVL5:
# dispatch/switch/switch.c:67:         switch (*pc++) {
	.loc 1 67 9 view .LVU27
	jmp	*.L6(,%rdx,8)	#
	.section	.rodata
	.align 8
	.align 4
.L6:
	.quad	.L172
	.quad	.L69
	.quad	.L68
	.quad	.L67
	.quad	.L66
	.quad	.L65
	.quad	.L64
	.quad	.L63
	.quad	.L62
	.quad	.L61
	.quad	.L60
	.quad	.L59
	.quad	.L58
	.quad	.L57
	.quad	.L56
	.quad	.L55
	.quad	.L54
	.quad	.L53
	.quad	.L52
	.quad	.L51
	.quad	.L50
	.quad	.L49
	.quad	.L48
	.quad	.L47
	.quad	.L46
	.quad	.L130
	.quad	.L45
	.quad	.L44
	.quad	.L43
	.quad	.L42
	.quad	.L41
	.quad	.L40
	.quad	.L39
	.quad	.L5
	.quad	.L172
	.quad	.L72
	.quad	.L154
	.quad	.L78
	.quad	.L80
	.quad	.L84
	.quad	.L86
	.quad	.L88
	.quad	.L90
	.quad	.L92
	.quad	.L94
	.quad	.L99
	.quad	.L103
	.quad	.L105
	.quad	.L107
	.quad	.L109
	.quad	.L111
	.quad	.L113
	.quad	.L115
	.quad	.L117
	.quad	.L119
	.quad	.L121
	.quad	.L123
	.quad	.L125
	.quad	.L127
	.quad	.L130
	.quad	.L133
	.quad	.L138
	.quad	.L11
	.quad	.L145
	.quad	.L147
	.quad	.L150
	.quad	.L153
	.quad	.L5
	.text
	.p2align 4,,10
	.p2align 3
.L5:
.LBB54:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.file 2 "./isa/ops.inc"
	.loc 2 123 5 view .LVU28
	subq	%r13, %rax	# cur, tmp750
.LBE54:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 view .LVU29
	xorl	%r11d, %r11d	# arg
	xorl	%esi, %esi	# st
.LBB55:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU30
	movl	(%r15,%rax,4), %ecx	# *_499, prephitmp_14
.L71:
.L155:
.L156:
.L157:
.L158:
.L159:
.L160:
.L161:
.L162:
.L163:
.L164:
.L165:
.L166:
.L167:
.L168:
.L169:
.L170:
.LVL6:
.L171:
	.loc 2 123 5 view .LVU31
.LBE55:
	.loc 1 75 5 is_stmt 1 view .LVU32
# dispatch/switch/switch.c:77: }
	.loc 1 77 1 is_stmt 0 view .LVU33
	addq	$56, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
# dispatch/switch/switch.c:75:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 75 5 view .LVU34
	movq	%r11, %rdx	# arg,
# dispatch/switch/switch.c:77: }
	.loc 1 77 1 view .LVU35
	popq	%rbx	#
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_def_cfa_offset 40
.LVL7:
	.loc 1 77 1 view .LVU36
	popq	%r12	#
	.cfi_def_cfa_offset 32
.LVL8:
	.loc 1 77 1 view .LVU37
	popq	%r13	#
	.cfi_def_cfa_offset 24
.LVL9:
	.loc 1 77 1 view .LVU38
	popq	%r14	#
	.cfi_def_cfa_offset 16
	popq	%r15	#
	.cfi_def_cfa_offset 8
.LVL10:
# dispatch/switch/switch.c:75:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 75 5 view .LVU39
	jmp	vm_stop	#
.LVL11:
.L14:
.L128:
.L129:
	.p2align 4,,10
	.p2align 3
.L130:
	.cfi_restore_state
	.loc 2 103 1 is_stmt 1 view .LVU40
	.loc 2 103 1 view .LVU41
	.loc 2 104 5 view .LVU42
	.loc 2 104 5 view .LVU43
	.loc 2 104 5 view .LVU44
.LBB56:
.LBI56:
	.file 3 "./isa/program.h"
	.loc 3 97 24 view .LVU45
.LBB57:
	.loc 3 99 5 view .LVU46
	.loc 3 100 5 view .LVU47
	.loc 3 104 5 view .LVU48
	.loc 3 104 5 is_stmt 0 view .LVU49
.LBE57:
.LBE56:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU50
	movl	1(%rax), %edx	# MEM <unsigned int> [(char * {ref-all})pc_682 + 1B], MEM <unsigned int> [(char * {ref-all})pc_682 + 1B]
	salq	$5, %rdx	#, tmp671
	addq	%r10, %rdx	# branch, _386
	cmpq	%r8, 8(%rdx)	# budget, _386->limit
	jg	.L184	#,
	.loc 2 104 5 is_stmt 1 view .LVU51
	.loc 2 104 5 view .LVU52
.LVL12:
	.loc 2 104 5 is_stmt 0 view .LVU53
	movl	(%rdx), %eax	# _386->target, _386->target
.LVL13:
	.loc 2 104 5 view .LVU54
	addq	16(%rdx), %r8	# _386->delta, budget
.LVL14:
	.loc 2 104 5 is_stmt 1 view .LVU55
	.loc 2 104 5 view .LVU56
	.loc 2 104 5 is_stmt 0 view .LVU57
	addq	%r13, %rax	# cur, pc
.LVL15:
	.loc 2 104 5 is_stmt 1 view .LVU58
	jmp	.L2	#
.LVL16:
	.p2align 4,,10
	.p2align 3
.L172:
# dispatch/switch/switch.c:67:         switch (*pc++) {
	.loc 1 67 9 is_stmt 0 view .LVU59
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
	.p2align 4,,10
	.p2align 3
.L39:
	.loc 2 137 1 is_stmt 1 discriminator 1 view .LVU60
	.loc 2 137 1 discriminator 1 view .LVU61
	.loc 2 137 1 discriminator 1 view .LVU62
	.loc 2 137 1 discriminator 1 view .LVU63
	.loc 2 137 1 discriminator 1 view .LVU64
	leaq	8(%rdi), %rdx	#, tmp742
	cmpq	%rdx, %rbx	# tmp742, sp
	jb	.L187	#,
.L7:
.L153:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 is_stmt 0 discriminator 13 view .LVU65
	subq	%r13, %rax	# cur, tmp746
	movq	%r10, 24(%rsp)	# branch, %sfp
	leaq	(%r15,%rax,4), %rdx	#, _657
	movq	%r9, 16(%rsp)	# rsp, %sfp
	.loc 2 137 1 is_stmt 1 discriminator 13 view .LVU66
	.loc 2 137 1 discriminator 13 view .LVU67
	.loc 2 138 5 discriminator 13 view .LVU68
	.loc 2 138 5 discriminator 13 view .LVU69
	movl	(%rdx), %eax	# *_657,
	movq	%rdx, 8(%rsp)	# _657, %sfp
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, prephitmp_14
	jge	.L175	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU70
	movq	-8(%rbx), %rsi	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
	movq	%r8, 40(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 2 view .LVU71
	.loc 2 138 5 discriminator 2 view .LVU72
	.loc 2 139 5 discriminator 2 view .LVU73
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU74
	movq	%rdi, 32(%rsp)	# vm, %sfp
	call	vm_print	#
.LVL17:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 2 view .LVU75
	movq	32(%rsp), %rdi	# %sfp, vm
	movq	40(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp754
	movq	8(%rsp), %rdx	# %sfp, _657
	movq	16(%rsp), %r9	# %sfp, rsp
	movq	24(%rsp), %r10	# %sfp, branch
	jne	.L188	#,
.LVL18:
.L154:
	.loc 2 140 9 is_stmt 1 view .LVU76
	.loc 2 141 5 view .LVU77
	subq	$8, %rbx	#, sp
.LVL19:
	.loc 2 142 1 view .LVU78
	.loc 2 142 1 view .LVU79
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL20:
	.p2align 4,,10
	.p2align 3
.L69:
	.loc 2 35 1 discriminator 5 view .LVU80
	.loc 2 35 1 discriminator 5 view .LVU81
	.loc 2 35 1 discriminator 5 view .LVU82
	.loc 2 35 1 discriminator 5 view .LVU83
	.loc 2 35 1 discriminator 5 view .LVU84
	.loc 2 35 1 discriminator 5 view .LVU85
	.loc 2 35 1 discriminator 5 view .LVU86
	.loc 2 35 1 discriminator 5 view .LVU87
	leaq	32760(%rdi), %rdx	#, tmp525
	cmpq	%rbx, %rdx	# sp, tmp525
	jb	.L181	#,
.L70:
.L38:
.L72:
	.loc 2 35 1 view .LVU88
	.loc 2 35 1 view .LVU89
	.loc 2 36 5 view .LVU90
.LBB58:
	.loc 2 36 5 view .LVU91
.LVL21:
.LBB59:
.LBI59:
	.loc 3 88 20 view .LVU92
.LBB60:
	.loc 3 90 5 view .LVU93
	.loc 3 91 5 view .LVU94
	.loc 3 95 5 view .LVU95
	.loc 3 95 5 is_stmt 0 view .LVU96
.LBE60:
.LBE59:
	.loc 2 36 5 is_stmt 1 view .LVU97
	.loc 2 36 5 is_stmt 0 view .LVU98
	movq	1(%rax), %rdx	# MEM <unsigned long> [(char * {ref-all})pc_682 + 1B], MEM <unsigned long> [(char * {ref-all})pc_682 + 1B]
	addq	$8, %rbx	#, sp
.LVL22:
	.loc 2 36 5 view .LVU99
.LBE58:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 view .LVU100
	addq	$9, %rax	#, pc
.LVL23:
.LBB61:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 view .LVU101
	movq	%rdx, -8(%rbx)	# MEM <unsigned long> [(char * {ref-all})pc_682 + 1B], *sp_683
.LBE61:
	.loc 2 36 5 is_stmt 1 view .LVU102
	.loc 2 37 1 view .LVU103
.LVL24:
	.loc 2 37 1 view .LVU104
	jmp	.L2	#
.LVL25:
	.p2align 4,,10
	.p2align 3
.L66:
	.loc 2 47 1 discriminator 1 view .LVU105
	.loc 2 47 1 discriminator 1 view .LVU106
	.loc 2 47 1 discriminator 1 view .LVU107
	.loc 2 47 1 discriminator 1 view .LVU108
	.loc 2 47 1 discriminator 1 view .LVU109
	leaq	16(%rdi), %rdx	#, tmp543
	cmpq	%rdx, %rbx	# tmp543, sp
	jb	.L182	#,
.L79:
.L35:
.L80:
	.loc 2 47 1 discriminator 13 view .LVU110
	.loc 2 47 1 discriminator 13 view .LVU111
.LBB62:
	.loc 2 48 7 discriminator 13 view .LVU112
.LVL26:
	.loc 2 48 22 discriminator 13 view .LVU113
	.loc 2 48 35 discriminator 13 view .LVU114
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 13 view .LVU115
	movdqu	-16(%rbx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_683 + -16B], vect__42.31
.LBE62:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 discriminator 13 view .LVU116
	movq	%rbp, %rax	# pc, pc
.LBB63:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 13 view .LVU117
	shufpd	$1, %xmm0, %xmm0	#, tmp762, vect__42.31
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 discriminator 13 view .LVU118
	movups	%xmm0, -16(%rbx)	# vect__42.31, MEM <vector(2) long int> [(cell *)sp_683 + -16B]
.LVL27:
	.loc 2 48 40 discriminator 13 view .LVU119
.LBE63:
	.loc 2 49 1 is_stmt 1 discriminator 13 view .LVU120
	.loc 2 49 1 discriminator 13 view .LVU121
	jmp	.L2	#
.LVL28:
	.p2align 4,,10
	.p2align 3
.L62:
	.loc 2 64 1 discriminator 1 view .LVU122
	.loc 2 64 1 discriminator 1 view .LVU123
	.loc 2 64 1 discriminator 1 view .LVU124
	.loc 2 64 1 discriminator 1 view .LVU125
	.loc 2 64 1 discriminator 1 view .LVU126
	leaq	16(%rdi), %rdx	#, tmp568
	cmpq	%rdx, %rbx	# tmp568, sp
	jb	.L182	#,
.L89:
.L31:
.L90:
	.loc 2 64 1 discriminator 13 view .LVU127
	.loc 2 64 1 discriminator 13 view .LVU128
	.loc 2 64 16 discriminator 13 view .LVU129
.LBB64:
	.loc 2 64 16 discriminator 13 view .LVU130
.LVL29:
	.loc 2 64 16 discriminator 13 view .LVU131
	.loc 2 64 16 discriminator 13 view .LVU132
	.loc 2 64 16 discriminator 13 view .LVU133
	.loc 2 64 16 discriminator 13 view .LVU134
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
	subq	%rax, -16(%rbx)	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -16B]
.LVL30:
	.loc 2 64 16 is_stmt 0 discriminator 13 view .LVU135
.LBE64:
	.loc 2 64 16 is_stmt 1 discriminator 13 view .LVU136
	.loc 2 64 54 discriminator 13 view .LVU137
	.loc 2 64 54 discriminator 13 view .LVU138
.LBB65:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 is_stmt 0 discriminator 13 view .LVU139
	subq	$8, %rbx	#, sp
.LVL31:
	.loc 2 64 16 discriminator 13 view .LVU140
.LBE65:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 discriminator 13 view .LVU141
	movq	%rbp, %rax	# pc, pc
.LVL32:
	.loc 2 64 54 discriminator 13 view .LVU142
	jmp	.L2	#
.LVL33:
	.p2align 4,,10
	.p2align 3
.L63:
	.loc 2 63 1 is_stmt 1 discriminator 1 view .LVU143
	.loc 2 63 1 discriminator 1 view .LVU144
	.loc 2 63 1 discriminator 1 view .LVU145
	.loc 2 63 1 discriminator 1 view .LVU146
	.loc 2 63 1 discriminator 1 view .LVU147
	leaq	16(%rdi), %rdx	#, tmp563
	cmpq	%rdx, %rbx	# tmp563, sp
	jb	.L182	#,
.L87:
.L32:
.L88:
	.loc 2 63 1 discriminator 13 view .LVU148
	.loc 2 63 1 discriminator 13 view .LVU149
	.loc 2 63 16 discriminator 13 view .LVU150
.LBB66:
	.loc 2 63 16 discriminator 13 view .LVU151
.LVL34:
	.loc 2 63 16 discriminator 13 view .LVU152
	.loc 2 63 16 discriminator 13 view .LVU153
	.loc 2 63 16 discriminator 13 view .LVU154
	.loc 2 63 16 discriminator 13 view .LVU155
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
	addq	%rax, -16(%rbx)	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -16B]
.LVL35:
	.loc 2 63 16 is_stmt 0 discriminator 13 view .LVU156
.LBE66:
	.loc 2 63 16 is_stmt 1 discriminator 13 view .LVU157
	.loc 2 63 54 discriminator 13 view .LVU158
	.loc 2 63 54 discriminator 13 view .LVU159
.LBB67:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 is_stmt 0 discriminator 13 view .LVU160
	subq	$8, %rbx	#, sp
.LVL36:
	.loc 2 63 16 discriminator 13 view .LVU161
.LBE67:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 discriminator 13 view .LVU162
	movq	%rbp, %rax	# pc, pc
.LVL37:
	.loc 2 63 54 discriminator 13 view .LVU163
	jmp	.L2	#
.LVL38:
	.p2align 4,,10
	.p2align 3
.L64:
	.loc 2 55 1 is_stmt 1 discriminator 1 view .LVU164
	.loc 2 55 1 discriminator 1 view .LVU165
	.loc 2 55 1 discriminator 1 view .LVU166
	.loc 2 55 1 discriminator 1 view .LVU167
	.loc 2 55 1 discriminator 1 view .LVU168
	leaq	24(%rdi), %rdx	#, tmp558
	cmpq	%rdx, %rbx	# tmp558, sp
	jb	.L182	#,
.L85:
.L33:
.L86:
	.loc 2 55 1 discriminator 13 view .LVU169
	.loc 2 55 1 discriminator 13 view .LVU170
.LBB68:
	.loc 2 56 7 discriminator 13 view .LVU171
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 is_stmt 0 discriminator 13 view .LVU172
	movq	-24(%rbx), %rax	# MEM[(cell *)sp_683 + -24B], a
.LVL39:
	.loc 2 56 22 is_stmt 1 discriminator 13 view .LVU173
	.loc 2 56 35 discriminator 13 view .LVU174
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 13 view .LVU175
	movdqu	-16(%rbx), %xmm2	# MEM <vector(2) long int> [(cell *)sp_683 + -16B], tmp766
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 53 discriminator 13 view .LVU176
	movq	%rax, -8(%rbx)	# a, MEM[(cell *)sp_683 + -8B]
.LBE68:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 13 view .LVU177
	movq	%rbp, %rax	# pc, pc
.LVL40:
.LBB69:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 13 view .LVU178
	movups	%xmm2, -24(%rbx)	# tmp766, MEM <vector(2) long int> [(cell *)sp_683 + -24B]
.LVL41:
	.loc 2 56 48 is_stmt 1 discriminator 13 view .LVU179
.LBE69:
	.loc 2 57 1 discriminator 13 view .LVU180
	.loc 2 57 1 discriminator 13 view .LVU181
	jmp	.L2	#
.LVL42:
	.p2align 4,,10
	.p2align 3
.L54:
	.loc 2 90 1 discriminator 1 view .LVU182
	.loc 2 90 1 discriminator 1 view .LVU183
	.loc 2 90 1 discriminator 1 view .LVU184
	.loc 2 90 1 discriminator 1 view .LVU185
	.loc 2 90 1 discriminator 1 view .LVU186
	leaq	16(%rdi), %rdx	#, tmp611
	cmpq	%rdx, %rbx	# tmp611, sp
	jb	.L182	#,
.L110:
.L23:
.L111:
	.loc 2 90 1 discriminator 13 view .LVU187
	.loc 2 90 1 discriminator 13 view .LVU188
	.loc 2 90 16 discriminator 13 view .LVU189
.LBB70:
	.loc 2 90 16 discriminator 13 view .LVU190
.LVL43:
	.loc 2 90 16 discriminator 13 view .LVU191
	.loc 2 90 16 discriminator 13 view .LVU192
	.loc 2 90 16 discriminator 13 view .LVU193
	.loc 2 90 16 discriminator 13 view .LVU194
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
	xorq	%rax, -16(%rbx)	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -16B]
.LVL44:
	.loc 2 90 16 is_stmt 0 discriminator 13 view .LVU195
.LBE70:
	.loc 2 90 16 is_stmt 1 discriminator 13 view .LVU196
	.loc 2 90 32 discriminator 13 view .LVU197
	.loc 2 90 32 discriminator 13 view .LVU198
.LBB71:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 13 view .LVU199
	subq	$8, %rbx	#, sp
.LVL45:
	.loc 2 90 16 discriminator 13 view .LVU200
.LBE71:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 discriminator 13 view .LVU201
	movq	%rbp, %rax	# pc, pc
.LVL46:
	.loc 2 90 32 discriminator 13 view .LVU202
	jmp	.L2	#
.LVL47:
	.p2align 4,,10
	.p2align 3
.L55:
	.loc 2 89 1 is_stmt 1 discriminator 1 view .LVU203
	.loc 2 89 1 discriminator 1 view .LVU204
	.loc 2 89 1 discriminator 1 view .LVU205
	.loc 2 89 1 discriminator 1 view .LVU206
	.loc 2 89 1 discriminator 1 view .LVU207
	leaq	16(%rdi), %rdx	#, tmp606
	cmpq	%rdx, %rbx	# tmp606, sp
	jb	.L182	#,
.L108:
.L24:
.L109:
	.loc 2 89 1 discriminator 13 view .LVU208
	.loc 2 89 1 discriminator 13 view .LVU209
	.loc 2 89 16 discriminator 13 view .LVU210
.LBB72:
	.loc 2 89 16 discriminator 13 view .LVU211
.LVL48:
	.loc 2 89 16 discriminator 13 view .LVU212
	.loc 2 89 16 discriminator 13 view .LVU213
	.loc 2 89 16 discriminator 13 view .LVU214
	.loc 2 89 16 discriminator 13 view .LVU215
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
	orq	%rax, -16(%rbx)	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -16B]
.LVL49:
	.loc 2 89 16 is_stmt 0 discriminator 13 view .LVU216
.LBE72:
	.loc 2 89 16 is_stmt 1 discriminator 13 view .LVU217
	.loc 2 89 32 discriminator 13 view .LVU218
	.loc 2 89 32 discriminator 13 view .LVU219
.LBB73:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 13 view .LVU220
	subq	$8, %rbx	#, sp
.LVL50:
	.loc 2 89 16 discriminator 13 view .LVU221
.LBE73:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 discriminator 13 view .LVU222
	movq	%rbp, %rax	# pc, pc
.LVL51:
	.loc 2 89 32 discriminator 13 view .LVU223
	jmp	.L2	#
.LVL52:
	.p2align 4,,10
	.p2align 3
.L56:
	.loc 2 88 1 is_stmt 1 discriminator 1 view .LVU224
	.loc 2 88 1 discriminator 1 view .LVU225
	.loc 2 88 1 discriminator 1 view .LVU226
	.loc 2 88 1 discriminator 1 view .LVU227
	.loc 2 88 1 discriminator 1 view .LVU228
	leaq	16(%rdi), %rdx	#, tmp601
	cmpq	%rdx, %rbx	# tmp601, sp
	jb	.L182	#,
.L106:
.L25:
.L107:
	.loc 2 88 1 discriminator 13 view .LVU229
	.loc 2 88 1 discriminator 13 view .LVU230
	.loc 2 88 16 discriminator 13 view .LVU231
.LBB74:
	.loc 2 88 16 discriminator 13 view .LVU232
.LVL53:
	.loc 2 88 16 discriminator 13 view .LVU233
	.loc 2 88 16 discriminator 13 view .LVU234
	.loc 2 88 16 discriminator 13 view .LVU235
	.loc 2 88 16 discriminator 13 view .LVU236
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
	andq	%rax, -16(%rbx)	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -16B]
.LVL54:
	.loc 2 88 16 is_stmt 0 discriminator 13 view .LVU237
.LBE74:
	.loc 2 88 16 is_stmt 1 discriminator 13 view .LVU238
	.loc 2 88 32 discriminator 13 view .LVU239
	.loc 2 88 32 discriminator 13 view .LVU240
.LBB75:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 13 view .LVU241
	subq	$8, %rbx	#, sp
.LVL55:
	.loc 2 88 16 discriminator 13 view .LVU242
.LBE75:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 discriminator 13 view .LVU243
	movq	%rbp, %rax	# pc, pc
.LVL56:
	.loc 2 88 32 discriminator 13 view .LVU244
	jmp	.L2	#
.LVL57:
	.p2align 4,,10
	.p2align 3
.L57:
	.loc 2 84 1 is_stmt 1 discriminator 1 view .LVU245
	.loc 2 84 1 discriminator 1 view .LVU246
	.loc 2 84 1 discriminator 1 view .LVU247
	.loc 2 84 1 discriminator 1 view .LVU248
	.loc 2 84 1 discriminator 1 view .LVU249
	leaq	8(%rdi), %rdx	#, tmp597
	cmpq	%rdx, %rbx	# tmp597, sp
	jb	.L182	#,
.L104:
.L26:
.L105:
	.loc 2 84 1 discriminator 13 view .LVU250
	.loc 2 84 1 discriminator 13 view .LVU251
	.loc 2 85 5 discriminator 13 view .LVU252
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 12 is_stmt 0 discriminator 13 view .LVU253
	notq	-8(%rbx)	# MEM[(cell *)sp_683 + -8B]
	.loc 2 86 1 is_stmt 1 discriminator 13 view .LVU254
	.loc 2 86 1 discriminator 13 view .LVU255
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 2 82 1 is_stmt 0 discriminator 13 view .LVU256
	movq	%rbp, %rax	# pc, pc
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 discriminator 13 view .LVU257
	jmp	.L2	#
	.p2align 4,,10
	.p2align 3
.L58:
	.loc 2 80 1 is_stmt 1 discriminator 1 view .LVU258
	.loc 2 80 1 discriminator 1 view .LVU259
	.loc 2 80 1 discriminator 1 view .LVU260
	.loc 2 80 1 discriminator 1 view .LVU261
	.loc 2 80 1 discriminator 1 view .LVU262
	leaq	8(%rdi), %rdx	#, tmp593
	cmpq	%rdx, %rbx	# tmp593, sp
	jb	.L182	#,
.L102:
.L27:
.L103:
	.loc 2 80 1 discriminator 13 view .LVU263
	.loc 2 80 1 discriminator 13 view .LVU264
	.loc 2 81 5 discriminator 13 view .LVU265
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 13 view .LVU266
	negq	-8(%rbx)	# MEM[(cell *)sp_683 + -8B]
	.loc 2 82 1 is_stmt 1 discriminator 13 view .LVU267
	.loc 2 82 1 discriminator 13 view .LVU268
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
	.p2align 4,,10
	.p2align 3
.L59:
	.loc 2 74 1 discriminator 1 view .LVU269
	.loc 2 74 1 discriminator 1 view .LVU270
	.loc 2 74 1 discriminator 1 view .LVU271
	.loc 2 74 1 discriminator 1 view .LVU272
	.loc 2 74 1 discriminator 1 view .LVU273
	leaq	16(%rdi), %rdx	#, tmp586
	cmpq	%rdx, %rbx	# tmp586, sp
	jb	.L182	#,
.L98:
.L28:
.L99:
	.loc 2 74 1 discriminator 13 view .LVU274
	.loc 2 74 1 discriminator 13 view .LVU275
	.loc 2 75 5 discriminator 13 view .LVU276
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 9 is_stmt 0 discriminator 13 view .LVU277
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_683 + -8B], arg
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 discriminator 13 view .LVU278
	testq	%r11, %r11	# arg
	je	.L185	#,
	.loc 2 76 9 is_stmt 1 view .LVU279
	.loc 2 77 5 view .LVU280
.LBB76:
	.loc 2 77 5 view .LVU281
.LVL58:
	.loc 2 77 5 is_stmt 0 view .LVU282
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], a
.LVL59:
	.loc 2 77 5 is_stmt 1 view .LVU283
	.loc 2 77 5 view .LVU284
	.loc 2 77 5 view .LVU285
	leaq	-8(%rbx), %rcx	#, sp
.LVL60:
	.loc 2 77 5 view .LVU286
	xorl	%esi, %esi	# iftmp.12_270
	cmpq	$-1, %r11	#, arg
	je	.L101	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 1 view .LVU287
	cqto
	idivq	%r11	# arg
.LVL61:
	.loc 2 77 5 discriminator 1 view .LVU288
	movq	%rdx, %rsi	# iftmp.12_270, iftmp.12_270
.L101:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 4 view .LVU289
	movq	%rsi, -16(%rbx)	# iftmp.12_270, MEM[(cell *)sp_683 + -16B]
.LVL62:
	.loc 2 77 5 discriminator 4 view .LVU290
.LBE76:
	.loc 2 77 5 is_stmt 1 discriminator 4 view .LVU291
	.loc 2 78 1 discriminator 4 view .LVU292
	.loc 2 78 1 discriminator 4 view .LVU293
	movq	%rbp, %rax	# pc, pc
.LBB77:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 4 view .LVU294
	movq	%rcx, %rbx	# sp, sp
.LBE77:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 4 view .LVU295
	jmp	.L2	#
.LVL63:
	.p2align 4,,10
	.p2align 3
.L60:
	.loc 2 67 1 is_stmt 1 discriminator 1 view .LVU296
	.loc 2 67 1 discriminator 1 view .LVU297
	.loc 2 67 1 discriminator 1 view .LVU298
	.loc 2 67 1 discriminator 1 view .LVU299
	.loc 2 67 1 discriminator 1 view .LVU300
	leaq	16(%rdi), %rdx	#, tmp579
	cmpq	%rdx, %rbx	# tmp579, sp
	jb	.L182	#,
.L93:
.L29:
.L94:
	.loc 2 67 1 discriminator 13 view .LVU301
	.loc 2 67 1 discriminator 13 view .LVU302
	.loc 2 68 5 discriminator 13 view .LVU303
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 9 is_stmt 0 discriminator 13 view .LVU304
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_683 + -8B], arg
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 discriminator 13 view .LVU305
	testq	%r11, %r11	# arg
	je	.L185	#,
	.loc 2 69 9 is_stmt 1 view .LVU306
	.loc 2 71 5 view .LVU307
.LBB78:
	.loc 2 71 5 view .LVU308
.LVL64:
	.loc 2 71 5 is_stmt 0 view .LVU309
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], a
.LVL65:
	.loc 2 71 5 is_stmt 1 view .LVU310
	.loc 2 71 5 view .LVU311
	.loc 2 71 5 view .LVU312
	leaq	-8(%rbx), %rcx	#, sp
.LVL66:
	.loc 2 71 5 view .LVU313
	cmpq	$-1, %r11	#, arg
	je	.L189	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 2 view .LVU314
	cqto
	idivq	%r11	# arg
.LVL67:
.L97:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 4 view .LVU315
	movq	%rax, -16(%rbx)	# iftmp.10_251, MEM[(cell *)sp_683 + -16B]
.LVL68:
	.loc 2 71 5 discriminator 4 view .LVU316
.LBE78:
	.loc 2 71 5 is_stmt 1 discriminator 4 view .LVU317
	.loc 2 72 1 discriminator 4 view .LVU318
	.loc 2 72 1 discriminator 4 view .LVU319
.LBB79:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 4 view .LVU320
	movq	%rcx, %rbx	# sp, sp
.LBE79:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 4 view .LVU321
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL69:
	.p2align 4,,10
	.p2align 3
.L61:
	.loc 2 65 1 is_stmt 1 discriminator 1 view .LVU322
	.loc 2 65 1 discriminator 1 view .LVU323
	.loc 2 65 1 discriminator 1 view .LVU324
	.loc 2 65 1 discriminator 1 view .LVU325
	.loc 2 65 1 discriminator 1 view .LVU326
	leaq	16(%rdi), %rdx	#, tmp573
	cmpq	%rdx, %rbx	# tmp573, sp
	jb	.L182	#,
.L91:
.L30:
.L92:
	.loc 2 65 1 discriminator 13 view .LVU327
	.loc 2 65 1 discriminator 13 view .LVU328
	.loc 2 65 16 discriminator 13 view .LVU329
.LBB80:
	.loc 2 65 16 discriminator 13 view .LVU330
.LVL70:
	.loc 2 65 16 discriminator 13 view .LVU331
	.loc 2 65 16 discriminator 13 view .LVU332
	.loc 2 65 16 discriminator 13 view .LVU333
	.loc 2 65 16 discriminator 13 view .LVU334
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], MEM[(cell *)sp_683 + -16B]
	imulq	-8(%rbx), %rax	# MEM[(cell *)sp_683 + -8B], tmp577
	subq	$8, %rbx	#, sp
.LVL71:
	.loc 2 65 16 is_stmt 0 discriminator 13 view .LVU335
	movq	%rax, -8(%rbx)	# tmp577, MEM[(cell *)sp_683 + -16B]
.LVL72:
	.loc 2 65 16 discriminator 13 view .LVU336
.LBE80:
	.loc 2 65 16 is_stmt 1 discriminator 13 view .LVU337
	.loc 2 65 54 discriminator 13 view .LVU338
	.loc 2 65 54 discriminator 13 view .LVU339
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL73:
	.p2align 4,,10
	.p2align 3
.L40:
	.loc 2 131 1 discriminator 1 view .LVU340
	.loc 2 131 1 discriminator 1 view .LVU341
	.loc 2 131 1 discriminator 1 view .LVU342
	.loc 2 131 1 discriminator 1 view .LVU343
	.loc 2 131 1 discriminator 1 view .LVU344
	leaq	16(%rdi), %rdx	#, tmp736
	cmpq	%rdx, %rbx	# tmp736, sp
	jb	.L182	#,
.L8:
.L150:
	.loc 2 131 1 discriminator 13 view .LVU345
	.loc 2 131 1 discriminator 13 view .LVU346
	.loc 2 132 5 discriminator 13 view .LVU347
	.loc 2 132 5 discriminator 13 view .LVU348
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_683 + -8B], arg
	cmpq	$65535, %r11	#, arg
	ja	.L183	#,
	.loc 2 132 5 discriminator 2 view .LVU349
	.loc 2 132 5 discriminator 2 view .LVU350
	.loc 2 133 5 discriminator 2 view .LVU351
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 2 view .LVU352
	movq	-16(%rbx), %rcx	# MEM[(cell *)sp_683 + -16B], _633
	movq	65544(%rdi), %rax	# vm_650(D)->mem, vm_650(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 2 view .LVU353
	subq	$16, %rbx	#, sp
.LVL74:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 2 view .LVU354
	movq	%rcx, (%rax,%r11,8)	# _633, *_632
	.loc 2 134 5 is_stmt 1 discriminator 2 view .LVU355
.LVL75:
	.loc 2 135 1 discriminator 2 view .LVU356
	.loc 2 135 1 discriminator 2 view .LVU357
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
	.p2align 4,,10
	.p2align 3
.L41:
	.loc 2 126 1 discriminator 1 view .LVU358
	.loc 2 126 1 discriminator 1 view .LVU359
	.loc 2 126 1 discriminator 1 view .LVU360
	.loc 2 126 1 discriminator 1 view .LVU361
	.loc 2 126 1 discriminator 1 view .LVU362
	leaq	8(%rdi), %rdx	#, tmp730
	cmpq	%rdx, %rbx	# tmp730, sp
	jb	.L182	#,
.L146:
.L9:
.L147:
	.loc 2 126 1 discriminator 13 view .LVU363
	.loc 2 126 1 discriminator 13 view .LVU364
	.loc 2 127 5 discriminator 13 view .LVU365
	.loc 2 127 5 discriminator 13 view .LVU366
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_683 + -8B], arg
	cmpq	$65535, %r11	#, arg
	ja	.L183	#,
	.loc 2 127 5 discriminator 2 view .LVU367
	.loc 2 127 5 discriminator 2 view .LVU368
	.loc 2 128 5 discriminator 2 view .LVU369
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 is_stmt 0 discriminator 2 view .LVU370
	movq	65544(%rdi), %rax	# vm_650(D)->mem, vm_650(D)->mem
	movq	(%rax,%r11,8), %rax	# *_599, _601
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 2 view .LVU371
	movq	%rax, -8(%rbx)	# _601, MEM[(cell *)sp_683 + -8B]
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU372
	.loc 2 129 1 discriminator 2 view .LVU373
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
	.p2align 4,,10
	.p2align 3
.L42:
	.loc 2 122 1 discriminator 10 view .LVU374
	.loc 2 122 1 discriminator 10 view .LVU375
	.loc 2 122 1 discriminator 10 view .LVU376
	.loc 2 122 1 discriminator 10 view .LVU377
	.loc 2 122 1 discriminator 10 view .LVU378
	.loc 2 122 1 discriminator 10 view .LVU379
	.loc 2 122 1 discriminator 10 view .LVU380
	.loc 2 122 1 discriminator 10 view .LVU381
	.loc 2 122 1 discriminator 10 view .LVU382
	.loc 2 122 1 discriminator 10 view .LVU383
	.loc 2 122 1 discriminator 10 view .LVU384
	cmpq	%r14, %r9	# rsp, rsp
	je	.L190	#,
.L10:
.L145:
	.loc 2 122 1 discriminator 13 view .LVU385
	.loc 2 122 1 discriminator 13 view .LVU386
	.loc 2 123 5 discriminator 13 view .LVU387
.LBB81:
	.loc 2 123 5 discriminator 13 view .LVU388
	subq	%r13, %rax	# cur, tmp726
	movq	-8(%r14), %rdx	# MEM[(uintptr_t *)rsp_684 + -8B], _543
	leaq	-8(%r14), %rsi	#, rsp
.LVL76:
.LDL1:
	.loc 2 123 5 discriminator 13 view .LVU389
	.loc 2 123 5 discriminator 13 view .LVU390
	.loc 2 123 5 discriminator 13 view .LVU391
	movl	(%r15,%rax,4), %r11d	# *_548,
	movq	%r11, %rcx	#,
	cmpq	%r8, %r11	# budget, _550
	jge	.L175	#,
	.loc 2 123 5 discriminator 3 view .LVU392
	.loc 2 123 5 discriminator 3 view .LVU393
	movl	%edx, %eax	# _543, _674
	movq	%rsi, %r14	# rsp, rsp
.LVL77:
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU394
	movl	(%r15,%rax,4), %edx	# *_556, *_556
	addq	%r13, %rax	# cur, pc
	subq	%r11, %rdx	# _550, tmp728
	leaq	-1(%r8,%rdx), %r8	#, budget
.LVL78:
	.loc 2 123 5 is_stmt 1 discriminator 3 view .LVU395
	.loc 2 123 5 discriminator 3 view .LVU396
	.loc 2 123 5 discriminator 3 view .LVU397
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU398
	jmp	.L2	#
.LVL79:
	.p2align 4,,10
	.p2align 3
.L44:
	.loc 2 123 5 discriminator 3 view .LVU399
.LBE81:
	.loc 2 112 1 is_stmt 1 discriminator 1 view .LVU400
	.loc 2 112 1 discriminator 1 view .LVU401
	.loc 2 112 1 discriminator 1 view .LVU402
	.loc 2 112 1 discriminator 1 view .LVU403
	.loc 2 112 1 discriminator 1 view .LVU404
	leaq	8(%rdi), %rdx	#, tmp688
	cmpq	%rdx, %rbx	# tmp688, sp
	jb	.L182	#,
.L137:
.L12:
.L138:
	.loc 2 112 1 discriminator 13 view .LVU405
	.loc 2 112 1 discriminator 13 view .LVU406
	.loc 2 113 5 discriminator 13 view .LVU407
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 13 view .LVU408
	cmpq	$0, -8(%rbx)	#, MEM[(cell *)sp_683 + -8B]
	leaq	-8(%rbx), %rcx	#, sp
.LVL80:
	.loc 2 113 8 discriminator 13 view .LVU409
	je	.L139	#,
.L140:
	.loc 2 114 9 is_stmt 1 view .LVU410
	.loc 2 114 9 view .LVU411
	.loc 2 114 9 view .LVU412
.LVL81:
.LBB82:
.LBI82:
	.loc 3 97 24 view .LVU413
.LBB83:
	.loc 3 99 5 view .LVU414
	.loc 3 100 5 view .LVU415
	.loc 3 104 5 view .LVU416
	.loc 3 104 5 is_stmt 0 view .LVU417
.LBE83:
.LBE82:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU418
	movl	1(%rax), %edx	# MEM <unsigned int> [(char * {ref-all})pc_682 + 1B], MEM <unsigned int> [(char * {ref-all})pc_682 + 1B]
	salq	$5, %rdx	#, tmp693
	addq	%r10, %rdx	# branch, _449
	cmpq	%r8, 8(%rdx)	# budget, _449->limit
	jg	.L184	#,
	.loc 2 114 9 is_stmt 1 view .LVU419
	.loc 2 114 9 view .LVU420
.LVL82:
	.loc 2 114 9 is_stmt 0 view .LVU421
	movl	(%rdx), %eax	# _449->target, _449->target
.LVL83:
	.loc 2 114 9 view .LVU422
	addq	16(%rdx), %r8	# _449->delta, budget
.LVL84:
	.loc 2 114 9 is_stmt 1 view .LVU423
	.loc 2 114 9 view .LVU424
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 view .LVU425
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU426
	addq	%r13, %rax	# cur, pc
.LVL85:
	.loc 2 114 9 is_stmt 1 view .LVU427
	jmp	.L2	#
.LVL86:
	.p2align 4,,10
	.p2align 3
.L45:
	.loc 2 107 1 discriminator 1 view .LVU428
	.loc 2 107 1 discriminator 1 view .LVU429
	.loc 2 107 1 discriminator 1 view .LVU430
	.loc 2 107 1 discriminator 1 view .LVU431
	.loc 2 107 1 discriminator 1 view .LVU432
	leaq	8(%rdi), %rdx	#, tmp677
	cmpq	%rdx, %rbx	# tmp677, sp
	jb	.L182	#,
.L132:
.L13:
.L133:
	.loc 2 107 1 discriminator 13 view .LVU433
	.loc 2 107 1 discriminator 13 view .LVU434
	.loc 2 108 5 discriminator 13 view .LVU435
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 is_stmt 0 discriminator 13 view .LVU436
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_683 + -8B], arg
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 discriminator 13 view .LVU437
	leaq	-8(%rbx), %rsi	#, sp
.LVL87:
	.loc 2 108 8 discriminator 13 view .LVU438
	testq	%r11, %r11	# arg
	jne	.L134	#,
.L135:
	.loc 2 109 9 is_stmt 1 view .LVU439
	.loc 2 109 9 view .LVU440
	.loc 2 109 9 view .LVU441
.LVL88:
.LBB84:
.LBI84:
	.loc 3 97 24 view .LVU442
.LBB85:
	.loc 3 99 5 view .LVU443
	.loc 3 100 5 view .LVU444
	.loc 3 104 5 view .LVU445
	.loc 3 104 5 is_stmt 0 view .LVU446
.LBE85:
.LBE84:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU447
	movl	1(%rax), %ecx	# MEM <unsigned int> [(char * {ref-all})pc_682 + 1B], MEM <unsigned int> [(char * {ref-all})pc_682 + 1B]
	salq	$5, %rcx	#, tmp682
	addq	%r10, %rcx	# branch, _417
	cmpq	%r8, 8(%rcx)	# budget, _417->limit
	jg	.L191	#,
	.loc 2 109 9 is_stmt 1 view .LVU448
	.loc 2 109 9 view .LVU449
.LVL89:
	.loc 2 109 9 is_stmt 0 view .LVU450
	movl	(%rcx), %eax	# _417->target, _417->target
.LVL90:
	.loc 2 109 9 view .LVU451
	addq	16(%rcx), %r8	# _417->delta, budget
.LVL91:
	.loc 2 109 9 is_stmt 1 view .LVU452
	.loc 2 109 9 view .LVU453
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 view .LVU454
	movq	%rsi, %rbx	# sp, sp
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU455
	addq	%r13, %rax	# cur, pc
.LVL92:
	.loc 2 109 9 is_stmt 1 view .LVU456
	jmp	.L2	#
.LVL93:
	.p2align 4,,10
	.p2align 3
.L46:
	.loc 2 100 1 discriminator 1 view .LVU457
	.loc 2 100 1 discriminator 1 view .LVU458
	.loc 2 100 1 discriminator 1 view .LVU459
	.loc 2 100 1 discriminator 1 view .LVU460
	.loc 2 100 1 discriminator 1 view .LVU461
	leaq	16(%rdi), %rdx	#, tmp663
	cmpq	%rdx, %rbx	# tmp663, sp
	jb	.L182	#,
.L126:
.L15:
.L127:
	.loc 2 100 1 discriminator 13 view .LVU462
	.loc 2 100 1 discriminator 13 view .LVU463
	.loc 2 100 16 discriminator 13 view .LVU464
.LBB86:
	.loc 2 100 16 discriminator 13 view .LVU465
.LVL94:
	.loc 2 100 16 discriminator 13 view .LVU466
	.loc 2 100 16 discriminator 13 view .LVU467
	.loc 2 100 16 discriminator 13 view .LVU468
	.loc 2 100 16 discriminator 13 view .LVU469
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], tmp792
	cmpq	%rax, -8(%rbx)	# tmp792, MEM[(cell *)sp_683 + -8B]
	setle	%al	#, tmp667
	subq	$8, %rbx	#, sp
.LVL95:
	.loc 2 100 16 is_stmt 0 discriminator 13 view .LVU470
	movzbl	%al, %eax	# tmp667, tmp667
	movq	%rax, -8(%rbx)	# tmp667, MEM[(cell *)sp_683 + -16B]
.LVL96:
	.loc 2 100 16 discriminator 13 view .LVU471
.LBE86:
	.loc 2 100 16 is_stmt 1 discriminator 13 view .LVU472
	.loc 2 100 33 discriminator 13 view .LVU473
	.loc 2 100 33 discriminator 13 view .LVU474
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL97:
	.p2align 4,,10
	.p2align 3
.L47:
	.loc 2 99 1 discriminator 1 view .LVU475
	.loc 2 99 1 discriminator 1 view .LVU476
	.loc 2 99 1 discriminator 1 view .LVU477
	.loc 2 99 1 discriminator 1 view .LVU478
	.loc 2 99 1 discriminator 1 view .LVU479
	leaq	16(%rdi), %rdx	#, tmp656
	cmpq	%rdx, %rbx	# tmp656, sp
	jb	.L182	#,
.L124:
.L16:
.L125:
	.loc 2 99 1 discriminator 13 view .LVU480
	.loc 2 99 1 discriminator 13 view .LVU481
	.loc 2 99 16 discriminator 13 view .LVU482
.LBB87:
	.loc 2 99 16 discriminator 13 view .LVU483
.LVL98:
	.loc 2 99 16 discriminator 13 view .LVU484
	.loc 2 99 16 discriminator 13 view .LVU485
	.loc 2 99 16 discriminator 13 view .LVU486
	.loc 2 99 16 discriminator 13 view .LVU487
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], tmp790
	cmpq	%rax, -8(%rbx)	# tmp790, MEM[(cell *)sp_683 + -8B]
	setl	%al	#, tmp660
	subq	$8, %rbx	#, sp
.LVL99:
	.loc 2 99 16 is_stmt 0 discriminator 13 view .LVU488
	movzbl	%al, %eax	# tmp660, tmp660
	movq	%rax, -8(%rbx)	# tmp660, MEM[(cell *)sp_683 + -16B]
.LVL100:
	.loc 2 99 16 discriminator 13 view .LVU489
.LBE87:
	.loc 2 99 16 is_stmt 1 discriminator 13 view .LVU490
	.loc 2 99 33 discriminator 13 view .LVU491
	.loc 2 99 33 discriminator 13 view .LVU492
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL101:
	.p2align 4,,10
	.p2align 3
.L48:
	.loc 2 98 1 discriminator 1 view .LVU493
	.loc 2 98 1 discriminator 1 view .LVU494
	.loc 2 98 1 discriminator 1 view .LVU495
	.loc 2 98 1 discriminator 1 view .LVU496
	.loc 2 98 1 discriminator 1 view .LVU497
	leaq	16(%rdi), %rdx	#, tmp649
	cmpq	%rdx, %rbx	# tmp649, sp
	jb	.L182	#,
.L122:
.L17:
.L123:
	.loc 2 98 1 discriminator 13 view .LVU498
	.loc 2 98 1 discriminator 13 view .LVU499
	.loc 2 98 16 discriminator 13 view .LVU500
.LBB88:
	.loc 2 98 16 discriminator 13 view .LVU501
.LVL102:
	.loc 2 98 16 discriminator 13 view .LVU502
	.loc 2 98 16 discriminator 13 view .LVU503
	.loc 2 98 16 discriminator 13 view .LVU504
	.loc 2 98 16 discriminator 13 view .LVU505
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], tmp788
	cmpq	%rax, -8(%rbx)	# tmp788, MEM[(cell *)sp_683 + -8B]
	setge	%al	#, tmp653
	subq	$8, %rbx	#, sp
.LVL103:
	.loc 2 98 16 is_stmt 0 discriminator 13 view .LVU506
	movzbl	%al, %eax	# tmp653, tmp653
	movq	%rax, -8(%rbx)	# tmp653, MEM[(cell *)sp_683 + -16B]
.LVL104:
	.loc 2 98 16 discriminator 13 view .LVU507
.LBE88:
	.loc 2 98 16 is_stmt 1 discriminator 13 view .LVU508
	.loc 2 98 33 discriminator 13 view .LVU509
	.loc 2 98 33 discriminator 13 view .LVU510
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL105:
	.p2align 4,,10
	.p2align 3
.L49:
	.loc 2 97 1 discriminator 1 view .LVU511
	.loc 2 97 1 discriminator 1 view .LVU512
	.loc 2 97 1 discriminator 1 view .LVU513
	.loc 2 97 1 discriminator 1 view .LVU514
	.loc 2 97 1 discriminator 1 view .LVU515
	leaq	16(%rdi), %rdx	#, tmp642
	cmpq	%rdx, %rbx	# tmp642, sp
	jb	.L182	#,
.L120:
.L18:
.L121:
	.loc 2 97 1 discriminator 13 view .LVU516
	.loc 2 97 1 discriminator 13 view .LVU517
	.loc 2 97 16 discriminator 13 view .LVU518
.LBB89:
	.loc 2 97 16 discriminator 13 view .LVU519
.LVL106:
	.loc 2 97 16 discriminator 13 view .LVU520
	.loc 2 97 16 discriminator 13 view .LVU521
	.loc 2 97 16 discriminator 13 view .LVU522
	.loc 2 97 16 discriminator 13 view .LVU523
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], tmp786
	cmpq	%rax, -8(%rbx)	# tmp786, MEM[(cell *)sp_683 + -8B]
	setg	%al	#, tmp646
	subq	$8, %rbx	#, sp
.LVL107:
	.loc 2 97 16 is_stmt 0 discriminator 13 view .LVU524
	movzbl	%al, %eax	# tmp646, tmp646
	movq	%rax, -8(%rbx)	# tmp646, MEM[(cell *)sp_683 + -16B]
.LVL108:
	.loc 2 97 16 discriminator 13 view .LVU525
.LBE89:
	.loc 2 97 16 is_stmt 1 discriminator 13 view .LVU526
	.loc 2 97 33 discriminator 13 view .LVU527
	.loc 2 97 33 discriminator 13 view .LVU528
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL109:
	.p2align 4,,10
	.p2align 3
.L50:
	.loc 2 96 1 discriminator 1 view .LVU529
	.loc 2 96 1 discriminator 1 view .LVU530
	.loc 2 96 1 discriminator 1 view .LVU531
	.loc 2 96 1 discriminator 1 view .LVU532
	.loc 2 96 1 discriminator 1 view .LVU533
	leaq	16(%rdi), %rdx	#, tmp635
	cmpq	%rdx, %rbx	# tmp635, sp
	jb	.L182	#,
.L118:
.L19:
.L119:
	.loc 2 96 1 discriminator 13 view .LVU534
	.loc 2 96 1 discriminator 13 view .LVU535
	.loc 2 96 16 discriminator 13 view .LVU536
.LBB90:
	.loc 2 96 16 discriminator 13 view .LVU537
.LVL110:
	.loc 2 96 16 discriminator 13 view .LVU538
	.loc 2 96 16 discriminator 13 view .LVU539
	.loc 2 96 16 discriminator 13 view .LVU540
	.loc 2 96 16 discriminator 13 view .LVU541
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], tmp784
	cmpq	%rax, -8(%rbx)	# tmp784, MEM[(cell *)sp_683 + -8B]
	setne	%al	#, tmp639
	subq	$8, %rbx	#, sp
.LVL111:
	.loc 2 96 16 is_stmt 0 discriminator 13 view .LVU542
	movzbl	%al, %eax	# tmp639, tmp639
	movq	%rax, -8(%rbx)	# tmp639, MEM[(cell *)sp_683 + -16B]
.LVL112:
	.loc 2 96 16 discriminator 13 view .LVU543
.LBE90:
	.loc 2 96 16 is_stmt 1 discriminator 13 view .LVU544
	.loc 2 96 33 discriminator 13 view .LVU545
	.loc 2 96 33 discriminator 13 view .LVU546
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL113:
	.p2align 4,,10
	.p2align 3
.L51:
	.loc 2 95 1 discriminator 1 view .LVU547
	.loc 2 95 1 discriminator 1 view .LVU548
	.loc 2 95 1 discriminator 1 view .LVU549
	.loc 2 95 1 discriminator 1 view .LVU550
	.loc 2 95 1 discriminator 1 view .LVU551
	leaq	16(%rdi), %rdx	#, tmp628
	cmpq	%rdx, %rbx	# tmp628, sp
	jb	.L182	#,
.L116:
.L20:
.L117:
	.loc 2 95 1 discriminator 13 view .LVU552
	.loc 2 95 1 discriminator 13 view .LVU553
	.loc 2 95 16 discriminator 13 view .LVU554
.LBB91:
	.loc 2 95 16 discriminator 13 view .LVU555
.LVL114:
	.loc 2 95 16 discriminator 13 view .LVU556
	.loc 2 95 16 discriminator 13 view .LVU557
	.loc 2 95 16 discriminator 13 view .LVU558
	.loc 2 95 16 discriminator 13 view .LVU559
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], tmp782
	cmpq	%rax, -8(%rbx)	# tmp782, MEM[(cell *)sp_683 + -8B]
	sete	%al	#, tmp632
	subq	$8, %rbx	#, sp
.LVL115:
	.loc 2 95 16 is_stmt 0 discriminator 13 view .LVU560
	movzbl	%al, %eax	# tmp632, tmp632
	movq	%rax, -8(%rbx)	# tmp632, MEM[(cell *)sp_683 + -16B]
.LVL116:
	.loc 2 95 16 discriminator 13 view .LVU561
.LBE91:
	.loc 2 95 16 is_stmt 1 discriminator 13 view .LVU562
	.loc 2 95 33 discriminator 13 view .LVU563
	.loc 2 95 33 discriminator 13 view .LVU564
	movq	%rbp, %rax	# pc, pc
	jmp	.L2	#
.LVL117:
	.p2align 4,,10
	.p2align 3
.L52:
	.loc 2 93 1 discriminator 1 view .LVU565
	.loc 2 93 1 discriminator 1 view .LVU566
	.loc 2 93 1 discriminator 1 view .LVU567
	.loc 2 93 1 discriminator 1 view .LVU568
	.loc 2 93 1 discriminator 1 view .LVU569
	leaq	16(%rdi), %rdx	#, tmp622
	cmpq	%rdx, %rbx	# tmp622, sp
	jb	.L182	#,
.L114:
.L21:
.L115:
	.loc 2 93 1 discriminator 13 view .LVU570
	.loc 2 93 1 discriminator 13 view .LVU571
	.loc 2 93 16 discriminator 13 view .LVU572
.LBB92:
	.loc 2 93 16 discriminator 13 view .LVU573
.LVL118:
	.loc 2 93 16 discriminator 13 view .LVU574
	.loc 2 93 16 discriminator 13 view .LVU575
	.loc 2 93 16 discriminator 13 view .LVU576
	.loc 2 93 16 discriminator 13 view .LVU577
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
.LBE92:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 is_stmt 0 discriminator 13 view .LVU578
	movq	%rbp, %rax	# pc, pc
.LBB93:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 13 view .LVU579
	sarq	%cl, -16(%rbx)	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -16B]
.LVL119:
	.loc 2 93 16 discriminator 13 view .LVU580
.LBE93:
	.loc 2 93 16 is_stmt 1 discriminator 13 view .LVU581
	.loc 2 93 68 discriminator 13 view .LVU582
	.loc 2 93 68 discriminator 13 view .LVU583
.LBB94:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 13 view .LVU584
	subq	$8, %rbx	#, sp
.LVL120:
	.loc 2 93 16 discriminator 13 view .LVU585
.LBE94:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 13 view .LVU586
	jmp	.L2	#
.LVL121:
	.p2align 4,,10
	.p2align 3
.L53:
	.loc 2 91 1 is_stmt 1 discriminator 1 view .LVU587
	.loc 2 91 1 discriminator 1 view .LVU588
	.loc 2 91 1 discriminator 1 view .LVU589
	.loc 2 91 1 discriminator 1 view .LVU590
	.loc 2 91 1 discriminator 1 view .LVU591
	leaq	16(%rdi), %rdx	#, tmp616
	cmpq	%rdx, %rbx	# tmp616, sp
	jb	.L182	#,
.L112:
.L22:
.L113:
	.loc 2 91 1 discriminator 13 view .LVU592
	.loc 2 91 1 discriminator 13 view .LVU593
	.loc 2 91 16 discriminator 13 view .LVU594
.LBB95:
	.loc 2 91 16 discriminator 13 view .LVU595
.LVL122:
	.loc 2 91 16 discriminator 13 view .LVU596
	.loc 2 91 16 discriminator 13 view .LVU597
	.loc 2 91 16 discriminator 13 view .LVU598
	.loc 2 91 16 discriminator 13 view .LVU599
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
.LBE95:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 is_stmt 0 discriminator 13 view .LVU600
	movq	%rbp, %rax	# pc, pc
.LBB96:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 13 view .LVU601
	salq	%cl, -16(%rbx)	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -16B]
.LVL123:
	.loc 2 91 16 discriminator 13 view .LVU602
.LBE96:
	.loc 2 91 16 is_stmt 1 discriminator 13 view .LVU603
	.loc 2 91 55 discriminator 13 view .LVU604
	.loc 2 91 55 discriminator 13 view .LVU605
.LBB97:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 is_stmt 0 discriminator 13 view .LVU606
	subq	$8, %rbx	#, sp
.LVL124:
	.loc 2 91 16 discriminator 13 view .LVU607
.LBE97:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 13 view .LVU608
	jmp	.L2	#
.L73:
.L37:
.L74:
.LVL125:
	.p2align 4,,10
	.p2align 3
.L67:
	.loc 2 43 1 is_stmt 1 discriminator 1 view .LVU609
	.loc 2 43 1 discriminator 1 view .LVU610
	.loc 2 43 1 discriminator 1 view .LVU611
	.loc 2 43 1 discriminator 1 view .LVU612
	.loc 2 43 1 discriminator 1 view .LVU613
	leaq	8(%rdi), %rdx	#, tmp534
	cmpq	%rdx, %rbx	# tmp534, sp
	jb	.L182	#,
.L76:
	.loc 2 43 1 discriminator 5 view .LVU614
	.loc 2 43 1 discriminator 5 view .LVU615
	.loc 2 43 1 discriminator 5 view .LVU616
	.loc 2 43 1 discriminator 5 view .LVU617
	.loc 2 43 1 discriminator 5 view .LVU618
	leaq	32760(%rdi), %rdx	#, tmp538
	cmpq	%rbx, %rdx	# sp, tmp538
	jb	.L181	#,
.L77:
.L36:
.L78:
	.loc 2 43 1 discriminator 13 view .LVU619
	.loc 2 43 1 discriminator 13 view .LVU620
	.loc 2 44 5 discriminator 13 view .LVU621
.LBB98:
	.loc 2 44 5 discriminator 13 view .LVU622
.LVL126:
	.loc 2 44 5 discriminator 13 view .LVU623
	.loc 2 44 5 is_stmt 0 discriminator 13 view .LVU624
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_683 + -8B], MEM[(cell *)sp_683 + -8B]
	addq	$8, %rbx	#, sp
.LVL127:
	.loc 2 44 5 discriminator 13 view .LVU625
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_683 + -8B], *sp_683
.LBE98:
	.loc 2 44 5 is_stmt 1 discriminator 13 view .LVU626
	.loc 2 45 1 discriminator 13 view .LVU627
	.loc 2 45 1 discriminator 13 view .LVU628
	movq	%rbp, %rax	# pc, pc
.LVL128:
	.loc 2 45 1 is_stmt 0 discriminator 13 view .LVU629
	jmp	.L2	#
.LVL129:
	.p2align 4,,10
	.p2align 3
.L65:
	.loc 2 51 1 is_stmt 1 discriminator 1 view .LVU630
	.loc 2 51 1 discriminator 1 view .LVU631
	.loc 2 51 1 discriminator 1 view .LVU632
	.loc 2 51 1 discriminator 1 view .LVU633
	.loc 2 51 1 discriminator 1 view .LVU634
	leaq	16(%rdi), %rdx	#, tmp549
	cmpq	%rdx, %rbx	# tmp549, sp
	jb	.L182	#,
.L82:
	.loc 2 51 1 discriminator 5 view .LVU635
	.loc 2 51 1 discriminator 5 view .LVU636
	.loc 2 51 1 discriminator 5 view .LVU637
	.loc 2 51 1 discriminator 5 view .LVU638
	.loc 2 51 1 discriminator 5 view .LVU639
	leaq	32760(%rdi), %rdx	#, tmp553
	cmpq	%rbx, %rdx	# sp, tmp553
	jb	.L181	#,
.L34:
.L84:
	.loc 2 51 1 discriminator 13 view .LVU640
	.loc 2 51 1 discriminator 13 view .LVU641
	.loc 2 52 5 discriminator 13 view .LVU642
.LBB99:
	.loc 2 52 5 discriminator 13 view .LVU643
.LVL130:
	.loc 2 52 5 discriminator 13 view .LVU644
	.loc 2 52 5 is_stmt 0 discriminator 13 view .LVU645
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_683 + -16B], MEM[(cell *)sp_683 + -16B]
	addq	$8, %rbx	#, sp
.LVL131:
	.loc 2 52 5 discriminator 13 view .LVU646
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_683 + -16B], *sp_683
.LBE99:
	.loc 2 52 5 is_stmt 1 discriminator 13 view .LVU647
	.loc 2 53 1 discriminator 13 view .LVU648
	.loc 2 53 1 discriminator 13 view .LVU649
	movq	%rbp, %rax	# pc, pc
.LVL132:
	.loc 2 53 1 is_stmt 0 discriminator 13 view .LVU650
	jmp	.L2	#
.LVL133:
	.p2align 4,,10
	.p2align 3
.L68:
	.loc 2 39 1 is_stmt 1 discriminator 1 view .LVU651
	.loc 2 39 1 discriminator 1 view .LVU652
	.loc 2 39 1 discriminator 1 view .LVU653
	.loc 2 39 1 discriminator 1 view .LVU654
	.loc 2 39 1 discriminator 1 view .LVU655
	leaq	8(%rdi), %rdx	#, tmp530
	cmpq	%rdx, %rbx	# tmp530, sp
	jnb	.L154	#,
	.p2align 4,,10
	.p2align 3
.L182:
.L149:
	.loc 2 131 1 discriminator 3 view .LVU656
	.loc 2 131 1 discriminator 3 view .LVU657
	.loc 2 131 1 discriminator 3 view .LVU658
.LVL134:
	.loc 2 131 1 discriminator 3 view .LVU659
	subq	%rdi, %rbx	# vm, sp
.LVL135:
.LBB100:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU660
	subq	%r13, %rax	# cur, tmp739
.LBE100:
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 discriminator 3 view .LVU661
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp737
.LBB101:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 discriminator 3 view .LVU662
	movl	(%r15,%rax,4), %ecx	#* ord, prephitmp_14
.LBE101:
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 discriminator 3 view .LVU663
	sarq	$3, %rdx	#, tmp737
	movq	%rdx, %r11	# tmp737, arg
.LVL136:
	.loc 2 131 1 is_stmt 1 discriminator 3 view .LVU664
	jmp	.L171	#
.LVL137:
	.p2align 4,,10
	.p2align 3
.L43:
	.loc 2 117 1 discriminator 8 view .LVU665
	.loc 2 117 1 discriminator 8 view .LVU666
	.loc 2 117 1 discriminator 8 view .LVU667
	.loc 2 117 1 discriminator 8 view .LVU668
	.loc 2 117 1 discriminator 8 view .LVU669
	.loc 2 117 1 discriminator 8 view .LVU670
	.loc 2 117 1 discriminator 8 view .LVU671
	.loc 2 117 1 discriminator 8 view .LVU672
	.loc 2 117 1 discriminator 8 view .LVU673
	leaq	65544(%rdi), %rdx	#, tmp699
	cmpq	%rdx, %r14	# tmp699, rsp
	je	.L192	#,
.L142:
	.loc 2 117 1 discriminator 17 view .LVU674
	.loc 2 117 1 discriminator 17 view .LVU675
	.loc 2 118 5 discriminator 17 view .LVU676
	leaq	5(%rax), %rdx	#, tmp715
	leaq	8(%r14), %rcx	#, rsp
.LVL138:
	.loc 2 118 5 is_stmt 0 discriminator 17 view .LVU677
	subl	%r13d, %edx	# cur, tmp717
	movq	%rdx, (%r14)	# tmp717, *rsp_684
.LDL2:
	.loc 2 119 5 is_stmt 1 discriminator 17 view .LVU678
	.loc 2 119 5 discriminator 17 view .LVU679
	.loc 2 119 5 discriminator 17 view .LVU680
.LVL139:
.LBB102:
.LBI102:
	.loc 3 97 24 discriminator 17 view .LVU681
.LBB103:
	.loc 3 99 5 discriminator 17 view .LVU682
	.loc 3 100 5 discriminator 17 view .LVU683
	.loc 3 104 5 discriminator 17 view .LVU684
	.loc 3 104 5 is_stmt 0 discriminator 17 view .LVU685
.LBE103:
.LBE102:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 17 view .LVU686
	movl	1(%rax), %edx	# MEM <unsigned int> [(char * {ref-all})pc_682 + 1B], MEM <unsigned int> [(char * {ref-all})pc_682 + 1B]
	salq	$5, %rdx	#, tmp719
	addq	%r10, %rdx	# branch, _514
	cmpq	%r8, 8(%rdx)	# budget, _514->limit
	jg	.L184	#,
	.loc 2 119 5 is_stmt 1 view .LVU687
	.loc 2 119 5 view .LVU688
.LVL140:
	.loc 2 119 5 is_stmt 0 view .LVU689
	movl	(%rdx), %eax	# _514->target, _514->target
.LVL141:
	.loc 2 119 5 view .LVU690
	addq	16(%rdx), %r8	# _514->delta, budget
.LVL142:
	.loc 2 119 5 is_stmt 1 view .LVU691
	.loc 2 119 5 view .LVU692
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 view .LVU693
	movq	%rcx, %r14	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU694
	addq	%r13, %rax	# cur, pc
.LVL143:
	.loc 2 119 5 is_stmt 1 view .LVU695
	jmp	.L2	#
.LVL144:
	.p2align 4,,10
	.p2align 3
.L11:
	.loc 2 117 1 view .LVU696
	.loc 2 117 1 view .LVU697
	.loc 2 117 1 view .LVU698
.LBB104:
.LBI104:
	.loc 3 97 24 view .LVU699
.LBB105:
	.loc 3 99 5 view .LVU700
	.loc 3 100 5 view .LVU701
	.loc 3 104 5 view .LVU702
	.loc 3 104 5 is_stmt 0 view .LVU703
.LBE105:
.LBE104:
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 view .LVU704
	movl	1(%rax), %edx	# MEM <unsigned int> [(char * {ref-all})pc_682 + 1B], MEM <unsigned int> [(char * {ref-all})pc_682 + 1B]
	salq	$5, %rdx	#, tmp702
	addq	%r10, %rdx	# branch, _480
.LVL145:
	.loc 2 117 1 view .LVU705
	movslq	24(%rdx), %rcx	# _480->frame.need, _480->frame.need
	movslq	28(%rdx), %rdx	# _480->frame.span, _480->frame.span
	leaq	(%rdi,%rcx,8), %rsi	#, tmp706
	movq	%rbx, %rcx	# sp, tmp707
	salq	$3, %rdx	#, tmp710
	subq	%rsi, %rcx	# tmp706, tmp707
	cmpq	%rcx, %rdx	# tmp707, tmp710
	jb	.L143	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 discriminator 15 view .LVU706
	leaq	65544(%rdi), %rdx	#, tmp711
	cmpq	%rdx, %r14	# tmp711, rsp
	jne	.L142	#,
.L143:
	.loc 2 117 1 is_stmt 1 discriminator 16 view .LVU707
	.loc 2 117 1 discriminator 16 view .LVU708
	movl	8(%r12), %edx	# MEM[(const struct quick *)prepared_673(D)].size,
	leal	-1(%rdx), %eax	#, tmp713
.LVL146:
	.loc 2 117 1 is_stmt 0 discriminator 16 view .LVU709
	addq	%rdx, %r13	# _502, cur
.LVL147:
	.loc 2 117 1 discriminator 16 view .LVU710
	addq	%rbp, %rax	# pc, pc
.LVL148:
	.loc 2 117 1 is_stmt 1 discriminator 16 view .LVU711
	.loc 2 117 1 discriminator 16 view .LVU712
	jmp	.L2	#
.LVL149:
	.p2align 4,,10
	.p2align 3
.L134:
	.loc 2 109 9 view .LVU713
	.loc 2 109 9 view .LVU714
	.loc 2 110 1 view .LVU715
	addq	$5, %rax	#, pc
.LVL150:
	.loc 2 110 1 view .LVU716
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 view .LVU717
	movq	%rsi, %rbx	# sp, sp
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU718
	jmp	.L2	#
.LVL151:
	.p2align 4,,10
	.p2align 3
.L139:
	.loc 2 114 9 is_stmt 1 view .LVU719
	.loc 2 114 9 view .LVU720
	.loc 2 115 1 view .LVU721
	addq	$5, %rax	#, pc
.LVL152:
	.loc 2 115 1 view .LVU722
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 view .LVU723
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU724
	jmp	.L2	#
.LVL153:
.L189:
.LBB106:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 1 view .LVU725
	negq	%rax	# iftmp.10_251
.LVL154:
	.loc 2 71 5 discriminator 1 view .LVU726
	jmp	.L97	#
.LVL155:
.L184:
	.loc 2 71 5 discriminator 1 view .LVU727
.LBE106:
.LBB107:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU728
	subq	%r13, %rax	# cur, tmp720
.LBE107:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU729
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
.LBB108:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU730
	movl	(%r15,%rax,4), %ecx	#* ord, prephitmp_14
	jmp	.L171	#
.LVL156:
.L175:
	.loc 2 123 5 view .LVU731
.LBE108:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU732
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
	jmp	.L171	#
.LVL157:
.L183:
.LBB109:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU733
	subq	%r13, %rax	# cur, tmp740
.LBE109:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU734
	movl	$6, %esi	#, st
.LBB110:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU735
	movl	(%r15,%rax,4), %ecx	#* ord, prephitmp_14
	jmp	.L171	#
.L185:
	.loc 2 123 5 view .LVU736
	subq	%r13, %rax	# cur, tmp590
.LBE110:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU737
	movl	$1, %esi	#, st
.LBB111:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU738
	movl	(%r15,%rax,4), %ecx	#* ord, prephitmp_14
	jmp	.L171	#
.LVL158:
.L188:
	.loc 2 123 5 view .LVU739
.LBE111:
# dispatch/switch/switch.c:75:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 75 5 view .LVU740
	movl	(%rdx), %ecx	# *_657, prephitmp_14
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU741
	xorl	%r11d, %r11d	# arg
	movl	$8, %esi	#, st
	jmp	.L171	#
.LVL159:
.L181:
.L83:
	.loc 2 51 1 is_stmt 1 discriminator 7 view .LVU742
	.loc 2 51 1 discriminator 7 view .LVU743
	.loc 2 51 1 discriminator 7 view .LVU744
	.loc 2 51 1 discriminator 7 view .LVU745
	subq	%rdi, %rbx	# vm, sp
.LVL160:
.LBB112:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 discriminator 7 view .LVU746
	subq	%r13, %rax	# cur, tmp556
.LBE112:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 discriminator 7 view .LVU747
	movl	$3, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp554
.LBB113:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 discriminator 7 view .LVU748
	movl	(%r15,%rax,4), %ecx	#* ord, prephitmp_14
.LBE113:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 discriminator 7 view .LVU749
	sarq	$3, %rdx	#, tmp554
	movq	%rdx, %r11	# tmp554, arg
.LVL161:
	.loc 2 51 1 is_stmt 1 discriminator 7 view .LVU750
	jmp	.L171	#
.LVL162:
.L190:
.LBB114:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 view .LVU751
	subq	%r13, %rax	# cur, tmp725
.LBE114:
# ./isa/ops.inc:122: OP_BEGIN(RET)                                   /* --            */
	.loc 2 122 1 view .LVU752
	xorl	%r11d, %r11d	# arg
	movl	$4, %esi	#, st
.LBB115:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU753
	movl	(%r15,%rax,4), %ecx	# *_419, prephitmp_14
	jmp	.L171	#
.L187:
.L152:
	.loc 2 123 5 view .LVU754
.LBE115:
	.loc 2 137 1 is_stmt 1 discriminator 3 view .LVU755
	.loc 2 137 1 discriminator 3 view .LVU756
	.loc 2 137 1 discriminator 3 view .LVU757
.LVL163:
	.loc 2 137 1 discriminator 3 view .LVU758
	subq	%rdi, %rbx	# vm, tmp743
.LVL164:
.LBB116:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU759
	subq	%r13, %rax	# cur, tmp745
.LBE116:
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 discriminator 3 view .LVU760
	movl	$2, %esi	#, st
	sarq	$3, %rbx	#, tmp743
.LBB117:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 discriminator 3 view .LVU761
	movl	(%r15,%rax,4), %ecx	#* ord, prephitmp_14
.LBE117:
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 discriminator 3 view .LVU762
	movq	%rbx, %r11	# tmp743, arg
.LVL165:
	.loc 2 137 1 is_stmt 1 discriminator 3 view .LVU763
	jmp	.L171	#
.LVL166:
.L192:
.LBB118:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 view .LVU764
	subq	%r13, %rax	# cur, tmp700
.LBE118:
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 view .LVU765
	xorl	%r11d, %r11d	# arg
	movl	$5, %esi	#, st
.LBB119:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU766
	movl	(%r15,%rax,4), %ecx	# *_336, prephitmp_14
	jmp	.L171	#
.LVL167:
.L191:
	.loc 2 123 5 view .LVU767
	subq	%r13, %rax	# cur, tmp683
.LVL168:
	.loc 2 123 5 view .LVU768
.LBE119:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU769
	movl	$7, %esi	#, st
.LVL169:
.LBB120:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU770
	movl	(%r15,%rax,4), %ecx	# *_537, prephitmp_14
	jmp	.L171	#
.LBE120:
	.cfi_endproc
.LFE24:
	.size	run, .-run
	.p2align 4
	.type	prepare, @function
prepare:
.LVL170:
.LFB25:
	.loc 1 80 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 81 5 view .LVU772
# dispatch/switch/switch.c:81:     return quicken(prog);
	.loc 1 81 12 is_stmt 0 view .LVU773
	jmp	quicken	#
.LVL171:
	.loc 1 81 12 view .LVU774
	.cfi_endproc
.LFE25:
	.size	prepare, .-prepare
	.globl	dispatcher_switch
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"switch"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"switch dispatch (STC): for (;;) switch (*pc++), one shared indirect jump"
	.section	.rodata
	.align 32
	.type	dispatcher_switch, @object
	.size	dispatcher_switch, 72
dispatcher_switch:
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
	.long	0x2109
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x23
	.long	.LASF562
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x7
	.long	.LASF9
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.long	0x3a
	.uleb128 0xa
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x24
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
	.uleb128 0x7
	.long	.LASF10
	.byte	0x5
	.byte	0x26
	.byte	0x17
	.long	0x56
	.uleb128 0xa
	.byte	0x2
	.byte	0x5
	.long	.LASF11
	.uleb128 0x7
	.long	.LASF12
	.byte	0x5
	.byte	0x29
	.byte	0x14
	.long	0x41
	.uleb128 0x7
	.long	.LASF13
	.byte	0x5
	.byte	0x2a
	.byte	0x16
	.long	0x64
	.uleb128 0x7
	.long	.LASF14
	.byte	0x5
	.byte	0x2c
	.byte	0x19
	.long	0x48
	.uleb128 0x7
	.long	.LASF15
	.byte	0x5
	.byte	0x2d
	.byte	0x1b
	.long	0x3a
	.uleb128 0x7
	.long	.LASF16
	.byte	0x5
	.byte	0x98
	.byte	0x19
	.long	0x48
	.uleb128 0x7
	.long	.LASF17
	.byte	0x5
	.byte	0x99
	.byte	0x1b
	.long	0x48
	.uleb128 0x25
	.byte	0x8
	.uleb128 0x6
	.long	0xd4
	.uleb128 0xa
	.byte	0x1
	.byte	0x6
	.long	.LASF18
	.uleb128 0xb
	.long	0xd4
	.uleb128 0x7
	.long	.LASF19
	.byte	0x6
	.byte	0x1a
	.byte	0x13
	.long	0x85
	.uleb128 0x7
	.long	.LASF20
	.byte	0x6
	.byte	0x1b
	.byte	0x13
	.long	0x9d
	.uleb128 0x26
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
	.uleb128 0xe
	.long	0x3a
	.long	0x11f
	.uleb128 0x12
	.long	0x3a
	.byte	0xf
	.byte	0
	.uleb128 0x7
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
	.long	0x137
	.uleb128 0x27
	.uleb128 0x7
	.long	.LASF23
	.byte	0x8
	.byte	0x1f
	.byte	0x12
	.long	0x144
	.uleb128 0xe
	.long	0x48
	.long	0x154
	.uleb128 0x12
	.long	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0xc
	.long	.LASF29
	.byte	0xc8
	.byte	0x9
	.byte	0x1a
	.long	0x188
	.uleb128 0x4
	.long	.LASF25
	.byte	0x9
	.byte	0x20
	.byte	0xf
	.long	0x138
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
	.uleb128 0x7
	.long	.LASF28
	.byte	0xa
	.byte	0x20
	.byte	0x1e
	.long	0x194
	.uleb128 0xe
	.long	0x154
	.long	0x1a4
	.uleb128 0x12
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0xc
	.long	.LASF30
	.byte	0xd8
	.byte	0xb
	.byte	0x31
	.long	0x32a
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
	.long	0x343
	.byte	0x60
	.uleb128 0x4
	.long	.LASF44
	.byte	0xb
	.byte	0x46
	.byte	0x14
	.long	0x348
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
	.long	0x34d
	.byte	0x83
	.uleb128 0x4
	.long	.LASF51
	.byte	0xb
	.byte	0x51
	.byte	0xf
	.long	0x35d
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
	.long	0x367
	.byte	0x98
	.uleb128 0x4
	.long	.LASF54
	.byte	0xb
	.byte	0x5c
	.byte	0x19
	.long	0x371
	.byte	0xa0
	.uleb128 0x4
	.long	.LASF55
	.byte	0xb
	.byte	0x5d
	.byte	0x14
	.long	0x348
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
	.long	0x376
	.byte	0xc4
	.byte	0
	.uleb128 0x7
	.long	.LASF60
	.byte	0xc
	.byte	0x7
	.byte	0x19
	.long	0x1a4
	.uleb128 0x28
	.long	.LASF563
	.byte	0xb
	.byte	0x2b
	.byte	0xe
	.uleb128 0x15
	.long	.LASF61
	.uleb128 0x6
	.long	0x33e
	.uleb128 0x6
	.long	0x1a4
	.uleb128 0xe
	.long	0xd4
	.long	0x35d
	.uleb128 0x12
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0x336
	.uleb128 0x15
	.long	.LASF62
	.uleb128 0x6
	.long	0x362
	.uleb128 0x15
	.long	.LASF63
	.uleb128 0x6
	.long	0x36c
	.uleb128 0xe
	.long	0xd4
	.long	0x386
	.uleb128 0x12
	.long	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x6
	.long	0x32a
	.uleb128 0xa
	.byte	0x10
	.byte	0x4
	.long	.LASF64
	.uleb128 0x7
	.long	.LASF65
	.byte	0xd
	.byte	0x18
	.byte	0x13
	.long	0x72
	.uleb128 0xb
	.long	0x392
	.uleb128 0x7
	.long	.LASF66
	.byte	0xd
	.byte	0x1a
	.byte	0x14
	.long	0x91
	.uleb128 0xb
	.long	0x3a3
	.uleb128 0x7
	.long	.LASF67
	.byte	0xd
	.byte	0x1b
	.byte	0x14
	.long	0xa9
	.uleb128 0x7
	.long	.LASF68
	.byte	0xe
	.byte	0x5a
	.byte	0x1b
	.long	0x3a
	.uleb128 0x6
	.long	0xdb
	.uleb128 0x7
	.long	.LASF69
	.byte	0xf
	.byte	0xa
	.byte	0x12
	.long	0xec
	.uleb128 0x7
	.long	.LASF70
	.byte	0xf
	.byte	0xb
	.byte	0x12
	.long	0x3b4
	.uleb128 0x16
	.long	.LASF106
	.long	0x64
	.byte	0xf
	.byte	0xd
	.long	0x4cb
	.uleb128 0x1
	.long	.LASF71
	.byte	0
	.uleb128 0x1
	.long	.LASF72
	.byte	0x1
	.uleb128 0x1
	.long	.LASF73
	.byte	0x2
	.uleb128 0x1
	.long	.LASF74
	.byte	0x3
	.uleb128 0x1
	.long	.LASF75
	.byte	0x4
	.uleb128 0x1
	.long	.LASF76
	.byte	0x5
	.uleb128 0x1
	.long	.LASF77
	.byte	0x6
	.uleb128 0x1
	.long	.LASF78
	.byte	0x7
	.uleb128 0x1
	.long	.LASF79
	.byte	0x8
	.uleb128 0x1
	.long	.LASF80
	.byte	0x9
	.uleb128 0x1
	.long	.LASF81
	.byte	0xa
	.uleb128 0x1
	.long	.LASF82
	.byte	0xb
	.uleb128 0x1
	.long	.LASF83
	.byte	0xc
	.uleb128 0x1
	.long	.LASF84
	.byte	0xd
	.uleb128 0x1
	.long	.LASF85
	.byte	0xe
	.uleb128 0x1
	.long	.LASF86
	.byte	0xf
	.uleb128 0x1
	.long	.LASF87
	.byte	0x10
	.uleb128 0x1
	.long	.LASF88
	.byte	0x11
	.uleb128 0x1
	.long	.LASF89
	.byte	0x12
	.uleb128 0x1
	.long	.LASF90
	.byte	0x13
	.uleb128 0x1
	.long	.LASF91
	.byte	0x14
	.uleb128 0x1
	.long	.LASF92
	.byte	0x15
	.uleb128 0x1
	.long	.LASF93
	.byte	0x16
	.uleb128 0x1
	.long	.LASF94
	.byte	0x17
	.uleb128 0x1
	.long	.LASF95
	.byte	0x18
	.uleb128 0x1
	.long	.LASF96
	.byte	0x19
	.uleb128 0x1
	.long	.LASF97
	.byte	0x1a
	.uleb128 0x1
	.long	.LASF98
	.byte	0x1b
	.uleb128 0x1
	.long	.LASF99
	.byte	0x1c
	.uleb128 0x1
	.long	.LASF100
	.byte	0x1d
	.uleb128 0x1
	.long	.LASF101
	.byte	0x1e
	.uleb128 0x1
	.long	.LASF102
	.byte	0x1f
	.uleb128 0x1
	.long	.LASF103
	.byte	0x20
	.uleb128 0x1
	.long	.LASF104
	.byte	0x21
	.uleb128 0x1
	.long	.LASF105
	.byte	0x22
	.byte	0
	.uleb128 0x16
	.long	.LASF107
	.long	0x64
	.byte	0xf
	.byte	0x15
	.long	0x4ff
	.uleb128 0x1
	.long	.LASF108
	.byte	0
	.uleb128 0x1
	.long	.LASF109
	.byte	0x1
	.uleb128 0x1
	.long	.LASF110
	.byte	0x2
	.uleb128 0x1
	.long	.LASF111
	.byte	0x3
	.uleb128 0x1
	.long	.LASF112
	.byte	0x4
	.uleb128 0x1
	.long	.LASF113
	.byte	0x5
	.byte	0
	.uleb128 0x1a
	.long	0x64
	.byte	0xf
	.byte	0x1e
	.long	0x5d7
	.uleb128 0x1
	.long	.LASF114
	.byte	0x1
	.uleb128 0x1
	.long	.LASF115
	.byte	0x9
	.uleb128 0x1
	.long	.LASF116
	.byte	0x1
	.uleb128 0x1
	.long	.LASF117
	.byte	0x1
	.uleb128 0x1
	.long	.LASF118
	.byte	0x1
	.uleb128 0x1
	.long	.LASF119
	.byte	0x1
	.uleb128 0x1
	.long	.LASF120
	.byte	0x1
	.uleb128 0x1
	.long	.LASF121
	.byte	0x1
	.uleb128 0x1
	.long	.LASF122
	.byte	0x1
	.uleb128 0x1
	.long	.LASF123
	.byte	0x1
	.uleb128 0x1
	.long	.LASF124
	.byte	0x1
	.uleb128 0x1
	.long	.LASF125
	.byte	0x1
	.uleb128 0x1
	.long	.LASF126
	.byte	0x1
	.uleb128 0x1
	.long	.LASF127
	.byte	0x1
	.uleb128 0x1
	.long	.LASF128
	.byte	0x1
	.uleb128 0x1
	.long	.LASF129
	.byte	0x1
	.uleb128 0x1
	.long	.LASF130
	.byte	0x1
	.uleb128 0x1
	.long	.LASF131
	.byte	0x1
	.uleb128 0x1
	.long	.LASF132
	.byte	0x1
	.uleb128 0x1
	.long	.LASF133
	.byte	0x1
	.uleb128 0x1
	.long	.LASF134
	.byte	0x1
	.uleb128 0x1
	.long	.LASF135
	.byte	0x1
	.uleb128 0x1
	.long	.LASF136
	.byte	0x1
	.uleb128 0x1
	.long	.LASF137
	.byte	0x1
	.uleb128 0x1
	.long	.LASF138
	.byte	0x1
	.uleb128 0x1
	.long	.LASF139
	.byte	0x5
	.uleb128 0x1
	.long	.LASF140
	.byte	0x5
	.uleb128 0x1
	.long	.LASF141
	.byte	0x5
	.uleb128 0x1
	.long	.LASF142
	.byte	0x5
	.uleb128 0x1
	.long	.LASF143
	.byte	0x1
	.uleb128 0x1
	.long	.LASF144
	.byte	0x1
	.uleb128 0x1
	.long	.LASF145
	.byte	0x1
	.uleb128 0x1
	.long	.LASF146
	.byte	0x1
	.uleb128 0x1
	.long	.LASF147
	.byte	0x1
	.byte	0
	.uleb128 0xc
	.long	.LASF148
	.byte	0x10
	.byte	0x3
	.byte	0x13
	.long	0x5fe
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
	.long	0x3a3
	.byte	0x8
	.byte	0
	.uleb128 0xc
	.long	.LASF151
	.byte	0x8
	.byte	0x3
	.byte	0x1d
	.long	0x625
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
	.uleb128 0xc
	.long	.LASF154
	.byte	0x50
	.byte	0x3
	.byte	0x22
	.long	0x6c1
	.uleb128 0x4
	.long	.LASF155
	.byte	0x3
	.byte	0x23
	.byte	0x11
	.long	0x3cc
	.byte	0
	.uleb128 0x4
	.long	.LASF156
	.byte	0x3
	.byte	0x24
	.byte	0x11
	.long	0x6c6
	.byte	0x8
	.uleb128 0x4
	.long	.LASF157
	.byte	0x3
	.byte	0x25
	.byte	0x11
	.long	0x3a3
	.byte	0x10
	.uleb128 0x4
	.long	.LASF158
	.byte	0x3
	.byte	0x26
	.byte	0x11
	.long	0x3a3
	.byte	0x14
	.uleb128 0xf
	.string	"ord"
	.byte	0x3
	.byte	0x27
	.byte	0x11
	.long	0x6cb
	.byte	0x18
	.uleb128 0x4
	.long	.LASF150
	.byte	0x3
	.byte	0x29
	.byte	0x11
	.long	0x6cb
	.byte	0x20
	.uleb128 0x4
	.long	.LASF159
	.byte	0x3
	.byte	0x2a
	.byte	0x11
	.long	0x6cb
	.byte	0x28
	.uleb128 0x4
	.long	.LASF160
	.byte	0x3
	.byte	0x2b
	.byte	0x13
	.long	0x6d0
	.byte	0x30
	.uleb128 0x4
	.long	.LASF161
	.byte	0x3
	.byte	0x2c
	.byte	0x11
	.long	0x3a3
	.byte	0x38
	.uleb128 0x4
	.long	.LASF162
	.byte	0x3
	.byte	0x2e
	.byte	0x11
	.long	0x6c6
	.byte	0x40
	.uleb128 0x4
	.long	.LASF151
	.byte	0x3
	.byte	0x2f
	.byte	0x13
	.long	0x6d5
	.byte	0x48
	.byte	0
	.uleb128 0xb
	.long	0x625
	.uleb128 0x6
	.long	0x392
	.uleb128 0x6
	.long	0x3a3
	.uleb128 0x6
	.long	0x5d7
	.uleb128 0x6
	.long	0x5fe
	.uleb128 0x16
	.long	.LASF163
	.long	0x64
	.byte	0x10
	.byte	0xf
	.long	0x720
	.uleb128 0x1
	.long	.LASF164
	.byte	0
	.uleb128 0x1
	.long	.LASF165
	.byte	0x1
	.uleb128 0x1
	.long	.LASF166
	.byte	0x2
	.uleb128 0x1
	.long	.LASF167
	.byte	0x3
	.uleb128 0x1
	.long	.LASF168
	.byte	0x4
	.uleb128 0x1
	.long	.LASF169
	.byte	0x5
	.uleb128 0x1
	.long	.LASF170
	.byte	0x6
	.uleb128 0x1
	.long	.LASF171
	.byte	0x7
	.uleb128 0x1
	.long	.LASF172
	.byte	0x8
	.byte	0
	.uleb128 0xc
	.long	.LASF173
	.byte	0x20
	.byte	0x10
	.byte	0x1b
	.long	0x761
	.uleb128 0x4
	.long	.LASF163
	.byte	0x10
	.byte	0x1c
	.byte	0x11
	.long	0x6da
	.byte	0
	.uleb128 0xf
	.string	"arg"
	.byte	0x10
	.byte	0x1d
	.byte	0x11
	.long	0x3d1
	.byte	0x8
	.uleb128 0xf
	.string	"ord"
	.byte	0x10
	.byte	0x1e
	.byte	0x11
	.long	0x3a3
	.byte	0x10
	.uleb128 0x4
	.long	.LASF158
	.byte	0x10
	.byte	0x1f
	.byte	0x11
	.long	0xec
	.byte	0x18
	.byte	0
	.uleb128 0x1b
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x7bc
	.uleb128 0xf
	.string	"f"
	.byte	0x10
	.byte	0x27
	.byte	0xe
	.long	0x386
	.byte	0
	.uleb128 0xf
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
	.long	0x3b4
	.byte	0x10
	.uleb128 0x4
	.long	.LASF175
	.byte	0x10
	.byte	0x2a
	.byte	0xe
	.long	0x3b4
	.byte	0x18
	.uleb128 0x4
	.long	.LASF176
	.byte	0x10
	.byte	0x2b
	.byte	0xe
	.long	0x41
	.byte	0x20
	.uleb128 0xf
	.string	"buf"
	.byte	0x10
	.byte	0x2c
	.byte	0xe
	.long	0x7bc
	.byte	0x24
	.byte	0
	.uleb128 0xe
	.long	0xd4
	.long	0x7cd
	.uleb128 0x17
	.long	0x3a
	.value	0xffff
	.byte	0
	.uleb128 0x1b
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x85d
	.uleb128 0x4
	.long	.LASF177
	.byte	0x10
	.byte	0x30
	.byte	0x11
	.long	0x85d
	.byte	0
	.uleb128 0x29
	.long	.LASF178
	.byte	0x10
	.byte	0x34
	.byte	0x11
	.long	0x86e
	.value	0x8008
	.uleb128 0x1c
	.string	"mem"
	.byte	0x36
	.long	0x87f
	.long	0x10008
	.uleb128 0x13
	.long	.LASF179
	.byte	0x37
	.byte	0x11
	.long	0xec
	.long	0x10010
	.uleb128 0x13
	.long	.LASF180
	.byte	0x38
	.byte	0x11
	.long	0xec
	.long	0x10018
	.uleb128 0x13
	.long	.LASF181
	.byte	0x3a
	.byte	0x1b
	.long	0x884
	.long	0x10020
	.uleb128 0x13
	.long	.LASF173
	.byte	0x3b
	.byte	0x13
	.long	0x720
	.long	0x10028
	.uleb128 0x13
	.long	.LASF182
	.byte	0x3c
	.byte	0x11
	.long	0x188
	.long	0x10048
	.uleb128 0x1c
	.string	"out"
	.byte	0x3d
	.long	0x761
	.long	0x10110
	.byte	0
	.uleb128 0xe
	.long	0x3d1
	.long	0x86e
	.uleb128 0x17
	.long	0x3a
	.value	0x1000
	.byte	0
	.uleb128 0xe
	.long	0x3c0
	.long	0x87f
	.uleb128 0x17
	.long	0x3a
	.value	0xfff
	.byte	0
	.uleb128 0x6
	.long	0x3d1
	.uleb128 0x6
	.long	0x6c1
	.uleb128 0xc
	.long	.LASF183
	.byte	0x48
	.byte	0x11
	.byte	0x10
	.long	0x90b
	.uleb128 0x4
	.long	.LASF149
	.byte	0x11
	.byte	0x11
	.byte	0x11
	.long	0x3cc
	.byte	0
	.uleb128 0x4
	.long	.LASF184
	.byte	0x11
	.byte	0x12
	.byte	0x11
	.long	0x3cc
	.byte	0x8
	.uleb128 0x4
	.long	.LASF185
	.byte	0x11
	.byte	0x15
	.byte	0x13
	.long	0x915
	.byte	0x10
	.uleb128 0x4
	.long	.LASF186
	.byte	0x11
	.byte	0x1a
	.byte	0xd
	.long	0x929
	.byte	0x18
	.uleb128 0x4
	.long	.LASF187
	.byte	0x11
	.byte	0x1b
	.byte	0xd
	.long	0x939
	.byte	0x20
	.uleb128 0x4
	.long	.LASF188
	.byte	0x11
	.byte	0x21
	.byte	0x13
	.long	0x915
	.byte	0x28
	.uleb128 0x4
	.long	.LASF189
	.byte	0x11
	.byte	0x27
	.byte	0x9
	.long	0x41
	.byte	0x30
	.uleb128 0xf
	.string	"run"
	.byte	0x11
	.byte	0x2b
	.byte	0xd
	.long	0x958
	.byte	0x38
	.uleb128 0x4
	.long	.LASF190
	.byte	0x11
	.byte	0x31
	.byte	0xd
	.long	0x96d
	.byte	0x40
	.byte	0
	.uleb128 0xb
	.long	0x889
	.uleb128 0x2a
	.long	0x3cc
	.uleb128 0x6
	.long	0x910
	.uleb128 0x2b
	.long	0xcd
	.long	0x929
	.uleb128 0x8
	.long	0x884
	.byte	0
	.uleb128 0x6
	.long	0x91a
	.uleb128 0x18
	.long	0x939
	.uleb128 0x8
	.long	0xcd
	.byte	0
	.uleb128 0x6
	.long	0x92e
	.uleb128 0x18
	.long	0x953
	.uleb128 0x8
	.long	0x953
	.uleb128 0x8
	.long	0x884
	.uleb128 0x8
	.long	0xcd
	.byte	0
	.uleb128 0x6
	.long	0x7cd
	.uleb128 0x6
	.long	0x93e
	.uleb128 0x18
	.long	0x96d
	.uleb128 0x8
	.long	0x132
	.uleb128 0x8
	.long	0x386
	.byte	0
	.uleb128 0x6
	.long	0x95d
	.uleb128 0x1a
	.long	0x64
	.byte	0x12
	.byte	0x2c
	.long	0xbe2
	.uleb128 0x1
	.long	.LASF191
	.byte	0
	.uleb128 0x1
	.long	.LASF192
	.byte	0
	.uleb128 0x1
	.long	.LASF193
	.byte	0
	.uleb128 0x1
	.long	.LASF194
	.byte	0
	.uleb128 0x1
	.long	.LASF195
	.byte	0x1
	.uleb128 0x1
	.long	.LASF196
	.byte	0
	.uleb128 0x1
	.long	.LASF197
	.byte	0x1
	.uleb128 0x1
	.long	.LASF198
	.byte	0
	.uleb128 0x1
	.long	.LASF199
	.byte	0
	.uleb128 0x1
	.long	.LASF200
	.byte	0x1
	.uleb128 0x1
	.long	.LASF201
	.byte	0x2
	.uleb128 0x1
	.long	.LASF202
	.byte	0
	.uleb128 0x1
	.long	.LASF203
	.byte	0x2
	.uleb128 0x1
	.long	.LASF204
	.byte	0x2
	.uleb128 0x1
	.long	.LASF205
	.byte	0
	.uleb128 0x1
	.long	.LASF206
	.byte	0x2
	.uleb128 0x1
	.long	.LASF207
	.byte	0x3
	.uleb128 0x1
	.long	.LASF208
	.byte	0
	.uleb128 0x1
	.long	.LASF209
	.byte	0x3
	.uleb128 0x1
	.long	.LASF210
	.byte	0x3
	.uleb128 0x1
	.long	.LASF211
	.byte	0
	.uleb128 0x1
	.long	.LASF212
	.byte	0x2
	.uleb128 0x1
	.long	.LASF213
	.byte	0x1
	.uleb128 0x1
	.long	.LASF214
	.byte	0
	.uleb128 0x1
	.long	.LASF215
	.byte	0x2
	.uleb128 0x1
	.long	.LASF216
	.byte	0x1
	.uleb128 0x1
	.long	.LASF217
	.byte	0
	.uleb128 0x1
	.long	.LASF218
	.byte	0x2
	.uleb128 0x1
	.long	.LASF219
	.byte	0x1
	.uleb128 0x1
	.long	.LASF220
	.byte	0
	.uleb128 0x1
	.long	.LASF221
	.byte	0x2
	.uleb128 0x1
	.long	.LASF222
	.byte	0x1
	.uleb128 0x1
	.long	.LASF223
	.byte	0
	.uleb128 0x1
	.long	.LASF224
	.byte	0x2
	.uleb128 0x1
	.long	.LASF225
	.byte	0x1
	.uleb128 0x1
	.long	.LASF226
	.byte	0
	.uleb128 0x1
	.long	.LASF227
	.byte	0x1
	.uleb128 0x1
	.long	.LASF228
	.byte	0x1
	.uleb128 0x1
	.long	.LASF229
	.byte	0
	.uleb128 0x1
	.long	.LASF230
	.byte	0x1
	.uleb128 0x1
	.long	.LASF231
	.byte	0x1
	.uleb128 0x1
	.long	.LASF232
	.byte	0
	.uleb128 0x1
	.long	.LASF233
	.byte	0x2
	.uleb128 0x1
	.long	.LASF234
	.byte	0x1
	.uleb128 0x1
	.long	.LASF235
	.byte	0
	.uleb128 0x1
	.long	.LASF236
	.byte	0x2
	.uleb128 0x1
	.long	.LASF237
	.byte	0x1
	.uleb128 0x1
	.long	.LASF238
	.byte	0
	.uleb128 0x1
	.long	.LASF239
	.byte	0x2
	.uleb128 0x1
	.long	.LASF240
	.byte	0x1
	.uleb128 0x1
	.long	.LASF241
	.byte	0
	.uleb128 0x1
	.long	.LASF242
	.byte	0x2
	.uleb128 0x1
	.long	.LASF243
	.byte	0x1
	.uleb128 0x1
	.long	.LASF244
	.byte	0
	.uleb128 0x1
	.long	.LASF245
	.byte	0x2
	.uleb128 0x1
	.long	.LASF246
	.byte	0x1
	.uleb128 0x1
	.long	.LASF247
	.byte	0
	.uleb128 0x1
	.long	.LASF248
	.byte	0x2
	.uleb128 0x1
	.long	.LASF249
	.byte	0x1
	.uleb128 0x1
	.long	.LASF250
	.byte	0
	.uleb128 0x1
	.long	.LASF251
	.byte	0x2
	.uleb128 0x1
	.long	.LASF252
	.byte	0x1
	.uleb128 0x1
	.long	.LASF253
	.byte	0
	.uleb128 0x1
	.long	.LASF254
	.byte	0x2
	.uleb128 0x1
	.long	.LASF255
	.byte	0x1
	.uleb128 0x1
	.long	.LASF256
	.byte	0
	.uleb128 0x1
	.long	.LASF257
	.byte	0x2
	.uleb128 0x1
	.long	.LASF258
	.byte	0x1
	.uleb128 0x1
	.long	.LASF259
	.byte	0
	.uleb128 0x1
	.long	.LASF260
	.byte	0x2
	.uleb128 0x1
	.long	.LASF261
	.byte	0x1
	.uleb128 0x1
	.long	.LASF262
	.byte	0
	.uleb128 0x1
	.long	.LASF263
	.byte	0x2
	.uleb128 0x1
	.long	.LASF264
	.byte	0x1
	.uleb128 0x1
	.long	.LASF265
	.byte	0
	.uleb128 0x1
	.long	.LASF266
	.byte	0
	.uleb128 0x1
	.long	.LASF267
	.byte	0
	.uleb128 0x1
	.long	.LASF268
	.byte	0x1
	.uleb128 0x1
	.long	.LASF269
	.byte	0x1
	.uleb128 0x1
	.long	.LASF270
	.byte	0
	.uleb128 0x1
	.long	.LASF271
	.byte	0x2
	.uleb128 0x1
	.long	.LASF272
	.byte	0x1
	.uleb128 0x1
	.long	.LASF273
	.byte	0
	.uleb128 0x1
	.long	.LASF274
	.byte	0x2
	.uleb128 0x1
	.long	.LASF275
	.byte	0
	.uleb128 0x1
	.long	.LASF276
	.byte	0
	.uleb128 0x1
	.long	.LASF277
	.byte	0x3
	.uleb128 0x1
	.long	.LASF278
	.byte	0
	.uleb128 0x1
	.long	.LASF279
	.byte	0
	.uleb128 0x1
	.long	.LASF280
	.byte	0x4
	.uleb128 0x1
	.long	.LASF281
	.byte	0x1
	.uleb128 0x1
	.long	.LASF282
	.byte	0x1
	.uleb128 0x1
	.long	.LASF283
	.byte	0
	.uleb128 0x1
	.long	.LASF284
	.byte	0x2
	.uleb128 0x1
	.long	.LASF285
	.byte	0
	.uleb128 0x1
	.long	.LASF286
	.byte	0
	.uleb128 0x1
	.long	.LASF287
	.byte	0x1
	.uleb128 0x1
	.long	.LASF288
	.byte	0
	.uleb128 0x1
	.long	.LASF289
	.byte	0
	.uleb128 0x1
	.long	.LASF290
	.byte	0
	.uleb128 0x1
	.long	.LASF291
	.byte	0
	.uleb128 0x1
	.long	.LASF292
	.byte	0x5
	.byte	0
	.uleb128 0xc
	.long	.LASF293
	.byte	0x20
	.byte	0x13
	.byte	0x1b
	.long	0xc23
	.uleb128 0x4
	.long	.LASF294
	.byte	0x13
	.byte	0x1c
	.byte	0x12
	.long	0x3a3
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
	.long	0x5fe
	.byte	0x18
	.byte	0
	.uleb128 0xb
	.long	0xbe2
	.uleb128 0xc
	.long	.LASF296
	.byte	0x18
	.byte	0x13
	.byte	0x21
	.long	0xc5c
	.uleb128 0x4
	.long	.LASF156
	.byte	0x13
	.byte	0x22
	.byte	0x14
	.long	0x6c6
	.byte	0
	.uleb128 0x4
	.long	.LASF157
	.byte	0x13
	.byte	0x23
	.byte	0x14
	.long	0x3a3
	.byte	0x8
	.uleb128 0x4
	.long	.LASF293
	.byte	0x13
	.byte	0x24
	.byte	0x14
	.long	0xc61
	.byte	0x10
	.byte	0
	.uleb128 0xb
	.long	0xc28
	.uleb128 0x6
	.long	0xbe2
	.uleb128 0x2c
	.long	.LASF302
	.byte	0x1
	.byte	0x54
	.byte	0x19
	.long	0x90b
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_switch
	.uleb128 0x1d
	.long	.LASF297
	.byte	0x13
	.byte	0x26
	.byte	0xf
	.long	0xc92
	.long	0xc92
	.uleb128 0x8
	.long	0x884
	.byte	0
	.uleb128 0x6
	.long	0xc28
	.uleb128 0x1e
	.long	.LASF299
	.byte	0x10
	.byte	0x4f
	.byte	0x7
	.long	0xcbd
	.uleb128 0x8
	.long	0x953
	.uleb128 0x8
	.long	0x6da
	.uleb128 0x8
	.long	0x3d1
	.uleb128 0x8
	.long	0x3a3
	.uleb128 0x8
	.long	0xec
	.byte	0
	.uleb128 0x1d
	.long	.LASF298
	.byte	0x10
	.byte	0x4a
	.byte	0x7
	.long	0x41
	.long	0xcd8
	.uleb128 0x8
	.long	0x953
	.uleb128 0x8
	.long	0x3d1
	.byte	0
	.uleb128 0x1e
	.long	.LASF300
	.byte	0x13
	.byte	0x27
	.byte	0x6
	.long	0xcea
	.uleb128 0x8
	.long	0xcd
	.byte	0
	.uleb128 0x2d
	.long	.LASF186
	.byte	0x1
	.byte	0x4f
	.byte	0xe
	.long	0xcd
	.quad	.LFB25
	.quad	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.long	0xd35
	.uleb128 0x19
	.long	.LASF181
	.byte	0x4f
	.byte	0x2c
	.long	0x884
	.long	.LLST76
	.long	.LVUS76
	.uleb128 0x2e
	.quad	.LVL171
	.long	0xc7c
	.uleb128 0x1f
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.uleb128 0x2f
	.string	"run"
	.byte	0x1
	.byte	0x1d
	.byte	0xd
	.quad	.LFB24
	.quad	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.long	0x20a7
	.uleb128 0x30
	.string	"vm"
	.byte	0x1
	.byte	0x1d
	.byte	0x1c
	.long	0x953
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x19
	.long	.LASF181
	.byte	0x1d
	.byte	0x36
	.long	0x884
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x19
	.long	.LASF301
	.byte	0x1d
	.byte	0x42
	.long	0xcd
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x5
	.string	"q"
	.byte	0x1
	.byte	0x1f
	.byte	0x19
	.long	0x20a7
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x20
	.long	.LASF293
	.byte	0x20
	.byte	0x20
	.long	0x20b1
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x5
	.string	"cur"
	.byte	0x1
	.byte	0x21
	.byte	0x14
	.long	0x20b6
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x5
	.string	"pc"
	.byte	0x1
	.byte	0x22
	.byte	0x14
	.long	0x20b6
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x5
	.string	"ord"
	.byte	0x1
	.byte	0x23
	.byte	0x1b
	.long	0x20c0
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x5
	.string	"sp"
	.byte	0x1
	.byte	0x24
	.byte	0xb
	.long	0x87f
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x5
	.string	"rsp"
	.byte	0x1
	.byte	0x25
	.byte	0x10
	.long	0x20c5
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x20
	.long	.LASF303
	.byte	0x26
	.byte	0xd
	.long	0xec
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x5
	.string	"st"
	.byte	0x1
	.byte	0x27
	.byte	0x11
	.long	0x6da
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x5
	.string	"arg"
	.byte	0x1
	.byte	0x28
	.byte	0xa
	.long	0x3d1
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x3
	.long	.LASF304
	.byte	0x1
	.byte	0x41
	.byte	0x5
	.uleb128 0x3
	.long	.LASF305
	.byte	0x1
	.byte	0x42
	.byte	0x9
	.uleb128 0x3
	.long	.LASF306
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF307
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.uleb128 0x2
	.long	.LASF313
	.byte	0x1
	.byte	0x4a
	.byte	0x1
	.quad	.L171
	.uleb128 0x3
	.long	.LASF308
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF309
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF310
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF311
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF312
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.uleb128 0x2
	.long	.LASF314
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L69
	.uleb128 0x3
	.long	.LASF315
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.uleb128 0x2
	.long	.LASF316
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L70
	.uleb128 0x3
	.long	.LASF317
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.uleb128 0x3
	.long	.LASF318
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.uleb128 0x2
	.long	.LASF319
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L72
	.uleb128 0x2
	.long	.LASF320
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L38
	.uleb128 0x2
	.long	.LASF321
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L68
	.uleb128 0x2
	.long	.LASF322
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L73
	.uleb128 0x3
	.long	.LASF323
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF324
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF325
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.uleb128 0x2
	.long	.LASF326
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L74
	.uleb128 0x2
	.long	.LASF327
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L37
	.uleb128 0x2
	.long	.LASF328
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L67
	.uleb128 0x2
	.long	.LASF329
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L76
	.uleb128 0x2
	.long	.LASF330
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L77
	.uleb128 0x3
	.long	.LASF331
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF332
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.uleb128 0x2
	.long	.LASF333
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L78
	.uleb128 0x2
	.long	.LASF334
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L36
	.uleb128 0x2
	.long	.LASF335
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L66
	.uleb128 0x2
	.long	.LASF336
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L79
	.uleb128 0x3
	.long	.LASF337
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF338
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF339
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.uleb128 0x2
	.long	.LASF340
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L80
	.uleb128 0x2
	.long	.LASF341
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L35
	.uleb128 0x2
	.long	.LASF342
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L65
	.uleb128 0x2
	.long	.LASF343
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L82
	.uleb128 0x2
	.long	.LASF344
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L83
	.uleb128 0x3
	.long	.LASF345
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.uleb128 0x3
	.long	.LASF346
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.uleb128 0x2
	.long	.LASF347
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L84
	.uleb128 0x2
	.long	.LASF348
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L34
	.uleb128 0x2
	.long	.LASF349
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L64
	.uleb128 0x2
	.long	.LASF350
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L85
	.uleb128 0x3
	.long	.LASF351
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF352
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF353
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.uleb128 0x2
	.long	.LASF354
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L86
	.uleb128 0x2
	.long	.LASF355
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L33
	.uleb128 0x2
	.long	.LASF356
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L63
	.uleb128 0x2
	.long	.LASF357
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L87
	.uleb128 0x3
	.long	.LASF358
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF359
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF360
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.uleb128 0x2
	.long	.LASF361
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L88
	.uleb128 0x2
	.long	.LASF362
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L32
	.uleb128 0x2
	.long	.LASF363
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L62
	.uleb128 0x2
	.long	.LASF364
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L89
	.uleb128 0x3
	.long	.LASF365
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF366
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF367
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.uleb128 0x2
	.long	.LASF368
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L90
	.uleb128 0x2
	.long	.LASF369
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L31
	.uleb128 0x2
	.long	.LASF370
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L61
	.uleb128 0x2
	.long	.LASF371
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L91
	.uleb128 0x3
	.long	.LASF372
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF373
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF374
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.uleb128 0x2
	.long	.LASF375
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L92
	.uleb128 0x2
	.long	.LASF376
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L30
	.uleb128 0x2
	.long	.LASF377
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L60
	.uleb128 0x2
	.long	.LASF378
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L93
	.uleb128 0x3
	.long	.LASF379
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF380
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF381
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.uleb128 0x2
	.long	.LASF382
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L94
	.uleb128 0x2
	.long	.LASF383
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L29
	.uleb128 0x2
	.long	.LASF384
	.byte	0x2
	.byte	0x45
	.byte	0x9
	.quad	.L170
	.uleb128 0x2
	.long	.LASF385
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L59
	.uleb128 0x2
	.long	.LASF386
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L98
	.uleb128 0x3
	.long	.LASF387
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF388
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF389
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.uleb128 0x2
	.long	.LASF390
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L99
	.uleb128 0x2
	.long	.LASF391
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L28
	.uleb128 0x2
	.long	.LASF392
	.byte	0x2
	.byte	0x4c
	.byte	0x9
	.quad	.L169
	.uleb128 0x2
	.long	.LASF393
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L58
	.uleb128 0x2
	.long	.LASF394
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L102
	.uleb128 0x3
	.long	.LASF395
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF396
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF397
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.uleb128 0x2
	.long	.LASF398
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L103
	.uleb128 0x2
	.long	.LASF399
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L27
	.uleb128 0x2
	.long	.LASF400
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L57
	.uleb128 0x2
	.long	.LASF401
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L104
	.uleb128 0x3
	.long	.LASF402
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF403
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF404
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.uleb128 0x2
	.long	.LASF405
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L105
	.uleb128 0x2
	.long	.LASF406
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L26
	.uleb128 0x2
	.long	.LASF407
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L56
	.uleb128 0x2
	.long	.LASF408
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L106
	.uleb128 0x3
	.long	.LASF409
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF410
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF411
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.uleb128 0x2
	.long	.LASF412
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L107
	.uleb128 0x2
	.long	.LASF413
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L25
	.uleb128 0x2
	.long	.LASF414
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L55
	.uleb128 0x2
	.long	.LASF415
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L108
	.uleb128 0x3
	.long	.LASF416
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF417
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF418
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.uleb128 0x2
	.long	.LASF419
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L109
	.uleb128 0x2
	.long	.LASF420
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L24
	.uleb128 0x2
	.long	.LASF421
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L54
	.uleb128 0x2
	.long	.LASF422
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L110
	.uleb128 0x3
	.long	.LASF423
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF424
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF425
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.uleb128 0x2
	.long	.LASF426
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L111
	.uleb128 0x2
	.long	.LASF427
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L23
	.uleb128 0x2
	.long	.LASF428
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L53
	.uleb128 0x2
	.long	.LASF429
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L112
	.uleb128 0x3
	.long	.LASF430
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF431
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF432
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.uleb128 0x2
	.long	.LASF433
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L113
	.uleb128 0x2
	.long	.LASF434
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L22
	.uleb128 0x2
	.long	.LASF435
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L52
	.uleb128 0x2
	.long	.LASF436
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L114
	.uleb128 0x3
	.long	.LASF437
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF438
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF439
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.uleb128 0x2
	.long	.LASF440
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L115
	.uleb128 0x2
	.long	.LASF441
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L21
	.uleb128 0x2
	.long	.LASF442
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L51
	.uleb128 0x2
	.long	.LASF443
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L116
	.uleb128 0x3
	.long	.LASF444
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF445
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF446
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.uleb128 0x2
	.long	.LASF447
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L117
	.uleb128 0x2
	.long	.LASF448
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L20
	.uleb128 0x2
	.long	.LASF449
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L50
	.uleb128 0x2
	.long	.LASF450
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L118
	.uleb128 0x3
	.long	.LASF451
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF452
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF453
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.uleb128 0x2
	.long	.LASF454
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L119
	.uleb128 0x2
	.long	.LASF455
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L19
	.uleb128 0x2
	.long	.LASF456
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L49
	.uleb128 0x2
	.long	.LASF457
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L120
	.uleb128 0x3
	.long	.LASF458
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF459
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF460
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.uleb128 0x2
	.long	.LASF461
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L121
	.uleb128 0x2
	.long	.LASF462
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L18
	.uleb128 0x2
	.long	.LASF463
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L48
	.uleb128 0x2
	.long	.LASF464
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L122
	.uleb128 0x3
	.long	.LASF465
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF466
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF467
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.uleb128 0x2
	.long	.LASF468
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L123
	.uleb128 0x2
	.long	.LASF469
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L17
	.uleb128 0x2
	.long	.LASF470
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L47
	.uleb128 0x2
	.long	.LASF471
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L124
	.uleb128 0x3
	.long	.LASF472
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF473
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF474
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.uleb128 0x2
	.long	.LASF475
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L125
	.uleb128 0x2
	.long	.LASF476
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L16
	.uleb128 0x2
	.long	.LASF477
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L46
	.uleb128 0x2
	.long	.LASF478
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L126
	.uleb128 0x3
	.long	.LASF479
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF480
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF481
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.uleb128 0x2
	.long	.LASF482
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L127
	.uleb128 0x2
	.long	.LASF483
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L15
	.uleb128 0x2
	.long	.LASF484
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L14
	.uleb128 0x3
	.long	.LASF485
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF486
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF487
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF488
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.uleb128 0x2
	.long	.LASF489
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L129
	.uleb128 0x2
	.long	.LASF490
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L128
	.uleb128 0x2
	.long	.LASF491
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L130
	.uleb128 0x2
	.long	.LASF492
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L168
	.uleb128 0x2
	.long	.LASF493
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L45
	.uleb128 0x2
	.long	.LASF494
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L132
	.uleb128 0x3
	.long	.LASF495
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF496
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF497
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.uleb128 0x2
	.long	.LASF498
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L133
	.uleb128 0x2
	.long	.LASF499
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L13
	.uleb128 0x2
	.long	.LASF500
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L135
	.uleb128 0x2
	.long	.LASF501
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L167
	.uleb128 0x2
	.long	.LASF502
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L44
	.uleb128 0x2
	.long	.LASF503
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L137
	.uleb128 0x3
	.long	.LASF504
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF505
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF506
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.uleb128 0x2
	.long	.LASF507
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L138
	.uleb128 0x2
	.long	.LASF508
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L12
	.uleb128 0x2
	.long	.LASF509
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L140
	.uleb128 0x2
	.long	.LASF510
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L166
	.uleb128 0x2
	.long	.LASF511
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L43
	.uleb128 0x3
	.long	.LASF512
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF513
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.uleb128 0x2
	.long	.LASF514
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L165
	.uleb128 0x3
	.long	.LASF515
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.uleb128 0x2
	.long	.LASF516
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L142
	.uleb128 0x2
	.long	.LASF517
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L11
	.uleb128 0x2
	.long	.LASF518
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL2
	.uleb128 0x2
	.long	.LASF519
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.L164
	.uleb128 0x2
	.long	.LASF520
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L42
	.uleb128 0x3
	.long	.LASF521
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF522
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF523
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.uleb128 0x2
	.long	.LASF524
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L163
	.uleb128 0x2
	.long	.LASF525
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L145
	.uleb128 0x2
	.long	.LASF526
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L10
	.uleb128 0x2
	.long	.LASF527
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL1
	.uleb128 0x2
	.long	.LASF528
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.L162
	.uleb128 0x2
	.long	.LASF529
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L41
	.uleb128 0x2
	.long	.LASF530
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L146
	.uleb128 0x3
	.long	.LASF531
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF532
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF533
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.uleb128 0x2
	.long	.LASF534
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L147
	.uleb128 0x2
	.long	.LASF535
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L9
	.uleb128 0x2
	.long	.LASF536
	.byte	0x2
	.byte	0x7f
	.byte	0x5
	.quad	.L161
	.uleb128 0x2
	.long	.LASF537
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L40
	.uleb128 0x2
	.long	.LASF538
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L149
	.uleb128 0x3
	.long	.LASF539
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF540
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF541
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.uleb128 0x2
	.long	.LASF542
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L150
	.uleb128 0x2
	.long	.LASF543
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L8
	.uleb128 0x2
	.long	.LASF544
	.byte	0x2
	.byte	0x84
	.byte	0x5
	.quad	.L160
	.uleb128 0x2
	.long	.LASF545
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L39
	.uleb128 0x2
	.long	.LASF546
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L152
	.uleb128 0x3
	.long	.LASF547
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF548
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF549
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.uleb128 0x2
	.long	.LASF550
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L153
	.uleb128 0x2
	.long	.LASF551
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L7
	.uleb128 0x2
	.long	.LASF552
	.byte	0x2
	.byte	0x8a
	.byte	0x5
	.quad	.L159
	.uleb128 0x2
	.long	.LASF553
	.byte	0x2
	.byte	0x8c
	.byte	0x9
	.quad	.L158
	.uleb128 0x2
	.long	.LASF554
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L71
	.uleb128 0x3
	.long	.LASF555
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF556
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF557
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF558
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.uleb128 0x2
	.long	.LASF559
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L156
	.uleb128 0x2
	.long	.LASF560
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L155
	.uleb128 0x2
	.long	.LASF561
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L157
	.uleb128 0x9
	.long	.LLRL17
	.long	0x1b67
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.long	0x3d1
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x31
	.long	0x20ed
	.quad	.LBI59
	.value	.LVU92
	.quad	.LBB59
	.quad	.LBE59-.LBB59
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.uleb128 0x10
	.long	0x20fa
	.long	.LLST19
	.long	.LVUS19
	.uleb128 0x11
	.long	0x2103
	.long	.LLST20
	.long	.LVUS20
	.byte	0
	.byte	0
	.uleb128 0xd
	.quad	.LBB98
	.quad	.LBE98-.LBB98
	.long	0x1b90
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x2c
	.byte	0x5
	.long	0x3d1
	.long	.LLST70
	.long	.LVUS70
	.byte	0
	.uleb128 0x9
	.long	.LLRL21
	.long	0x1bac
	.uleb128 0x5
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3d1
	.long	.LLST22
	.long	.LVUS22
	.byte	0
	.uleb128 0xd
	.quad	.LBB99
	.quad	.LBE99-.LBB99
	.long	0x1bd5
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x34
	.byte	0x5
	.long	0x3d1
	.long	.LLST71
	.long	.LVUS71
	.byte	0
	.uleb128 0x9
	.long	.LLRL29
	.long	0x1bf1
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3d1
	.long	.LLST30
	.long	.LVUS30
	.byte	0
	.uleb128 0x9
	.long	.LLRL26
	.long	0x1c1f
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d1
	.long	.LLST27
	.long	.LVUS27
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d1
	.long	.LLST28
	.long	.LVUS28
	.byte	0
	.uleb128 0x9
	.long	.LLRL23
	.long	0x1c4d
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d1
	.long	.LLST24
	.long	.LVUS24
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d1
	.long	.LLST25
	.long	.LVUS25
	.byte	0
	.uleb128 0xd
	.quad	.LBB80
	.quad	.LBE80-.LBB80
	.long	0x1c87
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d1
	.long	.LLST46
	.long	.LVUS46
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d1
	.long	.LLST47
	.long	.LVUS47
	.byte	0
	.uleb128 0x9
	.long	.LLRL43
	.long	0x1cb5
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d1
	.long	.LLST44
	.long	.LVUS44
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d1
	.long	.LLST45
	.long	.LVUS45
	.byte	0
	.uleb128 0x9
	.long	.LLRL40
	.long	0x1ce3
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d1
	.long	.LLST41
	.long	.LVUS41
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d1
	.long	.LLST42
	.long	.LVUS42
	.byte	0
	.uleb128 0x9
	.long	.LLRL37
	.long	0x1d11
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d1
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d1
	.long	.LLST39
	.long	.LVUS39
	.byte	0
	.uleb128 0x9
	.long	.LLRL34
	.long	0x1d3f
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d1
	.long	.LLST35
	.long	.LVUS35
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d1
	.long	.LLST36
	.long	.LVUS36
	.byte	0
	.uleb128 0x9
	.long	.LLRL31
	.long	0x1d6d
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d1
	.long	.LLST32
	.long	.LVUS32
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d1
	.long	.LLST33
	.long	.LVUS33
	.byte	0
	.uleb128 0x9
	.long	.LLRL67
	.long	0x1d9b
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d1
	.long	.LLST68
	.long	.LVUS68
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d1
	.long	.LLST69
	.long	.LVUS69
	.byte	0
	.uleb128 0x9
	.long	.LLRL64
	.long	0x1dc9
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d1
	.long	.LLST65
	.long	.LVUS65
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d1
	.long	.LLST66
	.long	.LVUS66
	.byte	0
	.uleb128 0xd
	.quad	.LBB91
	.quad	.LBE91-.LBB91
	.long	0x1e03
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d1
	.long	.LLST62
	.long	.LVUS62
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d1
	.long	.LLST63
	.long	.LVUS63
	.byte	0
	.uleb128 0xd
	.quad	.LBB90
	.quad	.LBE90-.LBB90
	.long	0x1e3d
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d1
	.long	.LLST60
	.long	.LVUS60
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d1
	.long	.LLST61
	.long	.LVUS61
	.byte	0
	.uleb128 0xd
	.quad	.LBB89
	.quad	.LBE89-.LBB89
	.long	0x1e77
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d1
	.long	.LLST58
	.long	.LVUS58
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d1
	.long	.LLST59
	.long	.LVUS59
	.byte	0
	.uleb128 0xd
	.quad	.LBB88
	.quad	.LBE88-.LBB88
	.long	0x1eb1
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d1
	.long	.LLST56
	.long	.LVUS56
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d1
	.long	.LLST57
	.long	.LVUS57
	.byte	0
	.uleb128 0xd
	.quad	.LBB87
	.quad	.LBE87-.LBB87
	.long	0x1eeb
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d1
	.long	.LLST54
	.long	.LVUS54
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d1
	.long	.LLST55
	.long	.LVUS55
	.byte	0
	.uleb128 0xd
	.quad	.LBB86
	.quad	.LBE86-.LBB86
	.long	0x1f25
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d1
	.long	.LLST52
	.long	.LVUS52
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d1
	.long	.LLST53
	.long	.LVUS53
	.byte	0
	.uleb128 0x9
	.long	.LLRL13
	.long	0x1f43
	.uleb128 0x5
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0x3a3
	.long	.LLST14
	.long	.LVUS14
	.byte	0
	.uleb128 0x14
	.long	0x20ca
	.quad	.LBI56
	.value	.LVU45
	.quad	.LBB56
	.quad	.LBE56-.LBB56
	.byte	0x68
	.byte	0x5
	.long	0x1f83
	.uleb128 0x10
	.long	0x20db
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x11
	.long	0x20e4
	.long	.LLST16
	.long	.LVUS16
	.byte	0
	.uleb128 0x14
	.long	0x20ca
	.quad	.LBI82
	.value	.LVU413
	.quad	.LBB82
	.quad	.LBE82-.LBB82
	.byte	0x72
	.byte	0x9
	.long	0x1fc3
	.uleb128 0x10
	.long	0x20db
	.long	.LLST48
	.long	.LVUS48
	.uleb128 0x11
	.long	0x20e4
	.long	.LLST49
	.long	.LVUS49
	.byte	0
	.uleb128 0x14
	.long	0x20ca
	.quad	.LBI84
	.value	.LVU442
	.quad	.LBB84
	.quad	.LBE84-.LBB84
	.byte	0x6d
	.byte	0x9
	.long	0x2003
	.uleb128 0x10
	.long	0x20db
	.long	.LLST50
	.long	.LVUS50
	.uleb128 0x11
	.long	0x20e4
	.long	.LLST51
	.long	.LVUS51
	.byte	0
	.uleb128 0x14
	.long	0x20ca
	.quad	.LBI102
	.value	.LVU681
	.quad	.LBB102
	.quad	.LBE102-.LBB102
	.byte	0x77
	.byte	0x5
	.long	0x2043
	.uleb128 0x10
	.long	0x20db
	.long	.LLST72
	.long	.LVUS72
	.uleb128 0x11
	.long	0x20e4
	.long	.LLST73
	.long	.LVUS73
	.byte	0
	.uleb128 0x14
	.long	0x20ca
	.quad	.LBI104
	.value	.LVU699
	.quad	.LBB104
	.quad	.LBE104-.LBB104
	.byte	0x75
	.byte	0x1
	.long	0x2083
	.uleb128 0x10
	.long	0x20db
	.long	.LLST74
	.long	.LVUS74
	.uleb128 0x11
	.long	0x20e4
	.long	.LLST75
	.long	.LVUS75
	.byte	0
	.uleb128 0x32
	.quad	.LVL11
	.long	0xc97
	.uleb128 0x33
	.quad	.LVL17
	.long	0xcbd
	.uleb128 0x1f
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -80
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0xc5c
	.uleb128 0x6
	.long	0xc23
	.uleb128 0xb
	.long	0x20ac
	.uleb128 0x6
	.long	0x39e
	.uleb128 0x6
	.long	0x3af
	.uleb128 0xb
	.long	0x20bb
	.uleb128 0x6
	.long	0x3c0
	.uleb128 0x34
	.long	.LASF564
	.byte	0x3
	.byte	0x61
	.byte	0x18
	.long	0x3a3
	.byte	0x3
	.long	0x20ed
	.uleb128 0x21
	.string	"p"
	.byte	0x61
	.byte	0x32
	.long	0x20b6
	.uleb128 0x22
	.string	"v"
	.byte	0x63
	.long	0x3a3
	.byte	0
	.uleb128 0x35
	.long	.LASF565
	.byte	0x3
	.byte	0x58
	.byte	0x14
	.long	0x3d1
	.byte	0x3
	.uleb128 0x21
	.string	"p"
	.byte	0x58
	.byte	0x2c
	.long	0x20b6
	.uleb128 0x22
	.string	"v"
	.byte	0x5a
	.long	0x3b4
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x2
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
	.uleb128 0x3
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
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x27
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x28
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
	.uleb128 0x29
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
	.uleb128 0x2a
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2b
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
	.uleb128 0x2c
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
	.uleb128 0x2d
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
	.uleb128 0x2e
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
	.uleb128 0x2f
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
	.uleb128 0x30
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
.LVUS76:
	.uleb128 0
	.uleb128 .LVU774
	.uleb128 .LVU774
	.uleb128 0
.LLST76:
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL171-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL171-1-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS3:
	.uleb128 .LVU2
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU37
	.uleb128 .LVU37
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS4:
	.uleb128 .LVU12
	.uleb128 .LVU21
.LLST4:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS5:
	.uleb128 .LVU13
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU38
	.uleb128 .LVU40
	.uleb128 .LVU710
	.uleb128 .LVU712
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS6:
	.uleb128 .LVU14
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU36
	.uleb128 .LVU40
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU104
	.uleb128 .LVU104
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU397
	.uleb128 .LVU397
	.uleb128 .LVU399
	.uleb128 .LVU399
	.uleb128 .LVU427
	.uleb128 .LVU427
	.uleb128 .LVU428
	.uleb128 .LVU428
	.uleb128 .LVU456
	.uleb128 .LVU456
	.uleb128 .LVU457
	.uleb128 .LVU457
	.uleb128 .LVU695
	.uleb128 .LVU695
	.uleb128 .LVU696
	.uleb128 .LVU696
	.uleb128 .LVU711
	.uleb128 .LVU711
	.uleb128 .LVU713
	.uleb128 .LVU713
	.uleb128 .LVU716
	.uleb128 .LVU716
	.uleb128 .LVU719
	.uleb128 .LVU719
	.uleb128 .LVU722
	.uleb128 .LVU722
	.uleb128 .LVU725
	.uleb128 .LVU725
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
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
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL92-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL92-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL148-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL149-.Ltext0
	.uleb128 .LVL150-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL150-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS7:
	.uleb128 .LVU16
	.uleb128 .LVU39
	.uleb128 .LVU40
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS8:
	.uleb128 .LVU17
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU31
	.uleb128 .LVU40
	.uleb128 .LVU98
	.uleb128 .LVU98
	.uleb128 .LVU99
	.uleb128 .LVU99
	.uleb128 .LVU134
	.uleb128 .LVU134
	.uleb128 .LVU140
	.uleb128 .LVU140
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU161
	.uleb128 .LVU161
	.uleb128 .LVU194
	.uleb128 .LVU194
	.uleb128 .LVU200
	.uleb128 .LVU200
	.uleb128 .LVU215
	.uleb128 .LVU215
	.uleb128 .LVU221
	.uleb128 .LVU221
	.uleb128 .LVU236
	.uleb128 .LVU236
	.uleb128 .LVU242
	.uleb128 .LVU242
	.uleb128 .LVU286
	.uleb128 .LVU286
	.uleb128 .LVU296
	.uleb128 .LVU296
	.uleb128 .LVU313
	.uleb128 .LVU313
	.uleb128 .LVU322
	.uleb128 .LVU322
	.uleb128 .LVU334
	.uleb128 .LVU334
	.uleb128 .LVU335
	.uleb128 .LVU335
	.uleb128 .LVU354
	.uleb128 .LVU354
	.uleb128 .LVU356
	.uleb128 .LVU356
	.uleb128 .LVU409
	.uleb128 .LVU409
	.uleb128 .LVU428
	.uleb128 .LVU428
	.uleb128 .LVU438
	.uleb128 .LVU438
	.uleb128 .LVU457
	.uleb128 .LVU457
	.uleb128 .LVU469
	.uleb128 .LVU469
	.uleb128 .LVU470
	.uleb128 .LVU470
	.uleb128 .LVU487
	.uleb128 .LVU487
	.uleb128 .LVU488
	.uleb128 .LVU488
	.uleb128 .LVU505
	.uleb128 .LVU505
	.uleb128 .LVU506
	.uleb128 .LVU506
	.uleb128 .LVU523
	.uleb128 .LVU523
	.uleb128 .LVU524
	.uleb128 .LVU524
	.uleb128 .LVU541
	.uleb128 .LVU541
	.uleb128 .LVU542
	.uleb128 .LVU542
	.uleb128 .LVU559
	.uleb128 .LVU559
	.uleb128 .LVU560
	.uleb128 .LVU560
	.uleb128 .LVU577
	.uleb128 .LVU577
	.uleb128 .LVU585
	.uleb128 .LVU585
	.uleb128 .LVU599
	.uleb128 .LVU599
	.uleb128 .LVU607
	.uleb128 .LVU607
	.uleb128 .LVU624
	.uleb128 .LVU624
	.uleb128 .LVU625
	.uleb128 .LVU625
	.uleb128 .LVU645
	.uleb128 .LVU645
	.uleb128 .LVU646
	.uleb128 .LVU646
	.uleb128 .LVU660
	.uleb128 .LVU665
	.uleb128 .LVU713
	.uleb128 .LVU713
	.uleb128 .LVU719
	.uleb128 .LVU719
	.uleb128 .LVU727
	.uleb128 .LVU731
	.uleb128 .LVU746
	.uleb128 .LVU751
	.uleb128 .LVU759
	.uleb128 .LVU764
	.uleb128 .LVU767
	.uleb128 .LVU767
	.uleb128 .LVU770
	.uleb128 .LVU770
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
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
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
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
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
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
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL118-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL149-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL169-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU18
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU31
	.uleb128 .LVU40
	.uleb128 .LVU389
	.uleb128 .LVU389
	.uleb128 .LVU399
	.uleb128 .LVU399
	.uleb128 .LVU677
	.uleb128 .LVU677
	.uleb128 .LVU696
	.uleb128 .LVU696
	.uleb128 .LVU727
	.uleb128 .LVU733
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL138-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL157-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS10:
	.uleb128 .LVU20
	.uleb128 .LVU31
	.uleb128 .LVU40
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU76
	.uleb128 .LVU80
	.uleb128 .LVU739
	.uleb128 .LVU739
	.uleb128 .LVU742
	.uleb128 .LVU742
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL17-1-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL17-1-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL158-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS11:
	.uleb128 .LVU31
	.uleb128 .LVU40
	.uleb128 .LVU659
	.uleb128 .LVU665
	.uleb128 .LVU745
	.uleb128 .LVU751
	.uleb128 .LVU758
	.uleb128 .LVU764
.LLST11:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL11-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU31
	.uleb128 .LVU40
	.uleb128 .LVU664
	.uleb128 .LVU665
	.uleb128 .LVU750
	.uleb128 .LVU751
	.uleb128 .LVU763
	.uleb128 .LVU764
.LLST12:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL11-1-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS18:
	.uleb128 .LVU96
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 .LVU105
.LLST18:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS19:
	.uleb128 .LVU92
	.uleb128 .LVU96
.LLST19:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS20:
	.uleb128 .LVU95
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 .LVU105
.LLST20:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS70:
	.uleb128 .LVU623
	.uleb128 .LVU625
	.uleb128 .LVU625
	.uleb128 .LVU629
	.uleb128 .LVU629
	.uleb128 .LVU630
.LLST70:
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS22:
	.uleb128 .LVU113
	.uleb128 .LVU119
.LLST22:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS71:
	.uleb128 .LVU644
	.uleb128 .LVU646
	.uleb128 .LVU646
	.uleb128 .LVU650
	.uleb128 .LVU650
	.uleb128 .LVU651
.LLST71:
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -24
	.byte	0
.LVUS30:
	.uleb128 .LVU173
	.uleb128 .LVU178
	.uleb128 .LVU178
	.uleb128 .LVU179
	.uleb128 .LVU179
	.uleb128 .LVU182
.LLST30:
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -24
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS27:
	.uleb128 .LVU152
	.uleb128 .LVU161
	.uleb128 .LVU161
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 .LVU164
.LLST27:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS28:
	.uleb128 .LVU152
	.uleb128 .LVU156
.LLST28:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS24:
	.uleb128 .LVU131
	.uleb128 .LVU140
	.uleb128 .LVU140
	.uleb128 .LVU142
	.uleb128 .LVU142
	.uleb128 .LVU143
.LLST24:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS25:
	.uleb128 .LVU131
	.uleb128 .LVU135
.LLST25:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS46:
	.uleb128 .LVU331
	.uleb128 .LVU335
	.uleb128 .LVU335
	.uleb128 .LVU340
.LLST46:
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS47:
	.uleb128 .LVU331
	.uleb128 .LVU335
	.uleb128 .LVU335
	.uleb128 .LVU336
.LLST47:
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS44:
	.uleb128 .LVU309
	.uleb128 .LVU322
	.uleb128 .LVU725
	.uleb128 .LVU727
.LLST44:
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS45:
	.uleb128 .LVU310
	.uleb128 .LVU315
	.uleb128 .LVU315
	.uleb128 .LVU316
	.uleb128 .LVU725
	.uleb128 .LVU726
	.uleb128 .LVU726
	.uleb128 .LVU727
.LLST45:
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS41:
	.uleb128 .LVU282
	.uleb128 .LVU296
.LLST41:
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS42:
	.uleb128 .LVU283
	.uleb128 .LVU288
	.uleb128 .LVU288
	.uleb128 .LVU290
.LLST42:
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL62-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS38:
	.uleb128 .LVU233
	.uleb128 .LVU242
	.uleb128 .LVU242
	.uleb128 .LVU244
	.uleb128 .LVU244
	.uleb128 .LVU245
.LLST38:
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS39:
	.uleb128 .LVU233
	.uleb128 .LVU237
.LLST39:
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS35:
	.uleb128 .LVU212
	.uleb128 .LVU221
	.uleb128 .LVU221
	.uleb128 .LVU223
	.uleb128 .LVU223
	.uleb128 .LVU224
.LLST35:
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL51-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS36:
	.uleb128 .LVU212
	.uleb128 .LVU216
.LLST36:
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS32:
	.uleb128 .LVU191
	.uleb128 .LVU200
	.uleb128 .LVU200
	.uleb128 .LVU202
	.uleb128 .LVU202
	.uleb128 .LVU203
.LLST32:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS33:
	.uleb128 .LVU191
	.uleb128 .LVU195
.LLST33:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS68:
	.uleb128 .LVU596
	.uleb128 .LVU607
	.uleb128 .LVU607
	.uleb128 .LVU609
.LLST68:
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS69:
	.uleb128 .LVU596
	.uleb128 .LVU602
.LLST69:
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL123-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS65:
	.uleb128 .LVU574
	.uleb128 .LVU585
	.uleb128 .LVU585
	.uleb128 .LVU587
.LLST65:
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS66:
	.uleb128 .LVU574
	.uleb128 .LVU580
.LLST66:
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL119-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS62:
	.uleb128 .LVU556
	.uleb128 .LVU560
	.uleb128 .LVU560
	.uleb128 .LVU565
.LLST62:
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS63:
	.uleb128 .LVU556
	.uleb128 .LVU560
	.uleb128 .LVU560
	.uleb128 .LVU561
.LLST63:
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS60:
	.uleb128 .LVU538
	.uleb128 .LVU542
	.uleb128 .LVU542
	.uleb128 .LVU547
.LLST60:
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS61:
	.uleb128 .LVU538
	.uleb128 .LVU542
	.uleb128 .LVU542
	.uleb128 .LVU543
.LLST61:
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS58:
	.uleb128 .LVU520
	.uleb128 .LVU524
	.uleb128 .LVU524
	.uleb128 .LVU529
.LLST58:
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS59:
	.uleb128 .LVU520
	.uleb128 .LVU524
	.uleb128 .LVU524
	.uleb128 .LVU525
.LLST59:
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL108-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS56:
	.uleb128 .LVU502
	.uleb128 .LVU506
	.uleb128 .LVU506
	.uleb128 .LVU511
.LLST56:
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS57:
	.uleb128 .LVU502
	.uleb128 .LVU506
	.uleb128 .LVU506
	.uleb128 .LVU507
.LLST57:
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS54:
	.uleb128 .LVU484
	.uleb128 .LVU488
	.uleb128 .LVU488
	.uleb128 .LVU493
.LLST54:
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
	.uleb128 .LVL101-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS55:
	.uleb128 .LVU484
	.uleb128 .LVU488
	.uleb128 .LVU488
	.uleb128 .LVU489
.LLST55:
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS52:
	.uleb128 .LVU466
	.uleb128 .LVU470
	.uleb128 .LVU470
	.uleb128 .LVU475
.LLST52:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS53:
	.uleb128 .LVU466
	.uleb128 .LVU470
	.uleb128 .LVU470
	.uleb128 .LVU471
.LLST53:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS14:
	.uleb128 .LVU389
	.uleb128 .LVU394
	.uleb128 .LVU394
	.uleb128 .LVU398
	.uleb128 .LVU398
	.uleb128 .LVU399
.LLST14:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x2
	.byte	0x7e
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x2
	.byte	0x74
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x2
	.byte	0x74
	.sleb128 -8
	.byte	0
.LVUS15:
	.uleb128 .LVU45
	.uleb128 .LVU49
.LLST15:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS16:
	.uleb128 .LVU48
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU59
.LLST16:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS48:
	.uleb128 .LVU413
	.uleb128 .LVU417
.LLST48:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS49:
	.uleb128 .LVU416
	.uleb128 .LVU422
	.uleb128 .LVU422
	.uleb128 .LVU428
.LLST49:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL83-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS50:
	.uleb128 .LVU442
	.uleb128 .LVU446
.LLST50:
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS51:
	.uleb128 .LVU445
	.uleb128 .LVU451
	.uleb128 .LVU451
	.uleb128 .LVU457
	.uleb128 .LVU767
	.uleb128 .LVU768
	.uleb128 .LVU768
	.uleb128 0
.LLST51:
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL90-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL90-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL168-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS72:
	.uleb128 .LVU681
	.uleb128 .LVU685
.LLST72:
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL139-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS73:
	.uleb128 .LVU684
	.uleb128 .LVU690
	.uleb128 .LVU690
	.uleb128 .LVU696
.LLST73:
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS74:
	.uleb128 .LVU699
	.uleb128 .LVU703
.LLST74:
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS75:
	.uleb128 .LVU702
	.uleb128 .LVU709
	.uleb128 .LVU709
	.uleb128 .LVU713
.LLST75:
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL149-.Ltext0
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
.LLRL13:
	.byte	0x4
	.uleb128 .LBB54-.Ltext0
	.uleb128 .LBE54-.Ltext0
	.byte	0x4
	.uleb128 .LBB55-.Ltext0
	.uleb128 .LBE55-.Ltext0
	.byte	0x4
	.uleb128 .LBB81-.Ltext0
	.uleb128 .LBE81-.Ltext0
	.byte	0x4
	.uleb128 .LBB100-.Ltext0
	.uleb128 .LBE100-.Ltext0
	.byte	0x4
	.uleb128 .LBB101-.Ltext0
	.uleb128 .LBE101-.Ltext0
	.byte	0x4
	.uleb128 .LBB107-.Ltext0
	.uleb128 .LBE107-.Ltext0
	.byte	0x4
	.uleb128 .LBB108-.Ltext0
	.uleb128 .LBE108-.Ltext0
	.byte	0x4
	.uleb128 .LBB109-.Ltext0
	.uleb128 .LBE109-.Ltext0
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
	.byte	0x4
	.uleb128 .LBB120-.Ltext0
	.uleb128 .LBE120-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB58-.Ltext0
	.uleb128 .LBE58-.Ltext0
	.byte	0x4
	.uleb128 .LBB61-.Ltext0
	.uleb128 .LBE61-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB62-.Ltext0
	.uleb128 .LBE62-.Ltext0
	.byte	0x4
	.uleb128 .LBB63-.Ltext0
	.uleb128 .LBE63-.Ltext0
	.byte	0
.LLRL23:
	.byte	0x4
	.uleb128 .LBB64-.Ltext0
	.uleb128 .LBE64-.Ltext0
	.byte	0x4
	.uleb128 .LBB65-.Ltext0
	.uleb128 .LBE65-.Ltext0
	.byte	0
.LLRL26:
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0x4
	.uleb128 .LBB67-.Ltext0
	.uleb128 .LBE67-.Ltext0
	.byte	0
.LLRL29:
	.byte	0x4
	.uleb128 .LBB68-.Ltext0
	.uleb128 .LBE68-.Ltext0
	.byte	0x4
	.uleb128 .LBB69-.Ltext0
	.uleb128 .LBE69-.Ltext0
	.byte	0
.LLRL31:
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0
.LLRL34:
	.byte	0x4
	.uleb128 .LBB72-.Ltext0
	.uleb128 .LBE72-.Ltext0
	.byte	0x4
	.uleb128 .LBB73-.Ltext0
	.uleb128 .LBE73-.Ltext0
	.byte	0
.LLRL37:
	.byte	0x4
	.uleb128 .LBB74-.Ltext0
	.uleb128 .LBE74-.Ltext0
	.byte	0x4
	.uleb128 .LBB75-.Ltext0
	.uleb128 .LBE75-.Ltext0
	.byte	0
.LLRL40:
	.byte	0x4
	.uleb128 .LBB76-.Ltext0
	.uleb128 .LBE76-.Ltext0
	.byte	0x4
	.uleb128 .LBB77-.Ltext0
	.uleb128 .LBE77-.Ltext0
	.byte	0
.LLRL43:
	.byte	0x4
	.uleb128 .LBB78-.Ltext0
	.uleb128 .LBE78-.Ltext0
	.byte	0x4
	.uleb128 .LBB79-.Ltext0
	.uleb128 .LBE79-.Ltext0
	.byte	0x4
	.uleb128 .LBB106-.Ltext0
	.uleb128 .LBE106-.Ltext0
	.byte	0
.LLRL64:
	.byte	0x4
	.uleb128 .LBB92-.Ltext0
	.uleb128 .LBE92-.Ltext0
	.byte	0x4
	.uleb128 .LBB93-.Ltext0
	.uleb128 .LBE93-.Ltext0
	.byte	0x4
	.uleb128 .LBB94-.Ltext0
	.uleb128 .LBE94-.Ltext0
	.byte	0
.LLRL67:
	.byte	0x4
	.uleb128 .LBB95-.Ltext0
	.uleb128 .LBE95-.Ltext0
	.byte	0x4
	.uleb128 .LBB96-.Ltext0
	.uleb128 .LBE96-.Ltext0
	.byte	0x4
	.uleb128 .LBB97-.Ltext0
	.uleb128 .LBE97-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF83:
	.string	"OP_NEG"
.LASF172:
	.string	"ST_OUTPUT"
.LASF441:
	.string	"dl_handler_SHR_116"
.LASF9:
	.string	"size_t"
.LASF419:
	.string	"body_OR"
.LASF489:
	.string	"body_JMP"
.LASF328:
	.string	"dl_checked_DUP_19"
.LASF69:
	.string	"cell"
.LASF29:
	.string	"__jmp_buf_tag"
.LASF494:
	.string	"dl_trap_162"
.LASF495:
	.string	"dl_trap_163"
.LASF62:
	.string	"_IO_codecvt"
.LASF496:
	.string	"dl_trap_164"
.LASF111:
	.string	"FLOW_CALL"
.LASF469:
	.string	"dl_handler_LE_140"
.LASF335:
	.string	"dl_checked_SWAP_25"
.LASF19:
	.string	"int32_t"
.LASF200:
	.string	"POPS_DUP"
.LASF204:
	.string	"PUSHES_SWAP"
.LASF541:
	.string	"dl_trap_204"
.LASF42:
	.string	"_IO_save_end"
.LASF113:
	.string	"FLOW_STOP"
.LASF547:
	.string	"dl_trap_209"
.LASF284:
	.string	"POPS_STORE"
.LASF107:
	.string	"flow"
.LASF493:
	.string	"dl_checked_JZ_161"
.LASF147:
	.string	"SIZE_HALT"
.LASF215:
	.string	"POPS_SUB"
.LASF507:
	.string	"body_JNZ"
.LASF249:
	.string	"PUSHES_EQ"
.LASF35:
	.string	"_IO_write_base"
.LASF219:
	.string	"PUSHES_MUL"
.LASF333:
	.string	"body_DUP"
.LASF377:
	.string	"dl_checked_DIV_61"
.LASF477:
	.string	"dl_checked_GE_147"
.LASF192:
	.string	"PUSHES_NOP"
.LASF51:
	.string	"_lock"
.LASF231:
	.string	"PUSHES_NOT"
.LASF362:
	.string	"dl_handler_ADD_48"
.LASF248:
	.string	"POPS_EQ"
.LASF445:
	.string	"dl_trap_120"
.LASF368:
	.string	"body_SUB"
.LASF105:
	.string	"OP__COUNT"
.LASF294:
	.string	"target"
.LASF320:
	.string	"dl_handler_PUSH_12"
.LASF240:
	.string	"PUSHES_XOR"
.LASF314:
	.string	"dl_checked_PUSH_7"
.LASF40:
	.string	"_IO_save_base"
.LASF288:
	.string	"PUSHES_PRINT"
.LASF280:
	.string	"FLOW_OF_RET"
.LASF525:
	.string	"body_RET"
.LASF407:
	.string	"dl_checked_AND_87"
.LASF548:
	.string	"dl_trap_210"
.LASF128:
	.string	"SIZE_AND"
.LASF552:
	.string	"dl_trap_213"
.LASF165:
	.string	"ST_DIV_ZERO"
.LASF553:
	.string	"dl_trap_214"
.LASF555:
	.string	"dl_trap_216"
.LASF556:
	.string	"dl_trap_217"
.LASF44:
	.string	"_chain"
.LASF557:
	.string	"dl_trap_218"
.LASF48:
	.string	"_cur_column"
.LASF347:
	.string	"body_OVER"
.LASF213:
	.string	"PUSHES_ADD"
.LASF89:
	.string	"OP_SHR"
.LASF10:
	.string	"__uint8_t"
.LASF166:
	.string	"ST_UNDERFLOW"
.LASF81:
	.string	"OP_DIV"
.LASF173:
	.string	"result"
.LASF82:
	.string	"OP_MOD"
.LASF178:
	.string	"rstack"
.LASF226:
	.string	"FLOW_OF_MOD"
.LASF511:
	.string	"dl_checked_CALL_177"
.LASF300:
	.string	"quick_free"
.LASF263:
	.string	"POPS_GE"
.LASF77:
	.string	"OP_ROT"
.LASF3:
	.string	"long int"
.LASF448:
	.string	"dl_handler_EQ_122"
.LASF260:
	.string	"POPS_GT"
.LASF279:
	.string	"PUSHES_RET"
.LASF317:
	.string	"dl_trap_10"
.LASF515:
	.string	"dl_trap_181"
.LASF325:
	.string	"dl_trap_17"
.LASF519:
	.string	"dl_trap_184"
.LASF521:
	.string	"dl_trap_186"
.LASF61:
	.string	"_IO_marker"
.LASF287:
	.string	"POPS_PRINT"
.LASF358:
	.string	"dl_trap_45"
.LASF526:
	.string	"dl_handler_RET_190"
.LASF264:
	.string	"PUSHES_GE"
.LASF176:
	.string	"error"
.LASF259:
	.string	"FLOW_OF_LE"
.LASF502:
	.string	"dl_checked_JNZ_169"
.LASF559:
	.string	"body_HALT"
.LASF426:
	.string	"body_XOR"
.LASF90:
	.string	"OP_EQ"
.LASF313:
	.string	"trap"
.LASF233:
	.string	"POPS_AND"
.LASF516:
	.string	"body_CALL"
.LASF267:
	.string	"PUSHES_JMP"
.LASF8:
	.string	"signed char"
.LASF65:
	.string	"uint8_t"
.LASF30:
	.string	"_IO_FILE"
.LASF63:
	.string	"_IO_wide_data"
.LASF155:
	.string	"file"
.LASF191:
	.string	"POPS_NOP"
.LASF230:
	.string	"POPS_NOT"
.LASF5:
	.string	"unsigned char"
.LASF531:
	.string	"dl_trap_195"
.LASF55:
	.string	"_freeres_list"
.LASF185:
	.string	"unavailable"
.LASF273:
	.string	"PUSHES_JNZ"
.LASF194:
	.string	"POPS_PUSH"
.LASF143:
	.string	"SIZE_RET"
.LASF95:
	.string	"OP_GE"
.LASF72:
	.string	"OP_PUSH"
.LASF537:
	.string	"dl_checked_STORE_200"
.LASF269:
	.string	"POPS_JZ"
.LASF94:
	.string	"OP_GT"
.LASF201:
	.string	"PUSHES_DUP"
.LASF428:
	.string	"dl_checked_SHL_105"
.LASF18:
	.string	"char"
.LASF367:
	.string	"dl_trap_53"
.LASF133:
	.string	"SIZE_EQ"
.LASF371:
	.string	"dl_trap_56"
.LASF216:
	.string	"PUSHES_SUB"
.LASF542:
	.string	"body_STORE"
.LASF292:
	.string	"FLOW_OF_HALT"
.LASF393:
	.string	"dl_checked_NEG_75"
.LASF291:
	.string	"PUSHES_HALT"
.LASF190:
	.string	"describe"
.LASF153:
	.string	"span"
.LASF563:
	.string	"_IO_lock_t"
.LASF229:
	.string	"FLOW_OF_NEG"
.LASF343:
	.string	"dl_trap_32"
.LASF350:
	.string	"dl_trap_38"
.LASF444:
	.string	"dl_trap_119"
.LASF351:
	.string	"dl_trap_39"
.LASF184:
	.string	"summary"
.LASF286:
	.string	"FLOW_OF_STORE"
.LASF181:
	.string	"prog"
.LASF476:
	.string	"dl_handler_GT_146"
.LASF257:
	.string	"POPS_LE"
.LASF349:
	.string	"dl_checked_ROT_37"
.LASF32:
	.string	"_IO_read_ptr"
.LASF562:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables"
.LASF254:
	.string	"POPS_LT"
.LASF169:
	.string	"ST_ROVERFLOW"
.LASF400:
	.string	"dl_checked_NOT_81"
.LASF138:
	.string	"SIZE_GE"
.LASF80:
	.string	"OP_MUL"
.LASF278:
	.string	"POPS_RET"
.LASF530:
	.string	"dl_trap_194"
.LASF43:
	.string	"_markers"
.LASF71:
	.string	"OP_NOP"
.LASF447:
	.string	"body_EQ"
.LASF84:
	.string	"OP_NOT"
.LASF421:
	.string	"dl_checked_XOR_99"
.LASF152:
	.string	"need"
.LASF180:
	.string	"limit"
.LASF115:
	.string	"SIZE_PUSH"
.LASF203:
	.string	"POPS_SWAP"
.LASF78:
	.string	"OP_ADD"
.LASF353:
	.string	"dl_trap_41"
.LASF375:
	.string	"body_MUL"
.LASF357:
	.string	"dl_trap_44"
.LASF87:
	.string	"OP_XOR"
.LASF97:
	.string	"OP_JZ"
.LASF435:
	.string	"dl_checked_SHR_111"
.LASF179:
	.string	"max_steps"
.LASF434:
	.string	"dl_handler_SHL_110"
.LASF251:
	.string	"POPS_NE"
.LASF422:
	.string	"dl_trap_100"
.LASF423:
	.string	"dl_trap_101"
.LASF424:
	.string	"dl_trap_102"
.LASF425:
	.string	"dl_trap_103"
.LASF297:
	.string	"quicken"
.LASF429:
	.string	"dl_trap_106"
.LASF430:
	.string	"dl_trap_107"
.LASF431:
	.string	"dl_trap_108"
.LASF432:
	.string	"dl_trap_109"
.LASF52:
	.string	"_offset"
.LASF395:
	.string	"dl_trap_77"
.LASF244:
	.string	"FLOW_OF_SHL"
.LASF247:
	.string	"FLOW_OF_SHR"
.LASF482:
	.string	"body_GE"
.LASF475:
	.string	"body_GT"
.LASF436:
	.string	"dl_trap_112"
.LASF15:
	.string	"__uint64_t"
.LASF223:
	.string	"FLOW_OF_DIV"
.LASF439:
	.string	"dl_trap_115"
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
.LASF126:
	.string	"SIZE_NEG"
.LASF34:
	.string	"_IO_read_base"
.LASF159:
	.string	"line"
.LASF140:
	.string	"SIZE_JZ"
.LASF318:
	.string	"dl_trap_11"
.LASF322:
	.string	"dl_trap_14"
.LASF323:
	.string	"dl_trap_15"
.LASF324:
	.string	"dl_trap_16"
.LASF59:
	.string	"_unused2"
.LASF450:
	.string	"dl_trap_124"
.LASF326:
	.string	"body_DROP"
.LASF452:
	.string	"dl_trap_126"
.LASF453:
	.string	"dl_trap_127"
.LASF161:
	.string	"nlabels"
.LASF197:
	.string	"POPS_DROP"
.LASF543:
	.string	"dl_handler_STORE_205"
.LASF26:
	.string	"__mask_was_saved"
.LASF68:
	.string	"uintptr_t"
.LASF490:
	.string	"dl_handler_JMP_158"
.LASF73:
	.string	"OP_DROP"
.LASF565:
	.string	"read_int"
.LASF456:
	.string	"dl_checked_LT_129"
.LASF296:
	.string	"quick"
.LASF398:
	.string	"body_NEG"
.LASF47:
	.string	"_old_offset"
.LASF96:
	.string	"OP_JMP"
.LASF329:
	.string	"dl_trap_20"
.LASF330:
	.string	"dl_trap_21"
.LASF331:
	.string	"dl_trap_22"
.LASF332:
	.string	"dl_trap_23"
.LASF457:
	.string	"dl_trap_130"
.LASF336:
	.string	"dl_trap_26"
.LASF337:
	.string	"dl_trap_27"
.LASF338:
	.string	"dl_trap_28"
.LASF339:
	.string	"dl_trap_29"
.LASF464:
	.string	"dl_trap_136"
.LASF465:
	.string	"dl_trap_137"
.LASF466:
	.string	"dl_trap_138"
.LASF91:
	.string	"OP_NE"
.LASF299:
	.string	"vm_stop"
.LASF206:
	.string	"POPS_OVER"
.LASF265:
	.string	"FLOW_OF_GE"
.LASF413:
	.string	"dl_handler_AND_92"
.LASF379:
	.string	"dl_trap_63"
.LASF76:
	.string	"OP_OVER"
.LASF13:
	.string	"__uint32_t"
.LASF517:
	.string	"dl_handler_CALL_182"
.LASF136:
	.string	"SIZE_LE"
.LASF188:
	.string	"prepare_failure"
.LASF4:
	.string	"long long int"
.LASF154:
	.string	"program"
.LASF135:
	.string	"SIZE_LT"
.LASF98:
	.string	"OP_JNZ"
.LASF344:
	.string	"dl_trap_33"
.LASF345:
	.string	"dl_trap_34"
.LASF346:
	.string	"dl_trap_35"
.LASF471:
	.string	"dl_trap_142"
.LASF307:
	.string	"dl_trap_2"
.LASF308:
	.string	"dl_trap_3"
.LASF162:
	.string	"proven"
.LASF310:
	.string	"dl_trap_5"
.LASF478:
	.string	"dl_trap_148"
.LASF315:
	.string	"dl_trap_8"
.LASF316:
	.string	"dl_trap_9"
.LASF86:
	.string	"OP_OR"
.LASF356:
	.string	"dl_checked_ADD_43"
.LASF37:
	.string	"_IO_write_end"
.LASF227:
	.string	"POPS_NEG"
.LASF142:
	.string	"SIZE_CALL"
.LASF455:
	.string	"dl_handler_NE_128"
.LASF144:
	.string	"SIZE_LOAD"
.LASF151:
	.string	"frame"
.LASF505:
	.string	"dl_trap_172"
.LASF171:
	.string	"ST_STEPS"
.LASF376:
	.string	"dl_handler_MUL_60"
.LASF305:
	.string	"dl_dispatch_0"
.LASF352:
	.string	"dl_trap_40"
.LASF79:
	.string	"OP_SUB"
.LASF131:
	.string	"SIZE_SHL"
.LASF272:
	.string	"POPS_JNZ"
.LASF359:
	.string	"dl_trap_46"
.LASF360:
	.string	"dl_trap_47"
.LASF485:
	.string	"dl_trap_154"
.LASF132:
	.string	"SIZE_SHR"
.LASF487:
	.string	"dl_trap_156"
.LASF167:
	.string	"ST_OVERFLOW"
.LASF158:
	.string	"count"
.LASF389:
	.string	"dl_trap_72"
.LASF303:
	.string	"budget"
.LASF193:
	.string	"FLOW_OF_NOP"
.LASF369:
	.string	"dl_handler_SUB_54"
.LASF124:
	.string	"SIZE_DIV"
.LASF301:
	.string	"prepared"
.LASF394:
	.string	"dl_trap_76"
.LASF38:
	.string	"_IO_buf_base"
.LASF116:
	.string	"SIZE_DROP"
.LASF125:
	.string	"SIZE_MOD"
.LASF396:
	.string	"dl_trap_78"
.LASF7:
	.string	"unsigned int"
.LASF134:
	.string	"SIZE_NE"
.LASF442:
	.string	"dl_checked_EQ_117"
.LASF74:
	.string	"OP_DUP"
.LASF385:
	.string	"dl_checked_MOD_68"
.LASF468:
	.string	"body_LE"
.LASF364:
	.string	"dl_trap_50"
.LASF365:
	.string	"dl_trap_51"
.LASF366:
	.string	"dl_trap_52"
.LASF120:
	.string	"SIZE_ROT"
.LASF461:
	.string	"body_LT"
.LASF492:
	.string	"dl_trap_160"
.LASF196:
	.string	"FLOW_OF_PUSH"
.LASF372:
	.string	"dl_trap_57"
.LASF373:
	.string	"dl_trap_58"
.LASF374:
	.string	"dl_trap_59"
.LASF497:
	.string	"dl_trap_165"
.LASF501:
	.string	"dl_trap_168"
.LASF538:
	.string	"dl_trap_201"
.LASF539:
	.string	"dl_trap_202"
.LASF503:
	.string	"dl_trap_170"
.LASF57:
	.string	"__pad5"
.LASF544:
	.string	"dl_trap_206"
.LASF75:
	.string	"OP_SWAP"
.LASF546:
	.string	"dl_trap_208"
.LASF491:
	.string	"dl_count_159"
.LASF321:
	.string	"dl_checked_DROP_13"
.LASF119:
	.string	"SIZE_OVER"
.LASF271:
	.string	"FLOW_OF_JZ"
.LASF550:
	.string	"body_PRINT"
.LASF160:
	.string	"labels"
.LASF129:
	.string	"SIZE_OR"
.LASF174:
	.string	"total"
.LASF31:
	.string	"_flags"
.LASF378:
	.string	"dl_trap_62"
.LASF150:
	.string	"offset"
.LASF380:
	.string	"dl_trap_64"
.LASF381:
	.string	"dl_trap_65"
.LASF504:
	.string	"dl_trap_171"
.LASF384:
	.string	"dl_trap_67"
.LASF506:
	.string	"dl_trap_173"
.LASF386:
	.string	"dl_trap_69"
.LASF510:
	.string	"dl_trap_176"
.LASF334:
	.string	"dl_handler_DUP_24"
.LASF512:
	.string	"dl_trap_178"
.LASF513:
	.string	"dl_trap_179"
.LASF549:
	.string	"dl_trap_211"
.LASF27:
	.string	"__saved_mask"
.LASF58:
	.string	"_mode"
.LASF499:
	.string	"dl_handler_JZ_166"
.LASF500:
	.string	"dl_count_167"
.LASF220:
	.string	"FLOW_OF_MUL"
.LASF558:
	.string	"dl_trap_219"
.LASF25:
	.string	"__jmpbuf"
.LASF403:
	.string	"dl_trap_84"
.LASF404:
	.string	"dl_trap_85"
.LASF427:
	.string	"dl_handler_XOR_104"
.LASF53:
	.string	"_codecvt"
.LASF232:
	.string	"FLOW_OF_NOT"
.LASF463:
	.string	"dl_checked_LE_135"
.LASF23:
	.string	"__jmp_buf"
.LASF355:
	.string	"dl_handler_ROT_42"
.LASF170:
	.string	"ST_ADDRESS"
.LASF189:
	.string	"slow_prepare"
.LASF454:
	.string	"body_NE"
.LASF242:
	.string	"POPS_SHL"
.LASF383:
	.string	"dl_handler_DIV_66"
.LASF214:
	.string	"FLOW_OF_ADD"
.LASF109:
	.string	"FLOW_JUMP"
.LASF245:
	.string	"POPS_SHR"
.LASF387:
	.string	"dl_trap_70"
.LASF388:
	.string	"dl_trap_71"
.LASF241:
	.string	"FLOW_OF_XOR"
.LASF392:
	.string	"dl_trap_74"
.LASF514:
	.string	"dl_trap_180"
.LASF261:
	.string	"PUSHES_GT"
.LASF304:
	.string	"next"
.LASF397:
	.string	"dl_trap_79"
.LASF370:
	.string	"dl_checked_MUL_55"
.LASF522:
	.string	"dl_trap_187"
.LASF523:
	.string	"dl_trap_188"
.LASF524:
	.string	"dl_trap_189"
.LASF561:
	.string	"dl_trap_221"
.LASF554:
	.string	"dl_checked_HALT_215"
.LASF509:
	.string	"dl_count_175"
.LASF64:
	.string	"long double"
.LASF224:
	.string	"POPS_MOD"
.LASF168:
	.string	"ST_RET_EMPTY"
.LASF256:
	.string	"FLOW_OF_LT"
.LASF60:
	.string	"FILE"
.LASF534:
	.string	"body_LOAD"
.LASF483:
	.string	"dl_handler_GE_152"
.LASF327:
	.string	"dl_handler_DROP_18"
.LASF209:
	.string	"POPS_ROT"
.LASF433:
	.string	"body_SHL"
.LASF440:
	.string	"body_SHR"
.LASF401:
	.string	"dl_trap_82"
.LASF402:
	.string	"dl_trap_83"
.LASF289:
	.string	"FLOW_OF_PRINT"
.LASF137:
	.string	"SIZE_GT"
.LASF528:
	.string	"dl_trap_192"
.LASF408:
	.string	"dl_trap_88"
.LASF409:
	.string	"dl_trap_89"
.LASF532:
	.string	"dl_trap_196"
.LASF533:
	.string	"dl_trap_197"
.LASF536:
	.string	"dl_trap_199"
.LASF462:
	.string	"dl_handler_LT_134"
.LASF518:
	.string	"dl_count_183"
.LASF382:
	.string	"body_DIV"
.LASF85:
	.string	"OP_AND"
.LASF390:
	.string	"body_MOD"
.LASF157:
	.string	"size"
.LASF22:
	.string	"long long unsigned int"
.LASF341:
	.string	"dl_handler_SWAP_30"
.LASF106:
	.string	"opcode"
.LASF498:
	.string	"body_JZ"
.LASF354:
	.string	"body_ROT"
.LASF16:
	.string	"__off_t"
.LASF410:
	.string	"dl_trap_90"
.LASF411:
	.string	"dl_trap_91"
.LASF225:
	.string	"PUSHES_MOD"
.LASF415:
	.string	"dl_trap_94"
.LASF416:
	.string	"dl_trap_95"
.LASF417:
	.string	"dl_trap_96"
.LASF418:
	.string	"dl_trap_97"
.LASF443:
	.string	"dl_trap_118"
.LASF28:
	.string	"jmp_buf"
.LASF195:
	.string	"PUSHES_PUSH"
.LASF253:
	.string	"FLOW_OF_NE"
.LASF295:
	.string	"delta"
.LASF56:
	.string	"_freeres_buf"
.LASF70:
	.string	"ucell"
.LASF186:
	.string	"prepare"
.LASF312:
	.string	"dl_handler_NOP_6"
.LASF104:
	.string	"OP_HALT"
.LASF250:
	.string	"FLOW_OF_EQ"
.LASF270:
	.string	"PUSHES_JZ"
.LASF228:
	.string	"PUSHES_NEG"
.LASF470:
	.string	"dl_checked_GT_141"
.LASF277:
	.string	"FLOW_OF_CALL"
.LASF268:
	.string	"FLOW_OF_JMP"
.LASF41:
	.string	"_IO_backup_base"
.LASF50:
	.string	"_shortbuf"
.LASF238:
	.string	"FLOW_OF_OR"
.LASF123:
	.string	"SIZE_MUL"
.LASF560:
	.string	"dl_handler_HALT_220"
.LASF484:
	.string	"dl_checked_JMP_153"
.LASF114:
	.string	"SIZE_NOP"
.LASF446:
	.string	"dl_trap_121"
.LASF127:
	.string	"SIZE_NOT"
.LASF17:
	.string	"__off64_t"
.LASF451:
	.string	"dl_trap_125"
.LASF156:
	.string	"code"
.LASF535:
	.string	"dl_handler_LOAD_198"
.LASF121:
	.string	"SIZE_ADD"
.LASF319:
	.string	"body_PUSH"
.LASF199:
	.string	"FLOW_OF_DROP"
.LASF130:
	.string	"SIZE_XOR"
.LASF88:
	.string	"OP_SHL"
.LASF274:
	.string	"FLOW_OF_JNZ"
.LASF412:
	.string	"body_AND"
.LASF39:
	.string	"_IO_buf_end"
.LASF108:
	.string	"FLOW_NEXT"
.LASF258:
	.string	"PUSHES_LE"
.LASF149:
	.string	"name"
.LASF202:
	.string	"FLOW_OF_DUP"
.LASF255:
	.string	"PUSHES_LT"
.LASF564:
	.string	"read_label"
.LASF481:
	.string	"dl_trap_151"
.LASF309:
	.string	"dl_trap_4"
.LASF198:
	.string	"PUSHES_DROP"
.LASF340:
	.string	"body_SWAP"
.LASF208:
	.string	"FLOW_OF_OVER"
.LASF11:
	.string	"short int"
.LASF217:
	.string	"FLOW_OF_SUB"
.LASF100:
	.string	"OP_RET"
.LASF67:
	.string	"uint64_t"
.LASF458:
	.string	"dl_trap_131"
.LASF459:
	.string	"dl_trap_132"
.LASF391:
	.string	"dl_handler_MOD_73"
.LASF460:
	.string	"dl_trap_133"
.LASF467:
	.string	"dl_trap_139"
.LASF306:
	.string	"dl_checked_NOP_1"
.LASF49:
	.string	"_vtable_offset"
.LASF177:
	.string	"stack"
.LASF145:
	.string	"SIZE_STORE"
.LASF218:
	.string	"POPS_MUL"
.LASF243:
	.string	"PUSHES_SHL"
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
.LASF420:
	.string	"dl_handler_OR_98"
.LASF222:
	.string	"PUSHES_DIV"
.LASF399:
	.string	"dl_handler_NEG_80"
.LASF342:
	.string	"dl_checked_OVER_31"
.LASF212:
	.string	"POPS_ADD"
.LASF262:
	.string	"FLOW_OF_GT"
.LASF14:
	.string	"__int64_t"
.LASF239:
	.string	"POPS_XOR"
.LASF545:
	.string	"dl_checked_PRINT_207"
.LASF276:
	.string	"PUSHES_CALL"
.LASF210:
	.string	"PUSHES_ROT"
.LASF282:
	.string	"PUSHES_LOAD"
.LASF406:
	.string	"dl_handler_NOT_86"
.LASF283:
	.string	"FLOW_OF_LOAD"
.LASF33:
	.string	"_IO_read_end"
.LASF311:
	.string	"body_NOP"
.LASF405:
	.string	"body_NOT"
.LASF139:
	.string	"SIZE_JMP"
.LASF163:
	.string	"status"
.LASF529:
	.string	"dl_checked_LOAD_193"
.LASF472:
	.string	"dl_trap_143"
.LASF473:
	.string	"dl_trap_144"
.LASF474:
	.string	"dl_trap_145"
.LASF363:
	.string	"dl_checked_SUB_49"
.LASF237:
	.string	"PUSHES_OR"
.LASF361:
	.string	"body_ADD"
.LASF66:
	.string	"uint32_t"
.LASF479:
	.string	"dl_trap_149"
.LASF205:
	.string	"FLOW_OF_SWAP"
.LASF221:
	.string	"POPS_DIV"
.LASF183:
	.string	"dispatcher"
.LASF45:
	.string	"_fileno"
.LASF298:
	.string	"vm_print"
.LASF110:
	.string	"FLOW_COND"
.LASF187:
	.string	"release"
.LASF54:
	.string	"_wide_data"
.LASF527:
	.string	"dl_count_191"
.LASF285:
	.string	"PUSHES_STORE"
.LASF141:
	.string	"SIZE_JNZ"
.LASF6:
	.string	"short unsigned int"
.LASF551:
	.string	"dl_handler_PRINT_212"
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
.LASF348:
	.string	"dl_handler_OVER_36"
.LASF520:
	.string	"dl_checked_RET_185"
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
.LASF302:
	.string	"dispatcher_switch"
.LASF182:
	.string	"exit"
.LASF480:
	.string	"dl_trap_150"
.LASF235:
	.string	"FLOW_OF_AND"
.LASF122:
	.string	"SIZE_SUB"
.LASF540:
	.string	"dl_trap_203"
.LASF449:
	.string	"dl_checked_NE_123"
.LASF146:
	.string	"SIZE_PRINT"
.LASF486:
	.string	"dl_trap_155"
.LASF488:
	.string	"dl_trap_157"
.LASF175:
	.string	"hash"
.LASF508:
	.string	"dl_handler_JNZ_174"
.LASF414:
	.string	"dl_checked_OR_93"
.LASF21:
	.string	"__sigset_t"
.LASF103:
	.string	"OP_PRINT"
.LASF266:
	.string	"POPS_JMP"
.LASF437:
	.string	"dl_trap_113"
.LASF438:
	.string	"dl_trap_114"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"dispatch/switch/switch.c"
.LASF1:
	.string	"/work/main"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

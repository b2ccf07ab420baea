	.file	"compiled.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/compiled/compiled.c"
	.p2align 4
	.type	successors, @function
successors:
.LVL0:
.LFB25:
	.file 1 "dispatch/compiled/compiled.c"
	.loc 1 140 1 view -0
	.cfi_startproc
	.loc 1 141 5 view .LVU1
	.loc 1 142 5 view .LVU2
# dispatch/compiled/compiled.c:140: {
	.loc 1 140 1 is_stmt 0 view .LVU3
	movq	%rdi, %rax	# tmp127, pl
	movq	%rcx, %rdi	# tmp130, s
.LVL1:
# dispatch/compiled/compiled.c:142:     bool more = i + 1 < pl->n;
	.loc 1 142 19 view .LVU4
	leal	1(%rsi), %r8d	#, _1
# dispatch/compiled/compiled.c:143:     switch (opinfo[pl->op[i]].flow) {
	.loc 1 143 26 view .LVU5
	movl	%esi, %esi	# i, _4
	.loc 1 143 26 view .LVU6
	movq	16(%rax), %rcx	# pl_31(D)->op, pl_31(D)->op
.LVL2:
# dispatch/compiled/compiled.c:142:     bool more = i + 1 < pl->n;
	.loc 1 142 27 view .LVU7
	movl	8(%rax), %r9d	# pl_31(D)->n, _2
.LVL3:
	.loc 1 143 5 is_stmt 1 view .LVU8
# dispatch/compiled/compiled.c:143:     switch (opinfo[pl->op[i]].flow) {
	.loc 1 143 30 is_stmt 0 view .LVU9
	movzbl	(%rcx,%rsi), %ecx	# *_5, *_5
	leaq	(%rcx,%rcx,4), %rcx	#, tmp118
	movl	opinfo+16(,%rcx,8), %ecx	# opinfo[_7].flow, _8
# dispatch/compiled/compiled.c:143:     switch (opinfo[pl->op[i]].flow) {
	.loc 1 143 5 view .LVU10
	cmpl	$2, %ecx	#, _8
	je	.L2	#,
	ja	.L3	#,
	testl	%ecx, %ecx	# _8
	je	.L14	#,
	.loc 1 149 9 is_stmt 1 view .LVU11
.LVL4:
# dispatch/compiled/compiled.c:149:         s[n++] = pl->target[i];
	.loc 1 149 28 is_stmt 0 view .LVU12
	movq	32(%rax), %rax	# pl_31(D)->target, pl_31(D)->target
.LVL5:
	.loc 1 149 28 view .LVU13
	movl	(%rax,%rsi,4), %eax	# *_11, _12
# dispatch/compiled/compiled.c:149:         s[n++] = pl->target[i];
	.loc 1 149 16 view .LVU14
	movl	%eax, (%rdi)	# _12, *s_33(D)
	.loc 1 150 9 is_stmt 1 view .LVU15
.L8:
# dispatch/compiled/compiled.c:146:             s[n++] = i + 1;
	.loc 1 146 16 is_stmt 0 view .LVU16
	movl	$1, %ecx	#, <retval>
.LVL6:
.L1:
# dispatch/compiled/compiled.c:167: }
	.loc 1 167 1 view .LVU17
	movl	%ecx, %eax	# <retval>,
	ret	
.LVL7:
	.p2align 4,,10
	.p2align 3
.L3:
# dispatch/compiled/compiled.c:143:     switch (opinfo[pl->op[i]].flow) {
	.loc 1 143 5 view .LVU18
	cmpl	$3, %ecx	#, _8
# dispatch/compiled/compiled.c:141:     int n = 0;
	.loc 1 141 9 view .LVU19
	movl	$0, %ecx	#, <retval>
# dispatch/compiled/compiled.c:143:     switch (opinfo[pl->op[i]].flow) {
	.loc 1 143 5 view .LVU20
	jne	.L1	#,
	.loc 1 157 9 is_stmt 1 view .LVU21
# dispatch/compiled/compiled.c:157:         if (calls)
	.loc 1 157 12 is_stmt 0 view .LVU22
	testb	%dl, %dl	# calls
	je	.L9	#,
	.loc 1 158 13 is_stmt 1 view .LVU23
.LVL8:
# dispatch/compiled/compiled.c:158:             s[n++] = pl->target[i];
	.loc 1 158 32 is_stmt 0 view .LVU24
	movq	32(%rax), %rax	# pl_31(D)->target, pl_31(D)->target
.LVL9:
# dispatch/compiled/compiled.c:158:             s[n++] = pl->target[i];
	.loc 1 158 16 view .LVU25
	movl	$1, %ecx	#, <retval>
# dispatch/compiled/compiled.c:158:             s[n++] = pl->target[i];
	.loc 1 158 32 view .LVU26
	movl	(%rax,%rsi,4), %eax	# *_19, _20
# dispatch/compiled/compiled.c:158:             s[n++] = pl->target[i];
	.loc 1 158 20 view .LVU27
	movl	%eax, (%rdi)	# _20, *s_33(D)
.LVL10:
.L9:
	.loc 1 159 9 is_stmt 1 view .LVU28
# dispatch/compiled/compiled.c:159:         if (more)
	.loc 1 159 12 is_stmt 0 view .LVU29
	cmpl	%r9d, %r8d	# _2, _1
	jnb	.L1	#,
	.loc 1 160 13 is_stmt 1 view .LVU30
.LVL11:
# dispatch/compiled/compiled.c:160:             s[n++] = i + 1;
	.loc 1 160 16 is_stmt 0 view .LVU31
	movslq	%ecx, %rax	# <retval>, <retval>
	addl	$1, %ecx	#, <retval>
.LVL12:
# dispatch/compiled/compiled.c:160:             s[n++] = i + 1;
	.loc 1 160 20 view .LVU32
	movl	%r8d, (%rdi,%rax,4)	# _1, *_23
# dispatch/compiled/compiled.c:167: }
	.loc 1 167 1 view .LVU33
	movl	%ecx, %eax	# <retval>,
	ret	
.LVL13:
	.p2align 4,,10
	.p2align 3
.L2:
	.loc 1 152 9 is_stmt 1 view .LVU34
# dispatch/compiled/compiled.c:152:         s[n++] = pl->target[i];
	.loc 1 152 28 is_stmt 0 view .LVU35
	movq	32(%rax), %rax	# pl_31(D)->target, pl_31(D)->target
.LVL14:
	.loc 1 152 28 view .LVU36
	movl	(%rax,%rsi,4), %eax	# *_15, _16
# dispatch/compiled/compiled.c:152:         s[n++] = pl->target[i];
	.loc 1 152 16 view .LVU37
	movl	%eax, (%rdi)	# _16, *s_33(D)
	.loc 1 153 9 is_stmt 1 view .LVU38
# dispatch/compiled/compiled.c:153:         if (more)
	.loc 1 153 12 is_stmt 0 view .LVU39
	cmpl	%r9d, %r8d	# _2, _1
	jnb	.L8	#,
	.loc 1 154 13 is_stmt 1 view .LVU40
.LVL15:
# dispatch/compiled/compiled.c:154:             s[n++] = i + 1;
	.loc 1 154 20 is_stmt 0 view .LVU41
	movl	%r8d, 4(%rdi)	# _1, MEM[(uint32_t *)s_33(D) + 4B]
# dispatch/compiled/compiled.c:154:             s[n++] = i + 1;
	.loc 1 154 16 view .LVU42
	movl	$2, %ecx	#, <retval>
	jmp	.L1	#
.LVL16:
	.p2align 4,,10
	.p2align 3
.L14:
	.loc 1 145 9 is_stmt 1 view .LVU43
# dispatch/compiled/compiled.c:141:     int n = 0;
	.loc 1 141 9 is_stmt 0 view .LVU44
	xorl	%ecx, %ecx	# <retval>
# dispatch/compiled/compiled.c:145:         if (more)
	.loc 1 145 12 view .LVU45
	cmpl	%r9d, %r8d	# _2, _1
	jnb	.L1	#,
	.loc 1 146 13 is_stmt 1 view .LVU46
.LVL17:
# dispatch/compiled/compiled.c:146:             s[n++] = i + 1;
	.loc 1 146 20 is_stmt 0 view .LVU47
	movl	%r8d, (%rdi)	# _1, *s_33(D)
	jmp	.L8	#
	.cfi_endproc
.LFE25:
	.size	successors, .-successors
	.p2align 4
	.type	ret_contexts, @function
ret_contexts:
.LVL18:
.LFB26:
	.loc 1 173 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 174 5 view .LVU49
# dispatch/compiled/compiled.c:174:     if (!pl->contexts)
	.loc 1 174 8 is_stmt 0 view .LVU50
	cmpb	$0, 88(%rdi)	#, pl_32(D)->contexts
	je	.L23	#,
	.loc 1 176 5 is_stmt 1 view .LVU51
.LVL19:
	.loc 1 177 5 view .LVU52
# dispatch/compiled/compiled.c:176:     uint32_t k = pl->retno[i], sites = 0;
	.loc 1 176 14 is_stmt 0 view .LVU53
	movq	64(%rdi), %rax	# pl_32(D)->retno, pl_32(D)->retno
# dispatch/compiled/compiled.c:176:     uint32_t k = pl->retno[i], sites = 0;
	.loc 1 176 27 view .LVU54
	movl	%esi, %esi	# i, i
# dispatch/compiled/compiled.c:177:     if (pl->nctx[k] > RET_CASES)
	.loc 1 177 17 view .LVU55
	movl	(%rax,%rsi,4), %edx	# *_5, _7
	movq	80(%rdi), %rax	# pl_32(D)->nctx, pl_32(D)->nctx
	movl	(%rax,%rdx,4), %eax	# *_9, _10
# dispatch/compiled/compiled.c:177:     if (pl->nctx[k] > RET_CASES)
	.loc 1 177 8 view .LVU56
	cmpl	$16, %eax	#, _10
	ja	.L23	#,
.LVL20:
.LBB64:
	.loc 1 179 28 is_stmt 1 view .LVU57
	testl	%eax, %eax	# _10
	je	.L15	#,
.LBB65:
	.loc 1 180 9 view .LVU58
# dispatch/compiled/compiled.c:180:         uint32_t t = pl->ctxs[(size_t)k * (RET_CASES + 1) + x];
	.loc 1 180 41 is_stmt 0 view .LVU59
	movq	%rdx, %rcx	# _7, tmp139
# dispatch/compiled/compiled.c:180:         uint32_t t = pl->ctxs[(size_t)k * (RET_CASES + 1) + x];
	.loc 1 180 24 view .LVU60
	movq	72(%rdi), %r8	# pl_32(D)->ctxs, _41
# dispatch/compiled/compiled.c:181:         sites += pl->first[t + 1] - pl->first[t];
	.loc 1 181 20 view .LVU61
	movq	48(%rdi), %rdi	# pl_32(D)->first, _48
.LVL21:
# dispatch/compiled/compiled.c:180:         uint32_t t = pl->ctxs[(size_t)k * (RET_CASES + 1) + x];
	.loc 1 180 41 view .LVU62
	salq	$4, %rcx	#, tmp139
	addq	%rdx, %rcx	# _7, tmp140
# dispatch/compiled/compiled.c:180:         uint32_t t = pl->ctxs[(size_t)k * (RET_CASES + 1) + x];
	.loc 1 180 18 view .LVU63
	movl	(%r8,%rcx,4), %esi	# *_46,
.LVL22:
	.loc 1 181 9 is_stmt 1 view .LVU64
# dispatch/compiled/compiled.c:181:         sites += pl->first[t + 1] - pl->first[t];
	.loc 1 181 30 is_stmt 0 view .LVU65
	leal	1(%rsi), %r9d	#, tmp148
# dispatch/compiled/compiled.c:181:         sites += pl->first[t + 1] - pl->first[t];
	.loc 1 181 35 view .LVU66
	movl	(%rdi,%r9,4), %edx	# *_52, *_52
	subl	(%rdi,%rsi,4), %edx	# *_56, sites
.LVL23:
	.loc 1 182 9 is_stmt 1 view .LVU67
# dispatch/compiled/compiled.c:182:         if (sites > RET_CASES)
	.loc 1 182 12 is_stmt 0 view .LVU68
	cmpl	$16, %edx	#, sites
	ja	.L23	#,
	leal	-1(%rax), %r9d	#, tmp154
	leaq	4(%r8,%rcx,4), %rsi	#, ivtmp.105
	addq	%r9, %rcx	# tmp154, tmp155
.LVL24:
	.loc 1 182 12 view .LVU69
	leaq	4(%r8,%rcx,4), %r9	#, _64
	jmp	.L18	#
.LVL25:
	.p2align 4,,10
	.p2align 3
.L19:
	.loc 1 180 9 is_stmt 1 view .LVU70
# dispatch/compiled/compiled.c:180:         uint32_t t = pl->ctxs[(size_t)k * (RET_CASES + 1) + x];
	.loc 1 180 18 is_stmt 0 view .LVU71
	movl	(%rsi), %ecx	# MEM[(uint32_t *)_65],
.LVL26:
	.loc 1 181 9 is_stmt 1 view .LVU72
# dispatch/compiled/compiled.c:182:         if (sites > RET_CASES)
	.loc 1 182 12 is_stmt 0 view .LVU73
	addq	$4, %rsi	#, ivtmp.105
.LVL27:
# dispatch/compiled/compiled.c:181:         sites += pl->first[t + 1] - pl->first[t];
	.loc 1 181 30 view .LVU74
	leal	1(%rcx), %r8d	#, tmp159
# dispatch/compiled/compiled.c:181:         sites += pl->first[t + 1] - pl->first[t];
	.loc 1 181 35 view .LVU75
	addl	(%rdi,%r8,4), %edx	# *_21, tmp161
.LVL28:
# dispatch/compiled/compiled.c:181:         sites += pl->first[t + 1] - pl->first[t];
	.loc 1 181 15 view .LVU76
	subl	(%rdi,%rcx,4), %edx	# *_25, sites
.LVL29:
	.loc 1 182 9 is_stmt 1 view .LVU77
# dispatch/compiled/compiled.c:182:         if (sites > RET_CASES)
	.loc 1 182 12 is_stmt 0 view .LVU78
	cmpl	$16, %edx	#, sites
	ja	.L23	#,
.LVL30:
.L18:
	.loc 1 182 12 view .LVU79
.LBE65:
	.loc 1 179 44 is_stmt 1 discriminator 2 view .LVU80
	.loc 1 179 28 discriminator 2 view .LVU81
	cmpq	%r9, %rsi	# _64, ivtmp.105
	jne	.L19	#,
	.loc 1 179 28 is_stmt 0 discriminator 2 view .LVU82
.LBE64:
	.loc 1 185 5 is_stmt 1 view .LVU83
# dispatch/compiled/compiled.c:185:     return (int)pl->nctx[k];
	.loc 1 185 12 is_stmt 0 view .LVU84
	ret	
.LVL31:
	.p2align 4,,10
	.p2align 3
.L23:
# dispatch/compiled/compiled.c:175:         return -1;
	.loc 1 175 16 view .LVU85
	movl	$-1, %eax	#, <retval>
.L15:
# dispatch/compiled/compiled.c:186: }
	.loc 1 186 1 view .LVU86
	ret	
	.cfi_endproc
.LFE26:
	.size	ret_contexts, .-ret_contexts
	.p2align 4
	.type	prepare_failure, @function
prepare_failure:
.LFB49:
	.loc 1 778 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 779 5 view .LVU88
# dispatch/compiled/compiled.c:779:     return failure.text[0] ? failure.text : NULL;
	.loc 1 779 43 is_stmt 0 view .LVU89
	xorl	%eax, %eax	# <retval>
	cmpb	$0, %fs:failure@tpoff	#, failure.text[0]
	je	.L27	#,
	movq	%fs:0, %rax	#, tmp98
	addq	$failure@tpoff, %rax	#, <retval>
.L27:
# dispatch/compiled/compiled.c:780: }
	.loc 1 780 1 view .LVU90
	ret	
	.cfi_endproc
.LFE49:
	.size	prepare_failure, .-prepare_failure
	.p2align 4
	.type	run, @function
run:
.LVL32:
.LFB52:
	.loc 1 816 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 817 5 view .LVU92
	.loc 1 818 5 view .LVU93
	.loc 1 819 5 view .LVU94
# dispatch/compiled/compiled.c:819:     const struct dl_host host = { vm_print, vm_stop };
	.loc 1 819 26 is_stmt 0 view .LVU95
	movl	$vm_print, %eax	#, tmp91
# dispatch/compiled/compiled.c:816: {
	.loc 1 816 1 view .LVU96
	subq	$24, %rsp	#,
	.cfi_def_cfa_offset 32
# dispatch/compiled/compiled.c:819:     const struct dl_host host = { vm_print, vm_stop };
	.loc 1 819 26 view .LVU97
	movq	%rax, %xmm0	# tmp91, tmp91
# dispatch/compiled/compiled.c:820:     c->run(vm, &host);
	.loc 1 820 5 view .LVU98
	movq	%rsp, %rsi	#,
.LVL33:
# dispatch/compiled/compiled.c:819:     const struct dl_host host = { vm_print, vm_stop };
	.loc 1 819 26 view .LVU99
	movhps	.LC0(%rip), %xmm0	#, tmp89
	movaps	%xmm0, (%rsp)	# tmp89, MEM <vector(2) long unsigned int> [(void *)&host]
	.loc 1 820 5 is_stmt 1 view .LVU100
	call	*16(%rdx)	# MEM[(const struct compiled *)prepared_2(D)].run
.LVL34:
# dispatch/compiled/compiled.c:821: }
	.loc 1 821 1 is_stmt 0 view .LVU101
	addq	$24, %rsp	#,
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE52:
	.size	run, .-run
	.p2align 4
	.type	plan_free, @function
plan_free:
.LVL35:
.LFB33:
	.loc 1 336 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 337 5 view .LVU103
# dispatch/compiled/compiled.c:336: {
	.loc 1 336 1 is_stmt 0 view .LVU104
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# dispatch/compiled/compiled.c:336: {
	.loc 1 336 1 view .LVU105
	movq	%rdi, %rbx	# tmp105, pl
# dispatch/compiled/compiled.c:337:     free(pl->op);
	.loc 1 337 5 view .LVU106
	movq	16(%rdi), %rdi	# pl_13(D)->op, pl_13(D)->op
.LVL36:
	.loc 1 337 5 view .LVU107
	call	free	#
.LVL37:
	.loc 1 338 5 is_stmt 1 view .LVU108
	movq	24(%rbx), %rdi	# pl_13(D)->flag, pl_13(D)->flag
	call	free	#
.LVL38:
	.loc 1 339 5 view .LVU109
	movq	32(%rbx), %rdi	# pl_13(D)->target, pl_13(D)->target
	call	free	#
.LVL39:
	.loc 1 340 5 view .LVU110
	movq	40(%rbx), %rdi	# pl_13(D)->h, pl_13(D)->h
	call	free	#
.LVL40:
	.loc 1 341 5 view .LVU111
	movq	48(%rbx), %rdi	# pl_13(D)->first, pl_13(D)->first
	call	free	#
.LVL41:
	.loc 1 342 5 view .LVU112
	movq	56(%rbx), %rdi	# pl_13(D)->site, pl_13(D)->site
	call	free	#
.LVL42:
	.loc 1 343 5 view .LVU113
	movq	64(%rbx), %rdi	# pl_13(D)->retno, pl_13(D)->retno
	call	free	#
.LVL43:
	.loc 1 344 5 view .LVU114
	movq	72(%rbx), %rdi	# pl_13(D)->ctxs, pl_13(D)->ctxs
	call	free	#
.LVL44:
	.loc 1 345 5 view .LVU115
	movq	80(%rbx), %rdi	# pl_13(D)->nctx, pl_13(D)->nctx
	call	free	#
.LVL45:
	.loc 1 346 5 view .LVU116
	movq	96(%rbx), %rdi	# pl_13(D)->cases, pl_13(D)->cases
	call	free	#
.LVL46:
	.loc 1 347 5 view .LVU117
	movq	104(%rbx), %rdi	# pl_13(D)->cases_at, pl_13(D)->cases_at
# dispatch/compiled/compiled.c:348: }
	.loc 1 348 1 is_stmt 0 view .LVU118
	popq	%rbx	#
	.cfi_def_cfa_offset 8
.LVL47:
# dispatch/compiled/compiled.c:347:     free(pl->cases_at);
	.loc 1 347 5 view .LVU119
	jmp	free	#
.LVL48:
	.cfi_endproc
.LFE33:
	.size	plan_free, .-plan_free
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"(-%ld - 1)"
.LC2:
	.string	"%ld"
.LC3:
	.string	"%u"
	.text
	.p2align 4
	.type	operand, @function
operand:
.LVL49:
.LFB43:
	.loc 1 576 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 577 5 view .LVU121
# dispatch/compiled/compiled.c:577:     const uint8_t *ins = pl->p->code + pl->p->offset[i];
	.loc 1 577 28 is_stmt 0 view .LVU122
	movq	(%rsi), %rax	# pl_19(D)->p, _1
# dispatch/compiled/compiled.c:577:     const uint8_t *ins = pl->p->code + pl->p->offset[i];
	.loc 1 577 53 view .LVU123
	movl	%edx, %edx	# tmp122, _4
# dispatch/compiled/compiled.c:577:     const uint8_t *ins = pl->p->code + pl->p->offset[i];
	.loc 1 577 31 view .LVU124
	movq	8(%rax), %r8	# _1->code, _2
# dispatch/compiled/compiled.c:577:     const uint8_t *ins = pl->p->code + pl->p->offset[i];
	.loc 1 577 53 view .LVU125
	movq	32(%rax), %rax	# _1->offset, _1->offset
	movl	(%rax,%rdx,4), %ecx	# *_6,
.LVL50:
	.loc 1 578 5 is_stmt 1 view .LVU126
# dispatch/compiled/compiled.c:578:     switch (opinfo[pl->op[i]].operand) {
	.loc 1 578 26 is_stmt 0 view .LVU127
	movq	16(%rsi), %rax	# pl_19(D)->op, pl_19(D)->op
# dispatch/compiled/compiled.c:578:     switch (opinfo[pl->op[i]].operand) {
	.loc 1 578 30 view .LVU128
	movzbl	(%rax,%rdx), %eax	# *_10, *_10
	leaq	(%rax,%rax,4), %rax	#, tmp111
	movl	opinfo+8(,%rax,8), %eax	# opinfo[_12].operand, _13
# dispatch/compiled/compiled.c:578:     switch (opinfo[pl->op[i]].operand) {
	.loc 1 578 5 view .LVU129
	cmpl	$1, %eax	#, _13
	je	.L35	#,
	cmpl	$2, %eax	#, _13
	je	.L36	#,
	testl	%eax, %eax	# _13
	je	.L41	#,
# dispatch/compiled/compiled.c:594: }
	.loc 1 594 1 view .LVU130
	ret	
	.p2align 4,,10
	.p2align 3
.L35:
.LBB66:
	.loc 1 580 9 is_stmt 1 view .LVU131
.LVL51:
.LBB67:
.LBI67:
	.file 2 "./isa/program.h"
	.loc 2 88 20 view .LVU132
.LBB68:
	.loc 2 90 5 view .LVU133
	.loc 2 91 5 view .LVU134
	.loc 2 95 5 view .LVU135
.LBE68:
.LBE67:
# dispatch/compiled/compiled.c:581:         if (v == INT64_MIN)
	.loc 1 581 12 is_stmt 0 view .LVU136
	movabsq	$-9223372036854775808, %rax	#, tmp116
.LBB70:
.LBB69:
# ./isa/program.h:95:     return (cell)v;
	.loc 2 95 12 view .LVU137
	movq	1(%r8,%rcx), %rdx	# MEM <unsigned long> [(char * {ref-all})ins_21 + 1B], _28
.LVL52:
	.loc 2 95 12 view .LVU138
.LBE69:
.LBE70:
	.loc 1 581 9 is_stmt 1 view .LVU139
# dispatch/compiled/compiled.c:581:         if (v == INT64_MIN)
	.loc 1 581 12 is_stmt 0 view .LVU140
	cmpq	%rax, %rdx	# tmp116, _28
	je	.L42	#,
	.loc 1 584 13 is_stmt 1 view .LVU141
	movl	$.LC2, %esi	#,
.LVL53:
	.loc 1 584 13 is_stmt 0 view .LVU142
	xorl	%eax, %eax	#
	jmp	fprintf	#
.LVL54:
	.p2align 4,,10
	.p2align 3
.L41:
	.loc 1 584 13 view .LVU143
.LBE66:
	.loc 1 591 9 is_stmt 1 view .LVU144
	movq	%rdi, %rsi	# f,
.LVL55:
	.loc 1 591 9 is_stmt 0 view .LVU145
	movl	$48, %edi	#,
.LVL56:
	.loc 1 591 9 view .LVU146
	jmp	fputc	#
.LVL57:
	.p2align 4,,10
	.p2align 3
.L36:
	.loc 1 588 9 is_stmt 1 view .LVU147
	movq	32(%rsi), %rax	# pl_19(D)->target, pl_19(D)->target
	movl	$.LC3, %esi	#,
.LVL58:
	.loc 1 588 9 is_stmt 0 view .LVU148
	movl	(%rax,%rdx,4), %edx	# *_15, *_15
	xorl	%eax, %eax	#
	jmp	fprintf	#
.LVL59:
	.p2align 4,,10
	.p2align 3
.L42:
.LBB71:
	.loc 1 582 13 is_stmt 1 view .LVU149
	movabsq	$9223372036854775807, %rdx	#, tmp117
.LVL60:
	.loc 1 582 13 is_stmt 0 view .LVU150
	movl	$.LC1, %esi	#,
.LVL61:
	.loc 1 582 13 view .LVU151
	xorl	%eax, %eax	#
	jmp	fprintf	#
.LVL62:
	.loc 1 582 13 view .LVU152
.LBE71:
	.cfi_endproc
.LFE43:
	.size	operand, .-operand
	.p2align 4
	.type	release, @function
release:
.LVL63:
.LFB51:
	.loc 1 807 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 808 5 view .LVU154
	.loc 1 809 5 view .LVU155
# dispatch/compiled/compiled.c:809:     if (c) {
	.loc 1 809 8 is_stmt 0 view .LVU156
	testq	%rdi, %rdi	# prepared
	je	.L43	#,
# dispatch/compiled/compiled.c:807: {
	.loc 1 807 1 view .LVU157
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx	# tmp84, prepared
.LVL64:
.LBB74:
.LBI74:
	.loc 1 806 13 is_stmt 1 view .LVU158
.LBB75:
	.loc 1 810 9 view .LVU159
	call	toolchain_unload	#
.LVL65:
	.loc 1 811 9 view .LVU160
	movq	%rbx, %rdi	# prepared,
.LBE75:
.LBE74:
# dispatch/compiled/compiled.c:813: }
	.loc 1 813 1 is_stmt 0 view .LVU161
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 8
.LVL66:
.LBB77:
.LBB76:
# dispatch/compiled/compiled.c:811:         free(c);
	.loc 1 811 9 view .LVU162
	jmp	free	#
.LVL67:
	.p2align 4,,10
	.p2align 3
.L43:
	.loc 1 811 9 view .LVU163
	ret	
.LBE76:
.LBE77:
	.cfi_endproc
.LFE51:
	.size	release, .-release
	.section	.rodata.str1.1
.LC4:
	.string	" sp = vm->stack + %d;"
.LC5:
	.string	" vm->stack[%d] = R[%d];"
.LC6:
	.string	" R[%d] = vm->stack[%d];"
.LC7:
	.string	" r = %ld; goto leave;"
.LC8:
	.string	" goto %c%u;"
	.text
	.p2align 4
	.type	go, @function
go:
.LVL68:
.LFB42:
	.loc 1 562 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 562 1 is_stmt 0 view .LVU165
	movl	%ecx, %eax	# tmp185,
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movl	%edx, %r12d	# tmp184, c
	.loc 1 563 5 is_stmt 1 view .LVU166
.LVL69:
.LBB94:
.LBI94:
	.loc 1 489 17 view .LVU167
.LBB95:
	.loc 1 491 5 view .LVU168
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 is_stmt 0 view .LVU169
	movl	%eax, %edx	# i, tmp141
.LVL70:
	.loc 1 491 19 view .LVU170
.LBE95:
.LBE94:
# dispatch/compiled/compiled.c:562: {
	.loc 1 562 1 view .LVU171
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
.LBB98:
.LBB96:
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 view .LVU172
	shrl	$8, %edx	#, tmp141
.LBE96:
.LBE98:
# dispatch/compiled/compiled.c:562: {
	.loc 1 562 1 view .LVU173
	movslq	%r8d, %rbp	# tmp186,
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
.LBB99:
.LBB97:
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 34 view .LVU174
	leal	(%r12,%rdx,2), %r15d	#, _47
.LVL71:
	.loc 1 491 34 view .LVU175
.LBE97:
.LBE99:
.LBB100:
.LBI100:
	.loc 1 489 17 is_stmt 1 view .LVU176
.LBB101:
	.loc 1 491 5 view .LVU177
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 is_stmt 0 view .LVU178
	movl	%r9d, %edx	# j, tmp143
.LBE101:
.LBE100:
# dispatch/compiled/compiled.c:562: {
	.loc 1 562 1 view .LVU179
	movq	%rdi, %rbx	# tmp182, f
.LBB103:
.LBB102:
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 view .LVU180
	shrl	$8, %edx	#, tmp143
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 34 view .LVU181
	leal	0(%rbp,%rdx,2), %r14d	#, _43
.LVL72:
	.loc 1 491 34 view .LVU182
.LBE102:
.LBE103:
	.loc 1 564 5 is_stmt 1 view .LVU183
.LBB104:
.LBI104:
	.loc 1 539 13 view .LVU184
.LBB105:
	.loc 1 541 5 view .LVU185
.LBE105:
.LBE104:
# dispatch/compiled/compiled.c:562: {
	.loc 1 562 1 is_stmt 0 view .LVU186
	subq	$24, %rsp	#,
	.cfi_def_cfa_offset 80
.LBB108:
.LBB109:
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU187
	testl	%ebp, %ebp	# cj
	sete	%dl	#, tmp146
.LBE109:
.LBE108:
# dispatch/compiled/compiled.c:562: {
	.loc 1 562 1 view .LVU188
	movl	80(%rsp), %edi	# jump, jump
.LVL73:
# dispatch/compiled/compiled.c:564:     bool from = in_regs(pl, c, i), to = here && in_regs(pl, cj, j);
	.loc 1 564 46 view .LVU189
	cmpl	%r15d, %r14d	# _47, _43
# dispatch/compiled/compiled.c:562: {
	.loc 1 562 1 view .LVU190
	movl	%r9d, 8(%rsp)	# j, %sfp
# dispatch/compiled/compiled.c:564:     bool from = in_regs(pl, c, i), to = here && in_regs(pl, cj, j);
	.loc 1 564 46 view .LVU191
	sete	%cl	#, tmp148
.LVL74:
# dispatch/compiled/compiled.c:562: {
	.loc 1 562 1 view .LVU192
	movl	%edi, 12(%rsp)	# jump, %sfp
.LBB115:
.LBB110:
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU193
	andl	%ecx, %edx	# tmp148, _38
.LBE110:
.LBE115:
.LBB116:
.LBB106:
	testl	%r12d, %r12d	# c
	je	.L49	#,
.LVL75:
	.loc 1 541 19 view .LVU194
.LBE106:
.LBE116:
.LBB117:
.LBI108:
	.loc 1 539 13 is_stmt 1 view .LVU195
.LBB111:
	.loc 1 541 5 view .LVU196
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 is_stmt 0 view .LVU197
	testb	%dl, %dl	# _38
	jne	.L50	#,
.LVL76:
.L59:
	.loc 1 541 19 view .LVU198
.LBE111:
.LBE117:
	.loc 1 569 5 is_stmt 1 view .LVU199
# dispatch/compiled/compiled.c:569:     if (!here)
	.loc 1 569 8 is_stmt 0 view .LVU200
	cmpl	%r15d, %r14d	# _47, _43
	je	.L52	#,
.L51:
	.loc 1 570 9 is_stmt 1 view .LVU201
# dispatch/compiled/compiled.c:570:         fprintf(f, " r = %ld; goto leave;", DL_ID(j, cj));
	.loc 1 570 45 is_stmt 0 view .LVU202
	movl	8(%rsp), %r12d	# %sfp, j
# dispatch/compiled/compiled.c:573: }
	.loc 1 573 1 view .LVU203
	addq	$24, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
# dispatch/compiled/compiled.c:570:         fprintf(f, " r = %ld; goto leave;", DL_ID(j, cj));
	.loc 1 570 9 view .LVU204
	movq	%rbx, %rdi	# f,
	xorl	%eax, %eax	#
# dispatch/compiled/compiled.c:573: }
	.loc 1 573 1 view .LVU205
	popq	%rbx	#
	.cfi_def_cfa_offset 48
.LVL77:
# dispatch/compiled/compiled.c:570:         fprintf(f, " r = %ld; goto leave;", DL_ID(j, cj));
	.loc 1 570 9 view .LVU206
	movl	$.LC7, %esi	#,
	leaq	0(%rbp,%r12,2), %rdx	#, tmp178
# dispatch/compiled/compiled.c:573: }
	.loc 1 573 1 view .LVU207
	popq	%rbp	#
	.cfi_def_cfa_offset 40
.LVL78:
	.loc 1 573 1 view .LVU208
	popq	%r12	#
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_def_cfa_offset 24
	popq	%r14	#
	.cfi_def_cfa_offset 16
.LVL79:
	.loc 1 573 1 view .LVU209
	popq	%r15	#
	.cfi_def_cfa_offset 8
.LVL80:
# dispatch/compiled/compiled.c:570:         fprintf(f, " r = %ld; goto leave;", DL_ID(j, cj));
	.loc 1 570 9 view .LVU210
	jmp	fprintf	#
.LVL81:
	.p2align 4,,10
	.p2align 3
.L49:
	.cfi_restore_state
.LBB118:
.LBB107:
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 25 view .LVU211
	movq	24(%rsi), %rdi	# pl_26(D)->flag, _32
	movzwl	(%rdi,%rax,2), %ecx	# *_25, _37
	andl	$64, %ecx	#, _37
.LVL82:
	.loc 1 541 25 view .LVU212
.LBE107:
.LBE118:
.LBB119:
	.loc 1 539 13 is_stmt 1 view .LVU213
.LBB112:
	.loc 1 541 5 view .LVU214
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 is_stmt 0 view .LVU215
	testb	%dl, %dl	# _38
	jne	.L74	#,
.LVL83:
	.loc 1 541 19 view .LVU216
.LBE112:
.LBE119:
	.loc 1 565 5 is_stmt 1 view .LVU217
# dispatch/compiled/compiled.c:565:     if (from && !to)
	.loc 1 565 8 is_stmt 0 view .LVU218
	testw	%cx, %cx	# _37
	je	.L59	#,
.L58:
	.loc 1 566 9 is_stmt 1 view .LVU219
.LVL84:
.LBB120:
.LBI120:
	.loc 1 329 16 view .LVU220
.LBB121:
	.loc 1 331 5 view .LVU221
# dispatch/compiled/compiled.c:331:     const struct opinfo *oi = &opinfo[pl->op[i]];
	.loc 1 331 45 is_stmt 0 view .LVU222
	movq	16(%rsi), %rdx	# MEM[(uint8_t * *)pl_26(D) + 16B], MEM[(uint8_t * *)pl_26(D) + 16B]
.LVL85:
	.loc 1 332 5 is_stmt 1 view .LVU223
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 17 is_stmt 0 view .LVU224
	movq	40(%rsi), %rsi	# MEM[(int32_t * *)pl_26(D) + 40B], MEM[(int32_t * *)pl_26(D) + 40B]
.LVL86:
	.loc 1 332 17 view .LVU225
.LBE121:
.LBE120:
.LBB124:
.LBB125:
# dispatch/compiled/compiled.c:546:     fprintf(f, " sp = vm->stack + %" PRId32 ";", h);
	.loc 1 546 5 view .LVU226
	movq	%rbx, %rdi	# f,
.LBE125:
.LBE124:
.LBB129:
.LBB122:
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 25 view .LVU227
	movzbl	(%rdx,%rax), %edx	# *_60, _62
.LVL87:
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 21 view .LVU228
	movl	(%rsi,%rax,4), %r13d	# *_65, *_65
.LBE122:
.LBE129:
.LBB130:
.LBB127:
# dispatch/compiled/compiled.c:546:     fprintf(f, " sp = vm->stack + %" PRId32 ";", h);
	.loc 1 546 5 view .LVU229
	movl	$.LC4, %esi	#,
.LBE127:
.LBE130:
.LBB131:
.LBB123:
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 25 view .LVU230
	leaq	(%rdx,%rdx,4), %rdx	#, tmp158
.LVL88:
	.loc 1 332 25 view .LVU231
	leaq	opinfo(,%rdx,8), %rdx	#, tmp160
	movzbl	13(%rdx), %ecx	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_62].pops, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_62].pops
.LVL89:
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 36 view .LVU232
	movzbl	14(%rdx), %eax	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_62].pushes, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_62].pushes
.LVL90:
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 21 view .LVU233
	subl	%ecx, %r13d	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_62].pops, tmp163
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 32 view .LVU234
	addl	%eax, %r13d	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_62].pushes, _72
.LVL91:
	.loc 1 332 32 view .LVU235
.LBE123:
.LBE131:
.LBB132:
.LBI124:
	.loc 1 544 13 is_stmt 1 view .LVU236
.LBB128:
	.loc 1 546 5 view .LVU237
	xorl	%eax, %eax	#
	movl	%r13d, %edx	# _72,
	call	fprintf	#
.LVL92:
	.loc 1 547 5 view .LVU238
.LBB126:
	.loc 1 547 10 view .LVU239
	.loc 1 547 27 view .LVU240
	testl	%r13d, %r13d	# _72
	jle	.L59	#,
.LVL93:
	.p2align 4,,10
	.p2align 3
.L60:
	.loc 1 548 9 view .LVU241
	movl	%r12d, %ecx	# c,
	movl	%r12d, %edx	# c,
	movl	$.LC5, %esi	#,
	movq	%rbx, %rdi	# f,
	xorl	%eax, %eax	#
# dispatch/compiled/compiled.c:547:     for (int32_t k = 0; k < h; k++)
	.loc 1 547 33 is_stmt 0 view .LVU242
	addl	$1, %r12d	#, c
.LVL94:
# dispatch/compiled/compiled.c:548:         fprintf(f, " vm->stack[%" PRId32 "] = R[%" PRId32 "];", k, k);
	.loc 1 548 9 view .LVU243
	call	fprintf	#
.LVL95:
	.loc 1 547 33 is_stmt 1 view .LVU244
	.loc 1 547 27 view .LVU245
	cmpl	%r13d, %r12d	# _72, c
	jne	.L60	#,
.LVL96:
	.loc 1 547 27 is_stmt 0 view .LVU246
.LBE126:
.LBE128:
.LBE132:
	.loc 1 569 5 is_stmt 1 view .LVU247
# dispatch/compiled/compiled.c:569:     if (!here)
	.loc 1 569 8 is_stmt 0 view .LVU248
	cmpl	%r15d, %r14d	# _47, _43
	jne	.L51	#,
.LVL97:
.L52:
	.loc 1 571 10 is_stmt 1 view .LVU249
# dispatch/compiled/compiled.c:571:     else if (jump)
	.loc 1 571 13 is_stmt 0 view .LVU250
	cmpb	$0, 12(%rsp)	#, %sfp
	je	.L48	#,
	.loc 1 572 9 is_stmt 1 view .LVU251
	movl	$67, %edx	#, iftmp.23_16
	testl	%ebp, %ebp	# cj
	je	.L56	#,
.L62:
# dispatch/compiled/compiled.c:572:         fprintf(f, " goto %c%" PRIu32 ";", cj ? 'C' : 'V', j);
	.loc 1 572 9 is_stmt 0 discriminator 4 view .LVU252
	movl	8(%rsp), %ecx	# %sfp,
# dispatch/compiled/compiled.c:573: }
	.loc 1 573 1 discriminator 4 view .LVU253
	addq	$24, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
# dispatch/compiled/compiled.c:572:         fprintf(f, " goto %c%" PRIu32 ";", cj ? 'C' : 'V', j);
	.loc 1 572 9 discriminator 4 view .LVU254
	movq	%rbx, %rdi	# f,
	movl	$.LC8, %esi	#,
# dispatch/compiled/compiled.c:573: }
	.loc 1 573 1 discriminator 4 view .LVU255
	popq	%rbx	#
	.cfi_def_cfa_offset 48
.LVL98:
# dispatch/compiled/compiled.c:572:         fprintf(f, " goto %c%" PRIu32 ";", cj ? 'C' : 'V', j);
	.loc 1 572 9 discriminator 4 view .LVU256
	xorl	%eax, %eax	#
# dispatch/compiled/compiled.c:573: }
	.loc 1 573 1 discriminator 4 view .LVU257
	popq	%rbp	#
	.cfi_def_cfa_offset 40
.LVL99:
	.loc 1 573 1 discriminator 4 view .LVU258
	popq	%r12	#
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_def_cfa_offset 24
	popq	%r14	#
	.cfi_def_cfa_offset 16
.LVL100:
	.loc 1 573 1 discriminator 4 view .LVU259
	popq	%r15	#
	.cfi_def_cfa_offset 8
.LVL101:
# dispatch/compiled/compiled.c:572:         fprintf(f, " goto %c%" PRIu32 ";", cj ? 'C' : 'V', j);
	.loc 1 572 9 discriminator 4 view .LVU260
	jmp	fprintf	#
.LVL102:
	.p2align 4,,10
	.p2align 3
.L74:
	.cfi_restore_state
.LBB133:
.LBB113:
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 31 view .LVU261
	movl	8(%rsp), %edx	# %sfp, _31
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU262
	testb	$64, (%rdi,%rdx,2)	#, *_51
	je	.L54	#,
.LVL103:
	.loc 1 541 19 view .LVU263
.LBE113:
.LBE133:
	.loc 1 565 5 is_stmt 1 view .LVU264
	.loc 1 567 10 view .LVU265
# dispatch/compiled/compiled.c:567:     else if (!from && to)
	.loc 1 567 13 is_stmt 0 view .LVU266
	testw	%cx, %cx	# _37
	je	.L55	#,
.LVL104:
.L73:
	.loc 1 569 5 is_stmt 1 view .LVU267
	.loc 1 571 10 view .LVU268
# dispatch/compiled/compiled.c:571:     else if (jump)
	.loc 1 571 13 is_stmt 0 view .LVU269
	cmpb	$0, 12(%rsp)	#, %sfp
	jne	.L56	#,
.LVL105:
.L48:
# dispatch/compiled/compiled.c:573: }
	.loc 1 573 1 view .LVU270
	addq	$24, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	popq	%rbx	#
	.cfi_def_cfa_offset 48
.LVL106:
	.loc 1 573 1 view .LVU271
	popq	%rbp	#
	.cfi_def_cfa_offset 40
.LVL107:
	.loc 1 573 1 view .LVU272
	popq	%r12	#
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_def_cfa_offset 24
	popq	%r14	#
	.cfi_def_cfa_offset 16
.LVL108:
	.loc 1 573 1 view .LVU273
	popq	%r15	#
	.cfi_def_cfa_offset 8
.LVL109:
	.loc 1 573 1 view .LVU274
	ret	
.LVL110:
	.p2align 4,,10
	.p2align 3
.L56:
	.cfi_restore_state
# dispatch/compiled/compiled.c:572:         fprintf(f, " goto %c%" PRIu32 ";", cj ? 'C' : 'V', j);
	.loc 1 572 9 view .LVU275
	movl	$86, %edx	#, iftmp.23_16
	jmp	.L62	#
.LVL111:
	.p2align 4,,10
	.p2align 3
.L50:
.LBB134:
.LBB114:
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 31 view .LVU276
	movl	8(%rsp), %edx	# %sfp, _31
	movq	24(%rsi), %rax	# pl_26(D)->flag, pl_26(D)->flag
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU277
	testb	$64, (%rax,%rdx,2)	#, *_86
	je	.L52	#,
.LVL112:
.L55:
	.loc 1 541 19 view .LVU278
.LBE114:
.LBE134:
	.loc 1 568 9 is_stmt 1 view .LVU279
	movq	40(%rsi), %rax	# pl_26(D)->h, pl_26(D)->h
	movl	(%rax,%rdx,4), %r12d	# *_9, _10
.LVL113:
.LBB135:
.LBI135:
	.loc 1 551 13 view .LVU280
	.loc 1 553 5 view .LVU281
.LBB136:
	.loc 1 553 10 view .LVU282
	.loc 1 553 27 view .LVU283
	testl	%r12d, %r12d	# _10
	jle	.L59	#,
# dispatch/compiled/compiled.c:553:     for (int32_t k = 0; k < h; k++)
	.loc 1 553 18 is_stmt 0 view .LVU284
	xorl	%r13d, %r13d	# k
.LVL114:
	.p2align 4,,10
	.p2align 3
.L61:
	.loc 1 554 9 is_stmt 1 view .LVU285
	movl	%r13d, %ecx	# k,
	movl	%r13d, %edx	# k,
	movl	$.LC6, %esi	#,
	movq	%rbx, %rdi	# f,
	xorl	%eax, %eax	#
# dispatch/compiled/compiled.c:553:     for (int32_t k = 0; k < h; k++)
	.loc 1 553 33 is_stmt 0 view .LVU286
	addl	$1, %r13d	#, k
.LVL115:
# dispatch/compiled/compiled.c:554:         fprintf(f, " R[%" PRId32 "] = vm->stack[%" PRId32 "];", k, k);
	.loc 1 554 9 view .LVU287
	call	fprintf	#
.LVL116:
	.loc 1 553 33 is_stmt 1 view .LVU288
	.loc 1 553 27 view .LVU289
	cmpl	%r13d, %r12d	# k, _10
	jne	.L61	#,
	jmp	.L59	#
.LVL117:
	.p2align 4,,10
	.p2align 3
.L54:
	.loc 1 553 27 is_stmt 0 view .LVU290
.LBE136:
.LBE135:
	.loc 1 565 5 is_stmt 1 view .LVU291
# dispatch/compiled/compiled.c:565:     if (from && !to)
	.loc 1 565 8 is_stmt 0 view .LVU292
	testw	%cx, %cx	# _37
	jne	.L58	#,
	jmp	.L73	#
	.cfi_endproc
.LFE42:
	.size	go, .-go
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC9:
	.string	"    default: goto ret_any;\n    }"
	.align 8
.LC10:
	.string	"    default: __builtin_unreachable();\n    }"
	.align 8
.LC11:
	.string	"    default: r |= 1; goto leave;\n    }\n"
	.align 8
.LC12:
	.string	"    default: goto leave;\n    }\n"
	.align 8
.LC13:
	.string	"/* Generated by dispatchlab's compiled dispatcher (dispatch/compiled/compiled.c)\n * from %s: %u instructions.  Do not edit. */\n#include \"dispatch/compiled/rt.h\"\n"
	.section	.rodata.str1.1
.LC14:
	.string	"checked"
.LC15:
	.string	"verified"
	.section	.rodata.str1.8
	.align 8
.LC16:
	.string	"\n/* ---- the %s copy, instructions %u to %u ---- */\nstatic long dl_%c%u(struct vm *vm, struct dl_regs *st, long id)\n{\n    cell *sp = st->sp;\n    struct dl_regs g = *st;\n    long r;\n"
	.align 8
.LC17:
	.string	"    cell R[%d];      /* the stack cells the entry context keeps in registers */\n"
	.section	.rodata.str1.1
.LC18:
	.string	"    switch (id) {\n"
.LC19:
	.string	" goto %c%u;\n"
	.section	.rodata.str1.8
	.align 8
.LC20:
	.string	"    default: __builtin_unreachable();\n    }\n"
	.section	.rodata.str1.1
.LC21:
	.string	"%c%u:"
.LC22:
	.string	"  /* line %u: %s"
.LC23:
	.string	" */\n    "
.LC24:
	.string	"{ cell *sp = R + %d; "
.LC25:
	.string	"r = PCALL(%u, %u, %d, %d);"
.LC26:
	.string	"r = CCALL(%u, %u, %d);"
.LC27:
	.string	"r = %c(%s, %u, "
.LC28:
	.string	", %d);"
.LC29:
	.string	" }"
.LC30:
	.string	" if (r == DL_TRAP) goto out;"
.LC31:
	.string	" if (r >= 0) {"
.LC32:
	.string	" if (r == DL_RETRY) {"
.LC33:
	.string	"\n    switch (r) {\n"
.LC34:
	.string	"    case %ld:"
.LC35:
	.string	" goto out;"
	.section	.rodata.str1.8
	.align 8
.LC36:
	.string	"    /* the return points of every call, for the rets whose own list is long */\nret_any:\n    switch (r) {\n"
	.section	.rodata.str1.1
.LC37:
	.string	"    case %ld: goto %c%u;\n"
	.section	.rodata.str1.8
	.align 8
.LC38:
	.string	"out:\n    r = DL_TRAP;\nleave: __attribute__((unused));\n    *st = g;\n    st->sp = sp;\n    return r;\n}\n"
	.align 8
.LC39:
	.string	"\nstatic dl_chunk *const dl_chunks[%u] = {\n"
	.section	.rodata.str1.1
.LC40:
	.string	"    dl_%c%u,\n"
.LC41:
	.string	"    0,\n"
	.section	.rodata.str1.8
	.align 8
.LC42:
	.ascii	"};\n\nvoid dl_compiled_run(struct vm *vm, const struct dl_ho"
	.ascii	"st *host);\nvoid dl_compiled_run(struct vm *vm, const struct"
	.ascii	" dl_host *host)\n{\n  "
	.string	"  struct dl_regs st = { host, vm->stack, vm->rstack, vm->limit, ST_HALT, 0, 0 };\n    long id = 0;\n    do\n        id = dl_chunks[2 * ((id >> 1) / %d) + (id & 1)](vm, &st, id);\n    while (id >= 0);\n    host->stop(vm, st.status, st.arg, st.ord, st.budget);\n}\n"
	.text
	.p2align 4
	.type	write_program, @function
write_program:
.LVL118:
.LFB48:
	.loc 1 731 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 732 5 view .LVU294
	.loc 1 733 5 view .LVU295
	.loc 1 734 5 view .LVU296
# dispatch/compiled/compiled.c:731: {
	.loc 1 731 1 is_stmt 0 view .LVU297
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rsi, %r12	# tmp458, arg
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$152, %rsp	#,
	.cfi_def_cfa_offset 208
# dispatch/compiled/compiled.c:734:     const uint32_t nchunks = (pl->n + CHUNK_INSNS - 1) / CHUNK_INSNS;
	.loc 1 734 33 view .LVU298
	movl	8(%rsi), %ecx	# MEM[(const struct plan *)arg_23(D)].n, _1
# dispatch/compiled/compiled.c:731: {
	.loc 1 731 1 view .LVU299
	movq	%rdi, 32(%rsp)	# f, %sfp
# dispatch/compiled/compiled.c:734:     const uint32_t nchunks = (pl->n + CHUNK_INSNS - 1) / CHUNK_INSNS;
	.loc 1 734 51 view .LVU300
	leal	255(%rcx), %eax	#, tmp305
# dispatch/compiled/compiled.c:734:     const uint32_t nchunks = (pl->n + CHUNK_INSNS - 1) / CHUNK_INSNS;
	.loc 1 734 20 view .LVU301
	shrl	$8, %eax	#, tmp305
	movl	%eax, %ebx	# tmp305, nchunks
.LVL119:
	.loc 1 735 5 is_stmt 1 view .LVU302
# dispatch/compiled/compiled.c:737:                "#include \"dispatch/compiled/rt.h\"\n", pl->p->file, pl->n);
	.loc 1 737 62 is_stmt 0 view .LVU303
	movq	(%rsi), %rax	# MEM[(const struct plan *)arg_23(D)].p, MEM[(const struct plan *)arg_23(D)].p
.LVL120:
# dispatch/compiled/compiled.c:735:     fprintf(f, "/* Generated by dispatchlab's compiled dispatcher (dispatch/compiled/compiled.c)\n"
	.loc 1 735 5 view .LVU304
	movl	$.LC13, %esi	#,
.LVL121:
	.loc 1 735 5 view .LVU305
	movq	(%rax), %rdx	# _3->file, _3->file
.LVL122:
	.loc 1 735 5 view .LVU306
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL123:
	.loc 1 738 5 is_stmt 1 view .LVU307
.LBB176:
	.loc 1 738 10 view .LVU308
	.loc 1 738 23 view .LVU309
	movl	%ebx, %eax	# nchunks, nchunks
.LBE176:
# dispatch/compiled/compiled.c:735:     fprintf(f, "/* Generated by dispatchlab's compiled dispatcher (dispatch/compiled/compiled.c)\n"
	.loc 1 735 5 is_stmt 0 view .LVU310
	xorl	%edx, %edx	# ivtmp.224
.LVL124:
.LBB234:
.LBB177:
	.loc 1 739 32 is_stmt 1 view .LVU311
	salq	$8, %rax	#, nchunks
	movq	%rax, 104(%rsp)	# nchunks, %sfp
	testl	%ebx, %ebx	# nchunks
	je	.L130	#,
	movl	$0, 88(%rsp)	#, %sfp
	movq	%r12, %r14	# arg, arg
	movl	%ebx, 140(%rsp)	# nchunks, %sfp
	movq	%rdx, 64(%rsp)	# ivtmp.224, %sfp
.LVL125:
.L129:
	.loc 1 739 32 is_stmt 0 view .LVU312
	movq	64(%rsp), %rax	# %sfp, ivtmp.224
	cmpl	$1, 88(%rsp)	#, %sfp
	movl	$.LC14, %esi	#, tmp549
	movl	$.LC15, %ebx	#, iftmp.5_82
	sbbl	%r10d, %r10d	# tmp309
	addl	$2, %r10d	#, tmp309
	testl	%eax, %eax	# ivtmp.224
.LBE177:
.LBE234:
# dispatch/compiled/compiled.c:731: {
	.loc 1 731 1 view .LVU313
	movl	%eax, %r12d	# c, c
	cmovne	%rsi, %rbx	# tmp549,, iftmp.5_82
	cmpl	$1, %eax	#, ivtmp.224
	movl	%r10d, 112(%rsp)	# tmp309, %sfp
	sbbl	%esi, %esi	# tmp313
	xorl	%r13d, %r13d	# ivtmp.222
	andl	$19, %esi	#, tmp313
	movq	%rbx, 128(%rsp)	# iftmp.5_82, %sfp
	addl	$67, %esi	#, tmp313
	movq	%r13, 24(%rsp)	# ivtmp.222, %sfp
	movq	104(%rsp), %r13	# %sfp, _422
	movl	%esi, 92(%rsp)	# tmp313, %sfp
.LVL126:
	.p2align 4,,10
	.p2align 3
.L127:
.LBB235:
.LBB232:
	.loc 1 740 13 is_stmt 1 view .LVU314
.LBB178:
.LBI178:
	.loc 1 722 13 view .LVU315
	.loc 1 724 5 view .LVU316
.LBB179:
	.loc 1 724 10 view .LVU317
	movq	24(%rsp), %rdi	# %sfp, ivtmp.222
.LBB180:
.LBB181:
# dispatch/compiled/compiled.c:719:     return to < pl->n ? to : pl->n;
	.loc 1 719 28 is_stmt 0 view .LVU318
	movl	8(%r14), %eax	# MEM[(const struct plan *)arg_23(D)].n, tmp462
# dispatch/compiled/compiled.c:718:     uint32_t to = (k + 1) * CHUNK_INSNS;
	.loc 1 718 14 view .LVU319
	leal	256(%rdi), %edx	#, to
	movl	%edi, %ebp	# ivtmp.222, i
.LVL127:
	.loc 1 718 14 view .LVU320
.LBE181:
.LBE180:
	.loc 1 724 42 is_stmt 1 view .LVU321
.LBB184:
.LBI180:
	.loc 1 716 17 view .LVU322
.LBB182:
	.loc 1 718 5 view .LVU323
	.loc 1 719 5 view .LVU324
# dispatch/compiled/compiled.c:719:     return to < pl->n ? to : pl->n;
	.loc 1 719 28 is_stmt 0 view .LVU325
	cmpl	%eax, %edx	# tmp462, to
	cmovbe	%edx, %eax	# to,, tmp462
	movl	%eax, 12(%rsp)	# _405, %sfp
.LVL128:
	.loc 1 719 28 view .LVU326
.LBE182:
.LBE184:
# dispatch/compiled/compiled.c:724:     for (uint32_t i = k * CHUNK_INSNS; i < chunk_end(pl, k); i++)
	.loc 1 724 42 view .LVU327
	cmpl	%eax, %edi	# _405, ivtmp.222
	jnb	.L77	#,
# dispatch/compiled/compiled.c:725:         if (pl->flag[i] & REACH(c))
	.loc 1 725 15 view .LVU328
	movq	24(%r14), %rdx	# MEM[(const struct plan *)arg_23(D)].flag, _43
	subl	%edi, %eax	# tmp557, tmp315
	leaq	(%rdi,%rdi), %rcx	#, ivtmp.182
	movl	112(%rsp), %r10d	# %sfp, tmp309
	subl	$1, %eax	#, tmp317
	movq	%rcx, 96(%rsp)	# ivtmp.182, %sfp
	addq	%rdi, %rax	# ivtmp.222, tmp318
	addq	%rdx, %rcx	# _43, ivtmp.210
	leaq	2(%rdx,%rax,2), %rsi	#, _16
	movq	%rcx, %rax	# ivtmp.210, ivtmp.215
	jmp	.L79	#
.LVL129:
	.p2align 4,,10
	.p2align 3
.L204:
	.loc 1 724 63 is_stmt 1 view .LVU329
	.loc 1 724 42 view .LVU330
.LBB185:
	.loc 1 716 17 view .LVU331
.LBB183:
	.loc 1 718 5 view .LVU332
	.loc 1 719 5 view .LVU333
	.loc 1 719 5 is_stmt 0 view .LVU334
.LBE183:
.LBE185:
# dispatch/compiled/compiled.c:724:     for (uint32_t i = k * CHUNK_INSNS; i < chunk_end(pl, k); i++)
	.loc 1 724 42 view .LVU335
	addq	$2, %rax	#, ivtmp.215
.LVL130:
	.loc 1 724 42 view .LVU336
	cmpq	%rax, %rsi	# ivtmp.215, _16
	je	.L77	#,
.LVL131:
.L79:
	.loc 1 725 9 is_stmt 1 view .LVU337
# dispatch/compiled/compiled.c:725:         if (pl->flag[i] & REACH(c))
	.loc 1 725 21 is_stmt 0 view .LVU338
	movzwl	(%rax), %edx	# MEM[(uint16_t *)_54], MEM[(uint16_t *)_54]
# dispatch/compiled/compiled.c:725:         if (pl->flag[i] & REACH(c))
	.loc 1 725 12 view .LVU339
	testl	%r10d, %edx	# tmp309, MEM[(uint16_t *)_54]
	je	.L204	#,
	xorl	%r11d, %r11d	# any
	xorl	%ebx, %ebx	# regs
.LVL132:
	.p2align 4,,10
	.p2align 3
.L78:
	.loc 1 725 12 view .LVU340
.LBE179:
.LBE178:
.LBB186:
.LBB187:
.LBB188:
	.loc 1 674 9 is_stmt 1 view .LVU341
.LBB189:
.LBI189:
	.loc 1 539 13 view .LVU342
.LBB190:
	.loc 1 541 5 view .LVU343
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 31 is_stmt 0 view .LVU344
	movzwl	(%rcx), %eax	#* ivtmp.210,
.LBE190:
.LBE189:
# dispatch/compiled/compiled.c:675:         any |= (pl->flag[i] & ANY(c)) != 0;
	.loc 1 675 31 view .LVU345
	movl	$1024, %edx	#, iftmp.3_366
.LBB193:
.LBB191:
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU346
	testl	%r12d, %r12d	# c
	jne	.L82	#,
.LBE191:
.LBE193:
# dispatch/compiled/compiled.c:675:         any |= (pl->flag[i] & ANY(c)) != 0;
	.loc 1 675 31 view .LVU347
	movl	$512, %edx	#, iftmp.3_366
.LBB194:
.LBB192:
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU348
	testb	$64, %al	#, _385
	je	.L82	#,
.LVL133:
	.loc 1 541 19 view .LVU349
.LBE192:
.LBE194:
	.loc 1 675 9 is_stmt 1 view .LVU350
# dispatch/compiled/compiled.c:674:         regs |= in_regs(pl, c, i);
	.loc 1 674 14 is_stmt 0 view .LVU351
	movl	$1, %ebx	#, regs
# dispatch/compiled/compiled.c:675:         any |= (pl->flag[i] & ANY(c)) != 0;
	.loc 1 675 31 view .LVU352
	movl	$512, %edx	#, iftmp.3_366
.LVL134:
.L82:
# dispatch/compiled/compiled.c:675:         any |= (pl->flag[i] & ANY(c)) != 0;
	.loc 1 675 39 view .LVU353
	testl	%edx, %eax	# iftmp.3_366, _359
	setne	%al	#, tmp326
# dispatch/compiled/compiled.c:673:     for (uint32_t i = from; i < to; i++) {
	.loc 1 673 31 view .LVU354
	addq	$2, %rcx	#, ivtmp.210
.LVL135:
	.loc 1 673 31 view .LVU355
	orl	%eax, %r11d	# tmp326, any
.LVL136:
	.loc 1 673 38 is_stmt 1 view .LVU356
	.loc 1 673 31 view .LVU357
	cmpq	%rcx, %rsi	# ivtmp.210, _16
	jne	.L78	#,
.LBE188:
# dispatch/compiled/compiled.c:677:     fprintf(f, "\n/* ---- the %s copy, instructions %" PRIu32 " to %" PRIu32 " ---- */\n"
	.loc 1 677 5 is_stmt 0 view .LVU358
	movb	%r11b, 16(%rsp)	# any, %sfp
	.loc 1 677 5 is_stmt 1 view .LVU359
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 216
	movl	%ebp, %ecx	# i,
	movl	$.LC16, %esi	#,
	pushq	%rbp	# i
	.cfi_def_cfa_offset 224
	movl	28(%rsp), %eax	# %sfp, _405
	movl	108(%rsp), %r9d	# %sfp,
	movq	144(%rsp), %rdx	# %sfp,
	movq	48(%rsp), %rdi	# %sfp,
	leal	-1(%rax), %r8d	#,
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL137:
	.loc 1 682 5 view .LVU360
# dispatch/compiled/compiled.c:682:     if (regs)
	.loc 1 682 8 is_stmt 0 view .LVU361
	testb	%bl, %bl	# regs
	popq	%rcx	#
	.cfi_def_cfa_offset 216
	popq	%rsi	#
	.cfi_def_cfa_offset 208
	movzbl	16(%rsp), %r11d	# %sfp, any
	jne	.L205	#,
.L83:
# dispatch/compiled/compiled.c:684:     fputs("    switch (id) {\n", f);
	.loc 1 684 5 view .LVU362
	movq	32(%rsp), %rcx	# %sfp,
	movl	$18, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC18, %edi	#,
	movb	%r11b, 16(%rsp)	# any, %sfp
.LVL138:
	.loc 1 684 5 is_stmt 1 view .LVU363
	call	fwrite	#
.LVL139:
	.loc 1 685 5 view .LVU364
.LBB195:
	.loc 1 685 10 view .LVU365
	.loc 1 685 31 view .LVU366
# dispatch/compiled/compiled.c:685:     for (uint32_t i = from; i < to; i++)
	.loc 1 685 19 is_stmt 0 view .LVU367
	movq	%r13, 48(%rsp)	# _422, %sfp
.LBE195:
# dispatch/compiled/compiled.c:684:     fputs("    switch (id) {\n", f);
	.loc 1 684 5 view .LVU368
	movq	96(%rsp), %rbx	# %sfp, ivtmp.202
.LVL140:
.LBB204:
# dispatch/compiled/compiled.c:685:     for (uint32_t i = from; i < to; i++)
	.loc 1 685 19 view .LVU369
	movl	%ebp, 40(%rsp)	# i, %sfp
	movl	12(%rsp), %r13d	# %sfp, _405
	jmp	.L91	#
	.p2align 4,,10
	.p2align 3
.L208:
# dispatch/compiled/compiled.c:686:         if ((pl->flag[i] & REACH(c)) && (pl->flag[i] & ENTRY(c))) {
	.loc 1 686 12 view .LVU370
	testb	$1, %al	#, _90
	je	.L86	#,
# dispatch/compiled/compiled.c:686:         if ((pl->flag[i] & REACH(c)) && (pl->flag[i] & ENTRY(c))) {
	.loc 1 686 38 view .LVU371
	testb	$-128, %al	#, _90
	jne	.L206	#,
.L86:
	.loc 1 685 38 is_stmt 1 view .LVU372
	addl	$1, %ebp	#, i
.LVL141:
	.loc 1 685 31 view .LVU373
	addq	$2, %rbx	#, ivtmp.202
	cmpl	%r13d, %ebp	# _405, i
	je	.L207	#,
.L91:
	.loc 1 686 9 view .LVU374
# dispatch/compiled/compiled.c:686:         if ((pl->flag[i] & REACH(c)) && (pl->flag[i] & ENTRY(c))) {
	.loc 1 686 22 is_stmt 0 view .LVU375
	movq	24(%r14), %rax	# MEM[(const struct plan *)arg_23(D)].flag, MEM[(const struct plan *)arg_23(D)].flag
	movzwl	(%rax,%rbx), %eax	# *_89, _90
# dispatch/compiled/compiled.c:686:         if ((pl->flag[i] & REACH(c)) && (pl->flag[i] & ENTRY(c))) {
	.loc 1 686 28 view .LVU376
	testl	%r12d, %r12d	# c
	je	.L208	#,
# dispatch/compiled/compiled.c:686:         if ((pl->flag[i] & REACH(c)) && (pl->flag[i] & ENTRY(c))) {
	.loc 1 686 12 view .LVU377
	testb	$2, %al	#, _90
	je	.L86	#,
# dispatch/compiled/compiled.c:686:         if ((pl->flag[i] & REACH(c)) && (pl->flag[i] & ENTRY(c))) {
	.loc 1 686 38 view .LVU378
	testb	$1, %ah	#, _90
	je	.L86	#,
	.loc 1 687 13 is_stmt 1 view .LVU379
	movq	64(%rsp), %rax	# %sfp, ivtmp.224
	movq	32(%rsp), %rdi	# %sfp,
	movl	$.LC34, %esi	#,
	leaq	(%rax,%rbx), %rdx	#, tmp434
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL142:
	.loc 1 688 13 view .LVU380
.LBB196:
.LBI196:
	.loc 1 539 13 view .LVU381
.LBB197:
	.loc 1 541 5 view .LVU382
.L89:
	.loc 1 541 5 is_stmt 0 view .LVU383
.LBE197:
.LBE196:
	.loc 1 690 13 is_stmt 1 view .LVU384
	movl	92(%rsp), %edx	# %sfp,
	movq	32(%rsp), %rdi	# %sfp,
	movl	%ebp, %ecx	# i,
	movl	$.LC19, %esi	#,
	xorl	%eax, %eax	#
# dispatch/compiled/compiled.c:685:     for (uint32_t i = from; i < to; i++)
	.loc 1 685 38 is_stmt 0 view .LVU385
	addl	$1, %ebp	#, i
# dispatch/compiled/compiled.c:685:     for (uint32_t i = from; i < to; i++)
	.loc 1 685 31 view .LVU386
	addq	$2, %rbx	#, ivtmp.202
# dispatch/compiled/compiled.c:690:             fprintf(f, " goto %c%" PRIu32 ";\n", c ? 'C' : 'V', i);
	.loc 1 690 13 view .LVU387
	call	fprintf	#
.LVL143:
	.loc 1 685 38 is_stmt 1 view .LVU388
	.loc 1 685 31 view .LVU389
	cmpl	%r13d, %ebp	# _405, i
	jne	.L91	#,
	.p2align 4,,10
	.p2align 3
.L207:
	.loc 1 685 31 is_stmt 0 view .LVU390
.LBE204:
# dispatch/compiled/compiled.c:692:     fputs("    default: __builtin_unreachable();\n    }\n", f);
	.loc 1 692 5 view .LVU391
	movq	32(%rsp), %rbx	# %sfp, f
	movzbl	16(%rsp), %r11d	# %sfp, any
	movl	$44, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC20, %edi	#,
	movl	40(%rsp), %ebp	# %sfp, i
.LVL144:
	.loc 1 692 5 view .LVU392
	movq	48(%rsp), %r13	# %sfp, _422
	.loc 1 692 5 is_stmt 1 view .LVU393
	movq	%rbx, %rcx	# f,
	movb	%r11b, 40(%rsp)	# any, %sfp
	call	fwrite	#
.LVL145:
	.loc 1 693 5 view .LVU394
.LBB205:
	.loc 1 693 10 view .LVU395
	.loc 1 693 31 view .LVU396
.LBE205:
# dispatch/compiled/compiled.c:692:     fputs("    default: __builtin_unreachable();\n    }\n", f);
	.loc 1 692 5 is_stmt 0 view .LVU397
	movq	24(%rsp), %r15	# %sfp, ivtmp.194
	movzbl	40(%rsp), %r11d	# %sfp, any
	movl	%r12d, 16(%rsp)	# c, %sfp
	movl	%ebp, 116(%rsp)	# i, %sfp
	movq	%r14, %r12	# arg, arg
	movb	%r11b, 139(%rsp)	# any, %sfp
	movq	%r15, %r14	# ivtmp.194, ivtmp.194
.LVL146:
	.loc 1 692 5 view .LVU398
	movq	%r13, 120(%rsp)	# _422, %sfp
	jmp	.L115	#
.LVL147:
	.p2align 4,,10
	.p2align 3
.L92:
.LBB222:
# dispatch/compiled/compiled.c:694:         if (pl->flag[i] & REACH(c))
	.loc 1 694 12 view .LVU399
	testb	$2, %al	#, _114
	jne	.L209	#,
.L141:
	.loc 1 693 38 is_stmt 1 view .LVU400
.LVL148:
	.loc 1 693 31 view .LVU401
	movl	12(%rsp), %eax	# %sfp, _405
	addq	$1, %r14	#, ivtmp.194
.LVL149:
	.loc 1 693 31 is_stmt 0 view .LVU402
	cmpl	%eax, %r14d	# _405, ivtmp.194
	jnb	.L210	#,
.LVL150:
.L115:
	.loc 1 694 9 is_stmt 1 view .LVU403
	leaq	(%r14,%r14), %rax	#, _328
# dispatch/compiled/compiled.c:694:         if (pl->flag[i] & REACH(c))
	.loc 1 694 27 is_stmt 0 view .LVU404
	movl	16(%rsp), %edx	# %sfp,
	movq	%rax, 40(%rsp)	# _328, %sfp
# dispatch/compiled/compiled.c:694:         if (pl->flag[i] & REACH(c))
	.loc 1 694 21 view .LVU405
	movq	24(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].flag, MEM[(const struct plan *)arg_23(D)].flag
	movzwl	(%rax,%r14,2), %eax	# *_113, _114
# dispatch/compiled/compiled.c:694:         if (pl->flag[i] & REACH(c))
	.loc 1 694 27 view .LVU406
	testl	%edx, %edx	#
	jne	.L92	#,
# dispatch/compiled/compiled.c:694:         if (pl->flag[i] & REACH(c))
	.loc 1 694 12 view .LVU407
	testb	$1, %al	#, _114
	je	.L141	#,
	.loc 1 695 13 is_stmt 1 view .LVU408
.LVL151:
.LBB206:
.LBI206:
	.loc 1 596 13 view .LVU409
.LBB207:
	.loc 1 598 5 view .LVU410
# dispatch/compiled/compiled.c:598:     const struct program *p = pl->p;
	.loc 1 598 27 is_stmt 0 view .LVU411
	movq	(%r12), %rsi	# MEM[(const struct plan *)arg_23(D)].p, p
# dispatch/compiled/compiled.c:599:     const uint8_t op = pl->op[i];
	.loc 1 599 19 view .LVU412
	movq	16(%r12), %rdx	# MEM[(const struct plan *)arg_23(D)].op, MEM[(const struct plan *)arg_23(D)].op
# dispatch/compiled/compiled.c:614:     if (op == OP_CALL && proven) {
	.loc 1 614 23 view .LVU413
	movl	$132, %ecx	#, prephitmp_417
	movl	%r14d, %r13d	# ivtmp.194, _270
# dispatch/compiled/compiled.c:599:     const uint8_t op = pl->op[i];
	.loc 1 599 19 view .LVU414
	movzbl	(%rdx,%r14), %edi	# *_11, op
# dispatch/compiled/compiled.c:601:     const bool proven = c == 0 && p->proven[i];
	.loc 1 601 44 view .LVU415
	movq	64(%rsi), %rdx	# p_163->proven, p_163->proven
# dispatch/compiled/compiled.c:598:     const struct program *p = pl->p;
	.loc 1 598 27 view .LVU416
	movq	%rsi, 56(%rsp)	# p, %sfp
.LVL152:
	.loc 1 599 5 is_stmt 1 view .LVU417
# dispatch/compiled/compiled.c:601:     const bool proven = c == 0 && p->proven[i];
	.loc 1 601 32 is_stmt 0 view .LVU418
	cmpb	$0, (%rdx,%r14)	#, *_150
# dispatch/compiled/compiled.c:599:     const uint8_t op = pl->op[i];
	.loc 1 599 19 view .LVU419
	movb	%dil, 138(%rsp)	# op, %sfp
.LVL153:
	.loc 1 600 5 is_stmt 1 view .LVU420
# dispatch/compiled/compiled.c:600:     const struct opinfo *oi = &opinfo[op];
	.loc 1 600 38 is_stmt 0 view .LVU421
	movzbl	%dil, %ebp	# op,
.LVL154:
	.loc 1 601 5 is_stmt 1 view .LVU422
# dispatch/compiled/compiled.c:601:     const bool proven = c == 0 && p->proven[i];
	.loc 1 601 32 is_stmt 0 view .LVU423
	setne	48(%rsp)	#, %sfp
# dispatch/compiled/compiled.c:614:     if (op == OP_CALL && proven) {
	.loc 1 614 12 view .LVU424
	cmpb	$28, %dil	#, op
# dispatch/compiled/compiled.c:601:     const bool proven = c == 0 && p->proven[i];
	.loc 1 601 32 view .LVU425
	movzbl	48(%rsp), %esi	# %sfp, proven
.LVL155:
	.loc 1 602 5 is_stmt 1 view .LVU426
	.loc 1 604 5 view .LVU427
# dispatch/compiled/compiled.c:614:     if (op == OP_CALL && proven) {
	.loc 1 614 12 is_stmt 0 view .LVU428
	sete	%dl	#, tmp425
# dispatch/compiled/compiled.c:614:     if (op == OP_CALL && proven) {
	.loc 1 614 23 view .LVU429
	andl	%esi, %edx	# proven, tmp425
	movl	%edx, %r15d	# tmp425, _419
# dispatch/compiled/compiled.c:602:     const char copy = c ? 'C' : 'V';
	.loc 1 602 16 view .LVU430
	movl	$86, %edx	#,
# dispatch/compiled/compiled.c:604:     if (pl->flag[i] & (LABEL(c) | ENTRY(c)))
	.loc 1 604 8 view .LVU431
	testl	%eax, %ecx	# _114, prephitmp_417
	jne	.L211	#,
.LVL156:
.L94:
	.loc 1 606 5 is_stmt 1 view .LVU432
	leaq	0(,%r14,4), %rax	#, _258
	movl	$.LC22, %esi	#,
	movq	%rbx, %rdi	# f,
	movq	%rax, 72(%rsp)	# _258, %sfp
# dispatch/compiled/compiled.c:606:     fprintf(f, "  /* line %" PRIu32 ": %s", p->line[i], oi->name);
	.loc 1 606 59 is_stmt 0 view .LVU433
	leaq	0(%rbp,%rbp,4), %rax	#, tmp341
	leaq	opinfo(,%rax,8), %r8	#, tmp343
# dispatch/compiled/compiled.c:606:     fprintf(f, "  /* line %" PRIu32 ": %s", p->line[i], oi->name);
	.loc 1 606 5 view .LVU434
	movq	opinfo(,%rax,8), %rcx	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_350].name, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_350].name
	movq	56(%rsp), %rax	# %sfp, p
# dispatch/compiled/compiled.c:606:     fprintf(f, "  /* line %" PRIu32 ": %s", p->line[i], oi->name);
	.loc 1 606 59 view .LVU435
	movq	%r8, 80(%rsp)	# tmp343, %sfp
# dispatch/compiled/compiled.c:606:     fprintf(f, "  /* line %" PRIu32 ": %s", p->line[i], oi->name);
	.loc 1 606 5 view .LVU436
	movq	40(%rax), %rax	# p_415->line, p_415->line
	movl	(%rax,%r14,4), %edx	# *_168, *_168
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL157:
	.loc 1 607 5 is_stmt 1 view .LVU437
# dispatch/compiled/compiled.c:607:     if (oi->operand != OPND_NONE) {
	.loc 1 607 8 is_stmt 0 view .LVU438
	movq	80(%rsp), %r8	# %sfp, tmp343
	movl	8(%r8), %eax	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_350].operand,
	testl	%eax, %eax	#
	jne	.L212	#,
.L95:
	.loc 1 611 5 is_stmt 1 view .LVU439
	movq	%rbx, %rcx	# f,
	movl	$8, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC23, %edi	#,
	call	fwrite	#
.LVL158:
	.loc 1 612 5 view .LVU440
.LBB208:
.LBI208:
	.loc 1 539 13 view .LVU441
.LBB209:
	.loc 1 541 5 view .LVU442
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 is_stmt 0 view .LVU443
	movl	16(%rsp), %eax	# %sfp,
	testl	%eax, %eax	#
	jne	.L96	#,
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 31 view .LVU444
	movq	24(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].flag, MEM[(const struct plan *)arg_23(D)].flag
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU445
	movq	40(%rsp), %rcx	# %sfp, _328
	testb	$64, (%rax,%rcx)	#, *_172
	je	.L96	#,
.LVL159:
	.loc 1 541 19 view .LVU446
.LBE209:
.LBE208:
	.loc 1 613 9 is_stmt 1 view .LVU447
	movq	40(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].h, MEM[(const struct plan *)arg_23(D)].h
	movq	72(%rsp), %rdi	# %sfp, _258
	movl	$.LC24, %esi	#,
	movl	(%rax,%rdi), %edx	# *_176, *_176
	movq	%rbx, %rdi	# f,
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL160:
.L96:
	.loc 1 614 5 view .LVU448
# dispatch/compiled/compiled.c:614:     if (op == OP_CALL && proven) {
	.loc 1 614 8 is_stmt 0 view .LVU449
	testb	%r15b, %r15b	# _419
	jne	.L213	#,
	.loc 1 618 12 is_stmt 1 view .LVU450
# dispatch/compiled/compiled.c:618:     } else if (op == OP_CALL) {
	.loc 1 618 15 is_stmt 0 view .LVU451
	cmpb	$28, 138(%rsp)	#, %sfp
	je	.L214	#,
	.loc 1 621 9 is_stmt 1 view .LVU452
	cmpb	$1, 48(%rsp)	#, %sfp
	movl	%r13d, %r8d	# _270,
	movl	$.LC27, %esi	#,
	movq	%rbx, %rdi	# f,
	sbbl	%edx, %edx	# iftmp.18_194
# dispatch/compiled/compiled.c:621:         fprintf(f, "r = %c(%s, %" PRIu32 ", ", proven ? 'P' : 'C', names[op], i);
	.loc 1 621 73 is_stmt 0 view .LVU453
	movq	names(,%rbp,8), %rcx	# names[_350], _193
# dispatch/compiled/compiled.c:621:         fprintf(f, "r = %c(%s, %" PRIu32 ", ", proven ? 'P' : 'C', names[op], i);
	.loc 1 621 9 view .LVU454
	xorl	%eax, %eax	#
	andl	$-13, %edx	#, iftmp.18_194
	addl	$80, %edx	#, iftmp.18_194
	call	fprintf	#
.LVL161:
	.loc 1 622 9 is_stmt 1 view .LVU455
	movl	%r13d, %edx	# _270,
	movq	%r12, %rsi	# arg,
	movq	%rbx, %rdi	# f,
	call	operand	#
.LVL162:
	.loc 1 623 9 view .LVU456
	movl	88(%rsp), %edx	# %sfp,
	movl	$.LC28, %esi	#,
	xorl	%eax, %eax	#
	movq	%rbx, %rdi	# f,
	call	fprintf	#
.LVL163:
.L98:
	.loc 1 625 5 view .LVU457
.LBB210:
.LBI210:
	.loc 1 539 13 view .LVU458
.LBB211:
	.loc 1 541 5 view .LVU459
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 is_stmt 0 view .LVU460
	movl	16(%rsp), %r15d	# %sfp,
	testl	%r15d, %r15d	#
	jne	.L101	#,
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 31 view .LVU461
	movq	24(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].flag, MEM[(const struct plan *)arg_23(D)].flag
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU462
	movq	40(%rsp), %rdi	# %sfp, _328
	testb	$64, (%rax,%rdi)	#, *_196
	je	.L101	#,
.LVL164:
	.loc 1 541 19 view .LVU463
.LBE211:
.LBE210:
	.loc 1 626 9 is_stmt 1 view .LVU464
	movq	%rbx, %rcx	# f,
	movl	$2, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC29, %edi	#,
	call	fwrite	#
.LVL165:
.L101:
# dispatch/compiled/compiled.c:627:     fputs(" if (r == DL_TRAP) goto out;", f);
	.loc 1 627 5 is_stmt 0 view .LVU465
	movq	%rbx, %rcx	# f,
	movl	$28, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC30, %edi	#,
	call	fwrite	#
.LVL166:
# dispatch/compiled/compiled.c:628:     switch (oi->flow) {
	.loc 1 628 15 view .LVU466
	leaq	0(%rbp,%rbp,4), %rax	#, tmp377
# dispatch/compiled/compiled.c:630:         go(f, pl, c, i, c, i + 1, false);
	.loc 1 630 9 view .LVU467
	leal	1(%r13), %r15d	#, _435
	.loc 1 627 5 is_stmt 1 view .LVU468
	.loc 1 628 5 view .LVU469
# dispatch/compiled/compiled.c:628:     switch (oi->flow) {
	.loc 1 628 15 is_stmt 0 view .LVU470
	leaq	opinfo(,%rax,8), %rax	#, tmp379
# dispatch/compiled/compiled.c:628:     switch (oi->flow) {
	.loc 1 628 5 view .LVU471
	cmpl	$5, 16(%rax)	#, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_350].flow
	ja	.L102	#,
	movl	16(%rax), %eax	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_350].flow, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_350].flow
	jmp	*.L104(,%rax,8)	#
	.section	.rodata
	.align 8
	.align 4
.L104:
	.quad	.L109
	.quad	.L108
	.quad	.L107
	.quad	.L106
	.quad	.L105
	.quad	.L103
	.text
.LVL167:
	.p2align 4,,10
	.p2align 3
.L210:
	.loc 1 628 5 view .LVU472
.LBE207:
.LBE206:
.LBE222:
# dispatch/compiled/compiled.c:696:     if (any) {
	.loc 1 696 8 view .LVU473
	movzbl	139(%rsp), %r11d	# %sfp, any
	movq	%r12, %r14	# arg, arg
	movl	116(%rsp), %ebp	# %sfp, i
	movq	120(%rsp), %r13	# %sfp, _422
	movl	16(%rsp), %r12d	# %sfp, c
.LVL168:
	.loc 1 696 5 is_stmt 1 view .LVU474
# dispatch/compiled/compiled.c:696:     if (any) {
	.loc 1 696 8 is_stmt 0 view .LVU475
	testb	%r11b, %r11b	# any
	jne	.L215	#,
.L116:
	.loc 1 707 5 is_stmt 1 view .LVU476
	movq	32(%rsp), %rcx	# %sfp,
	movl	$100, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC38, %edi	#,
	call	fwrite	#
.LVL169:
.L77:
	.loc 1 707 5 is_stmt 0 view .LVU477
.LBE187:
.LBE186:
	.loc 1 739 32 is_stmt 1 discriminator 1 view .LVU478
	addq	$256, 24(%rsp)	#, %sfp
.LVL170:
	.loc 1 739 32 is_stmt 0 discriminator 1 view .LVU479
	movq	24(%rsp), %rax	# %sfp, ivtmp.222
	cmpq	%r13, %rax	# _422, ivtmp.222
	jne	.L127	#,
.LBE232:
	.loc 1 738 29 is_stmt 1 view .LVU480
.LVL171:
	.loc 1 738 23 view .LVU481
	addq	$1, 64(%rsp)	#, %sfp
.LVL172:
	.loc 1 738 23 is_stmt 0 view .LVU482
	movq	64(%rsp), %rax	# %sfp, ivtmp.224
	cmpq	$2, %rax	#, ivtmp.224
	je	.L198	#,
.LVL173:
	.loc 1 738 23 view .LVU483
	movl	%eax, 88(%rsp)	# tmp589, %sfp
.LVL174:
.LBB233:
	.loc 1 739 32 is_stmt 1 view .LVU484
	jmp	.L129	#
.LVL175:
	.p2align 4,,10
	.p2align 3
.L106:
.LBB231:
.LBB230:
.LBB223:
.LBB219:
.LBB216:
	.loc 1 642 9 view .LVU485
# dispatch/compiled/compiled.c:642:         if (proven) {
	.loc 1 642 12 is_stmt 0 view .LVU486
	cmpb	$0, 48(%rsp)	#, %sfp
	jne	.L216	#,
.L108:
	.loc 1 633 9 is_stmt 1 view .LVU487
	movq	72(%rsp), %rcx	# %sfp, _258
	movq	32(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].target, MEM[(const struct plan *)arg_23(D)].target
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 216
	movl	(%rax,%rcx), %r9d	#* _258, *_202
	pushq	$1	#
	.cfi_def_cfa_offset 224
.L202:
	.loc 1 633 9 is_stmt 0 view .LVU488
	movl	104(%rsp), %edx	# %sfp, c
	movl	%r13d, %ecx	# _270,
	movq	%r12, %rsi	# arg,
	movq	%rbx, %rdi	# f,
	movl	%edx, %r8d	# c,
	call	go	#
.LVL176:
	.loc 1 634 9 is_stmt 1 view .LVU489
	popq	%r11	#
	.cfi_def_cfa_offset 216
	popq	%rbp	#
	.cfi_def_cfa_offset 208
.LVL177:
.L102:
	.loc 1 666 5 view .LVU490
	movq	%rbx, %rsi	# f,
	movl	$10, %edi	#,
	call	fputc	#
.LVL178:
# dispatch/compiled/compiled.c:667: }
	.loc 1 667 1 is_stmt 0 view .LVU491
	jmp	.L141	#
.LVL179:
	.p2align 4,,10
	.p2align 3
.L103:
	.loc 1 663 9 is_stmt 1 view .LVU492
	movq	%rbx, %rcx	# f,
	movl	$10, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC35, %edi	#,
	call	fwrite	#
.LVL180:
	.loc 1 664 9 view .LVU493
	jmp	.L102	#
	.p2align 4,,10
	.p2align 3
.L109:
	.loc 1 630 9 view .LVU494
	subq	$8, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 216
	movl	%r15d, %r9d	# _435,
	pushq	$0	#
	.cfi_def_cfa_offset 224
	jmp	.L202	#
	.p2align 4,,10
	.p2align 3
.L105:
	.cfi_restore_state
	.loc 1 652 9 view .LVU495
	movl	$18, %edx	#,
	movl	$1, %esi	#,
	movq	%rbx, %rcx	# f,
	movl	$.LC33, %edi	#,
	call	fwrite	#
.LVL181:
	.loc 1 653 9 view .LVU496
.LBB212:
	.loc 1 653 14 view .LVU497
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 52 is_stmt 0 view .LVU498
	movl	8(%r12), %eax	# MEM[(const struct plan *)arg_23(D)].n, MEM[(const struct plan *)arg_23(D)].n
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 48 view .LVU499
	movq	64(%rsp), %rsi	# %sfp, ivtmp.224
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 27 view .LVU500
	movq	104(%r12), %rdx	# MEM[(const struct plan *)arg_23(D)].cases_at, _211
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 48 view .LVU501
	imulq	%rsi, %rax	# ivtmp.224, tmp391
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 56 view .LVU502
	addq	%r14, %rax	# ivtmp.194, tmp392
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 21 view .LVU503
	movq	(%rdx,%rax,8), %rbp	# *_218, k
.LVL182:
	.loc 1 653 64 is_stmt 1 view .LVU504
	cmpq	8(%rdx,%rax,8), %rbp	# *_368, k
	jnb	.L113	#,
	movl	%r13d, 48(%rsp)	# _270, %sfp
	movq	%rbp, %r13	# k, k
.LVL183:
	.loc 1 653 64 is_stmt 0 view .LVU505
	movl	88(%rsp), %ebp	# %sfp, c
.LVL184:
	.p2align 4,,10
	.p2align 3
.L111:
.LBB213:
	.loc 1 654 13 is_stmt 1 view .LVU506
# dispatch/compiled/compiled.c:654:             long id = pl->cases[k];
	.loc 1 654 18 is_stmt 0 view .LVU507
	movq	96(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].cases, MEM[(const struct plan *)arg_23(D)].cases
# dispatch/compiled/compiled.c:655:             fprintf(f, "    case %ld:", id);
	.loc 1 655 13 view .LVU508
	movl	$.LC34, %esi	#,
	movq	%rbx, %rdi	# f,
# dispatch/compiled/compiled.c:654:             long id = pl->cases[k];
	.loc 1 654 18 view .LVU509
	movq	(%rax,%r13,8), %r15	# *_223, id
.LVL185:
	.loc 1 655 13 is_stmt 1 view .LVU510
	xorl	%eax, %eax	#
.LBE213:
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 108 is_stmt 0 view .LVU511
	addq	$1, %r13	#, k
.LVL186:
.LBB214:
# dispatch/compiled/compiled.c:655:             fprintf(f, "    case %ld:", id);
	.loc 1 655 13 view .LVU512
	movq	%r15, %rdx	# id,
	call	fprintf	#
.LVL187:
	.loc 1 656 13 is_stmt 1 view .LVU513
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 216
# dispatch/compiled/compiled.c:656:             go(f, pl, c, i, c, (uint32_t)(id >> 1), true);
	.loc 1 656 46 is_stmt 0 view .LVU514
	movq	%r15, %r9	# id, id
# dispatch/compiled/compiled.c:656:             go(f, pl, c, i, c, (uint32_t)(id >> 1), true);
	.loc 1 656 13 view .LVU515
	movl	%ebp, %edx	# c,
	pushq	$1	#
	.cfi_def_cfa_offset 224
	movl	64(%rsp), %ecx	# %sfp,
# dispatch/compiled/compiled.c:656:             go(f, pl, c, i, c, (uint32_t)(id >> 1), true);
	.loc 1 656 46 view .LVU516
	sarq	%r9	# id
# dispatch/compiled/compiled.c:656:             go(f, pl, c, i, c, (uint32_t)(id >> 1), true);
	.loc 1 656 13 view .LVU517
	movl	%ebp, %r8d	# c,
	movq	%r12, %rsi	# arg,
	movq	%rbx, %rdi	# f,
	call	go	#
.LVL188:
	.loc 1 657 13 is_stmt 1 view .LVU518
	movq	%rbx, %rsi	# f,
	movl	$10, %edi	#,
	call	fputc	#
.LVL189:
.LBE214:
	.loc 1 653 108 view .LVU519
	.loc 1 653 64 view .LVU520
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 89 is_stmt 0 view .LVU521
	movq	80(%rsp), %rdi	# %sfp, ivtmp.224
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 93 view .LVU522
	movl	8(%r12), %eax	# MEM[(const struct plan *)arg_23(D)].n, MEM[(const struct plan *)arg_23(D)].n
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 64 view .LVU523
	popq	%rcx	#
	.cfi_def_cfa_offset 216
	popq	%rsi	#
	.cfi_def_cfa_offset 208
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 89 view .LVU524
	imulq	%rdi, %rax	# ivtmp.224, tmp397
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 78 view .LVU525
	leaq	1(%r14,%rax), %rdx	#, tmp399
	movq	104(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].cases_at, MEM[(const struct plan *)arg_23(D)].cases_at
# dispatch/compiled/compiled.c:653:         for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
	.loc 1 653 64 view .LVU526
	cmpq	(%rax,%rdx,8), %r13	# *_235, k
	jb	.L111	#,
.LVL190:
.L113:
	.loc 1 653 64 view .LVU527
.LBE212:
	.loc 1 659 9 is_stmt 1 view .LVU528
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 23 is_stmt 0 view .LVU529
	movq	24(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].flag, MEM[(const struct plan *)arg_23(D)].flag
	movq	40(%rsp), %rdi	# %sfp, _328
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 9 view .LVU530
	movq	%rbx, %rsi	# f,
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 29 view .LVU531
	cmpl	$1, 16(%rsp)	#, %sfp
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 23 view .LVU532
	movzwl	(%rax,%rdi), %edx	# *_238, _240
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 29 view .LVU533
	sbbl	%eax, %eax	# iftmp.20_241
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 9 view .LVU534
	movl	$.LC10, %edi	#, tmp443
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 29 view .LVU535
	andl	$-512, %eax	#, iftmp.20_241
	addl	$1024, %eax	#, iftmp.20_241
# dispatch/compiled/compiled.c:659:         fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
	.loc 1 659 9 view .LVU536
	testl	%eax, %edx	# iftmp.20_241, _240
	movl	$.LC9, %eax	#, tmp444
	cmovne	%rax, %rdi	# tmp443,, tmp444, iftmp.19_243
	call	fputs	#
.LVL191:
	.loc 1 661 9 is_stmt 1 view .LVU537
	jmp	.L102	#
.LVL192:
	.p2align 4,,10
	.p2align 3
.L107:
	.loc 1 636 9 view .LVU538
	movq	%rbx, %rcx	# f,
	movl	$14, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC31, %edi	#,
	call	fwrite	#
.LVL193:
	.loc 1 637 9 view .LVU539
	movq	72(%rsp), %rsi	# %sfp, _258
	movl	%r13d, %ecx	# _270,
	movq	%rbx, %rdi	# f,
	movq	32(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].target, MEM[(const struct plan *)arg_23(D)].target
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 216
	movl	(%rax,%rsi), %r9d	# *_205, *_205
	pushq	$1	#
	.cfi_def_cfa_offset 224
	movq	%r12, %rsi	# arg,
	movl	104(%rsp), %ebp	# %sfp, c
	movl	%ebp, %r8d	# c,
	movl	%ebp, %edx	# c,
	call	go	#
.LVL194:
	.loc 1 638 9 view .LVU540
	movq	%rbx, %rcx	# f,
	movl	$2, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC29, %edi	#,
	call	fwrite	#
.LVL195:
	.loc 1 639 9 view .LVU541
	movl	%r15d, %r9d	# _435,
	movl	%ebp, %r8d	# c,
	movl	%r13d, %ecx	# _270,
	movl	%ebp, %edx	# c,
	movq	%r12, %rsi	# arg,
	movq	%rbx, %rdi	# f,
	movl	$0, (%rsp)	#,
	call	go	#
.LVL196:
	.loc 1 640 9 view .LVU542
	popq	%r9	#
	.cfi_def_cfa_offset 216
	popq	%r10	#
	.cfi_def_cfa_offset 208
	jmp	.L102	#
.L216:
	.loc 1 643 13 view .LVU543
	movq	%rbx, %rcx	# f,
	movl	$21, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC32, %edi	#,
	call	fwrite	#
.LVL197:
	.loc 1 644 13 view .LVU544
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 216
	movl	%r13d, %r9d	# _270,
	movl	%r13d, %ecx	# _270,
	pushq	$1	#
	.cfi_def_cfa_offset 224
	movl	104(%rsp), %edx	# %sfp,
	movl	$1, %r8d	#,
	movq	%r12, %rsi	# arg,
	movq	%rbx, %rdi	# f,
	call	go	#
.LVL198:
	.loc 1 645 13 view .LVU545
	movl	$.LC29, %edi	#,
	movq	%rbx, %rcx	# f,
	movl	$2, %edx	#,
	movl	$1, %esi	#,
	call	fwrite	#
.LVL199:
	popq	%rdi	#
	.cfi_def_cfa_offset 216
	popq	%r8	#
	.cfi_def_cfa_offset 208
	.loc 1 647 9 view .LVU546
	jmp	.L108	#
.LVL200:
	.p2align 4,,10
	.p2align 3
.L209:
	.loc 1 647 9 is_stmt 0 view .LVU547
.LBE216:
.LBE219:
	.loc 1 695 13 is_stmt 1 view .LVU548
.LBB220:
	.loc 1 596 13 view .LVU549
.LBB217:
	.loc 1 598 5 view .LVU550
# dispatch/compiled/compiled.c:599:     const uint8_t op = pl->op[i];
	.loc 1 599 19 is_stmt 0 view .LVU551
	movq	16(%r12), %rdx	# MEM[(const struct plan *)arg_23(D)].op, MEM[(const struct plan *)arg_23(D)].op
# dispatch/compiled/compiled.c:598:     const struct program *p = pl->p;
	.loc 1 598 27 view .LVU552
	movq	(%r12), %rcx	# MEM[(const struct plan *)arg_23(D)].p, p
# dispatch/compiled/compiled.c:600:     const struct opinfo *oi = &opinfo[op];
	.loc 1 600 38 view .LVU553
	xorl	%r15d, %r15d	# _419
	movl	%r14d, %r13d	# ivtmp.194, _270
# dispatch/compiled/compiled.c:601:     const bool proven = c == 0 && p->proven[i];
	.loc 1 601 16 view .LVU554
	movb	$0, 48(%rsp)	#, %sfp
# dispatch/compiled/compiled.c:599:     const uint8_t op = pl->op[i];
	.loc 1 599 19 view .LVU555
	movzbl	(%rdx,%r14), %edi	# *_351, op
# dispatch/compiled/compiled.c:598:     const struct program *p = pl->p;
	.loc 1 598 27 view .LVU556
	movq	%rcx, 56(%rsp)	# p, %sfp
.LVL201:
	.loc 1 599 5 is_stmt 1 view .LVU557
# dispatch/compiled/compiled.c:600:     const struct opinfo *oi = &opinfo[op];
	.loc 1 600 38 is_stmt 0 view .LVU558
	movl	$264, %ecx	#, prephitmp_417
.LVL202:
# dispatch/compiled/compiled.c:602:     const char copy = c ? 'C' : 'V';
	.loc 1 602 16 view .LVU559
	movl	$67, %edx	#,
# dispatch/compiled/compiled.c:599:     const uint8_t op = pl->op[i];
	.loc 1 599 19 view .LVU560
	movb	%dil, 138(%rsp)	# op, %sfp
.LVL203:
	.loc 1 600 5 is_stmt 1 view .LVU561
# dispatch/compiled/compiled.c:600:     const struct opinfo *oi = &opinfo[op];
	.loc 1 600 38 is_stmt 0 view .LVU562
	movzbl	%dil, %ebp	# op,
.LVL204:
	.loc 1 601 5 is_stmt 1 view .LVU563
# dispatch/compiled/compiled.c:604:     if (pl->flag[i] & (LABEL(c) | ENTRY(c)))
	.loc 1 604 8 is_stmt 0 view .LVU564
	testl	%eax, %ecx	# _114, prephitmp_417
	je	.L94	#,
.LVL205:
.L211:
	.loc 1 605 9 is_stmt 1 view .LVU565
	movl	%r14d, %ecx	# _270,
	movl	$.LC21, %esi	#,
	movq	%rbx, %rdi	# f,
.LVL206:
	.loc 1 605 9 is_stmt 0 view .LVU566
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL207:
	jmp	.L94	#
	.p2align 4,,10
	.p2align 3
.L213:
.LBB215:
	.loc 1 615 9 is_stmt 1 view .LVU567
# dispatch/compiled/compiled.c:615:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 615 54 is_stmt 0 view .LVU568
	movq	32(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].target, MEM[(const struct plan *)arg_23(D)].target
	movq	72(%rsp), %rsi	# %sfp, _258
# dispatch/compiled/compiled.c:616:         fprintf(f, "r = PCALL(%" PRIu32 ", %" PRIu32 ", %" PRId32 ", %" PRId32 ");",
	.loc 1 616 9 view .LVU569
	movq	%rbx, %rdi	# f,
# dispatch/compiled/compiled.c:615:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 615 54 view .LVU570
	movl	(%rax,%rsi), %edx	# *_183,
# dispatch/compiled/compiled.c:615:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 615 29 view .LVU571
	movq	56(%rsp), %rax	# %sfp, p
# dispatch/compiled/compiled.c:616:         fprintf(f, "r = PCALL(%" PRIu32 ", %" PRIu32 ", %" PRId32 ", %" PRId32 ");",
	.loc 1 616 9 view .LVU572
	movl	$.LC25, %esi	#,
# dispatch/compiled/compiled.c:615:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 615 29 view .LVU573
	movq	72(%rax), %rax	# p_415->frame, p_415->frame
# dispatch/compiled/compiled.c:615:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 615 54 view .LVU574
	movq	%rdx, %rcx	#,
# dispatch/compiled/compiled.c:615:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 615 29 view .LVU575
	leaq	(%rax,%rdx,8), %rax	#, fr
.LVL208:
	.loc 1 616 9 is_stmt 1 view .LVU576
	movl	%r13d, %edx	# _270,
	movl	4(%rax), %r9d	# fr_187->span,
	movl	(%rax), %r8d	# fr_187->need,
	xorl	%eax, %eax	#
.LVL209:
	.loc 1 616 9 is_stmt 0 view .LVU577
	call	fprintf	#
.LVL210:
	.loc 1 616 9 view .LVU578
.LBE215:
	jmp	.L98	#
.LVL211:
	.p2align 4,,10
	.p2align 3
.L212:
	.loc 1 608 9 is_stmt 1 view .LVU579
	movq	%rbx, %rsi	# f,
	movl	$32, %edi	#,
	call	fputc	#
.LVL212:
	.loc 1 609 9 view .LVU580
	movl	%r13d, %edx	# _270,
	movq	%r12, %rsi	# arg,
	movq	%rbx, %rdi	# f,
	call	operand	#
.LVL213:
	jmp	.L95	#
.LVL214:
	.p2align 4,,10
	.p2align 3
.L206:
	.loc 1 609 9 is_stmt 0 view .LVU581
.LBE217:
.LBE220:
.LBE223:
.LBB224:
	.loc 1 687 13 is_stmt 1 view .LVU582
	movq	64(%rsp), %rax	# %sfp, ivtmp.224
	movq	32(%rsp), %rdi	# %sfp,
	movl	$.LC34, %esi	#,
	leaq	(%rax,%rbx), %rdx	#, tmp429
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL215:
	.loc 1 688 13 view .LVU583
.LBB199:
	.loc 1 539 13 view .LVU584
.LBB198:
	.loc 1 541 5 view .LVU585
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 31 is_stmt 0 view .LVU586
	movq	24(%r14), %rax	# MEM[(const struct plan *)arg_23(D)].flag, MEM[(const struct plan *)arg_23(D)].flag
# dispatch/compiled/compiled.c:541:     return c == 0 && (pl->flag[i] & IN_REGS);
	.loc 1 541 19 view .LVU587
	testb	$64, (%rax,%rbx)	#, *_101
	je	.L89	#,
.LVL216:
	.loc 1 541 19 view .LVU588
.LBE198:
.LBE199:
	.loc 1 689 17 is_stmt 1 view .LVU589
	movq	40(%r14), %rax	# MEM[(const struct plan *)arg_23(D)].h, MEM[(const struct plan *)arg_23(D)].h
.LBB200:
.LBB201:
# dispatch/compiled/compiled.c:553:     for (int32_t k = 0; k < h; k++)
	.loc 1 553 18 is_stmt 0 view .LVU590
	xorl	%r15d, %r15d	# k
.LBE201:
.LBE200:
# dispatch/compiled/compiled.c:689:                 reload(f, pl->h[i]);
	.loc 1 689 17 view .LVU591
	movl	(%rax,%rbx,2), %eax	# *_106, _107
.LVL217:
.LBB203:
.LBI200:
	.loc 1 551 13 is_stmt 1 view .LVU592
	.loc 1 553 5 view .LVU593
.LBB202:
	.loc 1 553 10 view .LVU594
	.loc 1 553 27 view .LVU595
	testl	%eax, %eax	# _107
	jle	.L89	#,
	movl	%ebp, 56(%rsp)	# i, %sfp
	movq	32(%rsp), %rbp	# %sfp, f
.LVL218:
	.loc 1 553 27 is_stmt 0 view .LVU596
	movq	%rbx, 72(%rsp)	# ivtmp.202, %sfp
	movl	%r15d, %ebx	# k, k
	movl	%eax, %r15d	# _107, _107
.LVL219:
	.p2align 4,,10
	.p2align 3
.L88:
	.loc 1 554 9 is_stmt 1 view .LVU597
	movl	%ebx, %ecx	# k,
	movl	%ebx, %edx	# k,
	movl	$.LC6, %esi	#,
	movq	%rbp, %rdi	# f,
	xorl	%eax, %eax	#
# dispatch/compiled/compiled.c:553:     for (int32_t k = 0; k < h; k++)
	.loc 1 553 33 is_stmt 0 view .LVU598
	addl	$1, %ebx	#, k
.LVL220:
# dispatch/compiled/compiled.c:554:         fprintf(f, " R[%" PRId32 "] = vm->stack[%" PRId32 "];", k, k);
	.loc 1 554 9 view .LVU599
	call	fprintf	#
.LVL221:
	.loc 1 553 33 is_stmt 1 view .LVU600
	.loc 1 553 27 view .LVU601
	cmpl	%ebx, %r15d	# k, _107
	jne	.L88	#,
	movl	56(%rsp), %ebp	# %sfp, i
	movq	72(%rsp), %rbx	# %sfp, ivtmp.202
.LVL222:
	.loc 1 553 27 is_stmt 0 view .LVU602
	jmp	.L89	#
.LVL223:
	.p2align 4,,10
	.p2align 3
.L214:
	.loc 1 553 27 view .LVU603
.LBE202:
.LBE203:
.LBE224:
.LBB225:
.LBB221:
.LBB218:
	.loc 1 619 9 is_stmt 1 view .LVU604
	movq	32(%r12), %rax	# MEM[(const struct plan *)arg_23(D)].target, MEM[(const struct plan *)arg_23(D)].target
	movq	72(%rsp), %rcx	# %sfp, _258
	movl	%r13d, %edx	# _270,
	movq	%rbx, %rdi	# f,
	movl	88(%rsp), %r8d	# %sfp,
	movl	$.LC26, %esi	#,
	movl	(%rax,%rcx), %ecx	# *_191, *_191
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL224:
	jmp	.L98	#
.LVL225:
	.p2align 4,,10
	.p2align 3
.L205:
	.loc 1 619 9 is_stmt 0 view .LVU605
.LBE218:
.LBE221:
.LBE225:
	.loc 1 683 9 is_stmt 1 view .LVU606
	movq	32(%rsp), %rdi	# %sfp,
	movl	$32, %edx	#,
	movl	$.LC17, %esi	#,
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL226:
	movzbl	16(%rsp), %r11d	# %sfp, any
	jmp	.L83	#
.LVL227:
	.p2align 4,,10
	.p2align 3
.L215:
	.loc 1 697 9 view .LVU607
	movq	32(%rsp), %rcx	# %sfp,
	movl	$105, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC36, %edi	#,
	call	fwrite	#
.LVL228:
	.loc 1 699 9 view .LVU608
.LBB226:
	.loc 1 699 14 view .LVU609
	.loc 1 699 35 view .LVU610
	movq	%r14, %rax	# arg, arg
	movq	%r13, 40(%rsp)	# _422, %sfp
	movl	%ebp, %r14d	# i, i
.LVL229:
	.loc 1 699 35 is_stmt 0 view .LVU611
	movq	96(%rsp), %r13	# %sfp, ivtmp.182
	movq	%rax, %rbp	# arg, arg
.LVL230:
	.p2align 4,,10
	.p2align 3
.L117:
.LBB227:
	.loc 1 700 33 is_stmt 1 view .LVU612
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 39 is_stmt 0 view .LVU613
	leal	-1(%r14), %ebx	#, _123
	movq	%r13, %r9	# ivtmp.182, ivtmp.182
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 67 view .LVU614
	xorl	%r15d, %r15d	# ivtmp.174
	leaq	(%rbx,%rbx), %r10	#, _127
	movq	%r10, %r13	# _127, _127
	jmp	.L124	#
.LVL231:
	.p2align 4,,10
	.p2align 3
.L119:
	.loc 1 700 41 is_stmt 1 view .LVU615
	.loc 1 700 33 view .LVU616
	addq	$1, %r15	#, ivtmp.174
.LVL232:
	.loc 1 700 33 is_stmt 0 view .LVU617
	cmpl	%r15d, %r12d	# ivtmp.174, c
	jl	.L197	#,
.LVL233:
.L124:
	.loc 1 701 17 is_stmt 1 view .LVU618
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 20 is_stmt 0 view .LVU619
	testl	%r14d, %r14d	# i
	je	.L119	#,
.LVL234:
.L203:
	.loc 1 701 20 view .LVU620
	movq	16(%rbp), %rax	# MEM[(const struct plan *)arg_23(D)].op, MEM[(const struct plan *)arg_23(D)].op
.L118:
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 27 view .LVU621
	cmpb	$28, (%rax,%rbx)	#, *_124
	jne	.L119	#,
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 67 view .LVU622
	movq	24(%rbp), %rdx	# MEM[(const struct plan *)arg_23(D)].flag, MEM[(const struct plan *)arg_23(D)].flag
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 77 view .LVU623
	cmpl	$1, %r15d	#, ivtmp.174
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 67 view .LVU624
	movzwl	(%rdx,%r13), %ecx	# *_128, _130
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 77 view .LVU625
	movl	$1, %edx	#, tmp461
	sbbl	$-1, %edx	#, iftmp.10_132
# dispatch/compiled/compiled.c:701:                 if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
	.loc 1 701 55 view .LVU626
	testl	%edx, %ecx	# iftmp.10_132, _130
	jne	.L217	#,
	.loc 1 700 41 is_stmt 1 view .LVU627
.LVL235:
	.loc 1 700 33 view .LVU628
	addq	$1, %r15	#, ivtmp.174
.LVL236:
	.loc 1 700 33 is_stmt 0 view .LVU629
	cmpl	%r15d, %r12d	# ivtmp.174, c
	jge	.L118	#,
.LVL237:
	.p2align 4,,10
	.p2align 3
.L197:
	.loc 1 700 33 view .LVU630
.LBE227:
# dispatch/compiled/compiled.c:699:         for (uint32_t i = from; i < to; i++)
	.loc 1 699 35 view .LVU631
	movl	12(%rsp), %eax	# %sfp, _405
	movq	%r9, %r13	# ivtmp.182, ivtmp.182
	.loc 1 699 42 is_stmt 1 view .LVU632
	addl	$1, %r14d	#, i
.LVL238:
	.loc 1 699 35 view .LVU633
	addq	$2, %r13	#, ivtmp.182
	cmpl	%eax, %r14d	# _405, i
	jne	.L117	#,
.LBE226:
# dispatch/compiled/compiled.c:704:         fputs(c ? "    default: r |= 1; goto leave;\n    }\n"
	.loc 1 704 9 is_stmt 0 view .LVU634
	testl	%r12d, %r12d	# c
	movl	$.LC12, %edi	#, tmp441
	movl	$.LC11, %eax	#, tmp442
	movq	%rbp, %r14	# arg, arg
.LVL239:
	.loc 1 704 9 is_stmt 1 view .LVU635
	cmovne	%rax, %rdi	# tmp441,, tmp442, iftmp.12_140
	movq	32(%rsp), %rsi	# %sfp,
	movq	40(%rsp), %r13	# %sfp, _422
	call	fputs	#
.LVL240:
	jmp	.L116	#
.LVL241:
	.p2align 4,,10
	.p2align 3
.L217:
.LBB229:
.LBB228:
	.loc 1 702 21 view .LVU636
	movl	92(%rsp), %ecx	# %sfp,
	movq	32(%rsp), %rdi	# %sfp,
	leaq	(%r15,%r9), %rdx	#, tmp406
	xorl	%eax, %eax	#
	movl	%r14d, %r8d	# i,
	movl	$.LC37, %esi	#,
# dispatch/compiled/compiled.c:700:             for (int cc = 0; cc <= c; cc++)
	.loc 1 700 33 is_stmt 0 view .LVU637
	addq	$1, %r15	#, ivtmp.174
# dispatch/compiled/compiled.c:702:                     fprintf(f, "    case %ld: goto %c%" PRIu32 ";\n", DL_ID(i, cc), c ? 'C' : 'V', i);
	.loc 1 702 21 view .LVU638
	movq	%r9, 16(%rsp)	# ivtmp.182, %sfp
	call	fprintf	#
.LVL242:
	.loc 1 700 41 is_stmt 1 view .LVU639
	.loc 1 700 33 view .LVU640
	cmpl	%r15d, %r12d	# ivtmp.174, c
	movq	16(%rsp), %r9	# %sfp, ivtmp.182
	jge	.L203	#,
	jmp	.L197	#
.LVL243:
.L198:
	.loc 1 700 33 is_stmt 0 view .LVU641
	movl	140(%rsp), %ebx	# %sfp, nchunks
	movq	%r14, %r12	# arg, arg
.LVL244:
.L128:
	.loc 1 700 33 view .LVU642
.LBE228:
.LBE229:
.LBE230:
.LBE231:
.LBE233:
.LBE235:
	.loc 1 742 5 is_stmt 1 view .LVU643
	movq	32(%rsp), %rdi	# %sfp,
	leal	(%rbx,%rbx), %edx	#, tmp408
	movl	$.LC39, %esi	#,
	xorl	%eax, %eax	#
.LBB236:
# dispatch/compiled/compiled.c:743:     for (uint32_t k = 0; k < nchunks; k++)
	.loc 1 743 28 is_stmt 0 view .LVU644
	xorl	%ebp, %ebp	# ivtmp.171
	movq	%r12, %r14	# arg, arg
.LBE236:
# dispatch/compiled/compiled.c:742:     fprintf(f, "\nstatic dl_chunk *const dl_chunks[%" PRIu32 "] = {\n", 2 * nchunks);
	.loc 1 742 5 view .LVU645
	call	fprintf	#
.LVL245:
	.loc 1 743 5 is_stmt 1 view .LVU646
.LBB250:
	.loc 1 743 10 view .LVU647
	.loc 1 743 28 view .LVU648
	testl	%ebx, %ebx	# nchunks
	je	.L132	#,
.LVL246:
	.p2align 4,,10
	.p2align 3
.L131:
.LBB237:
	.loc 1 744 27 view .LVU649
	movl	%ebp, %ebx	# ivtmp.171, _79
.LBB238:
.LBB239:
.LBB240:
.LBB241:
# dispatch/compiled/compiled.c:718:     uint32_t to = (k + 1) * CHUNK_INSNS;
	.loc 1 718 14 is_stmt 0 view .LVU650
	leal	256(%rbp), %r12d	#, to
	leaq	(%rbp,%rbp), %r13	#, _77
.LBE241:
.LBE240:
.LBE239:
.LBE238:
# dispatch/compiled/compiled.c:744:         for (int c = 0; c < 2; c++) {
	.loc 1 744 18 view .LVU651
	xorl	%r15d, %r15d	# c
.LVL247:
.L138:
	.loc 1 745 13 is_stmt 1 view .LVU652
.LBB247:
.LBI238:
	.loc 1 722 13 view .LVU653
	.loc 1 724 5 view .LVU654
.LBB246:
	.loc 1 724 10 view .LVU655
	.loc 1 724 42 view .LVU656
.LBB244:
.LBI240:
	.loc 1 716 17 view .LVU657
.LBB242:
	.loc 1 718 5 view .LVU658
	.loc 1 719 5 view .LVU659
# dispatch/compiled/compiled.c:719:     return to < pl->n ? to : pl->n;
	.loc 1 719 28 is_stmt 0 view .LVU660
	movl	8(%r14), %eax	# MEM[(const struct plan *)arg_23(D)].n, tmp460
	cmpl	%eax, %r12d	# tmp460, to
	cmovbe	%r12d, %eax	# to,, tmp460
	movl	%eax, %edx	# tmp460, _371
.LVL248:
	.loc 1 719 28 view .LVU661
.LBE242:
.LBE244:
# dispatch/compiled/compiled.c:724:     for (uint32_t i = k * CHUNK_INSNS; i < chunk_end(pl, k); i++)
	.loc 1 724 42 view .LVU662
	cmpl	%eax, %ebx	# _371, _79
	jnb	.L133	#,
	cmpl	$1, %r15d	#, c
# dispatch/compiled/compiled.c:725:         if (pl->flag[i] & REACH(c))
	.loc 1 725 15 view .LVU663
	movq	24(%r14), %rsi	# MEM[(const struct plan *)arg_23(D)].flag, _245
	sbbl	%ecx, %ecx	# tmp409
	subl	%ebx, %edx	# _79, tmp410
	subl	$1, %edx	#, tmp412
	leaq	(%rsi,%r13), %rax	#, ivtmp.159
	addl	$2, %ecx	#, tmp409
	addq	%rbp, %rdx	# ivtmp.171, tmp413
	leaq	2(%rsi,%rdx,2), %rsi	#, _437
	jmp	.L135	#
.LVL249:
	.p2align 4,,10
	.p2align 3
.L218:
	.loc 1 724 63 is_stmt 1 view .LVU664
	.loc 1 724 42 view .LVU665
.LBB245:
	.loc 1 716 17 view .LVU666
.LBB243:
	.loc 1 718 5 view .LVU667
	.loc 1 719 5 view .LVU668
	.loc 1 719 5 is_stmt 0 view .LVU669
.LBE243:
.LBE245:
# dispatch/compiled/compiled.c:724:     for (uint32_t i = k * CHUNK_INSNS; i < chunk_end(pl, k); i++)
	.loc 1 724 42 view .LVU670
	addq	$2, %rax	#, ivtmp.159
.LVL250:
	.loc 1 724 42 view .LVU671
	cmpq	%rsi, %rax	# _437, ivtmp.159
	je	.L133	#,
.LVL251:
.L135:
	.loc 1 725 9 is_stmt 1 view .LVU672
# dispatch/compiled/compiled.c:725:         if (pl->flag[i] & REACH(c))
	.loc 1 725 21 is_stmt 0 view .LVU673
	movzwl	(%rax), %edx	# MEM[(uint16_t *)_44], MEM[(uint16_t *)_44]
# dispatch/compiled/compiled.c:725:         if (pl->flag[i] & REACH(c))
	.loc 1 725 12 view .LVU674
	testl	%ecx, %edx	# tmp409, MEM[(uint16_t *)_44]
	je	.L218	#,
.LVL252:
	.loc 1 725 12 view .LVU675
.LBE246:
.LBE247:
	.loc 1 746 17 is_stmt 1 view .LVU676
	testl	%r15d, %r15d	# c
	je	.L219	#,
	movq	32(%rsp), %rdi	# %sfp,
	movl	%ebx, %ecx	# _79,
	movl	$67, %edx	#,
	xorl	%eax, %eax	#
	movl	$.LC40, %esi	#,
	call	fprintf	#
.LVL253:
	.loc 1 744 33 view .LVU677
	.loc 1 744 27 view .LVU678
.L136:
	.loc 1 744 27 is_stmt 0 view .LVU679
.LBE237:
	.loc 1 743 40 is_stmt 1 discriminator 2 view .LVU680
	.loc 1 743 28 discriminator 2 view .LVU681
	movq	104(%rsp), %rax	# %sfp, _422
	addq	$256, %rbp	#, ivtmp.171
.LVL254:
	.loc 1 743 28 is_stmt 0 discriminator 2 view .LVU682
	cmpq	%rax, %rbp	# _422, ivtmp.171
	jne	.L131	#,
.LVL255:
.L132:
	.loc 1 743 28 discriminator 2 view .LVU683
.LBE250:
	.loc 1 750 5 is_stmt 1 view .LVU684
	movq	32(%rsp), %rbx	# %sfp, f
	movl	$256, %edx	#,
	movl	$.LC42, %esi	#,
	xorl	%eax, %eax	#
	movq	%rbx, %rdi	# f,
	call	fprintf	#
.LVL256:
	.loc 1 761 5 view .LVU685
# dispatch/compiled/compiled.c:761:     return ferror(f) ? -1 : 0;
	.loc 1 761 12 is_stmt 0 view .LVU686
	movq	%rbx, %rdi	# f,
	call	ferror	#
.LVL257:
# dispatch/compiled/compiled.c:761:     return ferror(f) ? -1 : 0;
	.loc 1 761 27 view .LVU687
	negl	%eax	# tmp463
	sbbl	%eax, %eax	# tmp418
# dispatch/compiled/compiled.c:762: }
	.loc 1 762 1 view .LVU688
	addq	$152, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
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
.LVL258:
	.loc 1 762 1 view .LVU689
	popq	%r15	#
	.cfi_def_cfa_offset 8
	ret	
.LVL259:
	.p2align 4,,10
	.p2align 3
.L133:
	.cfi_restore_state
.LBB251:
.LBB248:
	.loc 1 748 17 is_stmt 1 view .LVU690
	movq	32(%rsp), %rcx	# %sfp,
	movl	$7, %edx	#,
	movl	$1, %esi	#,
	movl	$.LC41, %edi	#,
	call	fwrite	#
.LVL260:
	.loc 1 744 33 view .LVU691
	.loc 1 744 27 view .LVU692
	cmpl	$1, %r15d	#, c
	je	.L136	#,
.LVL261:
.L137:
	.loc 1 744 27 is_stmt 0 view .LVU693
.LBE248:
.LBE251:
# dispatch/compiled/compiled.c:735:     fprintf(f, "/* Generated by dispatchlab's compiled dispatcher (dispatch/compiled/compiled.c)\n"
	.loc 1 735 5 view .LVU694
	movl	$1, %r15d	#, c
	jmp	.L138	#
.LVL262:
	.p2align 4,,10
	.p2align 3
.L219:
.LBB252:
.LBB249:
# dispatch/compiled/compiled.c:746:                 fprintf(f, "    dl_%c%" PRIu32 ",\n", c ? 'C' : 'V', k * CHUNK_INSNS);
	.loc 1 746 17 view .LVU695
	movq	32(%rsp), %rdi	# %sfp,
	movl	%ebx, %ecx	# _79,
	movl	$86, %edx	#,
	xorl	%eax, %eax	#
	movl	$.LC40, %esi	#,
	call	fprintf	#
.LVL263:
	.loc 1 744 33 is_stmt 1 view .LVU696
	.loc 1 744 27 view .LVU697
	jmp	.L137	#
.LVL264:
.L220:
	.loc 1 744 27 is_stmt 0 view .LVU698
.LBE249:
.LBE252:
.LBB253:
# dispatch/compiled/compiled.c:738:     for (int c = 0; c < 2; c++)
	.loc 1 738 23 view .LVU699
	movl	$1, %edx	#, ivtmp.224
.LVL265:
.L130:
	.loc 1 738 29 is_stmt 1 view .LVU700
	.loc 1 738 23 view .LVU701
	testq	%rdx, %rdx	# ivtmp.224
	je	.L220	#,
	jmp	.L128	#
.LBE253:
	.cfi_endproc
.LFE48:
	.size	write_program, .-write_program
	.p2align 4
	.type	reach, @function
reach:
.LVL266:
.LFB28:
	.loc 1 208 1 view -0
	.cfi_startproc
	.loc 1 209 5 view .LVU703
	.loc 1 210 5 view .LVU704
	.loc 1 211 5 view .LVU705
.LBB266:
	.loc 1 211 10 view .LVU706
	.loc 1 211 28 view .LVU707
	movl	8(%rdi), %ecx	# pl_127(D)->n,
	testl	%ecx, %ecx	#
	je	.L272	#,
.LBE266:
# dispatch/compiled/compiled.c:208: {
	.loc 1 208 1 is_stmt 0 view .LVU708
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movq	%rdi, %r11	# tmp291, pl
	movl	%esi, %r15d	# tmp292, c
	leal	1(%rsi), %ecx	#, _299
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
.LBB267:
# dispatch/compiled/compiled.c:211:     for (uint32_t i = 0; i < pl->n; i++)
	.loc 1 211 19 view .LVU709
	xorl	%eax, %eax	# i
.LBE267:
# dispatch/compiled/compiled.c:208: {
	.loc 1 208 1 view .LVU710
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%rdx, %rbp	# tmp293, work
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
# dispatch/compiled/compiled.c:209:     uint32_t nw = 0;
	.loc 1 209 14 view .LVU711
	xorl	%ebx, %ebx	# nw
# dispatch/compiled/compiled.c:208: {
	.loc 1 208 1 view .LVU712
	subq	$40, %rsp	#,
	.cfi_def_cfa_offset 96
.LBB268:
# dispatch/compiled/compiled.c:212:         if (pl->flag[i] & REACH(c))
	.loc 1 212 15 view .LVU713
	movq	24(%rdi), %r10	# pl_127(D)->flag, _1
.LVL267:
	.p2align 4,,10
	.p2align 3
.L224:
	.loc 1 212 9 is_stmt 1 view .LVU714
# dispatch/compiled/compiled.c:212:         if (pl->flag[i] & REACH(c))
	.loc 1 212 21 is_stmt 0 view .LVU715
	movl	%eax, %edx	# i, i
	movzwl	(%r10,%rdx,2), %edx	# *_4, *_4
# dispatch/compiled/compiled.c:212:         if (pl->flag[i] & REACH(c))
	.loc 1 212 12 view .LVU716
	testl	%ecx, %edx	# _299, *_4
	je	.L223	#,
	.loc 1 213 13 is_stmt 1 view .LVU717
.LVL268:
# dispatch/compiled/compiled.c:213:             work[nw++] = i;
	.loc 1 213 20 is_stmt 0 view .LVU718
	movl	%ebx, %edx	# nw, nw
	addl	$1, %ebx	#, nw
.LVL269:
# dispatch/compiled/compiled.c:213:             work[nw++] = i;
	.loc 1 213 24 view .LVU719
	movl	%eax, 0(%rbp,%rdx,4)	# i, *_12
.L223:
	.loc 1 211 38 is_stmt 1 discriminator 2 view .LVU720
	addl	$1, %eax	#, i
.LVL270:
	.loc 1 211 28 discriminator 2 view .LVU721
	cmpl	8(%r11), %eax	# pl_127(D)->n, i
	jb	.L224	#,
	.loc 1 211 28 is_stmt 0 discriminator 2 view .LVU722
.LBE268:
	.loc 1 214 12 is_stmt 1 view .LVU723
	testl	%ebx, %ebx	# nw
	je	.L221	#,
	cmpl	$1, %r15d	#, c
# dispatch/compiled/compiled.c:210:     bool all_returns = false;
	.loc 1 210 10 is_stmt 0 view .LVU724
	movb	$0, 23(%rsp)	#, %sfp
	sbbl	%edx, %edx	# tmp228
	andl	$-4, %edx	#, tmp228
	addl	$8, %edx	#, tmp228
	cmpl	$1, %r15d	#, c
	sbbl	%eax, %eax	# tmp353
.LVL271:
.LBB269:
# dispatch/compiled/compiled.c:224:         if (f != FLOW_RET || c == 0)
	.loc 1 224 32 view .LVU725
	movw	%dx, 20(%rsp)	# tmp228, %sfp
	addl	$2, %eax	#, tmp229
	movw	%ax, 14(%rsp)	# tmp229, %sfp
	movl	%r15d, %eax	# c, tmp290
	xorl	$1, %eax	#, tmp290
	movl	%eax, 16(%rsp)	# tmp290, %sfp
.LVL272:
	.p2align 4,,10
	.p2align 3
.L249:
	.loc 1 215 9 is_stmt 1 view .LVU726
# dispatch/compiled/compiled.c:215:         uint32_t i = work[--nw], s[2];
	.loc 1 215 27 is_stmt 0 view .LVU727
	leal	-1(%rbx), %eax	#,
# dispatch/compiled/compiled.c:216:         enum flow f = opinfo[pl->op[i]].flow;
	.loc 1 216 32 view .LVU728
	movq	16(%r11), %r12	# pl_127(D)->op, _18
# dispatch/compiled/compiled.c:215:         uint32_t i = work[--nw], s[2];
	.loc 1 215 18 view .LVU729
	movl	0(%rbp,%rax,4), %r13d	# *_17,
# dispatch/compiled/compiled.c:215:         uint32_t i = work[--nw], s[2];
	.loc 1 215 27 view .LVU730
	movq	%rax, %rbx	#,
.LVL273:
# dispatch/compiled/compiled.c:216:         enum flow f = opinfo[pl->op[i]].flow;
	.loc 1 216 19 view .LVU731
	movzbl	(%r12,%r13), %eax	# *_20, *_20
.LVL274:
# dispatch/compiled/compiled.c:215:         uint32_t i = work[--nw], s[2];
	.loc 1 215 18 view .LVU732
	movq	%r13, %rsi	#,
.LVL275:
	.loc 1 216 9 is_stmt 1 view .LVU733
# dispatch/compiled/compiled.c:216:         enum flow f = opinfo[pl->op[i]].flow;
	.loc 1 216 19 is_stmt 0 view .LVU734
	leaq	(%rax,%rax,4), %rax	#, tmp236
	movl	opinfo+16(,%rax,8), %r14d	# opinfo[_22].flow, f
.LVL276:
	.loc 1 217 9 is_stmt 1 view .LVU735
# dispatch/compiled/compiled.c:217:         if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
	.loc 1 217 46 is_stmt 0 view .LVU736
	leal	-1(%r14), %eax	#, tmp240
# dispatch/compiled/compiled.c:217:         if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
	.loc 1 217 12 view .LVU737
	cmpl	$2, %eax	#, tmp240
	ja	.L226	#,
	.loc 1 218 13 is_stmt 1 view .LVU738
# dispatch/compiled/compiled.c:218:             pl->flag[pl->target[i]] |= LABEL(c);
	.loc 1 218 32 is_stmt 0 view .LVU739
	movq	32(%r11), %rax	# pl_127(D)->target, pl_127(D)->target
# dispatch/compiled/compiled.c:218:             pl->flag[pl->target[i]] |= LABEL(c);
	.loc 1 218 37 view .LVU740
	movzwl	20(%rsp), %ecx	# %sfp, tmp228
# dispatch/compiled/compiled.c:218:             pl->flag[pl->target[i]] |= LABEL(c);
	.loc 1 218 21 view .LVU741
	movl	(%rax,%r13,4), %eax	# *_27, *_27
# dispatch/compiled/compiled.c:218:             pl->flag[pl->target[i]] |= LABEL(c);
	.loc 1 218 37 view .LVU742
	orw	%cx, (%r10,%rax,2)	# tmp228, *_31
	.loc 1 219 9 is_stmt 1 view .LVU743
# dispatch/compiled/compiled.c:219:         if (f == FLOW_CALL && i + 1 < pl->n)
	.loc 1 219 12 is_stmt 0 view .LVU744
	cmpl	$3, %r14d	#, f
	je	.L275	#,
.L227:
	.loc 1 221 9 is_stmt 1 view .LVU745
# dispatch/compiled/compiled.c:221:         int ns = successors(pl, i, true, s);
	.loc 1 221 18 is_stmt 0 view .LVU746
	leaq	32(%rsp), %rcx	#, tmp363
	movl	$1, %edx	#,
	movq	%r11, %rdi	# pl,
	movl	%esi, (%rsp)	# i, %sfp
	call	successors	#
.LVL277:
.LBB270:
# dispatch/compiled/compiled.c:222:         for (int k = 0; k < ns; k++)
	.loc 1 222 27 view .LVU747
	movl	(%rsp), %esi	# %sfp, i
	testl	%eax, %eax	# ns
.LBE270:
# dispatch/compiled/compiled.c:221:         int ns = successors(pl, i, true, s);
	.loc 1 221 18 view .LVU748
	movl	%eax, %ecx	# tmp296, ns
.LVL278:
	.loc 1 222 9 is_stmt 1 view .LVU749
.LBB277:
	.loc 1 222 14 view .LVU750
	.loc 1 222 27 view .LVU751
	jle	.L235	#,
.L250:
	.loc 1 222 27 is_stmt 0 view .LVU752
	movq	24(%r11), %r9	# MEM[(uint16_t * *)pl_127(D) + 24B], _159
.LBE277:
.LBE269:
# dispatch/compiled/compiled.c:210:     bool all_returns = false;
	.loc 1 210 10 view .LVU753
	xorl	%eax, %eax	# ivtmp.253
.LVL279:
.L232:
.LBB299:
.LBB278:
	.loc 1 223 13 is_stmt 1 discriminator 3 view .LVU754
	movl	32(%rsp,%rax,4), %edx	# MEM[(unsigned int *)&s + ivtmp.253_282 * 4],
.LBB271:
.LBB272:
# dispatch/compiled/compiled.c:196:     if (!(pl->flag[j] & REACH(c))) {
	.loc 1 196 19 is_stmt 0 discriminator 3 view .LVU755
	leaq	(%r9,%rdx,2), %r8	#, _163
.LBE272:
.LBE271:
# dispatch/compiled/compiled.c:223:             reached(pl, c, s[k], work, &nw);
	.loc 1 223 13 discriminator 3 view .LVU756
	movq	%rdx, %rdi	#,
.LVL280:
.LBB275:
.LBI271:
	.loc 1 194 13 is_stmt 1 discriminator 3 view .LVU757
.LBB273:
	.loc 1 196 5 discriminator 3 view .LVU758
# dispatch/compiled/compiled.c:196:     if (!(pl->flag[j] & REACH(c))) {
	.loc 1 196 19 is_stmt 0 discriminator 3 view .LVU759
	movzwl	(%r8), %edx	# *_163, _164
.LVL281:
# dispatch/compiled/compiled.c:196:     if (!(pl->flag[j] & REACH(c))) {
	.loc 1 196 25 discriminator 3 view .LVU760
	testl	%r15d, %r15d	# c
	je	.L229	#,
# dispatch/compiled/compiled.c:196:     if (!(pl->flag[j] & REACH(c))) {
	.loc 1 196 8 view .LVU761
	testb	$2, %dl	#, _164
	jne	.L231	#,
.L230:
# dispatch/compiled/compiled.c:197:         pl->flag[j] |= REACH(c);
	.loc 1 197 21 view .LVU762
	orw	14(%rsp), %dx	# %sfp, tmp252
	movw	%dx, (%r8)	# tmp252, *_163
	.loc 1 198 9 is_stmt 1 view .LVU763
.LVL282:
# dispatch/compiled/compiled.c:198:         work[(*nw)++] = j;
	.loc 1 198 19 is_stmt 0 view .LVU764
	movl	%ebx, %edx	# nw, nw
	addl	$1, %ebx	#, nw
.LVL283:
# dispatch/compiled/compiled.c:198:         work[(*nw)++] = j;
	.loc 1 198 23 view .LVU765
	movl	%edi, 0(%rbp,%rdx,4)	# _45, *_175
.L231:
.LVL284:
	.loc 1 198 23 view .LVU766
.LBE273:
.LBE275:
	.loc 1 222 34 is_stmt 1 view .LVU767
	.loc 1 222 27 view .LVU768
	addq	$1, %rax	#, ivtmp.253
.LVL285:
	.loc 1 222 27 is_stmt 0 view .LVU769
	cmpl	%eax, %ecx	# ivtmp.253, ns
	jg	.L232	#,
.LVL286:
.L228:
	.loc 1 222 27 view .LVU770
.LBE278:
	.loc 1 224 9 is_stmt 1 view .LVU771
# dispatch/compiled/compiled.c:224:         if (f != FLOW_RET || c == 0)
	.loc 1 224 12 is_stmt 0 view .LVU772
	cmpl	$4, %r14d	#, f
	jne	.L235	#,
	testb	$1, 16(%rsp)	#, %sfp
	jne	.L235	#,
	.loc 1 226 9 is_stmt 1 view .LVU773
# dispatch/compiled/compiled.c:226:         if (ret_contexts(pl, i) >= 0) {
	.loc 1 226 13 is_stmt 0 view .LVU774
	movq	%r11, %rdi	# pl,
	call	ret_contexts	#
.LVL287:
# dispatch/compiled/compiled.c:226:         if (ret_contexts(pl, i) >= 0) {
	.loc 1 226 12 view .LVU775
	testl	%eax, %eax	# tmp295
	jns	.L276	#,
	.loc 1 232 16 is_stmt 1 view .LVU776
# dispatch/compiled/compiled.c:232:         } else if (!all_returns) {
	.loc 1 232 19 is_stmt 0 view .LVU777
	cmpb	$0, 23(%rsp)	#, %sfp
	je	.L277	#,
.LVL288:
.L235:
	.loc 1 232 19 view .LVU778
.LBE299:
	.loc 1 214 12 is_stmt 1 view .LVU779
	testl	%ebx, %ebx	# nw
	jne	.L249	#,
.LVL289:
.L221:
# dispatch/compiled/compiled.c:241: }
	.loc 1 241 1 is_stmt 0 view .LVU780
	addq	$40, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	popq	%rbx	#
	.cfi_def_cfa_offset 48
.LVL290:
	.loc 1 241 1 view .LVU781
	popq	%rbp	#
	.cfi_def_cfa_offset 40
.LVL291:
	.loc 1 241 1 view .LVU782
	popq	%r12	#
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_def_cfa_offset 24
	popq	%r14	#
	.cfi_def_cfa_offset 16
	popq	%r15	#
	.cfi_def_cfa_offset 8
.LVL292:
	.loc 1 241 1 view .LVU783
	ret	
.LVL293:
	.p2align 4,,10
	.p2align 3
.L229:
	.cfi_restore_state
.LBB300:
.LBB279:
.LBB276:
.LBB274:
# dispatch/compiled/compiled.c:196:     if (!(pl->flag[j] & REACH(c))) {
	.loc 1 196 8 view .LVU784
	testb	$1, %dl	#, _164
	jne	.L231	#,
	jmp	.L230	#
.LVL294:
	.p2align 4,,10
	.p2align 3
.L226:
	.loc 1 196 8 view .LVU785
.LBE274:
.LBE276:
.LBE279:
	.loc 1 221 9 is_stmt 1 view .LVU786
# dispatch/compiled/compiled.c:221:         int ns = successors(pl, i, true, s);
	.loc 1 221 18 is_stmt 0 view .LVU787
	leaq	32(%rsp), %rcx	#, tmp358
	movl	$1, %edx	#,
	movq	%r11, %rdi	# pl,
	movl	%r13d, (%rsp)	# i, %sfp
	call	successors	#
.LVL295:
.LBB280:
# dispatch/compiled/compiled.c:222:         for (int k = 0; k < ns; k++)
	.loc 1 222 27 view .LVU788
	movl	(%rsp), %esi	# %sfp, i
	testl	%eax, %eax	# ns
.LBE280:
# dispatch/compiled/compiled.c:221:         int ns = successors(pl, i, true, s);
	.loc 1 221 18 view .LVU789
	movl	%eax, %ecx	# tmp294, ns
.LVL296:
	.loc 1 222 9 is_stmt 1 view .LVU790
.LBB281:
	.loc 1 222 14 view .LVU791
	.loc 1 222 27 view .LVU792
	jg	.L250	#,
	.loc 1 222 27 is_stmt 0 view .LVU793
	jmp	.L228	#
.LVL297:
	.p2align 4,,10
	.p2align 3
.L276:
	.loc 1 222 27 view .LVU794
.LBE281:
	.loc 1 227 13 is_stmt 1 view .LVU795
.LBB282:
	.loc 1 227 13 view .LVU796
	.loc 1 227 13 view .LVU797
	movq	64(%r11), %rax	# pl_127(D)->retno, pl_127(D)->retno
	movq	80(%r11), %rdx	# pl_127(D)->nctx, pl_127(D)->nctx
	movl	(%rax,%r13,4), %eax	# *_52, _181
	leaq	(%rdx,%rax,4), %r13	#, _192
.LVL298:
	.loc 1 227 13 is_stmt 0 view .LVU798
	movl	0(%r13), %edx	# *_192,
	testl	%edx, %edx	#
	je	.L235	#,
.LBB283:
	.loc 1 227 13 view .LVU799
	movq	72(%r11), %r14	# pl_127(D)->ctxs, _53
.LVL299:
	.loc 1 227 13 view .LVU800
	movq	%rax, %r12	# _181, tmp262
	movq	48(%r11), %r9	# pl_127(D)->first, _59
.LBE283:
	xorl	%r8d, %r8d	# x_
.LBB288:
	salq	$4, %r12	#, tmp262
.LBE288:
	movq	%r14, (%rsp)	# _53, %sfp
.LBB289:
	addq	%rax, %r12	# _181, tmp263
.LVL300:
	.p2align 4,,10
	.p2align 3
.L244:
	.loc 1 227 13 view .LVU801
.LBE289:
	.loc 1 227 13 is_stmt 1 discriminator 8 view .LVU802
.LBB290:
	.loc 1 227 13 discriminator 8 view .LVU803
	movq	(%rsp), %rcx	# %sfp, _53
	movl	%r8d, %eax	# x_, x_
	addq	%r12, %rax	# tmp263, tmp265
	movl	(%rcx,%rax,4), %eax	# *_58,
	movq	%rax, %rdx	#,
.LVL301:
	.loc 1 227 13 is_stmt 0 discriminator 8 view .LVU804
	movl	(%r9,%rax,4), %eax	# *_62, j_
.LVL302:
	.loc 1 227 13 is_stmt 1 discriminator 8 view .LVU805
	addl	$1, %edx	#, tmp268
.LVL303:
	.loc 1 227 13 is_stmt 0 discriminator 8 view .LVU806
	leaq	(%r9,%rdx,4), %rcx	#, _187
.LVL304:
	.loc 1 227 13 discriminator 8 view .LVU807
	cmpl	(%rcx), %eax	# *_187, j_
	jnb	.L238	#,
# dispatch/compiled/compiled.c:227:             FOR_RET_SITES(pl, i, call)
	.loc 1 227 13 view .LVU808
	movq	56(%r11), %rsi	# pl_127(D)->site, _80
	jmp	.L239	#
.LVL305:
	.p2align 4,,10
	.p2align 3
.L243:
	.loc 1 227 13 is_stmt 1 discriminator 3 view .LVU809
	addl	$1, %eax	#, j_
.LVL306:
	.loc 1 227 13 discriminator 3 view .LVU810
	cmpl	(%rcx), %eax	# *_187, j_
	jnb	.L238	#,
.LVL307:
.L239:
# dispatch/compiled/compiled.c:227:             FOR_RET_SITES(pl, i, call)
	.loc 1 227 13 is_stmt 0 discriminator 4 view .LVU811
	movl	%eax, %edx	# j_, j_
	movl	(%rsi,%rdx,4), %edi	# *_83,
	movq	%rdi, %rdx	#,
.LVL308:
	.loc 1 228 17 is_stmt 1 discriminator 4 view .LVU812
# dispatch/compiled/compiled.c:228:                 if ((pl->flag[call] & REACH_V) && call + 1 < pl->n) {
	.loc 1 228 20 is_stmt 0 discriminator 4 view .LVU813
	testb	$1, (%r10,%rdi,2)	#, *_66
	je	.L243	#,
# dispatch/compiled/compiled.c:228:                 if ((pl->flag[call] & REACH_V) && call + 1 < pl->n) {
	.loc 1 228 56 discriminator 1 view .LVU814
	addl	$1, %edx	#, _68
# dispatch/compiled/compiled.c:228:                 if ((pl->flag[call] & REACH_V) && call + 1 < pl->n) {
	.loc 1 228 48 discriminator 1 view .LVU815
	cmpl	8(%r11), %edx	# pl_127(D)->n, _68
	jnb	.L243	#,
	.loc 1 229 21 is_stmt 1 view .LVU816
# dispatch/compiled/compiled.c:229:                     pl->flag[call + 1] |= LABEL_C;
	.loc 1 229 29 is_stmt 0 view .LVU817
	movl	%edx, %edi	# _68, _68
.LVL309:
	.loc 1 229 29 view .LVU818
	leaq	(%r10,%rdi,2), %r14	#, _72
	movzwl	(%r14), %edi	# *_72, _73
	.loc 1 230 21 is_stmt 1 view .LVU819
.LVL310:
.LBB284:
.LBI284:
	.loc 1 194 13 view .LVU820
.LBB285:
	.loc 1 196 5 view .LVU821
# dispatch/compiled/compiled.c:196:     if (!(pl->flag[j] & REACH(c))) {
	.loc 1 196 8 is_stmt 0 view .LVU822
	testb	$2, %dil	#, _73
	je	.L241	#,
.LBE285:
.LBE284:
# dispatch/compiled/compiled.c:229:                     pl->flag[call + 1] |= LABEL_C;
	.loc 1 229 40 view .LVU823
	orl	$8, %edi	#, tmp273
# dispatch/compiled/compiled.c:227:             FOR_RET_SITES(pl, i, call)
	.loc 1 227 13 view .LVU824
	addl	$1, %eax	#, j_
.LVL311:
# dispatch/compiled/compiled.c:229:                     pl->flag[call + 1] |= LABEL_C;
	.loc 1 229 40 view .LVU825
	movw	%di, (%r14)	# tmp273, *_72
.LVL312:
	.loc 1 227 13 is_stmt 1 view .LVU826
	.loc 1 227 13 view .LVU827
	cmpl	(%rcx), %eax	# *_187, j_
	jb	.L239	#,
.LVL313:
	.p2align 4,,10
	.p2align 3
.L238:
	.loc 1 227 13 is_stmt 0 view .LVU828
.LBE290:
	.loc 1 227 13 is_stmt 1 discriminator 6 view .LVU829
	addl	$1, %r8d	#, x_
.LVL314:
	.loc 1 227 13 discriminator 6 view .LVU830
	cmpl	0(%r13), %r8d	# *_192, x_
	jb	.L244	#,
	.loc 1 227 13 is_stmt 0 discriminator 6 view .LVU831
	jmp	.L235	#
.LVL315:
	.p2align 4,,10
	.p2align 3
.L241:
.LBB291:
.LBB287:
.LBB286:
	.loc 1 197 9 is_stmt 1 view .LVU832
# dispatch/compiled/compiled.c:197:         pl->flag[j] |= REACH(c);
	.loc 1 197 21 is_stmt 0 view .LVU833
	orl	$10, %edi	#, tmp274
	movw	%di, (%r14)	# tmp274, *_72
	.loc 1 198 9 is_stmt 1 view .LVU834
.LVL316:
# dispatch/compiled/compiled.c:198:         work[(*nw)++] = j;
	.loc 1 198 19 is_stmt 0 view .LVU835
	movl	%ebx, %edi	# nw, nw
	addl	$1, %ebx	#, nw
.LVL317:
# dispatch/compiled/compiled.c:198:         work[(*nw)++] = j;
	.loc 1 198 23 view .LVU836
	movl	%edx, 0(%rbp,%rdi,4)	# _68, *_191
.LVL318:
	.loc 1 198 23 view .LVU837
	jmp	.L243	#
.LVL319:
.L275:
	.loc 1 198 23 view .LVU838
.LBE286:
.LBE287:
.LBE291:
.LBE282:
# dispatch/compiled/compiled.c:219:         if (f == FLOW_CALL && i + 1 < pl->n)
	.loc 1 219 33 discriminator 1 view .LVU839
	leal	1(%r13), %eax	#,
# dispatch/compiled/compiled.c:219:         if (f == FLOW_CALL && i + 1 < pl->n)
	.loc 1 219 28 discriminator 1 view .LVU840
	cmpl	8(%r11), %eax	# pl_127(D)->n, _36
	jnb	.L227	#,
	.loc 1 220 13 is_stmt 1 view .LVU841
# dispatch/compiled/compiled.c:220:             pl->flag[i + 1] |= LABEL(c);        /* a return point */
	.loc 1 220 29 is_stmt 0 view .LVU842
	orw	%cx, (%r10,%rax,2)	# tmp228, *_40
	jmp	.L227	#
.LVL320:
.L277:
.LBB292:
	.loc 1 234 46 is_stmt 1 view .LVU843
	cmpl	$1, 8(%r11)	#, pl_127(D)->n
	jbe	.L252	#,
	.loc 1 234 46 is_stmt 0 view .LVU844
	xorl	%eax, %eax	# ivtmp.247
# dispatch/compiled/compiled.c:234:             for (uint32_t call = 0; call + 1 < pl->n; call++)
	.loc 1 234 42 view .LVU845
	movl	$1, %edx	#, _102
	jmp	.L248	#
.LVL321:
	.p2align 4,,10
	.p2align 3
.L247:
	.loc 1 234 46 is_stmt 1 discriminator 1 view .LVU846
# dispatch/compiled/compiled.c:234:             for (uint32_t call = 0; call + 1 < pl->n; call++)
	.loc 1 234 42 is_stmt 0 discriminator 1 view .LVU847
	addl	$1, %edx	#, _102
.LVL322:
# dispatch/compiled/compiled.c:234:             for (uint32_t call = 0; call + 1 < pl->n; call++)
	.loc 1 234 46 discriminator 1 view .LVU848
	addq	$1, %rax	#, ivtmp.247
	cmpl	8(%r11), %edx	# pl_127(D)->n, _102
	jnb	.L252	#,
.LVL323:
.L248:
	.loc 1 235 17 is_stmt 1 view .LVU849
# dispatch/compiled/compiled.c:235:                 if (pl->op[call] == OP_CALL && (pl->flag[call] & REACH_V)) {
	.loc 1 235 20 is_stmt 0 view .LVU850
	cmpb	$28, (%r12,%rax)	#, MEM[(uint8_t *)_18 + ivtmp.247_284 * 1]
	jne	.L247	#,
# dispatch/compiled/compiled.c:235:                 if (pl->op[call] == OP_CALL && (pl->flag[call] & REACH_V)) {
	.loc 1 235 45 discriminator 1 view .LVU851
	testb	$1, (%r10,%rax,2)	#, MEM[(uint16_t *)_1 + ivtmp.247_284 * 2]
	je	.L247	#,
	.loc 1 236 21 is_stmt 1 view .LVU852
# dispatch/compiled/compiled.c:236:                     pl->flag[call + 1] |= LABEL_C;
	.loc 1 236 29 is_stmt 0 view .LVU853
	movl	%edx, %ecx	# _102, _102
	leaq	(%r10,%rcx,2), %rsi	#, _99
	movzwl	(%rsi), %ecx	# *_99, _100
	.loc 1 237 21 is_stmt 1 view .LVU854
.LVL324:
.LBB293:
.LBI293:
	.loc 1 194 13 view .LVU855
.LBB294:
	.loc 1 196 5 view .LVU856
# dispatch/compiled/compiled.c:196:     if (!(pl->flag[j] & REACH(c))) {
	.loc 1 196 8 is_stmt 0 view .LVU857
	testb	$2, %cl	#, _100
	jne	.L278	#,
	.loc 1 197 9 is_stmt 1 view .LVU858
# dispatch/compiled/compiled.c:197:         pl->flag[j] |= REACH(c);
	.loc 1 197 21 is_stmt 0 view .LVU859
	orl	$10, %ecx	#, tmp286
.LBE294:
.LBE293:
# dispatch/compiled/compiled.c:234:             for (uint32_t call = 0; call + 1 < pl->n; call++)
	.loc 1 234 46 view .LVU860
	addq	$1, %rax	#, ivtmp.247
.LBB297:
.LBB295:
# dispatch/compiled/compiled.c:197:         pl->flag[j] |= REACH(c);
	.loc 1 197 21 view .LVU861
	movw	%cx, (%rsi)	# tmp286, *_99
	.loc 1 198 9 is_stmt 1 view .LVU862
.LVL325:
# dispatch/compiled/compiled.c:198:         work[(*nw)++] = j;
	.loc 1 198 19 is_stmt 0 view .LVU863
	movl	%ebx, %ecx	# nw, nw
	addl	$1, %ebx	#, nw
.LVL326:
	.loc 1 198 19 view .LVU864
.LBE295:
.LBE297:
	.loc 1 234 46 is_stmt 1 view .LVU865
.LBB298:
.LBB296:
# dispatch/compiled/compiled.c:198:         work[(*nw)++] = j;
	.loc 1 198 23 is_stmt 0 view .LVU866
	movl	%edx, 0(%rbp,%rcx,4)	# _102, *_207
.LBE296:
.LBE298:
# dispatch/compiled/compiled.c:234:             for (uint32_t call = 0; call + 1 < pl->n; call++)
	.loc 1 234 42 view .LVU867
	addl	$1, %edx	#, _102
.LVL327:
# dispatch/compiled/compiled.c:234:             for (uint32_t call = 0; call + 1 < pl->n; call++)
	.loc 1 234 46 view .LVU868
	cmpl	8(%r11), %edx	# pl_127(D)->n, _102
	jb	.L248	#,
.LVL328:
.L252:
	.loc 1 234 46 view .LVU869
	movb	$1, 23(%rsp)	#, %sfp
.LVL329:
	.loc 1 234 46 view .LVU870
	jmp	.L235	#
.LVL330:
.L278:
# dispatch/compiled/compiled.c:236:                     pl->flag[call + 1] |= LABEL_C;
	.loc 1 236 40 view .LVU871
	orl	$8, %ecx	#, tmp285
	movw	%cx, (%rsi)	# tmp285, *_99
	jmp	.L247	#
.LVL331:
.L272:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	.cfi_restore 14
	.cfi_restore 15
	.loc 1 236 40 view .LVU872
	ret	
.LBE292:
.LBE300:
	.cfi_endproc
.LFE28:
	.size	reach, .-reach
	.section	.rodata.str1.8
	.align 8
.LC43:
	.string	"program too large for compilation (%u instructions, at most %d)"
	.section	.rodata.str1.1
.LC44:
	.string	"dl_compiled_run"
	.text
	.p2align 4
	.type	prepare, @function
prepare:
.LVL332:
.LFB50:
	.loc 1 783 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 784 5 view .LVU874
# dispatch/compiled/compiled.c:783: {
	.loc 1 783 1 is_stmt 0 view .LVU875
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
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
	subq	$280, %rsp	#,
	.cfi_def_cfa_offset 336
# dispatch/compiled/compiled.c:784:     failure.text[0] = 0;
	.loc 1 784 21 view .LVU876
	movb	$0, %fs:failure@tpoff	#, failure.text[0]
	.loc 1 785 5 is_stmt 1 view .LVU877
# dispatch/compiled/compiled.c:785:     if (p->count > COMPILE_MAX_INSNS) {
	.loc 1 785 10 is_stmt 0 view .LVU878
	movl	20(%rdi), %eax	# p_10(D)->count, _1
	movl	%eax, 16(%rsp)	# _1, %sfp
# dispatch/compiled/compiled.c:785:     if (p->count > COMPILE_MAX_INSNS) {
	.loc 1 785 8 view .LVU879
	cmpl	$8192, %eax	#, _1
	ja	.L492	#,
	movq	%rdi, %rbp	# tmp948, p
	.loc 1 790 5 is_stmt 1 view .LVU880
	.loc 1 791 5 view .LVU881
# dispatch/compiled/compiled.c:791:     struct compiled *c = calloc(1, sizeof *c);
	.loc 1 791 26 is_stmt 0 view .LVU882
	movl	$24, %esi	#,
	movl	$1, %edi	#,
.LVL333:
	.loc 1 791 26 view .LVU883
	call	calloc	#
.LVL334:
	movq	%rax, 40(%rsp)	# <retval>, %sfp
.LVL335:
	.loc 1 792 5 is_stmt 1 view .LVU884
# dispatch/compiled/compiled.c:792:     if (!c || plan_make(&pl, p) < 0) {
	.loc 1 792 8 is_stmt 0 view .LVU885
	testq	%rax, %rax	# <retval>
	je	.L282	#,
.LVL336:
.LBB391:
.LBI391:
	.loc 1 353 12 is_stmt 1 view .LVU886
.LBB392:
	.loc 1 355 5 view .LVU887
	.loc 1 356 5 view .LVU888
# dispatch/compiled/compiled.c:356:     *pl = (struct plan){ .p = p, .n = n };
	.loc 1 356 9 is_stmt 0 view .LVU889
	xorl	%eax, %eax	# tmp564
.LVL337:
	.loc 1 356 9 view .LVU890
	leaq	160(%rsp), %rdi	#, tmp568
	movl	$13, %ecx	#, tmp570
	movq	$0, 156(%rsp)	#,
	movq	$0, 256(%rsp)	#,
	movl	16(%rsp), %r15d	# %sfp,
	rep stosq
	movq	%rbp, 144(%rsp)	# p, pl.p
# dispatch/compiled/compiled.c:357:     pl->op = malloc(n);
	.loc 1 357 14 view .LVU891
	movq	%r15, %rdi	# _24,
# dispatch/compiled/compiled.c:356:     *pl = (struct plan){ .p = p, .n = n };
	.loc 1 356 9 view .LVU892
	movl	%r15d, 152(%rsp)	# _1, pl.n
	.loc 1 357 5 is_stmt 1 view .LVU893
# dispatch/compiled/compiled.c:360:     pl->h = malloc((size_t)n * sizeof *pl->h);
	.loc 1 360 13 is_stmt 0 view .LVU894
	leaq	0(,%r15,4), %r13	#, _28
# dispatch/compiled/compiled.c:357:     pl->op = malloc(n);
	.loc 1 357 14 view .LVU895
	call	malloc	#
.LVL338:
# dispatch/compiled/compiled.c:358:     pl->flag = calloc(n, sizeof *pl->flag);
	.loc 1 358 16 view .LVU896
	movl	$2, %esi	#,
	movq	%r15, %rdi	# _24,
# dispatch/compiled/compiled.c:357:     pl->op = malloc(n);
	.loc 1 357 14 view .LVU897
	movq	%rax, %r12	# tmp950, pretmp_1142
# dispatch/compiled/compiled.c:357:     pl->op = malloc(n);
	.loc 1 357 12 view .LVU898
	movq	%rax, 160(%rsp)	# pretmp_1142, pl.op
	.loc 1 358 5 is_stmt 1 view .LVU899
# dispatch/compiled/compiled.c:358:     pl->flag = calloc(n, sizeof *pl->flag);
	.loc 1 358 16 is_stmt 0 view .LVU900
	call	calloc	#
.LVL339:
# dispatch/compiled/compiled.c:359:     pl->target = calloc(n, sizeof *pl->target);
	.loc 1 359 18 view .LVU901
	movl	$4, %esi	#,
	movq	%r15, %rdi	# _24,
# dispatch/compiled/compiled.c:358:     pl->flag = calloc(n, sizeof *pl->flag);
	.loc 1 358 14 view .LVU902
	movq	%rax, 168(%rsp)	# tmp572, pl.flag
	movq	%rax, 32(%rsp)	# tmp572, %sfp
	.loc 1 359 5 is_stmt 1 view .LVU903
# dispatch/compiled/compiled.c:359:     pl->target = calloc(n, sizeof *pl->target);
	.loc 1 359 18 is_stmt 0 view .LVU904
	call	calloc	#
.LVL340:
# dispatch/compiled/compiled.c:360:     pl->h = malloc((size_t)n * sizeof *pl->h);
	.loc 1 360 13 view .LVU905
	movq	%r13, %rdi	# _28,
# dispatch/compiled/compiled.c:359:     pl->target = calloc(n, sizeof *pl->target);
	.loc 1 359 16 view .LVU906
	movq	%rax, 176(%rsp)	# tmp573, pl.target
	movq	%rax, 24(%rsp)	# tmp573, %sfp
	.loc 1 360 5 is_stmt 1 view .LVU907
# dispatch/compiled/compiled.c:360:     pl->h = malloc((size_t)n * sizeof *pl->h);
	.loc 1 360 13 is_stmt 0 view .LVU908
	call	malloc	#
.LVL341:
# dispatch/compiled/compiled.c:361:     pl->first = calloc((size_t)n + 2, sizeof *pl->first);
	.loc 1 361 17 view .LVU909
	movl	$4, %esi	#,
	leaq	2(%r15), %rdi	#, tmp575
# dispatch/compiled/compiled.c:360:     pl->h = malloc((size_t)n * sizeof *pl->h);
	.loc 1 360 11 view .LVU910
	movq	%rax, 184(%rsp)	# tmp574, pl.h
	movq	%rax, 8(%rsp)	# tmp574, %sfp
	.loc 1 361 5 is_stmt 1 view .LVU911
# dispatch/compiled/compiled.c:361:     pl->first = calloc((size_t)n + 2, sizeof *pl->first);
	.loc 1 361 17 is_stmt 0 view .LVU912
	call	calloc	#
.LVL342:
.LBB393:
.LBB394:
# dispatch/compiled/compiled.c:133:     return malloc(((size_t)n + 1) * 2 * sizeof(uint32_t));
	.loc 1 133 12 view .LVU913
	leaq	8(,%r15,8), %rdi	#, tmp578
.LBE394:
.LBE393:
# dispatch/compiled/compiled.c:361:     pl->first = calloc((size_t)n + 2, sizeof *pl->first);
	.loc 1 361 17 view .LVU914
	movq	%rax, %r14	# tmp954, _31
# dispatch/compiled/compiled.c:361:     pl->first = calloc((size_t)n + 2, sizeof *pl->first);
	.loc 1 361 15 view .LVU915
	movq	%rax, 192(%rsp)	# _31, pl.first
	.loc 1 362 5 is_stmt 1 view .LVU916
.LVL343:
.LBB397:
.LBI393:
	.loc 1 131 18 view .LVU917
.LBB395:
	.loc 1 133 5 view .LVU918
# dispatch/compiled/compiled.c:133:     return malloc(((size_t)n + 1) * 2 * sizeof(uint32_t));
	.loc 1 133 12 is_stmt 0 view .LVU919
	call	malloc	#
.LVL344:
.LBE395:
.LBE397:
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 17 view .LVU920
	movq	32(%rsp), %r8	# %sfp, tmp572
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 8 view .LVU921
	testq	%r12, %r12	# pretmp_1142
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 30 view .LVU922
	movq	24(%rsp), %rcx	# %sfp, tmp573
.LBB398:
.LBB396:
# dispatch/compiled/compiled.c:133:     return malloc(((size_t)n + 1) * 2 * sizeof(uint32_t));
	.loc 1 133 12 view .LVU923
	movq	%rax, %rbx	# tmp955, _34
.LVL345:
	.loc 1 133 12 view .LVU924
.LBE396:
.LBE398:
	.loc 1 363 5 is_stmt 1 view .LVU925
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 8 is_stmt 0 view .LVU926
	sete	%al	#, tmp581
.LVL346:
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 45 view .LVU927
	movq	8(%rsp), %rdx	# %sfp, tmp574
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 17 view .LVU928
	testq	%r8, %r8	# tmp572
	sete	%sil	#, tmp583
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 69 view .LVU929
	orl	%esi, %eax	# tmp583, tmp584
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 30 view .LVU930
	testq	%rcx, %rcx	# tmp573
	sete	%cl	#, tmp586
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 69 view .LVU931
	orl	%ecx, %eax	# tmp586, tmp587
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 45 view .LVU932
	testq	%rdx, %rdx	# tmp574
	sete	%dl	#, tmp589
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 69 view .LVU933
	orl	%edx, %eax	# tmp589, tmp590
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 55 view .LVU934
	testq	%r14, %r14	# _31
	sete	%dl	#, tmp592
# dispatch/compiled/compiled.c:363:     if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
	.loc 1 363 69 view .LVU935
	orb	%dl, %al	# tmp592, tmp970
	jne	.L283	#,
	testq	%rbx, %rbx	# _34
	je	.L283	#,
.LVL347:
.LBB399:
	.loc 1 366 28 is_stmt 1 view .LVU936
	movl	16(%rsp), %r9d	# %sfp,
	testl	%r9d, %r9d	#
	je	.L384	#,
	xorl	%eax, %eax	# ivtmp.434
.LBE399:
# dispatch/compiled/compiled.c:365:     uint32_t ncalls = 0;
	.loc 1 365 14 is_stmt 0 view .LVU937
	xorl	%esi, %esi	# ncalls
	jmp	.L288	#
.LVL348:
.L493:
.LBB403:
.LBB400:
# dispatch/compiled/compiled.c:368:         pl->op[i] = ins[0];
	.loc 1 368 11 view .LVU938
	movq	160(%rsp), %r12	# pl.op, pretmp_1142
.LVL349:
.L288:
	.loc 1 367 9 is_stmt 1 view .LVU939
# dispatch/compiled/compiled.c:367:         const uint8_t *ins = p->code + p->offset[i];
	.loc 1 367 49 is_stmt 0 view .LVU940
	movq	32(%rbp), %rdx	# p_10(D)->offset, p_10(D)->offset
	leaq	0(,%rax,4), %rdi	#, _1011
	movl	(%rdx,%rax,4), %edx	# *_40, *_40
# dispatch/compiled/compiled.c:367:         const uint8_t *ins = p->code + p->offset[i];
	.loc 1 367 24 view .LVU941
	addq	8(%rbp), %rdx	# p_10(D)->code, ins
.LVL350:
	.loc 1 368 9 is_stmt 1 view .LVU942
# dispatch/compiled/compiled.c:368:         pl->op[i] = ins[0];
	.loc 1 368 24 is_stmt 0 view .LVU943
	movzbl	(%rdx), %ecx	# *ins_43,
# dispatch/compiled/compiled.c:368:         pl->op[i] = ins[0];
	.loc 1 368 19 view .LVU944
	movb	%cl, (%r12,%rax)	# _46, *_45
	.loc 1 369 9 is_stmt 1 view .LVU945
# dispatch/compiled/compiled.c:369:         if (opinfo[ins[0]].operand == OPND_LABEL)
	.loc 1 369 27 is_stmt 0 view .LVU946
	leaq	(%rcx,%rcx,4), %rcx	#, tmp604
# dispatch/compiled/compiled.c:369:         if (opinfo[ins[0]].operand == OPND_LABEL)
	.loc 1 369 12 view .LVU947
	cmpl	$2, opinfo+8(,%rcx,8)	#, opinfo[_47].operand
	jne	.L285	#,
	.loc 1 370 13 is_stmt 1 view .LVU948
.LVL351:
.LBB401:
.LBI401:
	.loc 2 97 24 view .LVU949
.LBB402:
	.loc 2 99 5 view .LVU950
	.loc 2 100 5 view .LVU951
	.loc 2 104 5 view .LVU952
	.loc 2 104 5 is_stmt 0 view .LVU953
.LBE402:
.LBE401:
# dispatch/compiled/compiled.c:370:             pl->target[i] = p->ord[read_label(ins + 1)];
	.loc 1 370 35 view .LVU954
	movq	24(%rbp), %rcx	# p_10(D)->ord, p_10(D)->ord
# dispatch/compiled/compiled.c:370:             pl->target[i] = p->ord[read_label(ins + 1)];
	.loc 1 370 36 view .LVU955
	movl	1(%rdx), %r8d	# MEM <unsigned int> [(char * {ref-all})ins_43 + 1B], MEM <unsigned int> [(char * {ref-all})ins_43 + 1B]
# dispatch/compiled/compiled.c:370:             pl->target[i] = p->ord[read_label(ins + 1)];
	.loc 1 370 35 view .LVU956
	movl	(%rcx,%r8,4), %r8d	# *_53, _56
# dispatch/compiled/compiled.c:370:             pl->target[i] = p->ord[read_label(ins + 1)];
	.loc 1 370 27 view .LVU957
	movq	176(%rsp), %rcx	# pl.target, pl.target
	movl	%r8d, (%rcx,%rax,4)	# _56, *_55
.LVL352:
.L285:
	.loc 1 371 9 is_stmt 1 view .LVU958
# dispatch/compiled/compiled.c:371:         if (opinfo[ins[0]].flow == FLOW_CALL) {
	.loc 1 371 27 is_stmt 0 view .LVU959
	movzbl	(%rdx), %edx	# *ins_43, *ins_43
.LVL353:
	.loc 1 371 27 view .LVU960
	leaq	(%rdx,%rdx,4), %rdx	#, tmp616
# dispatch/compiled/compiled.c:371:         if (opinfo[ins[0]].flow == FLOW_CALL) {
	.loc 1 371 12 view .LVU961
	cmpl	$3, opinfo+16(,%rdx,8)	#, opinfo[_58].flow
	jne	.L286	#,
	.loc 1 372 13 is_stmt 1 view .LVU962
# dispatch/compiled/compiled.c:372:             pl->first[pl->target[i] + 1]++;
	.loc 1 372 33 is_stmt 0 view .LVU963
	movq	176(%rsp), %rdx	# pl.target, pl.target
# dispatch/compiled/compiled.c:373:             ncalls++;
	.loc 1 373 19 view .LVU964
	addl	$1, %esi	#, ncalls
.LVL354:
# dispatch/compiled/compiled.c:372:             pl->first[pl->target[i] + 1]++;
	.loc 1 372 37 view .LVU965
	movl	(%rdx,%rdi), %edx	# *_62, *_62
	leal	1(%rdx), %ecx	#, tmp623
# dispatch/compiled/compiled.c:372:             pl->first[pl->target[i] + 1]++;
	.loc 1 372 22 view .LVU966
	movq	192(%rsp), %rdx	# pl.first, pl.first
# dispatch/compiled/compiled.c:372:             pl->first[pl->target[i] + 1]++;
	.loc 1 372 41 view .LVU967
	addl	$1, (%rdx,%rcx,4)	#, *_67
	.loc 1 373 13 is_stmt 1 view .LVU968
.LVL355:
.L286:
	.loc 1 373 13 is_stmt 0 view .LVU969
.LBE400:
	.loc 1 366 34 is_stmt 1 view .LVU970
	.loc 1 366 28 view .LVU971
	addq	$1, %rax	#, ivtmp.434
.LVL356:
	.loc 1 366 28 is_stmt 0 view .LVU972
	cmpq	%rax, %r15	# ivtmp.434, _24
	jne	.L493	#,
	.loc 1 366 28 view .LVU973
.LBE403:
.LBB404:
# dispatch/compiled/compiled.c:379:         pl->first[t + 1] += pl->first[t];
	.loc 1 379 11 view .LVU974
	movq	192(%rsp), %r14	# pl.first, _31
	movl	(%r14), %eax	# *_73, D__lsm0.288
	movq	%r14, %rdx	# _31, ivtmp.429
	leaq	0(%r13,%r14), %rcx	#, _1014
.L289:
.LVL357:
	.loc 1 379 9 is_stmt 1 view .LVU975
# dispatch/compiled/compiled.c:379:         pl->first[t + 1] += pl->first[t];
	.loc 1 379 26 is_stmt 0 view .LVU976
	addl	4(%rdx), %eax	# MEM[(uint32_t *)_1019 + 4B], D__lsm0.288
# dispatch/compiled/compiled.c:378:     for (uint32_t t = 0; t < n; t++)
	.loc 1 378 28 view .LVU977
	addq	$4, %rdx	#, ivtmp.429
.LVL358:
# dispatch/compiled/compiled.c:379:         pl->first[t + 1] += pl->first[t];
	.loc 1 379 26 view .LVU978
	movl	%eax, (%rdx)	# D__lsm0.288, MEM[(uint32_t *)_1019 + 4B]
	.loc 1 378 34 is_stmt 1 view .LVU979
.LVL359:
	.loc 1 378 28 view .LVU980
	cmpq	%rdx, %rcx	# ivtmp.429, _1014
	jne	.L289	#,
.LBE404:
# dispatch/compiled/compiled.c:381:     pl->site = malloc(((size_t)ncalls + 1) * sizeof *pl->site);
	.loc 1 381 24 is_stmt 0 view .LVU981
	movl	%esi, %eax	# ncalls, ncalls
# dispatch/compiled/compiled.c:381:     pl->site = malloc(((size_t)ncalls + 1) * sizeof *pl->site);
	.loc 1 381 16 view .LVU982
	leaq	4(,%rax,4), %rdi	#, prephitmp_1152
.LVL360:
.L284:
	.loc 1 380 5 is_stmt 1 view .LVU983
# dispatch/compiled/compiled.c:380:     pl->first[n + 1] = pl->first[n];
	.loc 1 380 33 is_stmt 0 view .LVU984
	movl	(%r14,%r15,4), %eax	# *_86, _90
# dispatch/compiled/compiled.c:380:     pl->first[n + 1] = pl->first[n];
	.loc 1 380 14 view .LVU985
	leaq	4(%r13), %r12	#, _88
# dispatch/compiled/compiled.c:380:     pl->first[n + 1] = pl->first[n];
	.loc 1 380 22 view .LVU986
	movl	%eax, 4(%r14,%r13)	# _90, *_89
	.loc 1 381 5 is_stmt 1 view .LVU987
# dispatch/compiled/compiled.c:381:     pl->site = malloc(((size_t)ncalls + 1) * sizeof *pl->site);
	.loc 1 381 16 is_stmt 0 view .LVU988
	call	malloc	#
.LVL361:
# dispatch/compiled/compiled.c:382:     uint32_t *fill = malloc(((size_t)n + 1) * sizeof *fill);
	.loc 1 382 22 view .LVU989
	movq	%r12, %rdi	# _88,
# dispatch/compiled/compiled.c:381:     pl->site = malloc(((size_t)ncalls + 1) * sizeof *pl->site);
	.loc 1 381 14 view .LVU990
	movq	%rax, 200(%rsp)	# _95, pl.site
	.loc 1 382 5 is_stmt 1 view .LVU991
# dispatch/compiled/compiled.c:381:     pl->site = malloc(((size_t)ncalls + 1) * sizeof *pl->site);
	.loc 1 381 16 is_stmt 0 view .LVU992
	movq	%rax, %r13	# tmp956, _95
# dispatch/compiled/compiled.c:382:     uint32_t *fill = malloc(((size_t)n + 1) * sizeof *fill);
	.loc 1 382 22 view .LVU993
	call	malloc	#
.LVL362:
	movq	%rax, %rdi	# tmp957, fill
.LVL363:
	.loc 1 383 5 is_stmt 1 view .LVU994
# dispatch/compiled/compiled.c:383:     if (!pl->site || !fill) {
	.loc 1 383 19 is_stmt 0 view .LVU995
	testq	%rax, %rax	# fill
	je	.L490	#,
	testq	%r13, %r13	# _95
	je	.L490	#,
	.loc 1 387 5 is_stmt 1 view .LVU996
	movq	%r12, %rdx	# _88,
	movq	%r14, %rsi	# _31,
	call	memcpy	#
.LVL364:
.LBB405:
# dispatch/compiled/compiled.c:388:     for (uint32_t i = 0; i < n; i++)
	.loc 1 388 28 is_stmt 0 view .LVU997
	movl	16(%rsp), %r8d	# %sfp,
.LBE405:
# dispatch/compiled/compiled.c:387:     memcpy(fill, pl->first, ((size_t)n + 1) * sizeof *fill);
	.loc 1 387 5 view .LVU998
	movq	%rax, %rdi	#, fill
	.loc 1 388 5 is_stmt 1 view .LVU999
.LBB406:
	.loc 1 388 10 view .LVU1000
.LVL365:
	.loc 1 388 28 view .LVU1001
	testl	%r8d, %r8d	#
	je	.L298	#,
# dispatch/compiled/compiled.c:389:         if (opinfo[pl->op[i]].flow == FLOW_CALL)
	.loc 1 389 22 is_stmt 0 view .LVU1002
	movq	160(%rsp), %r8	# pl.op, _98
# dispatch/compiled/compiled.c:390:             pl->site[fill[pl->target[i]]++] = i;
	.loc 1 390 29 view .LVU1003
	movq	176(%rsp), %rsi	# pl.target, _105
	xorl	%eax, %eax	# ivtmp.420
.LVL366:
.L297:
	.loc 1 389 9 is_stmt 1 view .LVU1004
# dispatch/compiled/compiled.c:389:         if (opinfo[pl->op[i]].flow == FLOW_CALL)
	.loc 1 389 30 is_stmt 0 view .LVU1005
	movzbl	(%r8,%rax), %edx	# MEM[(uint8_t *)_98 + ivtmp.420_1026 * 1], MEM[(uint8_t *)_98 + ivtmp.420_1026 * 1]
	leaq	(%rdx,%rdx,4), %rdx	#, tmp654
# dispatch/compiled/compiled.c:389:         if (opinfo[pl->op[i]].flow == FLOW_CALL)
	.loc 1 389 12 view .LVU1006
	cmpl	$3, opinfo+16(,%rdx,8)	#, opinfo[_103].flow
	jne	.L296	#,
	.loc 1 390 13 is_stmt 1 view .LVU1007
# dispatch/compiled/compiled.c:390:             pl->site[fill[pl->target[i]]++] = i;
	.loc 1 390 37 is_stmt 0 view .LVU1008
	movl	(%rsi,%rax,4), %edx	# MEM[(uint32_t *)_105 + ivtmp.420_1026 * 4], MEM[(uint32_t *)_105 + ivtmp.420_1026 * 4]
# dispatch/compiled/compiled.c:390:             pl->site[fill[pl->target[i]]++] = i;
	.loc 1 390 26 view .LVU1009
	leaq	(%rdi,%rdx,4), %rcx	#, _111
	movl	(%rcx), %edx	# *_111,
# dispatch/compiled/compiled.c:390:             pl->site[fill[pl->target[i]]++] = i;
	.loc 1 390 41 view .LVU1010
	leal	1(%rdx), %r9d	#, tmp660
# dispatch/compiled/compiled.c:390:             pl->site[fill[pl->target[i]]++] = i;
	.loc 1 390 45 view .LVU1011
	movl	%eax, 0(%r13,%rdx,4)	# ivtmp.420, *_116
# dispatch/compiled/compiled.c:390:             pl->site[fill[pl->target[i]]++] = i;
	.loc 1 390 41 view .LVU1012
	movl	%r9d, (%rcx)	# tmp660, *_111
.L296:
	.loc 1 388 34 is_stmt 1 view .LVU1013
.LVL367:
	.loc 1 388 28 view .LVU1014
	addq	$1, %rax	#, ivtmp.420
.LVL368:
	.loc 1 388 28 is_stmt 0 view .LVU1015
	cmpq	%rax, %r15	# ivtmp.420, _24
	jne	.L297	#,
.LVL369:
.L298:
	.loc 1 388 28 view .LVU1016
.LBE406:
	.loc 1 391 5 is_stmt 1 view .LVU1017
	call	free	#
.LVL370:
	.loc 1 392 5 view .LVU1018
.LBB407:
.LBI407:
	.loc 1 247 12 view .LVU1019
.LBB408:
	.loc 1 249 5 view .LVU1020
# dispatch/compiled/compiled.c:249:     const uint32_t n = pl->n;
	.loc 1 249 20 is_stmt 0 view .LVU1021
	movl	152(%rsp), %r13d	# pl.n,
.LVL371:
	.loc 1 250 5 is_stmt 1 view .LVU1022
# dispatch/compiled/compiled.c:250:     uint32_t *stamp = calloc(n, sizeof *stamp);
	.loc 1 250 23 is_stmt 0 view .LVU1023
	movl	$4, %esi	#,
	movq	%r13, %rdi	# _187,
	movl	%r13d, 8(%rsp)	# n, %sfp
	call	calloc	#
.LVL372:
# dispatch/compiled/compiled.c:252:     pl->retno = malloc((size_t)n * sizeof *pl->retno);
	.loc 1 252 17 view .LVU1024
	leaq	0(,%r13,4), %rdi	#, tmp643
# dispatch/compiled/compiled.c:250:     uint32_t *stamp = calloc(n, sizeof *stamp);
	.loc 1 250 23 view .LVU1025
	movq	%rax, %r12	# tmp958, stamp
.LVL373:
	.loc 1 251 5 is_stmt 1 view .LVU1026
	.loc 1 252 5 view .LVU1027
# dispatch/compiled/compiled.c:252:     pl->retno = malloc((size_t)n * sizeof *pl->retno);
	.loc 1 252 17 is_stmt 0 view .LVU1028
	call	malloc	#
.LVL374:
.LBB409:
# dispatch/compiled/compiled.c:253:     for (uint32_t i = 0; pl->retno && i < n; i++)
	.loc 1 253 36 view .LVU1029
	movl	8(%rsp), %edx	# %sfp, n
	testq	%rax, %rax	# _190
.LBE409:
# dispatch/compiled/compiled.c:252:     pl->retno = malloc((size_t)n * sizeof *pl->retno);
	.loc 1 252 15 view .LVU1030
	movq	%rax, 208(%rsp)	# _190, pl.retno
	.loc 1 253 5 is_stmt 1 view .LVU1031
.LBB410:
	.loc 1 253 10 view .LVU1032
.LVL375:
	.loc 1 253 36 view .LVU1033
.LBE410:
# dispatch/compiled/compiled.c:252:     pl->retno = malloc((size_t)n * sizeof *pl->retno);
	.loc 1 252 17 is_stmt 0 view .LVU1034
	movq	%rax, %r9	# tmp959, _190
.LBB411:
# dispatch/compiled/compiled.c:253:     for (uint32_t i = 0; pl->retno && i < n; i++)
	.loc 1 253 36 view .LVU1035
	je	.L393	#,
	testl	%edx, %edx	# n
	je	.L393	#,
# dispatch/compiled/compiled.c:254:         pl->retno[i] = opinfo[pl->op[i]].flow == FLOW_RET ? nrets++ : UINT32_MAX;
	.loc 1 254 33 view .LVU1036
	movq	160(%rsp), %rdi	# pl.op, _191
	xorl	%eax, %eax	# ivtmp.415
.LBE411:
# dispatch/compiled/compiled.c:251:     uint32_t nrets = 0;
	.loc 1 251 14 view .LVU1037
	xorl	%ecx, %ecx	#
.LVL376:
.L300:
.LBB412:
	.loc 1 254 9 is_stmt 1 view .LVU1038
# dispatch/compiled/compiled.c:254:         pl->retno[i] = opinfo[pl->op[i]].flow == FLOW_RET ? nrets++ : UINT32_MAX;
	.loc 1 254 41 is_stmt 0 view .LVU1039
	movzbl	(%rdi,%rax), %esi	# MEM[(uint8_t *)_191 + ivtmp.415_1029 * 1], MEM[(uint8_t *)_191 + ivtmp.415_1029 * 1]
	leaq	(%rsi,%rsi,4), %r8	#, tmp667
# dispatch/compiled/compiled.c:254:         pl->retno[i] = opinfo[pl->op[i]].flow == FLOW_RET ? nrets++ : UINT32_MAX;
	.loc 1 254 69 view .LVU1040
	movl	$-1, %esi	#, iftmp.28_1094
	cmpl	$4, opinfo+16(,%r8,8)	#, opinfo[_1098].flow
	jne	.L299	#,
.LVL377:
# dispatch/compiled/compiled.c:254:         pl->retno[i] = opinfo[pl->op[i]].flow == FLOW_RET ? nrets++ : UINT32_MAX;
	.loc 1 254 66 view .LVU1041
	movl	%ecx, %esi	# nrets, iftmp.28_1094
	addl	$1, %ecx	#,
.LVL378:
.L299:
# dispatch/compiled/compiled.c:254:         pl->retno[i] = opinfo[pl->op[i]].flow == FLOW_RET ? nrets++ : UINT32_MAX;
	.loc 1 254 22 view .LVU1042
	movl	%esi, (%r9,%rax,4)	# iftmp.28_1094, MEM[(uint32_t *)_190 + ivtmp.415_1029 * 4]
	.loc 1 253 47 is_stmt 1 view .LVU1043
.LVL379:
	.loc 1 253 36 view .LVU1044
	addq	$1, %rax	#, ivtmp.415
.LVL380:
	.loc 1 253 36 is_stmt 0 view .LVU1045
	cmpl	%edx, %eax	# n, ivtmp.415
	jb	.L300	#,
.LBE412:
# dispatch/compiled/compiled.c:255:     pl->ctxs = malloc(((size_t)nrets + 1) * (RET_CASES + 1) * sizeof *pl->ctxs);
	.loc 1 255 16 view .LVU1046
	addq	$1, %rcx	#, _1155
.LVL381:
	.loc 1 255 16 view .LVU1047
	movq	%rcx, %rdi	# _1155, tmp673
	salq	$4, %rdi	#, tmp673
	addq	%rcx, %rdi	# _1155, tmp674
	salq	$2, %rdi	#, prephitmp_1158
.LVL382:
.L295:
	.loc 1 255 16 view .LVU1048
	movq	%rcx, 32(%rsp)	# _1155, %sfp
	movq	%r9, 24(%rsp)	# _190, %sfp
	movl	%edx, 8(%rsp)	# n, %sfp
	.loc 1 255 5 is_stmt 1 view .LVU1049
# dispatch/compiled/compiled.c:255:     pl->ctxs = malloc(((size_t)nrets + 1) * (RET_CASES + 1) * sizeof *pl->ctxs);
	.loc 1 255 16 is_stmt 0 view .LVU1050
	call	malloc	#
.LVL383:
# dispatch/compiled/compiled.c:256:     pl->nctx = calloc((size_t)nrets + 1, sizeof *pl->nctx);
	.loc 1 256 16 view .LVU1051
	movq	32(%rsp), %rdi	# %sfp,
	movl	$4, %esi	#,
# dispatch/compiled/compiled.c:255:     pl->ctxs = malloc(((size_t)nrets + 1) * (RET_CASES + 1) * sizeof *pl->ctxs);
	.loc 1 255 14 view .LVU1052
	movq	%rax, 56(%rsp)	# _208, %sfp
	movq	%rax, 216(%rsp)	# _208, pl.ctxs
	.loc 1 256 5 is_stmt 1 view .LVU1053
# dispatch/compiled/compiled.c:256:     pl->nctx = calloc((size_t)nrets + 1, sizeof *pl->nctx);
	.loc 1 256 16 is_stmt 0 view .LVU1054
	call	calloc	#
.LVL384:
# dispatch/compiled/compiled.c:257:     if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
	.loc 1 257 16 view .LVU1055
	movq	24(%rsp), %r9	# %sfp, _190
# dispatch/compiled/compiled.c:256:     pl->nctx = calloc((size_t)nrets + 1, sizeof *pl->nctx);
	.loc 1 256 16 view .LVU1056
	movq	%rax, 48(%rsp)	# _209, %sfp
	movq	%rax, %rsi	# tmp961, _209
# dispatch/compiled/compiled.c:257:     if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
	.loc 1 257 16 view .LVU1057
	testq	%r9, %r9	# _190
# dispatch/compiled/compiled.c:256:     pl->nctx = calloc((size_t)nrets + 1, sizeof *pl->nctx);
	.loc 1 256 14 view .LVU1058
	movq	%rax, 224(%rsp)	# _209, pl.nctx
	.loc 1 257 5 is_stmt 1 view .LVU1059
# dispatch/compiled/compiled.c:257:     if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
	.loc 1 257 16 is_stmt 0 view .LVU1060
	sete	%al	#, tmp679
# dispatch/compiled/compiled.c:257:     if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
	.loc 1 257 8 view .LVU1061
	testq	%r12, %r12	# stamp
	sete	%cl	#, tmp681
# dispatch/compiled/compiled.c:257:     if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
	.loc 1 257 43 view .LVU1062
	orl	%ecx, %eax	# tmp681, tmp682
# dispatch/compiled/compiled.c:257:     if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
	.loc 1 257 30 view .LVU1063
	cmpq	$0, 56(%rsp)	#, %sfp
	sete	%cl	#, tmp684
# dispatch/compiled/compiled.c:257:     if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
	.loc 1 257 43 view .LVU1064
	orb	%cl, %al	# tmp684, tmp971
	jne	.L394	#,
	testq	%rsi, %rsi	# _209
	movl	8(%rsp), %edx	# %sfp, n
	je	.L394	#,
	.loc 1 261 5 is_stmt 1 view .LVU1065
.LBE408:
.LBE407:
.LBB430:
.LBB431:
# dispatch/compiled/compiled.c:306:     pl->h[0] = 0;
	.loc 1 306 7 is_stmt 0 view .LVU1066
	movq	184(%rsp), %rcx	# pl.h, pretmp_1253
.LBE431:
.LBE430:
.LBB456:
.LBB425:
# dispatch/compiled/compiled.c:262:     pl->contexts = true;
	.loc 1 262 18 view .LVU1067
	movb	$1, 232(%rsp)	#, pl.contexts
# dispatch/compiled/compiled.c:261:     uint64_t budget = PROVE_BUDGET(n);
	.loc 1 261 14 view .LVU1068
	leaq	1048576(,%r13,8), %rax	#, budget
.LVL385:
	.loc 1 262 5 is_stmt 1 view .LVU1069
	.loc 1 263 5 view .LVU1070
.LBB413:
	.loc 1 263 10 view .LVU1071
	.loc 1 263 32 view .LVU1072
.LBE413:
.LBE425:
.LBE456:
.LBB457:
.LBB451:
.LBB432:
# dispatch/compiled/compiled.c:311:         pl->flag[i] |= IN_ENTRY;
	.loc 1 311 11 is_stmt 0 view .LVU1073
	movq	168(%rsp), %r8	# pl.flag, prephitmp_1218
.LBE432:
# dispatch/compiled/compiled.c:306:     pl->h[0] = 0;
	.loc 1 306 7 view .LVU1074
	movq	%rcx, 24(%rsp)	# pretmp_1253, %sfp
.LBE451:
.LBE457:
.LBB458:
.LBB426:
.LBB421:
# dispatch/compiled/compiled.c:263:     for (uint32_t t = 0; t < n && pl->contexts; t++) {
	.loc 1 263 32 view .LVU1075
	testl	%edx, %edx	# n
	je	.L303	#,
	xorl	%ecx, %ecx	# ivtmp.412
	leaq	144(%rsp), %rsi	#, tmp917
.LVL386:
	.loc 1 263 32 view .LVU1076
	movq	%r9, 8(%rsp)	# _190, %sfp
# dispatch/compiled/compiled.c:263:     for (uint32_t t = 0; t < n && pl->contexts; t++) {
	.loc 1 263 19 view .LVU1077
	xorl	%r11d, %r11d	# _218
	movq	%rbp, 72(%rsp)	# p, %sfp
	leaq	136(%rsp), %r13	#, tmp916
.LVL387:
	.loc 1 263 19 view .LVU1078
	movq	%rsi, 32(%rsp)	# tmp917, %sfp
	movq	%rcx, %rsi	# ivtmp.412, ivtmp.412
.LVL388:
	.loc 1 263 19 view .LVU1079
	movq	%r14, %rcx	# _31, _31
	movq	%r15, 64(%rsp)	# _24, %sfp
	movq	%rsi, %r14	# ivtmp.412, ivtmp.412
	movq	%r8, %r15	# prephitmp_1218, prephitmp_1218
.LVL389:
.L314:
.LBB414:
	.loc 1 264 9 is_stmt 1 view .LVU1080
	movl	%r11d, %r9d	# _218, t
# dispatch/compiled/compiled.c:264:         if (pl->first[t] == pl->first[t + 1])
	.loc 1 264 12 is_stmt 0 view .LVU1081
	movl	4(%rcx,%r14), %esi	# MEM[(uint32_t *)prephitmp_1146 + 4B + ivtmp.412_463 * 1], tmp1178
# dispatch/compiled/compiled.c:264:         if (pl->first[t] == pl->first[t + 1])
	.loc 1 264 41 view .LVU1082
	addl	$1, %r11d	#, _218
.LVL390:
# dispatch/compiled/compiled.c:264:         if (pl->first[t] == pl->first[t + 1])
	.loc 1 264 12 view .LVU1083
	cmpl	%esi, (%rcx,%r14)	# tmp1178, MEM[(uint32_t *)prephitmp_1146 + ivtmp.412_463 * 1]
	je	.L304	#,
	.loc 1 266 9 is_stmt 1 view .LVU1084
.LVL391:
	.loc 1 267 9 view .LVU1085
# dispatch/compiled/compiled.c:267:         stamp[t] = t + 1;
	.loc 1 267 18 is_stmt 0 view .LVU1086
	movl	%r11d, (%r12,%r14)	# _218, MEM[(uint32_t *)stamp_188 + ivtmp.412_463 * 1]
	.loc 1 268 9 is_stmt 1 view .LVU1087
.LVL392:
.LBB415:
# dispatch/compiled/compiled.c:270:             if (budget-- == 0) {
	.loc 1 270 23 is_stmt 0 view .LVU1088
	leaq	-1(%rax), %rbp	#, budget
.LBE415:
# dispatch/compiled/compiled.c:268:         work[nw++] = t;
	.loc 1 268 20 view .LVU1089
	movl	%r9d, (%rbx)	# t, *_34
	.loc 1 269 9 is_stmt 1 view .LVU1090
	.loc 1 269 16 view .LVU1091
.LBB418:
	.loc 1 270 13 view .LVU1092
.LVL393:
# dispatch/compiled/compiled.c:270:             if (budget-- == 0) {
	.loc 1 270 16 is_stmt 0 view .LVU1093
	testq	%rax, %rax	# budget
	je	.L305	#,
	movq	%rcx, 80(%rsp)	# _31, %sfp
	movl	%r9d, %esi	# t, pretmp_1165
	xorl	%r10d, %r10d	# nw
	movl	%edx, 120(%rsp)	# n, %sfp
	movq	%r14, 88(%rsp)	# ivtmp.412, %sfp
	movq	%r13, %r14	# tmp916, tmp916
	movq	%r15, %r13	# prephitmp_1218, prephitmp_1218
	movq	%r12, %r15	# stamp, stamp
	movl	%r9d, %r12d	# t, t
.LVL394:
.L306:
	.loc 1 274 13 is_stmt 1 view .LVU1094
	.loc 1 275 13 view .LVU1095
# dispatch/compiled/compiled.c:276:             if (pl->retno[i] != UINT32_MAX) {
	.loc 1 276 26 is_stmt 0 view .LVU1096
	movq	8(%rsp), %rcx	# %sfp, _190
# dispatch/compiled/compiled.c:275:             pl->flag[i] |= IN_CALLEE;
	.loc 1 275 21 view .LVU1097
	movl	%esi, %eax	# pretmp_1165, _233
# dispatch/compiled/compiled.c:275:             pl->flag[i] |= IN_CALLEE;
	.loc 1 275 25 view .LVU1098
	orw	$32, 0(%r13,%rax,2)	#, *_235
	.loc 1 276 13 is_stmt 1 view .LVU1099
# dispatch/compiled/compiled.c:276:             if (pl->retno[i] != UINT32_MAX) {
	.loc 1 276 26 is_stmt 0 view .LVU1100
	movl	(%rcx,%rax,4), %eax	# *_239,
# dispatch/compiled/compiled.c:276:             if (pl->retno[i] != UINT32_MAX) {
	.loc 1 276 16 view .LVU1101
	cmpl	$-1, %eax	#, _240
	je	.L307	#,
.LBB416:
	.loc 1 277 17 is_stmt 1 view .LVU1102
.LVL395:
	.loc 1 278 17 view .LVU1103
# dispatch/compiled/compiled.c:278:                 if (pl->nctx[k] <= RET_CASES)
	.loc 1 278 29 is_stmt 0 view .LVU1104
	movq	48(%rsp), %rcx	# %sfp, _209
	leaq	(%rcx,%rax,4), %rdi	#, _243
	movl	(%rdi), %edx	# *_243,
# dispatch/compiled/compiled.c:278:                 if (pl->nctx[k] <= RET_CASES)
	.loc 1 278 20 view .LVU1105
	cmpl	$16, %edx	#, _244
	ja	.L307	#,
	.loc 1 279 21 is_stmt 1 view .LVU1106
# dispatch/compiled/compiled.c:279:                     pl->ctxs[(size_t)k * (RET_CASES + 1) + pl->nctx[k]++] = t;
	.loc 1 279 71 is_stmt 0 view .LVU1107
	leal	1(%rdx), %r9d	#, tmp694
# dispatch/compiled/compiled.c:279:                     pl->ctxs[(size_t)k * (RET_CASES + 1) + pl->nctx[k]++] = t;
	.loc 1 279 75 view .LVU1108
	movq	56(%rsp), %rcx	# %sfp, _208
# dispatch/compiled/compiled.c:279:                     pl->ctxs[(size_t)k * (RET_CASES + 1) + pl->nctx[k]++] = t;
	.loc 1 279 71 view .LVU1109
	movl	%r9d, (%rdi)	# tmp694, *_243
.LVL396:
# dispatch/compiled/compiled.c:279:                     pl->ctxs[(size_t)k * (RET_CASES + 1) + pl->nctx[k]++] = t;
	.loc 1 279 29 view .LVU1110
	movq	%rax, %rdi	# _241, tmp697
	salq	$4, %rdi	#, tmp697
	addq	%rdi, %rax	# tmp697, tmp698
.LVL397:
	.loc 1 279 29 view .LVU1111
	addq	%rdx, %rax	# _244, tmp699
# dispatch/compiled/compiled.c:279:                     pl->ctxs[(size_t)k * (RET_CASES + 1) + pl->nctx[k]++] = t;
	.loc 1 279 75 view .LVU1112
	movl	%r12d, (%rcx,%rax,4)	# t, *_250
.LVL398:
.L307:
	.loc 1 279 75 view .LVU1113
.LBE416:
	.loc 1 281 13 is_stmt 1 view .LVU1114
# dispatch/compiled/compiled.c:281:             int ns = successors(pl, i, false, s);
	.loc 1 281 22 is_stmt 0 view .LVU1115
	movq	32(%rsp), %rdi	# %sfp,
	xorl	%edx, %edx	#
	movq	%r14, %rcx	# tmp916,
	call	successors	#
.LVL399:
	.loc 1 282 13 is_stmt 1 view .LVU1116
.LBB417:
	.loc 1 282 18 view .LVU1117
	.loc 1 282 31 view .LVU1118
	testl	%eax, %eax	# ns
	jle	.L308	#,
	cltq
	.loc 1 282 31 is_stmt 0 view .LVU1119
	movq	%r14, %rdx	# tmp916, ivtmp.386
	leaq	(%r14,%rax,4), %rdi	#, _1032
.LVL400:
.L310:
	.loc 1 283 17 is_stmt 1 view .LVU1120
# dispatch/compiled/compiled.c:283:                 if (stamp[s[j]] != t + 1) {
	.loc 1 283 28 is_stmt 0 view .LVU1121
	movl	(%rdx), %ecx	# MEM[(unsigned int *)_1036],
	movq	%rcx, %rax	#,
# dispatch/compiled/compiled.c:283:                 if (stamp[s[j]] != t + 1) {
	.loc 1 283 26 view .LVU1122
	leaq	(%r15,%rcx,4), %rcx	#, _256
# dispatch/compiled/compiled.c:283:                 if (stamp[s[j]] != t + 1) {
	.loc 1 283 20 view .LVU1123
	cmpl	(%rcx), %r11d	# *_256, _218
	je	.L309	#,
	.loc 1 284 21 is_stmt 1 view .LVU1124
# dispatch/compiled/compiled.c:284:                     stamp[s[j]] = t + 1;
	.loc 1 284 33 is_stmt 0 view .LVU1125
	movl	%r11d, (%rcx)	# _218, *_256
	.loc 1 285 21 is_stmt 1 view .LVU1126
.LVL401:
# dispatch/compiled/compiled.c:285:                     work[nw++] = s[j];
	.loc 1 285 28 is_stmt 0 view .LVU1127
	movl	%r10d, %ecx	# nw, nw
	addl	$1, %r10d	#, nw
.LVL402:
# dispatch/compiled/compiled.c:285:                     work[nw++] = s[j];
	.loc 1 285 32 view .LVU1128
	movl	%eax, (%rbx,%rcx,4)	# _253, *_262
.LVL403:
.L309:
	.loc 1 282 38 is_stmt 1 view .LVU1129
	.loc 1 282 31 view .LVU1130
	addq	$4, %rdx	#, ivtmp.386
.LVL404:
	.loc 1 282 31 is_stmt 0 view .LVU1131
	cmpq	%rdi, %rdx	# _1032, ivtmp.386
	jne	.L310	#,
.LVL405:
.L308:
	.loc 1 282 31 view .LVU1132
.LBE417:
.LBE418:
	.loc 1 269 16 is_stmt 1 view .LVU1133
	testl	%r10d, %r10d	# nw
	je	.L494	#,
.LBB419:
	.loc 1 270 13 view .LVU1134
# dispatch/compiled/compiled.c:270:             if (budget-- == 0) {
	.loc 1 270 16 is_stmt 0 view .LVU1135
	subq	$1, %rbp	#, budget
.LVL406:
	.loc 1 270 16 view .LVU1136
	jb	.L484	#,
# dispatch/compiled/compiled.c:274:             uint32_t i = work[--nw], s[2];
	.loc 1 274 22 view .LVU1137
	leal	-1(%r10), %eax	#,
	movl	(%rbx,%rax,4), %esi	# *_1164, pretmp_1165
	movq	%rax, %r10	#,
	jmp	.L306	#
.L484:
	.loc 1 274 22 view .LVU1138
	movq	%r15, %r12	# stamp, stamp
.LVL407:
	.loc 1 274 22 view .LVU1139
	movq	80(%rsp), %rcx	# %sfp, _31
	movq	%r13, %r15	# prephitmp_1218, prephitmp_1218
.LVL408:
	.loc 1 274 22 view .LVU1140
	movl	120(%rsp), %edx	# %sfp, n
	movq	%r14, %r13	# tmp916, tmp916
	movq	88(%rsp), %r14	# %sfp, ivtmp.412
.LVL409:
.L305:
	.loc 1 271 17 is_stmt 1 view .LVU1141
# dispatch/compiled/compiled.c:271:                 pl->contexts = false;
	.loc 1 271 30 is_stmt 0 view .LVU1142
	movb	$0, 232(%rsp)	#, pl.contexts
	.loc 1 272 17 is_stmt 1 view .LVU1143
# dispatch/compiled/compiled.c:270:             if (budget-- == 0) {
	.loc 1 270 23 is_stmt 0 view .LVU1144
	movq	$-1, %rax	#, budget
.L304:
.LVL410:
	.loc 1 270 23 view .LVU1145
.LBE419:
.LBE414:
	.loc 1 263 32 is_stmt 1 view .LVU1146
	addq	$4, %r14	#, ivtmp.412
	cmpl	%r11d, %edx	# _218, n
	je	.L495	#,
.L312:
	.loc 1 263 32 is_stmt 0 view .LVU1147
	cmpb	$0, 232(%rsp)	#, pl.contexts
	jne	.L314	#,
	.loc 1 263 32 view .LVU1148
	movq	%r15, %r8	# prephitmp_1218, prephitmp_1218
.LBE421:
# dispatch/compiled/compiled.c:289:     free(stamp);
	.loc 1 289 5 view .LVU1149
	movq	%r12, %rdi	# stamp,
.LBB422:
	movq	64(%rsp), %r15	# %sfp, _24
	movq	72(%rsp), %rbp	# %sfp, p
	movq	%r8, 8(%rsp)	# prephitmp_1218, %sfp
.LBE422:
	.loc 1 289 5 is_stmt 1 view .LVU1150
	call	free	#
.LVL411:
	.loc 1 290 5 view .LVU1151
	.loc 1 290 5 is_stmt 0 view .LVU1152
.LBE426:
.LBE458:
.LBB459:
.LBB452:
.LBB443:
	.loc 1 304 28 is_stmt 1 view .LVU1153
	movq	8(%rsp), %r8	# %sfp, prephitmp_1218
.L313:
# dispatch/compiled/compiled.c:304:     for (uint32_t i = 0; i < pl->n; i++)
	.loc 1 304 19 is_stmt 0 view .LVU1154
	xorl	%eax, %eax	# i
.LVL412:
.L316:
	.loc 1 305 9 is_stmt 1 view .LVU1155
# dispatch/compiled/compiled.c:305:         pl->h[i] = UNSEEN;
	.loc 1 305 18 is_stmt 0 view .LVU1156
	movq	24(%rsp), %rcx	# %sfp, pretmp_1253
# dispatch/compiled/compiled.c:305:         pl->h[i] = UNSEEN;
	.loc 1 305 14 view .LVU1157
	movl	%eax, %edx	# i, i
# dispatch/compiled/compiled.c:304:     for (uint32_t i = 0; i < pl->n; i++)
	.loc 1 304 38 view .LVU1158
	addl	$1, %eax	#, i
.LVL413:
# dispatch/compiled/compiled.c:305:         pl->h[i] = UNSEEN;
	.loc 1 305 18 view .LVU1159
	movl	$-2147483648, (%rcx,%rdx,4)	#, *_276
	.loc 1 304 38 is_stmt 1 view .LVU1160
.LVL414:
	.loc 1 304 28 view .LVU1161
	cmpl	152(%rsp), %eax	# pl.n, i
	jb	.L316	#,
.LVL415:
.L383:
	.loc 1 304 28 is_stmt 0 view .LVU1162
.LBE443:
	.loc 1 306 5 is_stmt 1 view .LVU1163
# dispatch/compiled/compiled.c:306:     pl->h[0] = 0;
	.loc 1 306 14 is_stmt 0 view .LVU1164
	movq	24(%rsp), %rax	# %sfp, pretmp_1253
# dispatch/compiled/compiled.c:307:     work[nw++] = 0;
	.loc 1 307 16 view .LVU1165
	movl	$0, (%rbx)	#, *_34
.LBB444:
# dispatch/compiled/compiled.c:312:         int32_t h = pl->h[i];
	.loc 1 312 17 view .LVU1166
	movq	%r13, %rcx	# tmp916, tmp916
# dispatch/compiled/compiled.c:310:         const struct opinfo *oi = &opinfo[pl->op[i]];
	.loc 1 310 45 view .LVU1167
	xorl	%esi, %esi	# pretmp_1186
# dispatch/compiled/compiled.c:312:         int32_t h = pl->h[i];
	.loc 1 312 17 view .LVU1168
	movq	%rbp, %r13	# p, p
# dispatch/compiled/compiled.c:310:         const struct opinfo *oi = &opinfo[pl->op[i]];
	.loc 1 310 45 view .LVU1169
	xorl	%r10d, %r10d	# h
	xorl	%r11d, %r11d	# nw
# dispatch/compiled/compiled.c:312:         int32_t h = pl->h[i];
	.loc 1 312 17 view .LVU1170
	movl	$-2147483647, %r14d	#, tmp945
.LBE444:
# dispatch/compiled/compiled.c:306:     pl->h[0] = 0;
	.loc 1 306 14 view .LVU1171
	movl	$0, (%rax)	#, *pretmp_1253
	.loc 1 307 5 is_stmt 1 view .LVU1172
.LVL416:
	.loc 1 308 5 view .LVU1173
	.loc 1 308 12 view .LVU1174
.LBB445:
# dispatch/compiled/compiled.c:310:         const struct opinfo *oi = &opinfo[pl->op[i]];
	.loc 1 310 45 is_stmt 0 view .LVU1175
	movq	160(%rsp), %rax	# pl.op, prephitmp_1204
# dispatch/compiled/compiled.c:312:         int32_t h = pl->h[i];
	.loc 1 312 17 view .LVU1176
	movq	%r8, %rbp	# prephitmp_1218, prephitmp_1218
# dispatch/compiled/compiled.c:310:         const struct opinfo *oi = &opinfo[pl->op[i]];
	.loc 1 310 45 view .LVU1177
	movq	%rax, 8(%rsp)	# prephitmp_1204, %sfp
	xorl	%eax, %eax	# _287
.LVL417:
.L323:
	.loc 1 309 9 is_stmt 1 view .LVU1178
	.loc 1 310 9 view .LVU1179
# dispatch/compiled/compiled.c:310:         const struct opinfo *oi = &opinfo[pl->op[i]];
	.loc 1 310 49 is_stmt 0 view .LVU1180
	movq	8(%rsp), %rdx	# %sfp, prephitmp_1204
	movzbl	(%rdx,%rax), %r12d	# *_288,
.LVL418:
	.loc 1 311 9 is_stmt 1 view .LVU1181
# dispatch/compiled/compiled.c:311:         pl->flag[i] |= IN_ENTRY;
	.loc 1 311 21 is_stmt 0 view .LVU1182
	orw	$16, 0(%rbp,%rax,2)	#, *_293
	.loc 1 312 9 is_stmt 1 view .LVU1183
.LVL419:
	.loc 1 313 9 view .LVU1184
# dispatch/compiled/compiled.c:313:         if (h != UNKNOWN)
	.loc 1 313 12 is_stmt 0 view .LVU1185
	cmpl	$-2147483647, %r10d	#, h
	je	.L317	#,
	.loc 1 314 13 is_stmt 1 view .LVU1186
# dispatch/compiled/compiled.c:314:             h += (int32_t)oi->pushes - (int32_t)oi->pops;
	.loc 1 314 29 is_stmt 0 view .LVU1187
	movslq	%r12d, %rax	# _290, _290
	leaq	(%rax,%rax,4), %rax	#, tmp713
	leaq	opinfo(,%rax,8), %rdx	#, tmp715
# dispatch/compiled/compiled.c:314:             h += (int32_t)oi->pushes - (int32_t)oi->pops;
	.loc 1 314 18 view .LVU1188
	movzbl	14(%rdx), %eax	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_290].pushes, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_290].pushes
# dispatch/compiled/compiled.c:314:             h += (int32_t)oi->pushes - (int32_t)oi->pops;
	.loc 1 314 40 view .LVU1189
	movzbl	13(%rdx), %edx	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_290].pops, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_290].pops
# dispatch/compiled/compiled.c:314:             h += (int32_t)oi->pushes - (int32_t)oi->pops;
	.loc 1 314 38 view .LVU1190
	subl	%edx, %eax	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_290].pops, tmp727
# dispatch/compiled/compiled.c:314:             h += (int32_t)oi->pushes - (int32_t)oi->pops;
	.loc 1 314 15 view .LVU1191
	addl	%eax, %r10d	# tmp727, h
.LVL420:
	.loc 1 315 9 is_stmt 1 view .LVU1192
# dispatch/compiled/compiled.c:315:         if (h != UNKNOWN && (h < 0 || h > STACK_CELLS))
	.loc 1 315 12 is_stmt 0 view .LVU1193
	cmpl	$-2147483647, %r10d	#, h
	je	.L317	#,
# dispatch/compiled/compiled.c:312:         int32_t h = pl->h[i];
	.loc 1 312 17 view .LVU1194
	cmpl	$4096, %r10d	#, h
	cmova	%r14d, %r10d	# h,, tmp945, h
.LVL421:
.L317:
	.loc 1 317 9 is_stmt 1 view .LVU1195
# dispatch/compiled/compiled.c:317:         int ns = successors(pl, i, false, s);
	.loc 1 317 18 is_stmt 0 view .LVU1196
	movq	32(%rsp), %rdi	# %sfp,
	xorl	%edx, %edx	#
	movq	%rcx, 48(%rsp)	# tmp916, %sfp
	call	successors	#
.LVL422:
	.loc 1 318 9 is_stmt 1 view .LVU1197
.LBB433:
	.loc 1 318 14 view .LVU1198
	.loc 1 318 27 view .LVU1199
	movq	48(%rsp), %rcx	# %sfp, tmp916
	testl	%eax, %eax	# ns
	jle	.L318	#,
.LBB434:
# dispatch/compiled/compiled.c:319:             int32_t hk = oi->flow == FLOW_CALL ? UNKNOWN : h;
	.loc 1 319 28 is_stmt 0 view .LVU1200
	leaq	(%r12,%r12,4), %rdx	#, tmp739
	cltq
	.loc 1 319 28 view .LVU1201
	cmpl	$3, opinfo+16(,%rdx,8)	#, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_290].flow
	leaq	(%rcx,%rax,4), %r8	#, _194
	movq	%rcx, %rdx	# tmp916, ivtmp.378
	cmove	%r14d, %r10d	# h,, tmp945, iftmp.41_318
.LVL423:
.L321:
	.loc 1 319 13 is_stmt 1 view .LVU1202
	.loc 1 320 13 view .LVU1203
# dispatch/compiled/compiled.c:320:             int32_t old = pl->h[s[k]], new = join(old, hk);
	.loc 1 320 34 is_stmt 0 view .LVU1204
	movl	(%rdx), %eax	# MEM[(unsigned int *)_1088],
# dispatch/compiled/compiled.c:320:             int32_t old = pl->h[s[k]], new = join(old, hk);
	.loc 1 320 32 view .LVU1205
	movq	24(%rsp), %rdi	# %sfp, pretmp_1253
	leaq	(%rdi,%rax,4), %rdi	#, _316
# dispatch/compiled/compiled.c:320:             int32_t old = pl->h[s[k]], new = join(old, hk);
	.loc 1 320 34 view .LVU1206
	movq	%rax, %rsi	#,
# dispatch/compiled/compiled.c:320:             int32_t old = pl->h[s[k]], new = join(old, hk);
	.loc 1 320 21 view .LVU1207
	movl	(%rdi), %eax	# *_316, old
.LVL424:
.LBB435:
.LBI435:
	.loc 1 296 16 is_stmt 1 view .LVU1208
.LBB436:
	.loc 1 298 5 view .LVU1209
# dispatch/compiled/compiled.c:298:     return old == UNSEEN ? new : old == new ? old : UNKNOWN;
	.loc 1 298 32 is_stmt 0 view .LVU1210
	cmpl	$-2147483648, %eax	#, old
	je	.L386	#,
.LVL425:
	.loc 1 298 32 view .LVU1211
.LBE436:
.LBE435:
	.loc 1 321 13 is_stmt 1 view .LVU1212
# dispatch/compiled/compiled.c:321:             if (new != old) {           /* at most twice each: UNSEEN -> h -> UNKNOWN */
	.loc 1 321 16 is_stmt 0 view .LVU1213
	cmpl	%r10d, %eax	# iftmp.41_318, old
	je	.L320	#,
	cmpl	$-2147483647, %eax	#, old
	jne	.L496	#,
.LVL426:
.L320:
	.loc 1 321 16 view .LVU1214
.LBE434:
	.loc 1 318 34 is_stmt 1 view .LVU1215
	.loc 1 318 27 view .LVU1216
	addq	$4, %rdx	#, ivtmp.378
.LVL427:
	.loc 1 318 27 is_stmt 0 view .LVU1217
	cmpq	%rdx, %r8	# ivtmp.378, _194
	jne	.L321	#,
.LVL428:
.L318:
	.loc 1 318 27 view .LVU1218
.LBE433:
.LBE445:
	.loc 1 308 12 is_stmt 1 view .LVU1219
	testl	%r11d, %r11d	# nw
	je	.L322	#,
.LBB446:
# dispatch/compiled/compiled.c:309:         uint32_t i = work[--nw], s[2];
	.loc 1 309 18 is_stmt 0 view .LVU1220
	leal	-1(%r11), %eax	#,
# dispatch/compiled/compiled.c:312:         int32_t h = pl->h[i];
	.loc 1 312 17 view .LVU1221
	movq	24(%rsp), %rdx	# %sfp, pretmp_1253
# dispatch/compiled/compiled.c:309:         uint32_t i = work[--nw], s[2];
	.loc 1 309 18 view .LVU1222
	movq	%rax, %r11	#,
	movl	(%rbx,%rax,4), %eax	# *_1185,
# dispatch/compiled/compiled.c:312:         int32_t h = pl->h[i];
	.loc 1 312 17 view .LVU1223
	movl	(%rdx,%rax,4), %r10d	# *_1190, h
# dispatch/compiled/compiled.c:309:         uint32_t i = work[--nw], s[2];
	.loc 1 309 18 view .LVU1224
	movq	%rax, %rsi	#,
	jmp	.L323	#
.LVL429:
.L494:
	.loc 1 309 18 view .LVU1225
.LBE446:
.LBE452:
.LBE459:
.LBB460:
.LBB427:
.LBB423:
.LBB420:
	movq	%r15, %r12	# stamp, stamp
.LVL430:
	.loc 1 309 18 view .LVU1226
	movl	120(%rsp), %edx	# %sfp, n
	movq	%r13, %r15	# prephitmp_1218, prephitmp_1218
.LVL431:
	.loc 1 309 18 view .LVU1227
	movq	%r14, %r13	# tmp916, tmp916
	movq	88(%rsp), %r14	# %sfp, ivtmp.412
	movq	80(%rsp), %rcx	# %sfp, _31
	movq	%rbp, %rax	# budget, budget
.LVL432:
	.loc 1 309 18 view .LVU1228
.LBE420:
	.loc 1 263 32 is_stmt 1 view .LVU1229
	addq	$4, %r14	#, ivtmp.412
	cmpl	%r11d, %edx	# _218, n
	jne	.L312	#,
.LVL433:
.L495:
	.loc 1 263 32 is_stmt 0 view .LVU1230
.LBE423:
# dispatch/compiled/compiled.c:289:     free(stamp);
	.loc 1 289 5 view .LVU1231
	movq	%r12, %rdi	# stamp,
	movq	%r15, 8(%rsp)	# prephitmp_1218, %sfp
	movq	72(%rsp), %rbp	# %sfp, p
	.loc 1 289 5 is_stmt 1 view .LVU1232
	movq	64(%rsp), %r15	# %sfp, _24
	call	free	#
.LVL434:
	.loc 1 290 5 view .LVU1233
	.loc 1 290 5 is_stmt 0 view .LVU1234
.LBE427:
.LBE460:
.LBB461:
.LBB453:
.LBB447:
	.loc 1 304 28 is_stmt 1 view .LVU1235
	movq	8(%rsp), %r8	# %sfp, prephitmp_1218
	jmp	.L313	#
.LVL435:
	.p2align 4,,10
	.p2align 3
.L386:
	.loc 1 304 28 is_stmt 0 view .LVU1236
.LBE447:
.LBB448:
.LBB441:
.LBB439:
.LBB438:
.LBB437:
# dispatch/compiled/compiled.c:298:     return old == UNSEEN ? new : old == new ? old : UNKNOWN;
	.loc 1 298 32 view .LVU1237
	movl	%r10d, %eax	# iftmp.41_318, iftmp.43_745
.LVL436:
.L319:
	.loc 1 298 32 view .LVU1238
.LBE437:
.LBE438:
	.loc 1 322 17 is_stmt 1 view .LVU1239
# dispatch/compiled/compiled.c:322:                 pl->h[s[k]] = new;
	.loc 1 322 29 is_stmt 0 view .LVU1240
	movl	%eax, (%rdi)	# iftmp.43_745, *_316
.LVL437:
	.loc 1 323 17 is_stmt 1 view .LVU1241
# dispatch/compiled/compiled.c:323:                 work[nw++] = s[k];
	.loc 1 323 24 is_stmt 0 view .LVU1242
	movl	%r11d, %eax	# nw, nw
	addl	$1, %r11d	#, nw
.LVL438:
# dispatch/compiled/compiled.c:323:                 work[nw++] = s[k];
	.loc 1 323 28 view .LVU1243
	movl	%esi, (%rbx,%rax,4)	# _313, *_324
	jmp	.L320	#
.LVL439:
.L322:
	.loc 1 323 28 view .LVU1244
.LBE439:
.LBE441:
.LBE448:
.LBE453:
.LBE461:
# dispatch/compiled/compiled.c:400:     pl->flag[0] |= REACH_V;
	.loc 1 400 17 view .LVU1245
	movq	%rbp, %r8	# prephitmp_1218, prephitmp_1218
# dispatch/compiled/compiled.c:401:     reach(pl, 0, work);
	.loc 1 401 5 view .LVU1246
	movq	32(%rsp), %rdi	# %sfp,
	xorl	%esi, %esi	#
	movq	%rbx, %rdx	# _34,
# dispatch/compiled/compiled.c:400:     pl->flag[0] |= REACH_V;
	.loc 1 400 17 view .LVU1247
	orw	$1, (%r8)	#, *pretmp_1252
	movq	%r13, %rbp	# p, p
.LVL440:
	.loc 1 400 5 is_stmt 1 view .LVU1248
# dispatch/compiled/compiled.c:400:     pl->flag[0] |= REACH_V;
	.loc 1 400 17 is_stmt 0 view .LVU1249
	movq	%r8, 48(%rsp)	# prephitmp_1218, %sfp
	.loc 1 401 5 is_stmt 1 view .LVU1250
	call	reach	#
.LVL441:
	.loc 1 402 5 view .LVU1251
.LBB462:
	.loc 1 402 10 view .LVU1252
	.loc 1 402 28 view .LVU1253
	movl	16(%rsp), %esi	# %sfp,
	movq	48(%rsp), %r8	# %sfp, prephitmp_1218
	testl	%esi, %esi	#
	je	.L324	#,
.LBB463:
# dispatch/compiled/compiled.c:405:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 405 46 is_stmt 0 view .LVU1254
	movq	176(%rsp), %rsi	# pl.target, _135
# dispatch/compiled/compiled.c:407:         bool fits = pl->contexts && (pl->flag[i] & (IN_ENTRY | IN_CALLEE)) == IN_ENTRY
	.loc 1 407 23 view .LVU1255
	xorl	%r12d, %r12d	# ivtmp.367
.LVL442:
	.loc 1 407 23 view .LVU1256
	movzbl	232(%rsp), %r13d	# pl.contexts, _145
	jmp	.L327	#
.LVL443:
.L387:
	.loc 1 407 23 view .LVU1257
.LBE463:
# dispatch/compiled/compiled.c:402:     for (uint32_t i = 0; i < n; i++) {
	.loc 1 402 28 view .LVU1258
	movq	%rax, %r12	# ivtmp.367, ivtmp.367
.LVL444:
.L327:
.LBB464:
	.loc 1 403 9 is_stmt 1 view .LVU1259
# dispatch/compiled/compiled.c:403:         if (!(pl->flag[i] & REACH_V) || pl->op[i] != OP_CALL || !p->proven[i])
	.loc 1 403 23 is_stmt 0 view .LVU1260
	movzwl	(%r8,%r12,2), %eax	# MEM[(uint16_t *)pretmp_1252 + ivtmp.367_203 * 2], _126
# dispatch/compiled/compiled.c:403:         if (!(pl->flag[i] & REACH_V) || pl->op[i] != OP_CALL || !p->proven[i])
	.loc 1 403 12 view .LVU1261
	testb	$1, %al	#, _126
	je	.L325	#,
# dispatch/compiled/compiled.c:403:         if (!(pl->flag[i] & REACH_V) || pl->op[i] != OP_CALL || !p->proven[i])
	.loc 1 403 38 view .LVU1262
	movq	8(%rsp), %rcx	# %sfp, prephitmp_1204
	cmpb	$28, (%rcx,%r12)	#, MEM[(uint8_t *)pretmp_1180 + ivtmp.367_203 * 1]
	jne	.L325	#,
# dispatch/compiled/compiled.c:403:         if (!(pl->flag[i] & REACH_V) || pl->op[i] != OP_CALL || !p->proven[i])
	.loc 1 403 75 view .LVU1263
	movq	64(%rbp), %rdx	# p_10(D)->proven, p_10(D)->proven
# dispatch/compiled/compiled.c:403:         if (!(pl->flag[i] & REACH_V) || pl->op[i] != OP_CALL || !p->proven[i])
	.loc 1 403 62 view .LVU1264
	cmpb	$0, (%rdx,%r12)	#, *_132
	je	.L325	#,
	.loc 1 405 9 is_stmt 1 view .LVU1265
# dispatch/compiled/compiled.c:406:         int32_t h = pl->h[i];
	.loc 1 406 17 is_stmt 0 view .LVU1266
	movq	24(%rsp), %rdx	# %sfp, pretmp_1253
# dispatch/compiled/compiled.c:405:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 405 36 view .LVU1267
	movq	72(%rbp), %rdi	# p_10(D)->frame, _134
# dispatch/compiled/compiled.c:405:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 405 54 view .LVU1268
	movl	(%rsi,%r12,4), %ecx	# MEM[(uint32_t *)_135 + ivtmp.367_203 * 4],
.LVL445:
	.loc 1 406 9 is_stmt 1 view .LVU1269
# dispatch/compiled/compiled.c:406:         int32_t h = pl->h[i];
	.loc 1 406 17 is_stmt 0 view .LVU1270
	movslq	(%rdx,%r12,4), %rdx	# MEM[(int32_t *)pretmp_1253 + ivtmp.367_203 * 4],
.LVL446:
	.loc 1 407 9 is_stmt 1 view .LVU1271
# dispatch/compiled/compiled.c:409:                     && (int64_t)h <= (int64_t)fr->need + fr->span;
	.loc 1 409 21 is_stmt 0 view .LVU1272
	testb	%r13b, %r13b	# _145
	je	.L326	#,
# dispatch/compiled/compiled.c:407:         bool fits = pl->contexts && (pl->flag[i] & (IN_ENTRY | IN_CALLEE)) == IN_ENTRY
	.loc 1 407 34 view .LVU1273
	movl	%eax, %r9d	# _126, tmp759
	andl	$48, %r9d	#, tmp759
	cmpw	$16, %r9w	#, tmp759
	je	.L497	#,
.LVL447:
.L326:
	.loc 1 410 9 is_stmt 1 view .LVU1274
	.loc 1 411 13 view .LVU1275
# dispatch/compiled/compiled.c:411:             pl->flag[i] |= REACH_C | LABEL_C;
	.loc 1 411 25 is_stmt 0 view .LVU1276
	orl	$10, %eax	#, tmp768
	movw	%ax, (%r8,%r12,2)	# tmp768, MEM[(uint16_t *)pretmp_1252 + ivtmp.367_203 * 2]
.LVL448:
.L325:
	.loc 1 411 25 view .LVU1277
.LBE464:
	.loc 1 402 34 is_stmt 1 view .LVU1278
	.loc 1 402 28 view .LVU1279
	leaq	1(%r12), %rax	#, ivtmp.367
	cmpq	%rax, %r15	# ivtmp.367, _24
	jne	.L387	#,
.LBE462:
# dispatch/compiled/compiled.c:413:     reach(pl, 1, work);
	.loc 1 413 5 is_stmt 0 view .LVU1280
	movq	32(%rsp), %rdi	# %sfp,
	movq	%rbx, %rdx	# _34,
	movl	$1, %esi	#,
	movq	%r8, 16(%rsp)	# prephitmp_1218, %sfp
.LVL449:
	.loc 1 413 5 is_stmt 1 view .LVU1281
	call	reach	#
.LVL450:
	.loc 1 415 5 view .LVU1282
.LBB466:
	.loc 1 415 10 view .LVU1283
	.loc 1 415 32 view .LVU1284
	.loc 1 415 32 is_stmt 0 view .LVU1285
	testb	%r13b, %r13b	# _145
	movq	16(%rsp), %r8	# %sfp, prephitmp_1218
	je	.L329	#,
	xorl	%eax, %eax	# ivtmp.360
	jmp	.L332	#
.LVL451:
.L331:
	.loc 1 415 50 is_stmt 1 view .LVU1286
	.loc 1 415 32 view .LVU1287
	leaq	1(%rax), %rdx	#, ivtmp.360
	cmpq	%rax, %r12	# ivtmp.360, ivtmp.367
	je	.L329	#,
.LVL452:
.L388:
	.loc 1 415 32 is_stmt 0 view .LVU1288
	movq	%rdx, %rax	# ivtmp.360, ivtmp.360
.LVL453:
.L332:
.LBB467:
	.loc 1 416 9 is_stmt 1 view .LVU1289
	.loc 1 417 9 view .LVU1290
# dispatch/compiled/compiled.c:417:         if ((pl->flag[i] & (REACH_V | IN_ENTRY | IN_CALLEE)) == (REACH_V | IN_ENTRY)
	.loc 1 417 22 is_stmt 0 view .LVU1291
	movzwl	(%r8,%rax,2), %ecx	# MEM[(uint16_t *)pretmp_1252 + ivtmp.360_335 * 2], _167
# dispatch/compiled/compiled.c:417:         if ((pl->flag[i] & (REACH_V | IN_ENTRY | IN_CALLEE)) == (REACH_V | IN_ENTRY)
	.loc 1 417 12 view .LVU1292
	movl	%ecx, %edx	# _167, tmp771
	andl	$49, %edx	#, tmp771
	cmpw	$17, %dx	#, tmp771
	jne	.L331	#,
# dispatch/compiled/compiled.c:418:             && p->proven[i] && f != FLOW_CALL && f != FLOW_RET
	.loc 1 418 25 view .LVU1293
	movq	64(%rbp), %rdx	# p_10(D)->proven, p_10(D)->proven
# dispatch/compiled/compiled.c:418:             && p->proven[i] && f != FLOW_CALL && f != FLOW_RET
	.loc 1 418 13 view .LVU1294
	cmpb	$0, (%rdx,%rax)	#, *_170
	je	.L331	#,
# dispatch/compiled/compiled.c:416:         enum flow f = opinfo[pl->op[i]].flow;
	.loc 1 416 19 view .LVU1295
	movq	8(%rsp), %rsi	# %sfp, prephitmp_1204
	movzbl	(%rsi,%rax), %edx	# MEM[(uint8_t *)pretmp_1180 + ivtmp.360_335 * 1], _163
	leaq	(%rdx,%rdx,4), %rdx	#, tmp920
	leaq	opinfo(,%rdx,8), %rsi	#, tmp779
# dispatch/compiled/compiled.c:418:             && p->proven[i] && f != FLOW_CALL && f != FLOW_RET
	.loc 1 418 47 view .LVU1296
	movl	16(%rsi), %edx	# opinfo[_163].flow, tmp1195
	subl	$3, %edx	#, tmp781
	cmpl	$1, %edx	#, tmp781
	jbe	.L331	#,
# dispatch/compiled/compiled.c:419:             && pl->h[i] != UNKNOWN && pl->h[i] <= REGS && height_after(pl, i) <= REGS) {
	.loc 1 419 21 view .LVU1297
	movq	24(%rsp), %rdx	# %sfp, pretmp_1253
	movl	(%rdx,%rax,4), %edx	# MEM[(int32_t *)pretmp_1253 + ivtmp.360_335 * 4], _176
# dispatch/compiled/compiled.c:419:             && pl->h[i] != UNKNOWN && pl->h[i] <= REGS && height_after(pl, i) <= REGS) {
	.loc 1 419 36 view .LVU1298
	cmpl	$32, %edx	#, _176
	jg	.L331	#,
	cmpl	$-2147483647, %edx	#, _176
	je	.L331	#,
.LVL454:
.LBB468:
.LBI468:
	.loc 1 329 16 is_stmt 1 view .LVU1299
.LBB469:
	.loc 1 331 5 view .LVU1300
	.loc 1 332 5 view .LVU1301
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 25 is_stmt 0 view .LVU1302
	movzbl	13(%rsi), %edi	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_163].pops, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_163].pops
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 36 view .LVU1303
	movzbl	14(%rsi), %esi	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_163].pushes, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_163].pushes
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 21 view .LVU1304
	subl	%edi, %edx	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_163].pops, tmp796
# dispatch/compiled/compiled.c:332:     return pl->h[i] - oi->pops + oi->pushes;
	.loc 1 332 32 view .LVU1305
	addl	%esi, %edx	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_163].pushes, tmp806
.LBE469:
.LBE468:
# dispatch/compiled/compiled.c:419:             && pl->h[i] != UNKNOWN && pl->h[i] <= REGS && height_after(pl, i) <= REGS) {
	.loc 1 419 56 view .LVU1306
	cmpl	$32, %edx	#, tmp806
	jg	.L331	#,
	.loc 1 420 13 is_stmt 1 view .LVU1307
# dispatch/compiled/compiled.c:420:             pl->flag[i] |= IN_REGS;
	.loc 1 420 25 is_stmt 0 view .LVU1308
	orl	$64, %ecx	#, tmp807
.LBE467:
# dispatch/compiled/compiled.c:415:     for (uint32_t i = 0; i < n && pl->contexts; i++) {
	.loc 1 415 32 view .LVU1309
	leaq	1(%rax), %rdx	#, ivtmp.360
.LBB470:
# dispatch/compiled/compiled.c:420:             pl->flag[i] |= IN_REGS;
	.loc 1 420 25 view .LVU1310
	movw	%cx, (%r8,%rax,2)	# tmp807, MEM[(uint16_t *)pretmp_1252 + ivtmp.360_335 * 2]
.LVL455:
	.loc 1 420 25 view .LVU1311
.LBE470:
	.loc 1 415 50 is_stmt 1 view .LVU1312
	.loc 1 415 32 view .LVU1313
	cmpq	%rax, %r12	# ivtmp.360, ivtmp.367
	jne	.L388	#,
.LVL456:
.L329:
	.loc 1 415 32 is_stmt 0 view .LVU1314
.LBE466:
# dispatch/compiled/compiled.c:423:     free(work);
	.loc 1 423 5 view .LVU1315
	movq	%rbx, %rdi	# _34,
	movq	%r8, 16(%rsp)	# prephitmp_1218, %sfp
	.loc 1 423 5 is_stmt 1 view .LVU1316
	call	free	#
.LVL457:
	.loc 1 424 5 view .LVU1317
.LBB471:
.LBI471:
	.loc 1 443 12 view .LVU1318
.LBB472:
	.loc 1 445 5 view .LVU1319
# dispatch/compiled/compiled.c:445:     const uint32_t n = pl->n;
	.loc 1 445 20 is_stmt 0 view .LVU1320
	movl	152(%rsp), %eax	# pl.n,
# dispatch/compiled/compiled.c:446:     pl->cases_at = malloc(((size_t)2 * n + 1) * sizeof *pl->cases_at);
	.loc 1 446 20 view .LVU1321
	movq	%rax, 72(%rsp)	# _345, %sfp
# dispatch/compiled/compiled.c:445:     const uint32_t n = pl->n;
	.loc 1 445 20 view .LVU1322
	movq	%rax, %r13	#,
.LVL458:
	.loc 1 446 5 is_stmt 1 view .LVU1323
# dispatch/compiled/compiled.c:446:     pl->cases_at = malloc(((size_t)2 * n + 1) * sizeof *pl->cases_at);
	.loc 1 446 20 is_stmt 0 view .LVU1324
	salq	$4, %rax	#, _346
.LVL459:
	.loc 1 446 20 view .LVU1325
	leaq	8(%rax), %rdi	#, tmp808
	movq	%rax, %r14	# _346, _346
	call	malloc	#
.LVL460:
# dispatch/compiled/compiled.c:448:     pl->cases = malloc(cap * sizeof *pl->cases);
	.loc 1 448 17 view .LVU1326
	movl	$512, %edi	#,
# dispatch/compiled/compiled.c:446:     pl->cases_at = malloc(((size_t)2 * n + 1) * sizeof *pl->cases_at);
	.loc 1 446 18 view .LVU1327
	movq	%rax, 248(%rsp)	# prephitmp_1202, pl.cases_at
	.loc 1 447 5 is_stmt 1 view .LVU1328
.LVL461:
	.loc 1 448 5 view .LVU1329
# dispatch/compiled/compiled.c:446:     pl->cases_at = malloc(((size_t)2 * n + 1) * sizeof *pl->cases_at);
	.loc 1 446 20 is_stmt 0 view .LVU1330
	movq	%rax, %r15	# tmp964, prephitmp_1202
# dispatch/compiled/compiled.c:448:     pl->cases = malloc(cap * sizeof *pl->cases);
	.loc 1 448 17 view .LVU1331
	call	malloc	#
.LVL462:
# dispatch/compiled/compiled.c:448:     pl->cases = malloc(cap * sizeof *pl->cases);
	.loc 1 448 15 view .LVU1332
	movq	%rax, 240(%rsp)	# more, pl.cases
	.loc 1 449 5 is_stmt 1 view .LVU1333
# dispatch/compiled/compiled.c:448:     pl->cases = malloc(cap * sizeof *pl->cases);
	.loc 1 448 17 is_stmt 0 view .LVU1334
	movq	%rax, %r10	# tmp965, more
# dispatch/compiled/compiled.c:449:     if (!pl->cases_at || !pl->cases)
	.loc 1 449 23 view .LVU1335
	testq	%rax, %rax	# more
	je	.L333	#,
	testq	%r15, %r15	# prephitmp_1202
	je	.L333	#,
.LBB473:
# dispatch/compiled/compiled.c:451:     for (int c = 0; c < 2; c++) {
	.loc 1 451 14 view .LVU1336
	movl	$0, 24(%rsp)	#, %sfp
.LBE473:
	xorl	%ebp, %ebp	# ivtmp.358
	movl	%r13d, %r12d	# n, n
# dispatch/compiled/compiled.c:447:     size_t cap = 64, used = 0;
	.loc 1 447 22 view .LVU1337
	xorl	%ebx, %ebx	# used
.LVL463:
# dispatch/compiled/compiled.c:447:     size_t cap = 64, used = 0;
	.loc 1 447 12 view .LVU1338
	movl	$64, %edx	#, cap
	movq	16(%rsp), %r8	# %sfp, prephitmp_1218
	movq	%rbp, %r13	# ivtmp.358, ivtmp.358
.LVL464:
	.loc 1 447 12 view .LVU1339
	movq	%rdx, %r11	# cap, cap
.LVL465:
.L334:
.LBB487:
.LBB474:
	.loc 1 452 32 is_stmt 1 view .LVU1340
	testl	%r12d, %r12d	# n
	je	.L347	#,
	movl	24(%rsp), %eax	# %sfp, c
	movl	%r12d, 88(%rsp)	# n, %sfp
	movq	%r15, %rdx	# prephitmp_1202, prephitmp_1202
	movq	%r13, 96(%rsp)	# ivtmp.358, %sfp
	cmpl	$1, %eax	#, c
	sbbl	%ecx, %ecx	# tmp815
	addl	$2, %ecx	#, tmp815
	cmpl	$1, %eax	#, c
	leaq	0(,%r13,8), %rax	#, ivtmp.348
	sbbl	%r9d, %r9d	# tmp816
	xorl	%ebp, %ebp	# ivtmp.346
	movl	%ecx, 120(%rsp)	# tmp815, %sfp
	andw	$-512, %r9w	#, tmp816
	movq	%rbp, %r12	# ivtmp.346, ivtmp.346
	movq	%rax, 80(%rsp)	# ivtmp.348, %sfp
	addw	$1024, %r9w	#, tmp816
	movl	%r9d, %ebp	# tmp816, tmp816
	jmp	.L344	#
.LVL466:
.L499:
	.loc 1 457 17 view .LVU1341
# dispatch/compiled/compiled.c:457:                 pl->flag[i] |= ANY(c);
	.loc 1 457 29 is_stmt 0 view .LVU1342
	orl	%ebp, %r13d	# tmp816, tmp822
	movw	%r13w, (%r15)	# tmp822, *_365
	.loc 1 458 17 is_stmt 1 view .LVU1343
# dispatch/compiled/compiled.c:458:                 pl->ret_any = true;
	.loc 1 458 29 is_stmt 0 view .LVU1344
	movb	$1, 256(%rsp)	#, pl.ret_any
	.loc 1 459 17 is_stmt 1 view .LVU1345
.LVL467:
.L337:
	.loc 1 452 38 view .LVU1346
	.loc 1 452 32 view .LVU1347
	addq	$8, 80(%rsp)	#, %sfp
	addq	$1, %r12	#, ivtmp.346
.LVL468:
	.loc 1 452 32 is_stmt 0 view .LVU1348
	cmpq	%r12, 72(%rsp)	# ivtmp.346, %sfp
	je	.L498	#,
.LVL469:
.L344:
	.loc 1 453 13 is_stmt 1 view .LVU1349
# dispatch/compiled/compiled.c:453:             pl->cases_at[(size_t)c * n + i] = used;
	.loc 1 453 45 is_stmt 0 view .LVU1350
	movq	80(%rsp), %rax	# %sfp, ivtmp.348
	movq	%rbx, (%rdx,%rax)	# used, *_358
	.loc 1 454 13 is_stmt 1 view .LVU1351
# dispatch/compiled/compiled.c:454:             if (pl->op[i] != OP_RET || !(pl->flag[i] & REACH(c)))
	.loc 1 454 16 is_stmt 0 view .LVU1352
	movq	8(%rsp), %rax	# %sfp, prephitmp_1204
	cmpb	$29, (%rax,%r12)	#, *_361
	jne	.L337	#,
# dispatch/compiled/compiled.c:454:             if (pl->op[i] != OP_RET || !(pl->flag[i] & REACH(c)))
	.loc 1 454 50 view .LVU1353
	leaq	(%r8,%r12,2), %r15	#, _365
	movzwl	(%r15), %eax	# *_365,
	movl	%eax, %r13d	#,
# dispatch/compiled/compiled.c:454:             if (pl->op[i] != OP_RET || !(pl->flag[i] & REACH(c)))
	.loc 1 454 37 view .LVU1354
	testl	%eax, 120(%rsp)	# _366, %sfp
	je	.L337	#,
# dispatch/compiled/compiled.c:456:             if (ret_contexts(pl, i) < 0) {
	.loc 1 456 17 view .LVU1355
	movq	32(%rsp), %rdi	# %sfp,
	movl	%r12d, %esi	# ivtmp.346, ivtmp.346
	movq	%r8, 48(%rsp)	# prephitmp_1218, %sfp
	movq	%rdx, 16(%rsp)	# prephitmp_1202, %sfp
	.loc 1 456 13 is_stmt 1 view .LVU1356
# dispatch/compiled/compiled.c:456:             if (ret_contexts(pl, i) < 0) {
	.loc 1 456 17 is_stmt 0 view .LVU1357
	call	ret_contexts	#
.LVL470:
# dispatch/compiled/compiled.c:456:             if (ret_contexts(pl, i) < 0) {
	.loc 1 456 16 view .LVU1358
	movq	16(%rsp), %rdx	# %sfp, prephitmp_1202
	movq	48(%rsp), %r8	# %sfp, prephitmp_1218
	testl	%eax, %eax	# tmp966
	js	.L499	#,
	.loc 1 461 13 is_stmt 1 view .LVU1359
.LBB475:
	.loc 1 461 13 view .LVU1360
.LVL471:
	.loc 1 461 13 view .LVU1361
	movq	208(%rsp), %rax	# pl.retno, pl.retno
	movq	224(%rsp), %rdi	# pl.nctx, pl.nctx
	movl	(%rax,%r12,4), %eax	# *_376, _825
	movl	(%rdi,%rax,4), %ecx	# *_810,
	leaq	0(,%rax,4), %r13	#, _824
	testl	%ecx, %ecx	#
	je	.L337	#,
.LBB476:
	movq	%rax, %rdx	# _825, tmp826
	movq	%r14, 104(%rsp)	# _346, %sfp
.LBE476:
	xorl	%ecx, %ecx	# x_
.LBB482:
	salq	$4, %rdx	#, tmp826
	movq	%r13, 64(%rsp)	# _824, %sfp
	addq	%rdx, %rax	# tmp826, tmp827
	movq	%r12, 112(%rsp)	# ivtmp.346, %sfp
	movq	192(%rsp), %rdx	# pl.first, _387
	movq	%rax, 56(%rsp)	# tmp827, %sfp
	movw	%bp, 126(%rsp)	# tmp816, %sfp
	movl	%ecx, %ebp	# x_, x_
	movq	%rdi, %rcx	# pl.nctx, pl.nctx
	movq	%r10, %rdi	# more, more
.LVL472:
.L343:
	.loc 1 461 13 is_stmt 0 view .LVU1362
.LBE482:
	.loc 1 461 13 is_stmt 1 view .LVU1363
.LBB483:
	.loc 1 461 13 view .LVU1364
	movq	56(%rsp), %rsi	# %sfp, tmp827
	movl	%ebp, %eax	# x_, x_
	addq	%rsi, %rax	# tmp827, tmp829
	movq	216(%rsp), %rsi	# pl.ctxs, pl.ctxs
	movl	(%rsi,%rax,4), %eax	# *_385,
	movq	%rax, %rsi	#,
.LVL473:
	.loc 1 461 13 is_stmt 0 view .LVU1365
	movl	(%rdx,%rax,4), %r14d	# *_390, j_
.LVL474:
	.loc 1 461 13 is_stmt 1 view .LVU1366
	addl	$1, %esi	#, tmp833
	leaq	0(,%rsi,4), %r13	#, _815
	cmpl	(%rdx,%rsi,4), %r14d	# *_814, j_
	jnb	.L339	#,
	.loc 1 461 13 is_stmt 0 view .LVU1367
	movl	%ebp, 48(%rsp)	# x_, %sfp
.LVL475:
	.p2align 4,,10
	.p2align 3
.L338:
	.loc 1 461 13 view .LVU1368
	movq	200(%rsp), %rdx	# pl.site, pl.site
	movl	%r14d, %eax	# j_, j_
.LBB477:
# dispatch/compiled/compiled.c:471:                     pl->cases[used++] = DL_ID(call + 1, cc);
	.loc 1 471 41 view .LVU1369
	xorl	%r15d, %r15d	# ivtmp.335
.LBE477:
# dispatch/compiled/compiled.c:461:             FOR_RET_SITES(pl, i, call)
	.loc 1 461 13 view .LVU1370
	movl	(%rdx,%rax,4), %r12d	# *_429,
	movq	%r12, %rax	#,
.LVL476:
	.loc 1 462 17 is_stmt 1 view .LVU1371
.LBB480:
	.loc 1 462 22 view .LVU1372
	.loc 1 462 37 view .LVU1373
# dispatch/compiled/compiled.c:463:                     if (!(pl->flag[call] & REACH(cc)))
	.loc 1 463 35 is_stmt 0 view .LVU1374
	addq	%r12, %r12	# _395
.LVL477:
# dispatch/compiled/compiled.c:471:                     pl->cases[used++] = DL_ID(call + 1, cc);
	.loc 1 471 41 view .LVU1375
	leal	1(%rax), %ebp	#, tmp845
	movq	%r15, %rax	# ivtmp.335, ivtmp.335
.LVL478:
	.loc 1 471 41 view .LVU1376
	movq	%r12, %r15	# _395, _395
	movq	%rbx, %r12	# used, used
	addq	%rbp, %rbp	# _439
	movq	%rax, %rbx	# ivtmp.335, ivtmp.335
.LVL479:
	.loc 1 471 41 view .LVU1377
	movq	%rbp, 8(%rsp)	# _439, %sfp
	jmp	.L342	#
.LVL480:
	.p2align 4,,10
	.p2align 3
.L341:
	.loc 1 471 21 is_stmt 1 view .LVU1378
# dispatch/compiled/compiled.c:471:                     pl->cases[used++] = DL_ID(call + 1, cc);
	.loc 1 471 41 is_stmt 0 view .LVU1379
	movq	8(%rsp), %rax	# %sfp, _439
	leaq	(%rax,%rbx), %rdx	#, tmp838
	movq	%rdx, (%rdi,%r12,8)	# tmp838, *_415
# dispatch/compiled/compiled.c:471:                     pl->cases[used++] = DL_ID(call + 1, cc);
	.loc 1 471 35 view .LVU1380
	addq	$1, %r12	#, used
.LVL481:
.L340:
	.loc 1 462 45 is_stmt 1 view .LVU1381
	.loc 1 462 37 view .LVU1382
	.loc 1 462 37 is_stmt 0 view .LVU1383
	movl	16(%rsp), %ecx	# %sfp, tmp1214
	movl	$1, %ebx	#, ivtmp.335
	cmpl	%ecx, 24(%rsp)	# tmp1214, %sfp
	jl	.L500	#,
.LVL482:
.L342:
	.loc 1 463 21 is_stmt 1 view .LVU1384
# dispatch/compiled/compiled.c:463:                     if (!(pl->flag[call] & REACH(cc)))
	.loc 1 463 35 is_stmt 0 view .LVU1385
	movzwl	(%r8,%r15), %eax	# *_396, *_396
# dispatch/compiled/compiled.c:463:                     if (!(pl->flag[call] & REACH(cc)))
	.loc 1 463 42 view .LVU1386
	leaq	1(%rbx), %rcx	#, ivtmp.335
	movq	%rcx, 16(%rsp)	# ivtmp.335, %sfp
# dispatch/compiled/compiled.c:463:                     if (!(pl->flag[call] & REACH(cc)))
	.loc 1 463 24 view .LVU1387
	testl	%eax, %ecx	# *_396, ivtmp.335
	je	.L340	#,
	.loc 1 465 21 is_stmt 1 view .LVU1388
# dispatch/compiled/compiled.c:465:                     if (used == cap) {
	.loc 1 465 24 is_stmt 0 view .LVU1389
	cmpq	%r12, %r11	# used, cap
	jne	.L341	#,
.LBB478:
	.loc 1 466 25 is_stmt 1 view .LVU1390
# dispatch/compiled/compiled.c:466:                         long *more = realloc(pl->cases, (cap *= 2) * sizeof *more);
	.loc 1 466 38 is_stmt 0 view .LVU1391
	movq	%r11, %rsi	# cap, cap
# dispatch/compiled/compiled.c:466:                         long *more = realloc(pl->cases, (cap *= 2) * sizeof *more);
	.loc 1 466 62 view .LVU1392
	leaq	(%r11,%r11), %rbp	#, cap
.LVL483:
# dispatch/compiled/compiled.c:466:                         long *more = realloc(pl->cases, (cap *= 2) * sizeof *more);
	.loc 1 466 38 view .LVU1393
	salq	$4, %rsi	#, cap
	call	realloc	#
.LVL484:
	movq	%rax, %rdi	# tmp967, more
.LVL485:
	.loc 1 467 25 is_stmt 1 view .LVU1394
# dispatch/compiled/compiled.c:467:                         if (!more)
	.loc 1 467 28 is_stmt 0 view .LVU1395
	testq	%rax, %rax	# more
	je	.L333	#,
	.loc 1 469 25 is_stmt 1 view .LVU1396
# dispatch/compiled/compiled.c:469:                         pl->cases = more;
	.loc 1 469 35 is_stmt 0 view .LVU1397
	movq	%rax, 240(%rsp)	# more, pl.cases
.LBE478:
.LBE480:
.LBE483:
.LBE475:
# dispatch/compiled/compiled.c:454:             if (pl->op[i] != OP_RET || !(pl->flag[i] & REACH(c)))
	.loc 1 454 44 view .LVU1398
	movq	168(%rsp), %r8	# pl.flag, prephitmp_1218
.LBB485:
.LBB484:
.LBB481:
.LBB479:
# dispatch/compiled/compiled.c:466:                         long *more = realloc(pl->cases, (cap *= 2) * sizeof *more);
	.loc 1 466 62 view .LVU1399
	movq	%rbp, %r11	# cap, cap
	jmp	.L341	#
.LVL486:
	.p2align 4,,10
	.p2align 3
.L500:
	.loc 1 466 62 view .LVU1400
.LBE479:
.LBE481:
# dispatch/compiled/compiled.c:461:             FOR_RET_SITES(pl, i, call)
	.loc 1 461 13 view .LVU1401
	movq	192(%rsp), %rdx	# pl.first, _387
	movq	%r12, %rbx	# used, used
	.loc 1 461 13 is_stmt 1 view .LVU1402
	addl	$1, %r14d	#, j_
.LVL487:
	.loc 1 461 13 view .LVU1403
	cmpl	(%rdx,%r13), %r14d	# *_424, j_
	jb	.L338	#,
	.loc 1 461 13 is_stmt 0 view .LVU1404
	movl	48(%rsp), %ebp	# %sfp, x_
	movq	224(%rsp), %rcx	# pl.nctx, pl.nctx
.LVL488:
.L339:
	.loc 1 461 13 view .LVU1405
.LBE484:
	.loc 1 461 13 is_stmt 1 view .LVU1406
	movq	64(%rsp), %rax	# %sfp, _824
	addl	$1, %ebp	#, x_
.LVL489:
	.loc 1 461 13 view .LVU1407
	cmpl	(%rcx,%rax), %ebp	# *_433, x_
	jb	.L343	#,
	.loc 1 461 13 is_stmt 0 view .LVU1408
.LBE485:
# dispatch/compiled/compiled.c:454:             if (pl->op[i] != OP_RET || !(pl->flag[i] & REACH(c)))
	.loc 1 454 19 view .LVU1409
	movq	160(%rsp), %rax	# pl.op, prephitmp_1204
.LBE474:
.LBE487:
# dispatch/compiled/compiled.c:475:     pl->cases_at[(size_t)2 * n] = used;
	.loc 1 475 7 view .LVU1410
	movq	104(%rsp), %r14	# %sfp, _346
.LVL490:
	.loc 1 475 7 view .LVU1411
	movq	%rdi, %r10	# more, more
	movq	112(%rsp), %r12	# %sfp, ivtmp.346
	movzwl	126(%rsp), %ebp	# %sfp, tmp816
.LVL491:
.LBB488:
.LBB486:
# dispatch/compiled/compiled.c:454:             if (pl->op[i] != OP_RET || !(pl->flag[i] & REACH(c)))
	.loc 1 454 19 view .LVU1412
	movq	%rax, 8(%rsp)	# prephitmp_1204, %sfp
.LBE486:
.LBE488:
# dispatch/compiled/compiled.c:475:     pl->cases_at[(size_t)2 * n] = used;
	.loc 1 475 7 view .LVU1413
	movq	248(%rsp), %rdx	# pl.cases_at, prephitmp_1202
	jmp	.L337	#
.LVL492:
.L498:
	.loc 1 475 7 view .LVU1414
	movl	88(%rsp), %r12d	# %sfp, n
	movq	96(%rsp), %r13	# %sfp, ivtmp.358
	movq	%rdx, %r15	# prephitmp_1202, prephitmp_1202
.LVL493:
.L347:
.LBB489:
	.loc 1 451 29 is_stmt 1 view .LVU1415
	.loc 1 451 23 view .LVU1416
	movq	72(%rsp), %rax	# %sfp, _345
	addq	%rax, %r13	# _345, ivtmp.358
	movl	24(%rsp), %eax	# %sfp,
	testl	%eax, %eax	#
	jne	.L345	#,
# dispatch/compiled/compiled.c:451:     for (int c = 0; c < 2; c++) {
	.loc 1 451 29 is_stmt 0 view .LVU1417
	movl	$1, 24(%rsp)	#, %sfp
.LVL494:
	.loc 1 451 29 view .LVU1418
	jmp	.L334	#
.LVL495:
.L333:
	.loc 1 451 29 view .LVU1419
.LBE489:
.LBE472:
.LBE471:
	.loc 1 425 9 is_stmt 1 view .LVU1420
.LDL1:
	.loc 1 429 5 view .LVU1421
	movq	32(%rsp), %rdi	# %sfp,
	call	plan_free	#
.LVL496:
	.loc 1 430 5 view .LVU1422
.L282:
	.loc 1 430 5 is_stmt 0 view .LVU1423
.LBE392:
.LBE391:
	.loc 1 793 9 is_stmt 1 view .LVU1424
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL497:
	.loc 1 794 9 view .LVU1425
.L281:
# dispatch/compiled/compiled.c:788:         return NULL;
	.loc 1 788 16 is_stmt 0 view .LVU1426
	movq	$0, 40(%rsp)	#, %sfp
	jmp	.L279	#
.LVL498:
.L345:
.LBB583:
.LBB580:
.LBB492:
.LBB490:
	.loc 1 475 5 is_stmt 1 view .LVU1427
.LBE490:
.LBE492:
.LBB493:
.LBB494:
.LBB495:
.LBB496:
# dispatch/compiled/compiled.c:505:         for (uint32_t i = 0; i < pl->n; i++) {
	.loc 1 505 36 is_stmt 0 view .LVU1428
	movl	152(%rsp), %ecx	# pl.n, _833
.LBE496:
.LBE495:
.LBE494:
.LBE493:
.LBB570:
.LBB491:
# dispatch/compiled/compiled.c:475:     pl->cases_at[(size_t)2 * n] = used;
	.loc 1 475 33 view .LVU1429
	movq	%rbx, (%r15,%r14)	# used, *_438
	.loc 1 476 5 is_stmt 1 view .LVU1430
.LVL499:
	.loc 1 476 5 is_stmt 0 view .LVU1431
.LBE491:
.LBE570:
	.loc 1 426 5 is_stmt 1 view .LVU1432
.LBB571:
.LBI493:
	.loc 1 501 13 view .LVU1433
.LBB568:
	.loc 1 503 5 view .LVU1434
# dispatch/compiled/compiled.c:503:     pl->flag[0] |= ENTRY(0);
	.loc 1 503 17 is_stmt 0 view .LVU1435
	orw	$128, (%r8)	#, *prephitmp_1235
	.loc 1 504 5 is_stmt 1 view .LVU1436
.LBB559:
	.loc 1 504 10 view .LVU1437
.LVL500:
	.loc 1 504 23 view .LVU1438
.LBB556:
	.loc 1 505 32 view .LVU1439
	testl	%ecx, %ecx	# _833
	je	.L348	#,
.LBB497:
# dispatch/compiled/compiled.c:512:                 mark_entry(pl, c, i, c, pl->target[i]);
	.loc 1 512 43 is_stmt 0 view .LVU1440
	movq	176(%rsp), %rax	# pl.target, _482
	movl	%ecx, %edx	# _833, _1086
# dispatch/compiled/compiled.c:513:             if (f == FLOW_CALL && c == 0 && pl->p->proven[i])
	.loc 1 513 47 view .LVU1441
	xorl	%r14d, %r14d	# ivtmp.331
	xorl	%r13d, %r13d	# c
# dispatch/compiled/compiled.c:512:                 mark_entry(pl, c, i, c, pl->target[i]);
	.loc 1 512 43 view .LVU1442
	movq	%rax, 16(%rsp)	# _482, %sfp
# dispatch/compiled/compiled.c:513:             if (f == FLOW_CALL && c == 0 && pl->p->proven[i])
	.loc 1 513 47 view .LVU1443
	movq	144(%rsp), %rax	# pl.p, _490
	movq	%rax, 48(%rsp)	# _490, %sfp
.LVL501:
.L349:
	.loc 1 513 47 view .LVU1444
	cmpl	$1, %r13d	#, c
	sbbl	%eax, %eax	# tmp848
	addl	$2, %eax	#, tmp848
	cmpl	$1, %r13d	#, c
	sbbl	%r11d, %r11d	# tmp849
	movl	%eax, 56(%rsp)	# tmp848, %sfp
.LBE497:
# dispatch/compiled/compiled.c:505:         for (uint32_t i = 0; i < pl->n; i++) {
	.loc 1 505 23 view .LVU1445
	xorl	%r9d, %r9d	# i
	xorl	%eax, %eax	# ivtmp.314
	andl	$-128, %r11d	#, tmp849
	addw	$256, %r11w	#, tmp849
	jmp	.L368	#
.LVL502:
.L503:
.LBB551:
# dispatch/compiled/compiled.c:509:             if ((f == FLOW_NEXT || f == FLOW_COND) && i + 1 < pl->n)
	.loc 1 509 52 view .LVU1446
	cmpl	%ecx, %r9d	# _833, i
	jb	.L353	#,
	.loc 1 511 13 is_stmt 1 view .LVU1447
# dispatch/compiled/compiled.c:511:             if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
	.loc 1 511 16 is_stmt 0 view .LVU1448
	cmpl	$2, %ebx	#, _1248
	jbe	.L501	#,
.LVL503:
.L351:
	.loc 1 511 16 view .LVU1449
.LBE551:
	.loc 1 505 42 is_stmt 1 view .LVU1450
	.loc 1 505 32 view .LVU1451
	addq	$1, %rax	#, ivtmp.314
	cmpl	%r9d, %ecx	# i, _833
	je	.L502	#,
.LVL504:
.L368:
.LBB552:
	.loc 1 506 13 view .LVU1452
	movl	%r9d, %esi	# i, i
# dispatch/compiled/compiled.c:506:             if (!(pl->flag[i] & REACH(c)))
	.loc 1 506 27 is_stmt 0 view .LVU1453
	movzwl	(%r8,%rax,2), %edi	# MEM[(uint16_t *)prephitmp_1235 + ivtmp.314_1072 * 2], MEM[(uint16_t *)prephitmp_1235 + ivtmp.314_1072 * 2]
.LBE552:
# dispatch/compiled/compiled.c:505:         for (uint32_t i = 0; i < pl->n; i++) {
	.loc 1 505 42 view .LVU1454
	addl	$1, %r9d	#, i
.LVL505:
.LBB553:
# dispatch/compiled/compiled.c:506:             if (!(pl->flag[i] & REACH(c)))
	.loc 1 506 16 view .LVU1455
	testl	%edi, 56(%rsp)	# MEM[(uint16_t *)prephitmp_1235 + ivtmp.314_1072 * 2], %sfp
	je	.L351	#,
	.loc 1 508 13 is_stmt 1 view .LVU1456
# dispatch/compiled/compiled.c:508:             enum flow f = opinfo[pl->op[i]].flow;
	.loc 1 508 23 is_stmt 0 view .LVU1457
	movq	8(%rsp), %rbx	# %sfp, prephitmp_1204
	movzbl	(%rbx,%rax), %edi	# MEM[(uint8_t *)prephitmp_1236 + ivtmp.314_1072 * 1], MEM[(uint8_t *)prephitmp_1236 + ivtmp.314_1072 * 1]
	leaq	(%rdi,%rdi,4), %rdi	#, tmp857
	movl	opinfo+16(,%rdi,8), %edi	# opinfo[_474].flow, f
.LVL506:
	.loc 1 509 13 is_stmt 1 view .LVU1458
# dispatch/compiled/compiled.c:511:             if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
	.loc 1 511 50 is_stmt 0 view .LVU1459
	leal	-1(%rdi), %ebx	#, _1248
# dispatch/compiled/compiled.c:509:             if ((f == FLOW_NEXT || f == FLOW_COND) && i + 1 < pl->n)
	.loc 1 509 16 view .LVU1460
	testl	$-3, %edi	#, f
	je	.L503	#,
	.loc 1 511 13 is_stmt 1 view .LVU1461
# dispatch/compiled/compiled.c:511:             if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
	.loc 1 511 16 is_stmt 0 view .LVU1462
	cmpl	$2, %ebx	#, _1248
	jbe	.L360	#,
	.loc 1 513 13 is_stmt 1 view .LVU1463
	.loc 1 515 13 view .LVU1464
# dispatch/compiled/compiled.c:515:             if (f == FLOW_RET)
	.loc 1 515 16 is_stmt 0 view .LVU1465
	cmpl	$4, %edi	#, f
	jne	.L351	#,
	.loc 1 516 17 is_stmt 1 view .LVU1466
.LBB498:
	.loc 1 516 22 view .LVU1467
	leaq	(%r15,%r14,8), %rdi	#, _1078
.LVL507:
# dispatch/compiled/compiled.c:516:                 for (size_t k = pl->cases_at[(size_t)c * pl->n + i];
	.loc 1 516 29 is_stmt 0 view .LVU1468
	movq	(%rdi,%rax,8), %rbx	# MEM[(size_t *)_1078 + ivtmp.314_1072 * 8], k
.LVL508:
	.loc 1 517 24 is_stmt 1 view .LVU1469
# dispatch/compiled/compiled.c:517:                      k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++)
	.loc 1 517 38 is_stmt 0 view .LVU1470
	movq	8(%rdi,%rax,8), %rdi	# MEM[(size_t *)_1078 + 8B + ivtmp.314_1072 * 8], _851
# dispatch/compiled/compiled.c:517:                      k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++)
	.loc 1 517 24 view .LVU1471
	cmpq	%rdi, %rbx	# _851, k
	jnb	.L351	#,
.LBB499:
.LBB500:
.LBB501:
.LBB502:
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 view .LVU1472
	shrl	$8, %esi	#, tmp881
.LVL509:
	.loc 1 491 19 view .LVU1473
	leaq	(%r10,%rbx,8), %rbx	#, ivtmp.312
.LVL510:
	.loc 1 491 19 view .LVU1474
	leaq	(%r10,%rdi,8), %r12	#, _1071
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 14 view .LVU1475
	addl	%esi, %esi	# _589
.LVL511:
.L367:
	.loc 1 491 14 view .LVU1476
.LBE502:
.LBE501:
.LBE500:
.LBE499:
	.loc 1 518 21 is_stmt 1 view .LVU1477
# dispatch/compiled/compiled.c:518:                     mark_entry(pl, c, i, c, (uint32_t)(pl->cases[k] >> 1));
	.loc 1 518 69 is_stmt 0 view .LVU1478
	movq	(%rbx), %rdi	# MEM[(long int *)_1068], _509
	sarq	%rdi	# _509
.LVL512:
.LBB510:
.LBI499:
	.loc 1 494 13 is_stmt 1 view .LVU1479
.LBB509:
	.loc 1 496 5 view .LVU1480
.LBB504:
.LBI501:
	.loc 1 489 17 view .LVU1481
.LBB503:
	.loc 1 491 5 view .LVU1482
	.loc 1 491 5 is_stmt 0 view .LVU1483
.LBE503:
.LBE504:
.LBB505:
.LBI505:
	.loc 1 489 17 is_stmt 1 view .LVU1484
.LBB506:
	.loc 1 491 5 view .LVU1485
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 is_stmt 0 view .LVU1486
	movl	%edi, %ebp	# _509, tmp885
	shrl	$8, %ebp	#, tmp885
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 14 view .LVU1487
	addl	%ebp, %ebp	# tmp886
.LBE506:
.LBE505:
# dispatch/compiled/compiled.c:496:     if (chunk_of(c, from) != chunk_of(cto, to))
	.loc 1 496 8 view .LVU1488
	cmpl	%ebp, %esi	# tmp886, _589
	je	.L366	#,
.LVL513:
.LBB507:
.LBI507:
	.loc 1 494 13 is_stmt 1 view .LVU1489
.LBB508:
	.loc 1 497 9 view .LVU1490
# dispatch/compiled/compiled.c:497:         pl->flag[to] |= ENTRY(cto);
	.loc 1 497 17 is_stmt 0 view .LVU1491
	movl	%edi, %edi	# _509, _509
# dispatch/compiled/compiled.c:497:         pl->flag[to] |= ENTRY(cto);
	.loc 1 497 22 view .LVU1492
	orw	%r11w, (%r8,%rdi,2)	# tmp849, *_600
.LVL514:
.L366:
	.loc 1 497 22 view .LVU1493
.LBE508:
.LBE507:
.LBE509:
.LBE510:
	.loc 1 517 68 is_stmt 1 view .LVU1494
	.loc 1 517 24 view .LVU1495
	addq	$8, %rbx	#, ivtmp.312
	cmpq	%r12, %rbx	# _1071, ivtmp.312
	jne	.L367	#,
.LBE498:
.LBE553:
	.loc 1 505 42 view .LVU1496
.LVL515:
	.loc 1 505 32 view .LVU1497
	addq	$1, %rax	#, ivtmp.314
	cmpl	%r9d, %ecx	# i, _833
	jne	.L368	#,
.LVL516:
.L502:
	.loc 1 505 32 is_stmt 0 view .LVU1498
.LBE556:
	.loc 1 504 29 is_stmt 1 view .LVU1499
	.loc 1 504 23 view .LVU1500
	addq	%rdx, %r14	# _1086, ivtmp.331
	cmpl	$1, %r13d	#, c
	je	.L348	#,
# dispatch/compiled/compiled.c:504:     for (int c = 0; c < 2; c++)
	.loc 1 504 29 is_stmt 0 view .LVU1501
	movl	24(%rsp), %r13d	# %sfp, c
.LVL517:
	.loc 1 504 29 view .LVU1502
	jmp	.L349	#
.LVL518:
.L353:
.LBB557:
.LBB554:
	.loc 1 510 17 is_stmt 1 view .LVU1503
.LBB511:
.LBI511:
	.loc 1 494 13 view .LVU1504
.LBB512:
	.loc 1 496 5 view .LVU1505
.LBB513:
.LBI513:
	.loc 1 489 17 view .LVU1506
.LBB514:
	.loc 1 491 5 view .LVU1507
	.loc 1 491 5 is_stmt 0 view .LVU1508
.LBE514:
.LBE513:
.LBB517:
.LBI517:
	.loc 1 489 17 is_stmt 1 view .LVU1509
.LBB518:
	.loc 1 491 5 view .LVU1510
	.loc 1 491 5 is_stmt 0 view .LVU1511
.LBE518:
.LBE517:
.LBB521:
.LBB515:
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 view .LVU1512
	movl	%esi, %ebp	# i, tmp866
.LBE515:
.LBE521:
.LBB522:
.LBB519:
	movl	%r9d, %r12d	# i, tmp868
.LBE519:
.LBE522:
.LBB523:
.LBB516:
	shrl	$8, %ebp	#, tmp866
.LBE516:
.LBE523:
.LBB524:
.LBB520:
	shrl	$8, %r12d	#, tmp868
.LBE520:
.LBE524:
# dispatch/compiled/compiled.c:496:     if (chunk_of(c, from) != chunk_of(cto, to))
	.loc 1 496 8 view .LVU1513
	cmpl	%ebp, %r12d	# tmp866, tmp868
	je	.L358	#,
.LVL519:
.LBB525:
.LBI525:
	.loc 1 494 13 is_stmt 1 view .LVU1514
.LBB526:
	.loc 1 497 9 view .LVU1515
# dispatch/compiled/compiled.c:497:         pl->flag[to] |= ENTRY(cto);
	.loc 1 497 22 is_stmt 0 view .LVU1516
	cmpl	$1, %r13d	#, c
	sbbl	%ebp, %ebp	# prephitmp_1238
	andl	$-128, %ebp	#, prephitmp_1238
	addw	$256, %bp	#, prephitmp_1238
	orw	%bp, 2(%r8,%rax,2)	# prephitmp_1238, MEM[(uint16_t *)prephitmp_1235 + 2B + ivtmp.314_1072 * 2]
.LVL520:
.L358:
	.loc 1 497 22 view .LVU1517
.LBE526:
.LBE525:
.LBE512:
.LBE511:
	.loc 1 511 13 is_stmt 1 view .LVU1518
# dispatch/compiled/compiled.c:511:             if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
	.loc 1 511 16 is_stmt 0 view .LVU1519
	cmpl	$2, %ebx	#, _1248
	ja	.L351	#,
.L360:
	.loc 1 512 17 is_stmt 1 view .LVU1520
	movq	16(%rsp), %rbx	# %sfp, _482
.LBB527:
.LBB528:
.LBB529:
.LBB530:
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 is_stmt 0 view .LVU1521
	shrl	$8, %esi	#, tmp862
.LVL521:
	.loc 1 491 19 view .LVU1522
.LBE530:
.LBE529:
.LBE528:
.LBE527:
# dispatch/compiled/compiled.c:512:                 mark_entry(pl, c, i, c, pl->target[i]);
	.loc 1 512 17 view .LVU1523
	movl	(%rbx,%rax,4), %ebx	# MEM[(uint32_t *)_482 + ivtmp.314_1072 * 4],
.LVL522:
.LBB548:
.LBI527:
	.loc 1 494 13 is_stmt 1 view .LVU1524
.LBB545:
	.loc 1 496 5 view .LVU1525
.LBB534:
.LBI529:
	.loc 1 489 17 view .LVU1526
.LBB531:
	.loc 1 491 5 view .LVU1527
	.loc 1 491 5 is_stmt 0 view .LVU1528
.LBE531:
.LBE534:
.LBB535:
.LBI535:
	.loc 1 489 17 is_stmt 1 view .LVU1529
.LBB536:
	.loc 1 491 5 view .LVU1530
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 is_stmt 0 view .LVU1531
	movl	%ebx, %ebp	# _355, tmp864
	shrl	$8, %ebp	#, tmp864
.LBE536:
.LBE535:
# dispatch/compiled/compiled.c:496:     if (chunk_of(c, from) != chunk_of(cto, to))
	.loc 1 496 8 view .LVU1532
	cmpl	%esi, %ebp	# tmp862, tmp864
	je	.L504	#,
.LVL523:
.LBB538:
.LBI538:
	.loc 1 494 13 is_stmt 1 view .LVU1533
.LBB539:
	.loc 1 497 9 view .LVU1534
# dispatch/compiled/compiled.c:497:         pl->flag[to] |= ENTRY(cto);
	.loc 1 497 17 is_stmt 0 view .LVU1535
	leaq	(%r8,%rbx,2), %rbx	#, _583
.LVL524:
	.loc 1 497 17 view .LVU1536
	movzwl	(%rbx), %esi	# *_583, _584
# dispatch/compiled/compiled.c:497:         pl->flag[to] |= ENTRY(cto);
	.loc 1 497 22 view .LVU1537
	testl	%r13d, %r13d	# c
	je	.L364	#,
.LVL525:
.L507:
	.loc 1 497 22 view .LVU1538
	orw	$256, %si	#, tmp877
	movw	%si, (%rbx)	# tmp877, *_583
.LVL526:
	.loc 1 497 22 view .LVU1539
.LBE539:
.LBE538:
.LBE545:
.LBE548:
	.loc 1 513 13 is_stmt 1 view .LVU1540
	jmp	.L351	#
.LVL527:
.L348:
	.loc 1 513 13 is_stmt 0 view .LVU1541
	leal	-1(%rcx), %eax	#, tmp895
.LBE554:
.LBE557:
.LBE559:
.LBB560:
.LBB561:
.LBB562:
# dispatch/compiled/compiled.c:523:         for (uint32_t i = 0; i < pl->n && !any; i++)
	.loc 1 523 40 view .LVU1542
	xorl	%edx, %edx	# c
	leaq	(%r8,%rax,2), %r10	#, _1062
	leal	-2(%rcx), %eax	#, tmp898
	leaq	4(%r8,%rax,2), %r9	#, _1050
.LVL528:
	.loc 1 523 40 is_stmt 1 view .LVU1543
	testl	%ecx, %ecx	# _833
	je	.L376	#,
.LVL529:
.L379:
	.loc 1 523 40 is_stmt 0 view .LVU1544
	cmpl	$1, %edx	#, c
	movq	%r8, %rdi	# prephitmp_1218, ivtmp.301
	sbbl	%eax, %eax	# tmp889
	andl	$-512, %eax	#, tmp889
	addl	$1024, %eax	#, tmp889
	jmp	.L371	#
.LVL530:
.L505:
	.loc 1 523 40 view .LVU1545
	addq	$2, %rdi	#, ivtmp.301
.LVL531:
	.loc 1 523 40 view .LVU1546
	testl	%esi, %esi	# _526
	jne	.L370	#,
.LVL532:
.L371:
	.loc 1 524 13 is_stmt 1 view .LVU1547
# dispatch/compiled/compiled.c:524:             any = (pl->flag[i] & ANY(c)) != 0;
	.loc 1 524 28 is_stmt 0 view .LVU1548
	movzwl	(%rdi), %esi	# MEM[(uint16_t *)_1057], MEM[(uint16_t *)_1057]
# dispatch/compiled/compiled.c:524:             any = (pl->flag[i] & ANY(c)) != 0;
	.loc 1 524 32 view .LVU1549
	andl	%eax, %esi	# tmp889, _526
.LVL533:
	.loc 1 523 50 is_stmt 1 view .LVU1550
	.loc 1 523 40 view .LVU1551
	cmpq	%r10, %rdi	# _1062, ivtmp.301
	jne	.L505	#,
.LVL534:
	.loc 1 523 40 is_stmt 0 view .LVU1552
.LBE562:
.LBB563:
	.loc 1 525 34 is_stmt 1 view .LVU1553
	testl	%esi, %esi	# _526
	je	.L489	#,
.LVL535:
.L370:
	.loc 1 525 34 is_stmt 0 view .LVU1554
	cmpl	$1, %ecx	#, _833
	jbe	.L489	#,
	movq	8(%rsp), %rdi	# %sfp, ivtmp.293
	leaq	2(%r8), %rax	#, ivtmp.294
	jmp	.L378	#
.LVL536:
.L372:
	.loc 1 525 34 is_stmt 1 view .LVU1555
	.loc 1 525 34 is_stmt 0 view .LVU1556
	addq	$2, %rax	#, ivtmp.294
	addq	$1, %rdi	#, ivtmp.293
.LVL537:
	.loc 1 525 34 view .LVU1557
	cmpq	%r9, %rax	# _1050, ivtmp.294
	je	.L489	#,
.LVL538:
.L378:
	.loc 1 526 13 is_stmt 1 view .LVU1558
# dispatch/compiled/compiled.c:526:             if (pl->op[i] == OP_CALL && (pl->flag[i] & (c ? REACH_V | REACH_C : REACH_V)))
	.loc 1 526 16 is_stmt 0 view .LVU1559
	cmpb	$28, (%rdi)	#, MEM[(uint8_t *)_1044]
	jne	.L372	#,
# dispatch/compiled/compiled.c:526:             if (pl->op[i] == OP_CALL && (pl->flag[i] & (c ? REACH_V | REACH_C : REACH_V)))
	.loc 1 526 50 view .LVU1560
	movzwl	-2(%rax), %esi	# MEM[(uint16_t *)_1051 + -2B], _538
# dispatch/compiled/compiled.c:526:             if (pl->op[i] == OP_CALL && (pl->flag[i] & (c ? REACH_V | REACH_C : REACH_V)))
	.loc 1 526 79 view .LVU1561
	testl	%edx, %edx	# c
	je	.L506	#,
# dispatch/compiled/compiled.c:526:             if (pl->op[i] == OP_CALL && (pl->flag[i] & (c ? REACH_V | REACH_C : REACH_V)))
	.loc 1 526 38 view .LVU1562
	andl	$3, %esi	#, _538
	je	.L372	#,
	.loc 1 527 17 is_stmt 1 view .LVU1563
# dispatch/compiled/compiled.c:527:                 pl->flag[i + 1] |= ENTRY(c);
	.loc 1 527 25 is_stmt 0 view .LVU1564
	movzwl	(%rax), %esi	# MEM[(uint16_t *)_1051], _562
	movl	$256, %r11d	#, prephitmp_1244
.L374:
# dispatch/compiled/compiled.c:527:                 pl->flag[i + 1] |= ENTRY(c);
	.loc 1 527 33 view .LVU1565
	orl	%r11d, %esi	# prephitmp_1244, tmp893
# dispatch/compiled/compiled.c:525:         for (uint32_t i = 0; any && i + 1 < pl->n; i++)
	.loc 1 525 34 view .LVU1566
	addq	$2, %rax	#, ivtmp.294
	addq	$1, %rdi	#, ivtmp.293
.LVL539:
# dispatch/compiled/compiled.c:527:                 pl->flag[i + 1] |= ENTRY(c);
	.loc 1 527 33 view .LVU1567
	movw	%si, -2(%rax)	# tmp893, MEM[(uint16_t *)_1051]
	.loc 1 525 34 is_stmt 1 view .LVU1568
	.loc 1 525 34 is_stmt 0 view .LVU1569
	cmpq	%r9, %rax	# _1050, ivtmp.294
	jne	.L378	#,
.LVL540:
.L489:
	.loc 1 525 34 view .LVU1570
.LBE563:
.LBE561:
	.loc 1 521 29 is_stmt 1 view .LVU1571
	.loc 1 521 23 view .LVU1572
	cmpl	$1, %edx	#, c
	je	.L376	#,
.LVL541:
.LBB566:
.LBB564:
# dispatch/compiled/compiled.c:523:         for (uint32_t i = 0; i < pl->n && !any; i++)
	.loc 1 523 40 is_stmt 0 view .LVU1573
	movl	24(%rsp), %edx	# %sfp, c
	jmp	.L379	#
.LVL542:
.L506:
	.loc 1 523 40 view .LVU1574
.LBE564:
.LBB565:
# dispatch/compiled/compiled.c:526:             if (pl->op[i] == OP_CALL && (pl->flag[i] & (c ? REACH_V | REACH_C : REACH_V)))
	.loc 1 526 38 view .LVU1575
	andl	$1, %esi	#, _538
	je	.L372	#,
	.loc 1 527 17 is_stmt 1 view .LVU1576
# dispatch/compiled/compiled.c:527:                 pl->flag[i + 1] |= ENTRY(c);
	.loc 1 527 25 is_stmt 0 view .LVU1577
	movzwl	(%rax), %esi	# MEM[(uint16_t *)_1051], _562
	movl	$128, %r11d	#, prephitmp_1244
	jmp	.L374	#
.LVL543:
.L376:
	.loc 1 527 25 view .LVU1578
.LBE565:
.LBE566:
.LBE560:
.LBE568:
.LBE571:
.LBE580:
.LBE583:
	.loc 1 796 5 is_stmt 1 view .LVU1579
# dispatch/compiled/compiled.c:796:     int rc = toolchain_build(write_program, &pl, "dl_compiled_run", &c->code, &failure);
	.loc 1 796 14 is_stmt 0 view .LVU1580
	movq	32(%rsp), %r15	# %sfp, tmp917
	movq	40(%rsp), %rcx	# %sfp,
	movl	$write_program, %edi	#,
	movl	$.LC44, %edx	#,
	movq	%fs:0, %r8	#, tmp903
	movq	%r15, %rsi	# tmp917,
	addq	$failure@tpoff, %r8	#,
	call	toolchain_build	#
.LVL544:
# dispatch/compiled/compiled.c:797:     plan_free(&pl);
	.loc 1 797 5 view .LVU1581
	movq	%r15, %rdi	# tmp917,
# dispatch/compiled/compiled.c:796:     int rc = toolchain_build(write_program, &pl, "dl_compiled_run", &c->code, &failure);
	.loc 1 796 14 view .LVU1582
	movl	%eax, %ebx	# tmp968, rc
.LVL545:
	.loc 1 797 5 is_stmt 1 view .LVU1583
	call	plan_free	#
.LVL546:
	.loc 1 798 5 view .LVU1584
# dispatch/compiled/compiled.c:798:     if (rc < 0) {
	.loc 1 798 8 is_stmt 0 view .LVU1585
	testl	%ebx, %ebx	# rc
	js	.L282	#,
	.loc 1 802 5 is_stmt 1 view .LVU1586
	movq	40(%rsp), %rbx	# %sfp, <retval>
.LVL547:
	.loc 1 802 5 is_stmt 0 view .LVU1587
	movq	8(%rbx), %rax	# MEM <unsigned long> [(char * {ref-all})c_12 + 8B], MEM <unsigned long> [(char * {ref-all})c_12 + 8B]
	movq	%rax, 16(%rbx)	# MEM <unsigned long> [(char * {ref-all})c_12 + 8B], MEM <unsigned long> [(char * {ref-all})c_12 + 16B]
	.loc 1 803 5 is_stmt 1 view .LVU1588
.LVL548:
.L279:
# dispatch/compiled/compiled.c:804: }
	.loc 1 804 1 is_stmt 0 view .LVU1589
	movq	40(%rsp), %rax	# %sfp,
	addq	$280, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
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
.LVL549:
.L501:
	.cfi_restore_state
.LBB584:
.LBB581:
.LBB572:
.LBB569:
.LBB567:
.LBB558:
.LBB555:
	.loc 1 512 17 is_stmt 1 view .LVU1590
	movq	16(%rsp), %rbx	# %sfp, _482
.LBB549:
.LBB546:
.LBB541:
.LBB532:
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 is_stmt 0 view .LVU1591
	shrl	$8, %esi	#, tmp910
.LVL550:
	.loc 1 491 19 view .LVU1592
.LBE532:
.LBE541:
.LBE546:
.LBE549:
# dispatch/compiled/compiled.c:512:                 mark_entry(pl, c, i, c, pl->target[i]);
	.loc 1 512 17 view .LVU1593
	movl	(%rbx,%rax,4), %ebx	# MEM[(uint32_t *)_482 + ivtmp.314_1072 * 4],
.LVL551:
.LBB550:
	.loc 1 494 13 is_stmt 1 view .LVU1594
.LBB547:
	.loc 1 496 5 view .LVU1595
.LBB542:
	.loc 1 489 17 view .LVU1596
.LBB533:
	.loc 1 491 5 view .LVU1597
	.loc 1 491 5 is_stmt 0 view .LVU1598
.LBE533:
.LBE542:
.LBB543:
	.loc 1 489 17 is_stmt 1 view .LVU1599
.LBB537:
	.loc 1 491 5 view .LVU1600
# dispatch/compiled/compiled.c:491:     return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
	.loc 1 491 19 is_stmt 0 view .LVU1601
	movl	%ebx, %ebp	# _355, tmp908
	shrl	$8, %ebp	#, tmp908
.LBE537:
.LBE543:
# dispatch/compiled/compiled.c:496:     if (chunk_of(c, from) != chunk_of(cto, to))
	.loc 1 496 8 view .LVU1602
	cmpl	%ebp, %esi	# tmp908, tmp910
	je	.L351	#,
.LVL552:
.LBB544:
	.loc 1 494 13 is_stmt 1 view .LVU1603
.LBB540:
	.loc 1 497 9 view .LVU1604
# dispatch/compiled/compiled.c:497:         pl->flag[to] |= ENTRY(cto);
	.loc 1 497 17 is_stmt 0 view .LVU1605
	leaq	(%r8,%rbx,2), %rbx	#, _583
.LVL553:
	.loc 1 497 17 view .LVU1606
	movzwl	(%rbx), %esi	# *_583, _584
# dispatch/compiled/compiled.c:497:         pl->flag[to] |= ENTRY(cto);
	.loc 1 497 22 view .LVU1607
	testl	%r13d, %r13d	# c
	jne	.L507	#,
.LVL554:
.L364:
	.loc 1 497 22 view .LVU1608
	orb	$-128, %sil	#, tmp878
	movw	%si, (%rbx)	# tmp878, *_583
.LVL555:
.L488:
	.loc 1 497 22 view .LVU1609
.LBE540:
.LBE544:
.LBE547:
.LBE550:
	.loc 1 513 13 is_stmt 1 view .LVU1610
# dispatch/compiled/compiled.c:513:             if (f == FLOW_CALL && c == 0 && pl->p->proven[i])
	.loc 1 513 16 is_stmt 0 view .LVU1611
	cmpl	$3, %edi	#, f
	jne	.L351	#,
# dispatch/compiled/compiled.c:513:             if (f == FLOW_CALL && c == 0 && pl->p->proven[i])
	.loc 1 513 58 view .LVU1612
	movq	48(%rsp), %rbx	# %sfp, _490
	movq	64(%rbx), %rsi	# _490->proven, _490->proven
# dispatch/compiled/compiled.c:513:             if (f == FLOW_CALL && c == 0 && pl->p->proven[i])
	.loc 1 513 42 view .LVU1613
	cmpb	$0, (%rsi,%rax)	#, *_492
	je	.L351	#,
	.loc 1 514 17 is_stmt 1 view .LVU1614
# dispatch/compiled/compiled.c:514:                 pl->flag[i] |= ENTRY_C;            /* its retry */
	.loc 1 514 29 is_stmt 0 view .LVU1615
	orw	$256, (%r8,%rax,2)	#, MEM[(uint16_t *)prephitmp_1235 + ivtmp.314_1072 * 2]
	.loc 1 515 13 is_stmt 1 view .LVU1616
	jmp	.L351	#
.LVL556:
.L504:
	.loc 1 513 13 view .LVU1617
# dispatch/compiled/compiled.c:513:             if (f == FLOW_CALL && c == 0 && pl->p->proven[i])
	.loc 1 513 16 is_stmt 0 view .LVU1618
	testb	$1, %r13b	#, c
	je	.L488	#,
	jmp	.L351	#
.LVL557:
.L497:
	.loc 1 513 16 view .LVU1619
.LBE555:
.LBE558:
.LBE567:
.LBE569:
.LBE572:
.LBB573:
.LBB465:
# dispatch/compiled/compiled.c:408:                     && h != UNKNOWN && h != UNSEEN && h >= fr->need
	.loc 1 408 37 view .LVU1620
	leal	-2147483648(%rdx), %r9d	#, tmp760
	cmpl	$1, %r9d	#, tmp760
	jbe	.L326	#,
# dispatch/compiled/compiled.c:405:         const struct frame *fr = &p->frame[pl->target[i]];
	.loc 1 405 29 view .LVU1621
	leaq	(%rdi,%rcx,8), %rdi	#, fr
.LVL558:
# dispatch/compiled/compiled.c:408:                     && h != UNKNOWN && h != UNSEEN && h >= fr->need
	.loc 1 408 62 view .LVU1622
	movslq	(%rdi), %rcx	# fr_141->need,
.LVL559:
# dispatch/compiled/compiled.c:408:                     && h != UNKNOWN && h != UNSEEN && h >= fr->need
	.loc 1 408 52 view .LVU1623
	cmpl	%ecx, %edx	# _149, h
	jl	.L326	#,
# dispatch/compiled/compiled.c:409:                     && (int64_t)h <= (int64_t)fr->need + fr->span;
	.loc 1 409 60 view .LVU1624
	movslq	4(%rdi), %rdi	# fr_141->span, fr_141->span
# dispatch/compiled/compiled.c:409:                     && (int64_t)h <= (int64_t)fr->need + fr->span;
	.loc 1 409 56 view .LVU1625
	addq	%rdi, %rcx	# fr_141->span, tmp767
# dispatch/compiled/compiled.c:409:                     && (int64_t)h <= (int64_t)fr->need + fr->span;
	.loc 1 409 21 view .LVU1626
	cmpq	%rcx, %rdx	# tmp767, h
	jle	.L325	#,
	jmp	.L326	#
.LVL560:
.L496:
	.loc 1 409 21 view .LVU1627
.LBE465:
.LBE573:
.LBB574:
.LBB454:
.LBB449:
.LBB442:
.LBB440:
	movl	$-2147483647, %eax	#, iftmp.43_745
.LVL561:
	.loc 1 409 21 view .LVU1628
	jmp	.L319	#
.LVL562:
.L324:
	.loc 1 409 21 view .LVU1629
.LBE440:
.LBE442:
.LBE449:
.LBE454:
.LBE574:
# dispatch/compiled/compiled.c:413:     reach(pl, 1, work);
	.loc 1 413 5 view .LVU1630
	movq	32(%rsp), %rdi	# %sfp,
	movq	%rbx, %rdx	# _34,
	movl	$1, %esi	#,
	movq	%r8, 16(%rsp)	# prephitmp_1218, %sfp
.LVL563:
	.loc 1 413 5 is_stmt 1 view .LVU1631
	call	reach	#
.LVL564:
	.loc 1 415 5 view .LVU1632
.LBB575:
	.loc 1 415 10 view .LVU1633
	.loc 1 415 32 view .LVU1634
	movq	16(%rsp), %r8	# %sfp, prephitmp_1218
	jmp	.L329	#
.LVL565:
.L384:
	.loc 1 415 32 is_stmt 0 view .LVU1635
.LBE575:
.LBB576:
# dispatch/compiled/compiled.c:366:     for (uint32_t i = 0; i < n; i++) {
	.loc 1 366 28 view .LVU1636
	movl	$4, %edi	#, prephitmp_1152
	jmp	.L284	#
.LVL566:
.L492:
	.loc 1 366 28 view .LVU1637
.LBE576:
.LBE581:
.LBE584:
	.loc 1 786 9 is_stmt 1 view .LVU1638
	movl	16(%rsp), %edx	# %sfp,
	movl	$8192, %ecx	#,
	movl	$.LC43, %esi	#,
	movq	%fs:0, %rax	#, tmp1165
	leaq	failure@tpoff(%rax), %rdi	#, tmp559
.LVL567:
	.loc 1 786 9 is_stmt 0 view .LVU1639
	xorl	%eax, %eax	#
	call	why_set	#
.LVL568:
	.loc 1 788 9 is_stmt 1 view .LVU1640
# dispatch/compiled/compiled.c:788:         return NULL;
	.loc 1 788 16 is_stmt 0 view .LVU1641
	jmp	.L281	#
.LVL569:
.L394:
.LBB585:
.LBB582:
.LBB577:
.LBB428:
	.loc 1 258 9 is_stmt 1 view .LVU1642
	movq	%r12, %rdi	# stamp,
.LVL570:
.L490:
	.loc 1 258 9 is_stmt 0 view .LVU1643
	call	free	#
.LVL571:
	.loc 1 259 9 is_stmt 1 view .LVU1644
.L283:
	.loc 1 259 9 is_stmt 0 view .LVU1645
.LBE428:
.LBE577:
	.loc 1 432 5 is_stmt 1 view .LVU1646
	movq	%rbx, %rdi	# _34,
	call	free	#
.LVL572:
	.loc 1 433 5 view .LVU1647
	leaq	144(%rsp), %rdi	#, tmp1234
.LVL573:
	.loc 1 433 5 is_stmt 0 view .LVU1648
	call	plan_free	#
.LVL574:
	.loc 1 434 5 is_stmt 1 view .LVU1649
	.loc 1 434 5 is_stmt 0 view .LVU1650
	jmp	.L282	#
.LVL575:
.L393:
.LBB578:
.LBB429:
.LBB424:
# dispatch/compiled/compiled.c:253:     for (uint32_t i = 0; pl->retno && i < n; i++)
	.loc 1 253 36 view .LVU1651
	movl	$68, %edi	#, prephitmp_1158
	movl	$1, %ecx	#, _1155
	jmp	.L295	#
.LVL576:
.L303:
	.loc 1 253 36 view .LVU1652
.LBE424:
# dispatch/compiled/compiled.c:289:     free(stamp);
	.loc 1 289 5 view .LVU1653
	movq	%r12, %rdi	# stamp,
	movq	%r8, 8(%rsp)	# prephitmp_1218, %sfp
	.loc 1 289 5 is_stmt 1 view .LVU1654
	leaq	136(%rsp), %r13	#, tmp916
.LVL577:
	.loc 1 289 5 is_stmt 0 view .LVU1655
	call	free	#
.LVL578:
	.loc 1 290 5 is_stmt 1 view .LVU1656
	.loc 1 290 5 is_stmt 0 view .LVU1657
.LBE429:
.LBE578:
.LBB579:
.LBB455:
.LBB450:
	.loc 1 304 28 is_stmt 1 view .LVU1658
	leaq	144(%rsp), %rax	#, tmp917
.LVL579:
	.loc 1 304 28 is_stmt 0 view .LVU1659
	movq	8(%rsp), %r8	# %sfp, prephitmp_1218
	movq	%rax, 32(%rsp)	# tmp917, %sfp
	jmp	.L383	#
.LBE450:
.LBE455:
.LBE579:
.LBE582:
.LBE585:
	.cfi_endproc
.LFE50:
	.size	prepare, .-prepare
	.globl	dispatcher_compiled
	.section	.rodata.str1.1
.LC45:
	.string	"compiled"
	.section	.rodata.str1.8
	.align 8
.LC46:
	.string	"the program compiled to C by the system's C compiler in prepare: no dispatch"
	.section	.rodata
	.align 32
	.type	dispatcher_compiled, @object
	.size	dispatcher_compiled, 72
dispatcher_compiled:
# name:
	.quad	.LC45
# summary:
	.quad	.LC46
# unavailable:
	.quad	toolchain_unavailable
# prepare:
	.quad	prepare
# release:
	.quad	release
# prepare_failure:
	.quad	prepare_failure
# slow_prepare:
	.long	1
# run:
	.zero	4
	.quad	run
	.zero	8
	.section	.tbss,"awT",@nobits
	.type	failure, @object
	.size	failure, 400
failure:
	.zero	400
	.section	.rodata.str1.1
.LC47:
	.string	"NOP"
.LC48:
	.string	"PUSH"
.LC49:
	.string	"DROP"
.LC50:
	.string	"DUP"
.LC51:
	.string	"SWAP"
.LC52:
	.string	"OVER"
.LC53:
	.string	"ROT"
.LC54:
	.string	"ADD"
.LC55:
	.string	"SUB"
.LC56:
	.string	"MUL"
.LC57:
	.string	"DIV"
.LC58:
	.string	"MOD"
.LC59:
	.string	"NEG"
.LC60:
	.string	"NOT"
.LC61:
	.string	"AND"
.LC62:
	.string	"OR"
.LC63:
	.string	"XOR"
.LC64:
	.string	"SHL"
.LC65:
	.string	"SHR"
.LC66:
	.string	"EQ"
.LC67:
	.string	"NE"
.LC68:
	.string	"LT"
.LC69:
	.string	"LE"
.LC70:
	.string	"GT"
.LC71:
	.string	"GE"
.LC72:
	.string	"JMP"
.LC73:
	.string	"JZ"
.LC74:
	.string	"JNZ"
.LC75:
	.string	"CALL"
.LC76:
	.string	"RET"
.LC77:
	.string	"LOAD"
.LC78:
	.string	"STORE"
.LC79:
	.string	"PRINT"
.LC80:
	.string	"HALT"
	.section	.rodata
	.align 32
	.type	names, @object
	.size	names, 272
names:
	.quad	.LC47
	.quad	.LC48
	.quad	.LC49
	.quad	.LC50
	.quad	.LC51
	.quad	.LC52
	.quad	.LC53
	.quad	.LC54
	.quad	.LC55
	.quad	.LC56
	.quad	.LC57
	.quad	.LC58
	.quad	.LC59
	.quad	.LC60
	.quad	.LC61
	.quad	.LC62
	.quad	.LC63
	.quad	.LC64
	.quad	.LC65
	.quad	.LC66
	.quad	.LC67
	.quad	.LC68
	.quad	.LC69
	.quad	.LC70
	.quad	.LC71
	.quad	.LC72
	.quad	.LC73
	.quad	.LC74
	.quad	.LC75
	.quad	.LC76
	.quad	.LC77
	.quad	.LC78
	.quad	.LC79
	.quad	.LC80
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.quad	vm_stop
	.text
.Letext0:
	.file 3 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h"
	.file 5 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h"
	.file 6 "/usr/include/stdint.h"
	.file 7 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 8 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 9 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 10 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 11 "/usr/include/setjmp.h"
	.file 12 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 13 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 14 "./isa/isa.h"
	.file 15 "./vm/vm.h"
	.file 16 "./vm/dispatch.h"
	.file 17 "./dispatch/compiled/host.h"
	.file 18 "./dispatch/compiled/toolchain.h"
	.file 19 "/usr/include/stdlib.h"
	.file 20 "/usr/include/string.h"
	.file 21 "/usr/include/stdio.h"
	.file 22 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x3c7b
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x4e
	.long	.LASF267
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x18
	.byte	0x1
	.byte	0x8
	.long	.LASF2
	.uleb128 0x18
	.byte	0x2
	.byte	0x7
	.long	.LASF3
	.uleb128 0x18
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0x18
	.byte	0x8
	.byte	0x7
	.long	.LASF5
	.uleb128 0x18
	.byte	0x1
	.byte	0x6
	.long	.LASF6
	.uleb128 0xc
	.long	.LASF8
	.byte	0x3
	.byte	0x26
	.byte	0x17
	.long	0x2e
	.uleb128 0x18
	.byte	0x2
	.byte	0x5
	.long	.LASF7
	.uleb128 0xc
	.long	.LASF9
	.byte	0x3
	.byte	0x28
	.byte	0x1c
	.long	0x35
	.uleb128 0xc
	.long	.LASF10
	.byte	0x3
	.byte	0x29
	.byte	0x14
	.long	0x7c
	.uleb128 0x4f
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xc
	.long	.LASF11
	.byte	0x3
	.byte	0x2a
	.byte	0x16
	.long	0x3c
	.uleb128 0xc
	.long	.LASF12
	.byte	0x3
	.byte	0x2c
	.byte	0x19
	.long	0x9b
	.uleb128 0x18
	.byte	0x8
	.byte	0x5
	.long	.LASF13
	.uleb128 0xc
	.long	.LASF14
	.byte	0x3
	.byte	0x2d
	.byte	0x1b
	.long	0x43
	.uleb128 0xc
	.long	.LASF15
	.byte	0x3
	.byte	0x98
	.byte	0x19
	.long	0x9b
	.uleb128 0xc
	.long	.LASF16
	.byte	0x3
	.byte	0x99
	.byte	0x1b
	.long	0x9b
	.uleb128 0x50
	.byte	0x8
	.uleb128 0x9
	.long	0xcd
	.uleb128 0x18
	.byte	0x1
	.byte	0x6
	.long	.LASF17
	.uleb128 0x14
	.long	0xcd
	.uleb128 0xc
	.long	.LASF18
	.byte	0x4
	.byte	0x1a
	.byte	0x13
	.long	0x70
	.uleb128 0xc
	.long	.LASF19
	.byte	0x4
	.byte	0x1b
	.byte	0x13
	.long	0x8f
	.uleb128 0xc
	.long	.LASF20
	.byte	0x5
	.byte	0x18
	.byte	0x13
	.long	0x51
	.uleb128 0x14
	.long	0xf1
	.uleb128 0xc
	.long	.LASF21
	.byte	0x5
	.byte	0x19
	.byte	0x14
	.long	0x64
	.uleb128 0xc
	.long	.LASF22
	.byte	0x5
	.byte	0x1a
	.byte	0x14
	.long	0x83
	.uleb128 0x14
	.long	0x10e
	.uleb128 0xc
	.long	.LASF23
	.byte	0x5
	.byte	0x1b
	.byte	0x14
	.long	0xa2
	.uleb128 0xc
	.long	.LASF24
	.byte	0x6
	.byte	0x5a
	.byte	0x1b
	.long	0x43
	.uleb128 0xc
	.long	.LASF25
	.byte	0x7
	.byte	0xd6
	.byte	0x17
	.long	0x43
	.uleb128 0x18
	.byte	0x8
	.byte	0x5
	.long	.LASF26
	.uleb128 0x51
	.byte	0x80
	.byte	0x8
	.byte	0x5
	.byte	0x9
	.long	0x161
	.uleb128 0x3
	.long	.LASF30
	.byte	0x8
	.byte	0x7
	.byte	0x15
	.long	0x161
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x43
	.long	0x171
	.uleb128 0x1f
	.long	0x43
	.byte	0xf
	.byte	0
	.uleb128 0xc
	.long	.LASF27
	.byte	0x8
	.byte	0x8
	.byte	0x3
	.long	0x14a
	.uleb128 0x18
	.byte	0x8
	.byte	0x7
	.long	.LASF28
	.uleb128 0x9
	.long	0xd9
	.uleb128 0x9
	.long	0x18e
	.uleb128 0x52
	.uleb128 0x9
	.long	0xd4
	.uleb128 0x14
	.long	0x18f
	.uleb128 0x3d
	.long	0x18f
	.uleb128 0xc
	.long	.LASF29
	.byte	0x9
	.byte	0x1f
	.byte	0x12
	.long	0x1aa
	.uleb128 0x19
	.long	0x9b
	.long	0x1ba
	.uleb128 0x1f
	.long	0x43
	.byte	0x7
	.byte	0
	.uleb128 0x1a
	.long	.LASF35
	.byte	0xc8
	.byte	0xa
	.byte	0x1a
	.long	0x1ee
	.uleb128 0x3
	.long	.LASF31
	.byte	0xa
	.byte	0x20
	.byte	0xf
	.long	0x19e
	.byte	0
	.uleb128 0x3
	.long	.LASF32
	.byte	0xa
	.byte	0x21
	.byte	0x9
	.long	0x7c
	.byte	0x40
	.uleb128 0x3
	.long	.LASF33
	.byte	0xa
	.byte	0x22
	.byte	0x10
	.long	0x171
	.byte	0x48
	.byte	0
	.uleb128 0xc
	.long	.LASF34
	.byte	0xb
	.byte	0x20
	.byte	0x1e
	.long	0x1fa
	.uleb128 0x19
	.long	0x1ba
	.long	0x20a
	.uleb128 0x1f
	.long	0x43
	.byte	0
	.byte	0
	.uleb128 0x1a
	.long	.LASF36
	.byte	0xd8
	.byte	0xc
	.byte	0x31
	.long	0x390
	.uleb128 0x3
	.long	.LASF37
	.byte	0xc
	.byte	0x33
	.byte	0x7
	.long	0x7c
	.byte	0
	.uleb128 0x3
	.long	.LASF38
	.byte	0xc
	.byte	0x36
	.byte	0x9
	.long	0xc8
	.byte	0x8
	.uleb128 0x3
	.long	.LASF39
	.byte	0xc
	.byte	0x37
	.byte	0x9
	.long	0xc8
	.byte	0x10
	.uleb128 0x3
	.long	.LASF40
	.byte	0xc
	.byte	0x38
	.byte	0x9
	.long	0xc8
	.byte	0x18
	.uleb128 0x3
	.long	.LASF41
	.byte	0xc
	.byte	0x39
	.byte	0x9
	.long	0xc8
	.byte	0x20
	.uleb128 0x3
	.long	.LASF42
	.byte	0xc
	.byte	0x3a
	.byte	0x9
	.long	0xc8
	.byte	0x28
	.uleb128 0x3
	.long	.LASF43
	.byte	0xc
	.byte	0x3b
	.byte	0x9
	.long	0xc8
	.byte	0x30
	.uleb128 0x3
	.long	.LASF44
	.byte	0xc
	.byte	0x3c
	.byte	0x9
	.long	0xc8
	.byte	0x38
	.uleb128 0x3
	.long	.LASF45
	.byte	0xc
	.byte	0x3d
	.byte	0x9
	.long	0xc8
	.byte	0x40
	.uleb128 0x3
	.long	.LASF46
	.byte	0xc
	.byte	0x40
	.byte	0x9
	.long	0xc8
	.byte	0x48
	.uleb128 0x3
	.long	.LASF47
	.byte	0xc
	.byte	0x41
	.byte	0x9
	.long	0xc8
	.byte	0x50
	.uleb128 0x3
	.long	.LASF48
	.byte	0xc
	.byte	0x42
	.byte	0x9
	.long	0xc8
	.byte	0x58
	.uleb128 0x3
	.long	.LASF49
	.byte	0xc
	.byte	0x44
	.byte	0x16
	.long	0x3a9
	.byte	0x60
	.uleb128 0x3
	.long	.LASF50
	.byte	0xc
	.byte	0x46
	.byte	0x14
	.long	0x3ae
	.byte	0x68
	.uleb128 0x3
	.long	.LASF51
	.byte	0xc
	.byte	0x48
	.byte	0x7
	.long	0x7c
	.byte	0x70
	.uleb128 0x3
	.long	.LASF52
	.byte	0xc
	.byte	0x49
	.byte	0x7
	.long	0x7c
	.byte	0x74
	.uleb128 0x3
	.long	.LASF53
	.byte	0xc
	.byte	0x4a
	.byte	0xb
	.long	0xae
	.byte	0x78
	.uleb128 0x3
	.long	.LASF54
	.byte	0xc
	.byte	0x4d
	.byte	0x12
	.long	0x35
	.byte	0x80
	.uleb128 0x3
	.long	.LASF55
	.byte	0xc
	.byte	0x4e
	.byte	0xf
	.long	0x4a
	.byte	0x82
	.uleb128 0x3
	.long	.LASF56
	.byte	0xc
	.byte	0x4f
	.byte	0x8
	.long	0x3b3
	.byte	0x83
	.uleb128 0x3
	.long	.LASF57
	.byte	0xc
	.byte	0x51
	.byte	0xf
	.long	0x3c3
	.byte	0x88
	.uleb128 0x3
	.long	.LASF58
	.byte	0xc
	.byte	0x59
	.byte	0xd
	.long	0xba
	.byte	0x90
	.uleb128 0x3
	.long	.LASF59
	.byte	0xc
	.byte	0x5b
	.byte	0x17
	.long	0x3cd
	.byte	0x98
	.uleb128 0x3
	.long	.LASF60
	.byte	0xc
	.byte	0x5c
	.byte	0x19
	.long	0x3d7
	.byte	0xa0
	.uleb128 0x3
	.long	.LASF61
	.byte	0xc
	.byte	0x5d
	.byte	0x14
	.long	0x3ae
	.byte	0xa8
	.uleb128 0x3
	.long	.LASF62
	.byte	0xc
	.byte	0x5e
	.byte	0x9
	.long	0xc6
	.byte	0xb0
	.uleb128 0x3
	.long	.LASF63
	.byte	0xc
	.byte	0x5f
	.byte	0xa
	.long	0x137
	.byte	0xb8
	.uleb128 0x3
	.long	.LASF64
	.byte	0xc
	.byte	0x60
	.byte	0x7
	.long	0x7c
	.byte	0xc0
	.uleb128 0x3
	.long	.LASF65
	.byte	0xc
	.byte	0x62
	.byte	0x8
	.long	0x3dc
	.byte	0xc4
	.byte	0
	.uleb128 0xc
	.long	.LASF66
	.byte	0xd
	.byte	0x7
	.byte	0x19
	.long	0x20a
	.uleb128 0x53
	.long	.LASF268
	.byte	0xc
	.byte	0x2b
	.byte	0xe
	.uleb128 0x34
	.long	.LASF67
	.uleb128 0x9
	.long	0x3a4
	.uleb128 0x9
	.long	0x20a
	.uleb128 0x19
	.long	0xcd
	.long	0x3c3
	.uleb128 0x1f
	.long	0x43
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0x39c
	.uleb128 0x34
	.long	.LASF68
	.uleb128 0x9
	.long	0x3c8
	.uleb128 0x34
	.long	.LASF69
	.uleb128 0x9
	.long	0x3d2
	.uleb128 0x19
	.long	0xcd
	.long	0x3ec
	.uleb128 0x1f
	.long	0x43
	.byte	0x13
	.byte	0
	.uleb128 0x9
	.long	0x390
	.uleb128 0x3d
	.long	0x3ec
	.uleb128 0x18
	.byte	0x10
	.byte	0x4
	.long	.LASF70
	.uleb128 0xc
	.long	.LASF71
	.byte	0xe
	.byte	0xa
	.byte	0x12
	.long	0xe5
	.uleb128 0x2c
	.long	.LASF107
	.long	0x3c
	.byte	0xe
	.byte	0xd
	.long	0x4eb
	.uleb128 0x7
	.long	.LASF72
	.byte	0
	.uleb128 0x7
	.long	.LASF73
	.byte	0x1
	.uleb128 0x7
	.long	.LASF74
	.byte	0x2
	.uleb128 0x7
	.long	.LASF75
	.byte	0x3
	.uleb128 0x7
	.long	.LASF76
	.byte	0x4
	.uleb128 0x7
	.long	.LASF77
	.byte	0x5
	.uleb128 0x7
	.long	.LASF78
	.byte	0x6
	.uleb128 0x7
	.long	.LASF79
	.byte	0x7
	.uleb128 0x7
	.long	.LASF80
	.byte	0x8
	.uleb128 0x7
	.long	.LASF81
	.byte	0x9
	.uleb128 0x7
	.long	.LASF82
	.byte	0xa
	.uleb128 0x7
	.long	.LASF83
	.byte	0xb
	.uleb128 0x7
	.long	.LASF84
	.byte	0xc
	.uleb128 0x7
	.long	.LASF85
	.byte	0xd
	.uleb128 0x7
	.long	.LASF86
	.byte	0xe
	.uleb128 0x7
	.long	.LASF87
	.byte	0xf
	.uleb128 0x7
	.long	.LASF88
	.byte	0x10
	.uleb128 0x7
	.long	.LASF89
	.byte	0x11
	.uleb128 0x7
	.long	.LASF90
	.byte	0x12
	.uleb128 0x7
	.long	.LASF91
	.byte	0x13
	.uleb128 0x7
	.long	.LASF92
	.byte	0x14
	.uleb128 0x7
	.long	.LASF93
	.byte	0x15
	.uleb128 0x7
	.long	.LASF94
	.byte	0x16
	.uleb128 0x7
	.long	.LASF95
	.byte	0x17
	.uleb128 0x7
	.long	.LASF96
	.byte	0x18
	.uleb128 0x7
	.long	.LASF97
	.byte	0x19
	.uleb128 0x7
	.long	.LASF98
	.byte	0x1a
	.uleb128 0x7
	.long	.LASF99
	.byte	0x1b
	.uleb128 0x7
	.long	.LASF100
	.byte	0x1c
	.uleb128 0x7
	.long	.LASF101
	.byte	0x1d
	.uleb128 0x7
	.long	.LASF102
	.byte	0x1e
	.uleb128 0x7
	.long	.LASF103
	.byte	0x1f
	.uleb128 0x7
	.long	.LASF104
	.byte	0x20
	.uleb128 0x7
	.long	.LASF105
	.byte	0x21
	.uleb128 0x7
	.long	.LASF106
	.byte	0x22
	.byte	0
	.uleb128 0x2c
	.long	.LASF108
	.long	0x3c
	.byte	0xe
	.byte	0x14
	.long	0x50d
	.uleb128 0x7
	.long	.LASF109
	.byte	0
	.uleb128 0x7
	.long	.LASF110
	.byte	0x1
	.uleb128 0x7
	.long	.LASF111
	.byte	0x2
	.byte	0
	.uleb128 0x2c
	.long	.LASF112
	.long	0x3c
	.byte	0xe
	.byte	0x15
	.long	0x541
	.uleb128 0x7
	.long	.LASF113
	.byte	0
	.uleb128 0x7
	.long	.LASF114
	.byte	0x1
	.uleb128 0x7
	.long	.LASF115
	.byte	0x2
	.uleb128 0x7
	.long	.LASF116
	.byte	0x3
	.uleb128 0x7
	.long	.LASF117
	.byte	0x4
	.uleb128 0x7
	.long	.LASF118
	.byte	0x5
	.byte	0
	.uleb128 0x1a
	.long	.LASF119
	.byte	0x28
	.byte	0xe
	.byte	0x25
	.long	0x5b6
	.uleb128 0x3
	.long	.LASF120
	.byte	0xe
	.byte	0x26
	.byte	0x12
	.long	0x18f
	.byte	0
	.uleb128 0x3
	.long	.LASF108
	.byte	0xe
	.byte	0x27
	.byte	0x12
	.long	0x4eb
	.byte	0x8
	.uleb128 0x3
	.long	.LASF121
	.byte	0xe
	.byte	0x28
	.byte	0x12
	.long	0xf1
	.byte	0xc
	.uleb128 0x3
	.long	.LASF122
	.byte	0xe
	.byte	0x29
	.byte	0x12
	.long	0xf1
	.byte	0xd
	.uleb128 0x3
	.long	.LASF123
	.byte	0xe
	.byte	0x29
	.byte	0x18
	.long	0xf1
	.byte	0xe
	.uleb128 0x3
	.long	.LASF112
	.byte	0xe
	.byte	0x2a
	.byte	0x12
	.long	0x50d
	.byte	0x10
	.uleb128 0x3
	.long	.LASF124
	.byte	0xe
	.byte	0x2b
	.byte	0x12
	.long	0x18f
	.byte	0x18
	.uleb128 0x16
	.string	"doc"
	.byte	0xe
	.byte	0x2c
	.byte	0x12
	.long	0x18f
	.byte	0x20
	.byte	0
	.uleb128 0x14
	.long	0x541
	.uleb128 0x19
	.long	0x5b6
	.long	0x5cb
	.uleb128 0x1f
	.long	0x43
	.byte	0x21
	.byte	0
	.uleb128 0x14
	.long	0x5bb
	.uleb128 0x54
	.long	.LASF119
	.byte	0xe
	.byte	0x2e
	.byte	0x1c
	.long	0x5cb
	.uleb128 0x1a
	.long	.LASF125
	.byte	0x10
	.byte	0x2
	.byte	0x13
	.long	0x603
	.uleb128 0x3
	.long	.LASF120
	.byte	0x2
	.byte	0x14
	.byte	0xe
	.long	0xc8
	.byte	0
	.uleb128 0x3
	.long	.LASF126
	.byte	0x2
	.byte	0x15
	.byte	0xe
	.long	0x10e
	.byte	0x8
	.byte	0
	.uleb128 0x1a
	.long	.LASF127
	.byte	0x8
	.byte	0x2
	.byte	0x1d
	.long	0x62a
	.uleb128 0x3
	.long	.LASF128
	.byte	0x2
	.byte	0x1e
	.byte	0xd
	.long	0xd9
	.byte	0
	.uleb128 0x3
	.long	.LASF129
	.byte	0x2
	.byte	0x1f
	.byte	0xd
	.long	0xd9
	.byte	0x4
	.byte	0
	.uleb128 0x14
	.long	0x603
	.uleb128 0x1a
	.long	.LASF130
	.byte	0x50
	.byte	0x2
	.byte	0x22
	.long	0x6cb
	.uleb128 0x3
	.long	.LASF131
	.byte	0x2
	.byte	0x23
	.byte	0x11
	.long	0x18f
	.byte	0
	.uleb128 0x3
	.long	.LASF132
	.byte	0x2
	.byte	0x24
	.byte	0x11
	.long	0x6d0
	.byte	0x8
	.uleb128 0x3
	.long	.LASF121
	.byte	0x2
	.byte	0x25
	.byte	0x11
	.long	0x10e
	.byte	0x10
	.uleb128 0x3
	.long	.LASF133
	.byte	0x2
	.byte	0x26
	.byte	0x11
	.long	0x10e
	.byte	0x14
	.uleb128 0x16
	.string	"ord"
	.byte	0x2
	.byte	0x27
	.byte	0x11
	.long	0x6d5
	.byte	0x18
	.uleb128 0x3
	.long	.LASF126
	.byte	0x2
	.byte	0x29
	.byte	0x11
	.long	0x6d5
	.byte	0x20
	.uleb128 0x3
	.long	.LASF134
	.byte	0x2
	.byte	0x2a
	.byte	0x11
	.long	0x6d5
	.byte	0x28
	.uleb128 0x3
	.long	.LASF135
	.byte	0x2
	.byte	0x2b
	.byte	0x13
	.long	0x6da
	.byte	0x30
	.uleb128 0x3
	.long	.LASF136
	.byte	0x2
	.byte	0x2c
	.byte	0x11
	.long	0x10e
	.byte	0x38
	.uleb128 0x3
	.long	.LASF137
	.byte	0x2
	.byte	0x2e
	.byte	0x11
	.long	0x6d0
	.byte	0x40
	.uleb128 0x3
	.long	.LASF127
	.byte	0x2
	.byte	0x2f
	.byte	0x13
	.long	0x6df
	.byte	0x48
	.byte	0
	.uleb128 0x14
	.long	0x62f
	.uleb128 0x9
	.long	0xf1
	.uleb128 0x9
	.long	0x10e
	.uleb128 0x9
	.long	0x5dc
	.uleb128 0x9
	.long	0x603
	.uleb128 0x2c
	.long	.LASF138
	.long	0x3c
	.byte	0xf
	.byte	0xf
	.long	0x72a
	.uleb128 0x7
	.long	.LASF139
	.byte	0
	.uleb128 0x7
	.long	.LASF140
	.byte	0x1
	.uleb128 0x7
	.long	.LASF141
	.byte	0x2
	.uleb128 0x7
	.long	.LASF142
	.byte	0x3
	.uleb128 0x7
	.long	.LASF143
	.byte	0x4
	.uleb128 0x7
	.long	.LASF144
	.byte	0x5
	.uleb128 0x7
	.long	.LASF145
	.byte	0x6
	.uleb128 0x7
	.long	.LASF146
	.byte	0x7
	.uleb128 0x7
	.long	.LASF147
	.byte	0x8
	.byte	0
	.uleb128 0x1a
	.long	.LASF148
	.byte	0x20
	.byte	0xf
	.byte	0x1b
	.long	0x76b
	.uleb128 0x3
	.long	.LASF138
	.byte	0xf
	.byte	0x1c
	.byte	0x11
	.long	0x6e4
	.byte	0
	.uleb128 0x16
	.string	"arg"
	.byte	0xf
	.byte	0x1d
	.byte	0x11
	.long	0x3fd
	.byte	0x8
	.uleb128 0x16
	.string	"ord"
	.byte	0xf
	.byte	0x1e
	.byte	0x11
	.long	0x10e
	.byte	0x10
	.uleb128 0x3
	.long	.LASF133
	.byte	0xf
	.byte	0x1f
	.byte	0x11
	.long	0xe5
	.byte	0x18
	.byte	0
	.uleb128 0x3e
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x7c6
	.uleb128 0x16
	.string	"f"
	.byte	0xf
	.byte	0x27
	.byte	0xe
	.long	0x3ec
	.byte	0
	.uleb128 0x16
	.string	"len"
	.byte	0xf
	.byte	0x28
	.byte	0xe
	.long	0x137
	.byte	0x8
	.uleb128 0x3
	.long	.LASF149
	.byte	0xf
	.byte	0x29
	.byte	0xe
	.long	0x11f
	.byte	0x10
	.uleb128 0x3
	.long	.LASF150
	.byte	0xf
	.byte	0x2a
	.byte	0xe
	.long	0x11f
	.byte	0x18
	.uleb128 0x3
	.long	.LASF151
	.byte	0xf
	.byte	0x2b
	.byte	0xe
	.long	0x7c
	.byte	0x20
	.uleb128 0x16
	.string	"buf"
	.byte	0xf
	.byte	0x2c
	.byte	0xe
	.long	0x7c6
	.byte	0x24
	.byte	0
	.uleb128 0x19
	.long	0xcd
	.long	0x7d7
	.uleb128 0x2d
	.long	0x43
	.value	0xffff
	.byte	0
	.uleb128 0x3e
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x867
	.uleb128 0x3
	.long	.LASF152
	.byte	0xf
	.byte	0x30
	.byte	0x11
	.long	0x867
	.byte	0
	.uleb128 0x55
	.long	.LASF153
	.byte	0xf
	.byte	0x34
	.byte	0x11
	.long	0x878
	.value	0x8008
	.uleb128 0x3f
	.string	"mem"
	.byte	0x36
	.long	0x889
	.long	0x10008
	.uleb128 0x28
	.long	.LASF154
	.byte	0x37
	.byte	0x11
	.long	0xe5
	.long	0x10010
	.uleb128 0x28
	.long	.LASF155
	.byte	0x38
	.byte	0x11
	.long	0xe5
	.long	0x10018
	.uleb128 0x28
	.long	.LASF156
	.byte	0x3a
	.byte	0x1b
	.long	0x88e
	.long	0x10020
	.uleb128 0x28
	.long	.LASF148
	.byte	0x3b
	.byte	0x13
	.long	0x72a
	.long	0x10028
	.uleb128 0x28
	.long	.LASF157
	.byte	0x3c
	.byte	0x11
	.long	0x1ee
	.long	0x10048
	.uleb128 0x3f
	.string	"out"
	.byte	0x3d
	.long	0x76b
	.long	0x10110
	.byte	0
	.uleb128 0x19
	.long	0x3fd
	.long	0x878
	.uleb128 0x2d
	.long	0x43
	.value	0x1000
	.byte	0
	.uleb128 0x19
	.long	0x12b
	.long	0x889
	.uleb128 0x2d
	.long	0x43
	.value	0xfff
	.byte	0
	.uleb128 0x9
	.long	0x3fd
	.uleb128 0x9
	.long	0x6cb
	.uleb128 0x1a
	.long	.LASF158
	.byte	0x48
	.byte	0x10
	.byte	0x10
	.long	0x915
	.uleb128 0x3
	.long	.LASF120
	.byte	0x10
	.byte	0x11
	.byte	0x11
	.long	0x18f
	.byte	0
	.uleb128 0x3
	.long	.LASF159
	.byte	0x10
	.byte	0x12
	.byte	0x11
	.long	0x18f
	.byte	0x8
	.uleb128 0x3
	.long	.LASF160
	.byte	0x10
	.byte	0x15
	.byte	0x13
	.long	0x91f
	.byte	0x10
	.uleb128 0x3
	.long	.LASF161
	.byte	0x10
	.byte	0x1a
	.byte	0xd
	.long	0x933
	.byte	0x18
	.uleb128 0x3
	.long	.LASF162
	.byte	0x10
	.byte	0x1b
	.byte	0xd
	.long	0x943
	.byte	0x20
	.uleb128 0x3
	.long	.LASF163
	.byte	0x10
	.byte	0x21
	.byte	0x13
	.long	0x91f
	.byte	0x28
	.uleb128 0x3
	.long	.LASF164
	.byte	0x10
	.byte	0x27
	.byte	0x9
	.long	0x7c
	.byte	0x30
	.uleb128 0x16
	.string	"run"
	.byte	0x10
	.byte	0x2b
	.byte	0xd
	.long	0x962
	.byte	0x38
	.uleb128 0x3
	.long	.LASF165
	.byte	0x10
	.byte	0x31
	.byte	0xd
	.long	0x977
	.byte	0x40
	.byte	0
	.uleb128 0x14
	.long	0x893
	.uleb128 0x56
	.long	0x18f
	.uleb128 0x9
	.long	0x91a
	.uleb128 0x35
	.long	0xc6
	.long	0x933
	.uleb128 0x8
	.long	0x88e
	.byte	0
	.uleb128 0x9
	.long	0x924
	.uleb128 0x29
	.long	0x943
	.uleb128 0x8
	.long	0xc6
	.byte	0
	.uleb128 0x9
	.long	0x938
	.uleb128 0x29
	.long	0x95d
	.uleb128 0x8
	.long	0x95d
	.uleb128 0x8
	.long	0x88e
	.uleb128 0x8
	.long	0xc6
	.byte	0
	.uleb128 0x9
	.long	0x7d7
	.uleb128 0x9
	.long	0x948
	.uleb128 0x29
	.long	0x977
	.uleb128 0x8
	.long	0x189
	.uleb128 0x8
	.long	0x3ec
	.byte	0
	.uleb128 0x9
	.long	0x967
	.uleb128 0x1a
	.long	.LASF166
	.byte	0x10
	.byte	0x11
	.byte	0xc
	.long	0x9a3
	.uleb128 0x3
	.long	.LASF167
	.byte	0x11
	.byte	0xd
	.byte	0xc
	.long	0x9bc
	.byte	0
	.uleb128 0x3
	.long	.LASF168
	.byte	0x11
	.byte	0xe
	.byte	0xc
	.long	0x9e0
	.byte	0x8
	.byte	0
	.uleb128 0x14
	.long	0x97c
	.uleb128 0x35
	.long	0x7c
	.long	0x9bc
	.uleb128 0x8
	.long	0x95d
	.uleb128 0x8
	.long	0x3fd
	.byte	0
	.uleb128 0x9
	.long	0x9a8
	.uleb128 0x29
	.long	0x9e0
	.uleb128 0x8
	.long	0x95d
	.uleb128 0x8
	.long	0x6e4
	.uleb128 0x8
	.long	0x3fd
	.uleb128 0x8
	.long	0x10e
	.uleb128 0x8
	.long	0xe5
	.byte	0
	.uleb128 0x9
	.long	0x9c1
	.uleb128 0x57
	.string	"why"
	.value	0x190
	.byte	0x12
	.byte	0xc
	.byte	0x8
	.long	0xa01
	.uleb128 0x3
	.long	.LASF169
	.byte	0x12
	.byte	0xd
	.byte	0xa
	.long	0xa01
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0xcd
	.long	0xa12
	.uleb128 0x2d
	.long	0x43
	.value	0x18f
	.byte	0
	.uleb128 0x1a
	.long	.LASF170
	.byte	0x10
	.byte	0x12
	.byte	0x12
	.long	0xa38
	.uleb128 0x3
	.long	.LASF171
	.byte	0x12
	.byte	0x13
	.byte	0xb
	.long	0xc6
	.byte	0
	.uleb128 0x16
	.string	"fn"
	.byte	0x12
	.byte	0x14
	.byte	0xb
	.long	0xc6
	.byte	0x8
	.byte	0
	.uleb128 0xc
	.long	.LASF172
	.byte	0x12
	.byte	0x18
	.byte	0xd
	.long	0xa44
	.uleb128 0x35
	.long	0x7c
	.long	0xa5d
	.uleb128 0x8
	.long	0x3ec
	.uleb128 0x8
	.long	0xc6
	.uleb128 0x8
	.long	0xa5d
	.byte	0
	.uleb128 0x9
	.long	0x9e5
	.uleb128 0x58
	.byte	0x7
	.byte	0x4
	.long	0x3c
	.byte	0x1
	.byte	0x5c
	.byte	0x6
	.long	0xab6
	.uleb128 0x7
	.long	.LASF173
	.byte	0x1
	.uleb128 0x7
	.long	.LASF174
	.byte	0x2
	.uleb128 0x7
	.long	.LASF175
	.byte	0x4
	.uleb128 0x7
	.long	.LASF176
	.byte	0x8
	.uleb128 0x7
	.long	.LASF177
	.byte	0x10
	.uleb128 0x7
	.long	.LASF178
	.byte	0x20
	.uleb128 0x7
	.long	.LASF179
	.byte	0x40
	.uleb128 0x7
	.long	.LASF180
	.byte	0x80
	.uleb128 0x36
	.long	.LASF181
	.value	0x100
	.uleb128 0x36
	.long	.LASF182
	.value	0x200
	.uleb128 0x36
	.long	.LASF183
	.value	0x400
	.byte	0
	.uleb128 0x1a
	.long	.LASF184
	.byte	0x78
	.byte	0x1
	.byte	0x6f
	.long	0xb7f
	.uleb128 0x16
	.string	"p"
	.byte	0x1
	.byte	0x70
	.byte	0x1b
	.long	0x88e
	.byte	0
	.uleb128 0x16
	.string	"n"
	.byte	0x1
	.byte	0x71
	.byte	0xf
	.long	0x10e
	.byte	0x8
	.uleb128 0x16
	.string	"op"
	.byte	0x1
	.byte	0x72
	.byte	0xf
	.long	0x6d0
	.byte	0x10
	.uleb128 0x3
	.long	.LASF185
	.byte	0x1
	.byte	0x73
	.byte	0xf
	.long	0xb84
	.byte	0x18
	.uleb128 0x3
	.long	.LASF186
	.byte	0x1
	.byte	0x74
	.byte	0xf
	.long	0x6d5
	.byte	0x20
	.uleb128 0x16
	.string	"h"
	.byte	0x1
	.byte	0x75
	.byte	0xf
	.long	0x184
	.byte	0x28
	.uleb128 0x3
	.long	.LASF187
	.byte	0x1
	.byte	0x77
	.byte	0xf
	.long	0x6d5
	.byte	0x30
	.uleb128 0x3
	.long	.LASF188
	.byte	0x1
	.byte	0x77
	.byte	0x17
	.long	0x6d5
	.byte	0x38
	.uleb128 0x3
	.long	.LASF189
	.byte	0x1
	.byte	0x7a
	.byte	0xf
	.long	0x6d5
	.byte	0x40
	.uleb128 0x3
	.long	.LASF190
	.byte	0x1
	.byte	0x7a
	.byte	0x17
	.long	0x6d5
	.byte	0x48
	.uleb128 0x3
	.long	.LASF191
	.byte	0x1
	.byte	0x7a
	.byte	0x1e
	.long	0x6d5
	.byte	0x50
	.uleb128 0x3
	.long	.LASF192
	.byte	0x1
	.byte	0x7b
	.byte	0xf
	.long	0xb89
	.byte	0x58
	.uleb128 0x3
	.long	.LASF193
	.byte	0x1
	.byte	0x7e
	.byte	0xf
	.long	0xb95
	.byte	0x60
	.uleb128 0x3
	.long	.LASF194
	.byte	0x1
	.byte	0x7f
	.byte	0xf
	.long	0xb9a
	.byte	0x68
	.uleb128 0x3
	.long	.LASF195
	.byte	0x1
	.byte	0x80
	.byte	0xf
	.long	0xb89
	.byte	0x70
	.byte	0
	.uleb128 0x14
	.long	0xab6
	.uleb128 0x9
	.long	0x102
	.uleb128 0x18
	.byte	0x1
	.byte	0x2
	.long	.LASF196
	.uleb128 0x14
	.long	0xb89
	.uleb128 0x9
	.long	0x9b
	.uleb128 0x9
	.long	0x137
	.uleb128 0x19
	.long	0x194
	.long	0xbaf
	.uleb128 0x1f
	.long	0x43
	.byte	0x21
	.byte	0
	.uleb128 0x14
	.long	0xb9f
	.uleb128 0x37
	.long	.LASF199
	.value	0x215
	.byte	0x1a
	.long	0xbaf
	.uleb128 0x9
	.byte	0x3
	.quad	names
	.uleb128 0x59
	.long	.LASF197
	.byte	0x1
	.value	0x2fe
	.byte	0xe
	.long	0xbd7
	.uleb128 0x29
	.long	0xbe7
	.uleb128 0x8
	.long	0x95d
	.uleb128 0x8
	.long	0xbe7
	.byte	0
	.uleb128 0x9
	.long	0x9a3
	.uleb128 0x5a
	.long	.LASF198
	.byte	0x18
	.byte	0x1
	.value	0x300
	.byte	0x8
	.long	0xc17
	.uleb128 0x5b
	.long	.LASF132
	.byte	0x1
	.value	0x301
	.byte	0x13
	.long	0xa12
	.byte	0
	.uleb128 0x5c
	.string	"run"
	.byte	0x1
	.value	0x302
	.byte	0x12
	.long	0xc1c
	.byte	0x10
	.byte	0
	.uleb128 0x14
	.long	0xbec
	.uleb128 0x9
	.long	0xbca
	.uleb128 0x37
	.long	.LASF200
	.value	0x307
	.byte	0x21
	.long	0x9e5
	.uleb128 0xa
	.byte	0xe
	.long	failure@dtpoff, 0
	.byte	0x9b
	.uleb128 0x5d
	.long	.LASF201
	.byte	0x1
	.value	0x337
	.byte	0x19
	.long	0x915
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_compiled
	.uleb128 0x24
	.long	.LASF202
	.byte	0x13
	.value	0x234
	.byte	0xe
	.long	0xc6
	.long	0xc6b
	.uleb128 0x8
	.long	0xc6
	.uleb128 0x8
	.long	0x137
	.byte	0
	.uleb128 0x38
	.long	.LASF203
	.byte	0x14
	.byte	0x2b
	.byte	0xe
	.long	0xc6
	.long	0xc8b
	.uleb128 0x8
	.long	0xc6
	.uleb128 0x8
	.long	0x189
	.uleb128 0x8
	.long	0x137
	.byte	0
	.uleb128 0x24
	.long	.LASF204
	.byte	0x13
	.value	0x229
	.byte	0xe
	.long	0xc6
	.long	0xca2
	.uleb128 0x8
	.long	0x137
	.byte	0
	.uleb128 0x24
	.long	.LASF205
	.byte	0x15
	.value	0x225
	.byte	0xc
	.long	0x7c
	.long	0xcbe
	.uleb128 0x8
	.long	0x7c
	.uleb128 0x8
	.long	0x3ec
	.byte	0
	.uleb128 0x24
	.long	.LASF206
	.byte	0x15
	.value	0x28f
	.byte	0xc
	.long	0x7c
	.long	0xcda
	.uleb128 0x8
	.long	0x199
	.uleb128 0x8
	.long	0x3f1
	.byte	0
	.uleb128 0x24
	.long	.LASF207
	.byte	0x15
	.value	0x316
	.byte	0xc
	.long	0x7c
	.long	0xcf1
	.uleb128 0x8
	.long	0x3ec
	.byte	0
	.uleb128 0x24
	.long	.LASF208
	.byte	0x15
	.value	0x15e
	.byte	0xc
	.long	0x7c
	.long	0xd0e
	.uleb128 0x8
	.long	0x3f1
	.uleb128 0x8
	.long	0x199
	.uleb128 0x40
	.byte	0
	.uleb128 0x38
	.long	.LASF209
	.byte	0x12
	.byte	0x1d
	.byte	0x5
	.long	0x7c
	.long	0xd38
	.uleb128 0x8
	.long	0xd38
	.uleb128 0x8
	.long	0xc6
	.uleb128 0x8
	.long	0x18f
	.uleb128 0x8
	.long	0xd3d
	.uleb128 0x8
	.long	0xa5d
	.byte	0
	.uleb128 0x9
	.long	0xa38
	.uleb128 0x9
	.long	0xa12
	.uleb128 0x24
	.long	.LASF210
	.byte	0x13
	.value	0x22c
	.byte	0xe
	.long	0xc6
	.long	0xd5e
	.uleb128 0x8
	.long	0x137
	.uleb128 0x8
	.long	0x137
	.byte	0
	.uleb128 0x39
	.long	.LASF211
	.byte	0x12
	.byte	0xf
	.byte	0x6
	.long	0xd76
	.uleb128 0x8
	.long	0xa5d
	.uleb128 0x8
	.long	0x18f
	.uleb128 0x40
	.byte	0
	.uleb128 0x5e
	.long	.LASF212
	.byte	0x13
	.value	0x238
	.byte	0xd
	.long	0xd89
	.uleb128 0x8
	.long	0xc6
	.byte	0
	.uleb128 0x39
	.long	.LASF213
	.byte	0x12
	.byte	0x1f
	.byte	0x6
	.long	0xd9b
	.uleb128 0x8
	.long	0xd3d
	.byte	0
	.uleb128 0x39
	.long	.LASF214
	.byte	0xf
	.byte	0x4f
	.byte	0x7
	.long	0xdc1
	.uleb128 0x8
	.long	0x95d
	.uleb128 0x8
	.long	0x6e4
	.uleb128 0x8
	.long	0x3fd
	.uleb128 0x8
	.long	0x10e
	.uleb128 0x8
	.long	0xe5
	.byte	0
	.uleb128 0x38
	.long	.LASF215
	.byte	0xf
	.byte	0x4a
	.byte	0x7
	.long	0x7c
	.long	0xddc
	.uleb128 0x8
	.long	0x95d
	.uleb128 0x8
	.long	0x3fd
	.byte	0
	.uleb128 0x5f
	.long	.LASF269
	.byte	0x12
	.byte	0x24
	.byte	0xd
	.long	0x18f
	.uleb128 0x41
	.string	"run"
	.value	0x32f
	.quad	.LFB52
	.quad	.LFE52-.LFB52
	.uleb128 0x1
	.byte	0x9c
	.long	0xe75
	.uleb128 0x10
	.string	"vm"
	.value	0x32f
	.byte	0x1c
	.long	0x95d
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x42
	.long	.LASF156
	.byte	0x36
	.long	0x88e
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x42
	.long	.LASF216
	.byte	0x42
	.long	0xc6
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x1b
	.string	"c"
	.value	0x332
	.byte	0x1c
	.long	0xe75
	.long	.LLST13
	.long	.LVUS13
	.uleb128 0x37
	.long	.LASF217
	.value	0x333
	.byte	0x1a
	.long	0x9a3
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x60
	.quad	.LVL34
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
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0xc17
	.uleb128 0x20
	.long	.LASF162
	.value	0x326
	.long	0xe9c
	.uleb128 0x2e
	.long	.LASF216
	.value	0x326
	.byte	0x1b
	.long	0xc6
	.uleb128 0x6
	.string	"c"
	.value	0x328
	.byte	0x16
	.long	0xe9c
	.byte	0
	.uleb128 0x9
	.long	0xbec
	.uleb128 0x43
	.long	.LASF161
	.value	0x30e
	.byte	0xe
	.long	0xc6
	.quad	.LFB50
	.quad	.LFE50-.LFB50
	.uleb128 0x1
	.byte	0x9c
	.long	0x1caa
	.uleb128 0x10
	.string	"p"
	.value	0x30e
	.byte	0x2c
	.long	0x88e
	.long	.LLST172
	.long	.LVUS172
	.uleb128 0x61
	.string	"pl"
	.byte	0x1
	.value	0x316
	.byte	0x11
	.long	0xab6
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.uleb128 0x1b
	.string	"c"
	.value	0x317
	.byte	0x16
	.long	0xe9c
	.long	.LLST173
	.long	.LVUS173
	.uleb128 0x1b
	.string	"rc"
	.value	0x31c
	.byte	0x9
	.long	0x7c
	.long	.LLST174
	.long	.LVUS174
	.uleb128 0xe
	.long	0x3389
	.quad	.LBI391
	.value	.LVU886
	.long	.LLRL175
	.value	0x318
	.byte	0xf
	.long	0x1bf6
	.uleb128 0x2
	.long	0x33a4
	.long	.LLST176
	.long	.LVUS176
	.uleb128 0x2
	.long	0x3399
	.long	.LLST177
	.long	.LVUS177
	.uleb128 0x11
	.long	.LLRL175
	.uleb128 0x4
	.long	0x33ae
	.long	.LLST178
	.long	.LVUS178
	.uleb128 0x4
	.long	0x33b8
	.long	.LLST179
	.long	.LVUS179
	.uleb128 0x44
	.long	0x33c4
	.quad	.L283
	.uleb128 0x4
	.long	0x33cb
	.long	.LLST180
	.long	.LVUS180
	.uleb128 0x4
	.long	0x33d7
	.long	.LLST181
	.long	.LVUS181
	.uleb128 0x44
	.long	0x33e3
	.quad	.LDL1
	.uleb128 0xe
	.long	0x3b72
	.quad	.LBI393
	.value	.LVU917
	.long	.LLRL182
	.value	0x16a
	.byte	0x16
	.long	0xfd1
	.uleb128 0x2
	.long	0x3b83
	.long	.LLST183
	.long	.LVUS183
	.uleb128 0xd
	.quad	.LVL344
	.long	0xc8b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x6
	.byte	0x7f
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x23
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x33ea
	.long	.LLRL184
	.long	0x104c
	.uleb128 0x4
	.long	0x33ef
	.long	.LLST185
	.long	.LVUS185
	.uleb128 0x2f
	.long	0x33f9
	.quad	.LBB400
	.quad	.LBE400-.LBB400
	.uleb128 0x4
	.long	0x33fa
	.long	.LLST186
	.long	.LVUS186
	.uleb128 0x30
	.long	0x3b8e
	.quad	.LBI401
	.value	.LVU949
	.quad	.LBB401
	.quad	.LBE401-.LBB401
	.value	0x172
	.byte	0x24
	.uleb128 0x2
	.long	0x3b9f
	.long	.LLST187
	.long	.LVUS187
	.uleb128 0x4
	.long	0x3ba9
	.long	.LLST188
	.long	.LVUS188
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x21
	.long	0x3408
	.quad	.LBB404
	.quad	.LBE404-.LBB404
	.long	0x1073
	.uleb128 0x4
	.long	0x340d
	.long	.LLST189
	.long	.LVUS189
	.byte	0
	.uleb128 0x12
	.long	0x3418
	.long	.LLRL190
	.long	0x108e
	.uleb128 0x4
	.long	0x341d
	.long	.LLST191
	.long	.LVUS191
	.byte	0
	.uleb128 0xe
	.long	0x3643
	.quad	.LBI407
	.value	.LVU1019
	.long	.LLRL192
	.value	0x188
	.byte	0x9
	.long	0x129b
	.uleb128 0x2
	.long	0x365f
	.long	.LLST193
	.long	.LVUS193
	.uleb128 0x2
	.long	0x3654
	.long	.LLST194
	.long	.LVUS194
	.uleb128 0x11
	.long	.LLRL192
	.uleb128 0x4
	.long	0x366a
	.long	.LLST195
	.long	.LVUS195
	.uleb128 0x4
	.long	0x3674
	.long	.LLST196
	.long	.LVUS196
	.uleb128 0x4
	.long	0x367f
	.long	.LLST197
	.long	.LVUS197
	.uleb128 0x4
	.long	0x368a
	.long	.LLST198
	.long	.LVUS198
	.uleb128 0x12
	.long	0x3696
	.long	.LLRL199
	.long	0x1116
	.uleb128 0x4
	.long	0x369b
	.long	.LLST200
	.long	.LVUS200
	.byte	0
	.uleb128 0x12
	.long	0x36a6
	.long	.LLRL201
	.long	0x11e5
	.uleb128 0x4
	.long	0x36a7
	.long	.LLST202
	.long	.LVUS202
	.uleb128 0xf
	.long	0x36b1
	.long	.LLRL203
	.uleb128 0x4
	.long	0x36b2
	.long	.LLST204
	.long	.LVUS204
	.uleb128 0xf
	.long	0x36bd
	.long	.LLRL205
	.uleb128 0x4
	.long	0x36be
	.long	.LLST206
	.long	.LVUS206
	.uleb128 0x45
	.long	0x36c8
	.uleb128 0x3
	.byte	0x91
	.sleb128 -200
	.uleb128 0x4
	.long	0x36d2
	.long	.LLST207
	.long	.LVUS207
	.uleb128 0x21
	.long	0x36dd
	.quad	.LBB416
	.quad	.LBE416-.LBB416
	.long	0x1199
	.uleb128 0x4
	.long	0x36e2
	.long	.LLST208
	.long	.LVUS208
	.byte	0
	.uleb128 0x21
	.long	0x36ed
	.quad	.LBB417
	.quad	.LBE417-.LBB417
	.long	0x11c0
	.uleb128 0x4
	.long	0x36ee
	.long	.LLST209
	.long	.LVUS209
	.byte	0
	.uleb128 0xd
	.quad	.LVL399
	.long	0x3af0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL372
	.long	0xd42
	.long	0x1202
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x34
	.byte	0
	.uleb128 0x5
	.quad	.LVL374
	.long	0xc8b
	.long	0x121c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x7d
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0
	.uleb128 0x13
	.quad	.LVL383
	.long	0xc8b
	.uleb128 0x5
	.quad	.LVL384
	.long	0xd42
	.long	0x1248
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x34
	.byte	0
	.uleb128 0x5
	.quad	.LVL411
	.long	0xd76
	.long	0x1260
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL434
	.long	0xd76
	.long	0x1278
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x13
	.quad	.LVL571
	.long	0xd76
	.uleb128 0xd
	.quad	.LVL578
	.long	0xd76
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x62
	.long	0x3565
	.long	.LLRL210
	.byte	0x1
	.value	0x18f
	.byte	0x5
	.long	0x13c5
	.uleb128 0x1d
	.long	0x357b
	.uleb128 0x1d
	.long	0x3570
	.uleb128 0x11
	.long	.LLRL210
	.uleb128 0x4
	.long	0x3587
	.long	.LLST211
	.long	.LVUS211
	.uleb128 0x12
	.long	0x35a2
	.long	.LLRL212
	.long	0x13ac
	.uleb128 0x4
	.long	0x35a3
	.long	.LLST213
	.long	.LVUS213
	.uleb128 0x45
	.long	0x35ad
	.uleb128 0x3
	.byte	0x91
	.sleb128 -200
	.uleb128 0x25
	.long	0x35b7
	.uleb128 0x4
	.long	0x35c2
	.long	.LLST214
	.long	.LVUS214
	.uleb128 0x4
	.long	0x35cc
	.long	.LLST215
	.long	.LVUS215
	.uleb128 0x12
	.long	0x35d7
	.long	.LLRL216
	.long	0x1387
	.uleb128 0x4
	.long	0x35d8
	.long	.LLST217
	.long	.LVUS217
	.uleb128 0xf
	.long	0x35e2
	.long	.LLRL218
	.uleb128 0x4
	.long	0x35e3
	.long	.LLST219
	.long	.LVUS219
	.uleb128 0x4
	.long	0x35ee
	.long	.LLST220
	.long	.LVUS220
	.uleb128 0x4
	.long	0x35fa
	.long	.LLST221
	.long	.LVUS221
	.uleb128 0x1e
	.long	0x361a
	.quad	.LBI435
	.value	.LVU1208
	.long	.LLRL222
	.value	0x140
	.byte	0x2e
	.uleb128 0x2
	.long	0x3636
	.long	.LLST223
	.long	.LVUS223
	.uleb128 0x2
	.long	0x362a
	.long	.LLST224
	.long	.LVUS224
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.quad	.LVL422
	.long	0x3af0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x4
	.byte	0x91
	.sleb128 -288
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x3592
	.long	.LLRL225
	.uleb128 0x4
	.long	0x3597
	.long	.LLST226
	.long	.LVUS226
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x3428
	.long	.LLRL227
	.long	0x1411
	.uleb128 0x4
	.long	0x342d
	.long	.LLST228
	.long	.LVUS228
	.uleb128 0xf
	.long	0x3437
	.long	.LLRL229
	.uleb128 0x4
	.long	0x3438
	.long	.LLST230
	.long	.LVUS230
	.uleb128 0x4
	.long	0x3443
	.long	.LLST231
	.long	.LVUS231
	.uleb128 0x4
	.long	0x344d
	.long	.LLST232
	.long	.LVUS232
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x345b
	.long	.LLRL233
	.long	0x147d
	.uleb128 0x4
	.long	0x345c
	.long	.LLST234
	.long	.LVUS234
	.uleb128 0xf
	.long	0x3466
	.long	.LLRL235
	.uleb128 0x25
	.long	0x3467
	.uleb128 0x30
	.long	0x3534
	.quad	.LBI468
	.value	.LVU1299
	.quad	.LBB468
	.quad	.LBE468-.LBB468
	.value	0x1a3
	.byte	0x3b
	.uleb128 0x2
	.long	0x3544
	.long	.LLST236
	.long	.LVUS236
	.uleb128 0x2
	.long	0x354f
	.long	.LLST237
	.long	.LVUS237
	.uleb128 0x25
	.long	0x3559
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.long	0x32dc
	.quad	.LBI471
	.value	.LVU1318
	.long	.LLRL238
	.value	0x1a8
	.byte	0x9
	.long	0x15e1
	.uleb128 0x2
	.long	0x32ec
	.long	.LLST239
	.long	.LVUS239
	.uleb128 0x11
	.long	.LLRL238
	.uleb128 0x4
	.long	0x32f7
	.long	.LLST240
	.long	.LVUS240
	.uleb128 0x4
	.long	0x3301
	.long	.LLST241
	.long	.LVUS241
	.uleb128 0x4
	.long	0x330d
	.long	.LLST242
	.long	.LVUS242
	.uleb128 0x12
	.long	0x3319
	.long	.LLRL243
	.long	0x15b2
	.uleb128 0x4
	.long	0x331a
	.long	.LLST244
	.long	.LVUS244
	.uleb128 0xf
	.long	0x3324
	.long	.LLRL245
	.uleb128 0x4
	.long	0x3325
	.long	.LLST246
	.long	.LVUS246
	.uleb128 0x12
	.long	0x332f
	.long	.LLRL247
	.long	0x1594
	.uleb128 0x4
	.long	0x3330
	.long	.LLST248
	.long	.LVUS248
	.uleb128 0x4
	.long	0x333b
	.long	.LLST249
	.long	.LVUS249
	.uleb128 0xf
	.long	0x3346
	.long	.LLRL250
	.uleb128 0x4
	.long	0x3347
	.long	.LLST251
	.long	.LVUS251
	.uleb128 0x4
	.long	0x3352
	.long	.LLST252
	.long	.LVUS252
	.uleb128 0x4
	.long	0x335d
	.long	.LLST253
	.long	.LVUS253
	.uleb128 0xf
	.long	0x3369
	.long	.LLRL254
	.uleb128 0x4
	.long	0x336a
	.long	.LLST255
	.long	.LVUS255
	.uleb128 0xf
	.long	0x3375
	.long	.LLRL256
	.uleb128 0x4
	.long	0x3376
	.long	.LLST257
	.long	.LVUS257
	.uleb128 0x13
	.quad	.LVL484
	.long	0xc4f
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.quad	.LVL470
	.long	0x3a42
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL460
	.long	0xc8b
	.long	0x15ca
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 8
	.byte	0
	.uleb128 0xd
	.quad	.LVL462
	.long	0xc8b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa
	.value	0x200
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.long	0x31ed
	.quad	.LBI493
	.value	.LVU1433
	.long	.LLRL258
	.value	0x1aa
	.byte	0x5
	.long	0x1a4f
	.uleb128 0x2
	.long	0x31f8
	.long	.LLST259
	.long	.LVUS259
	.uleb128 0x12
	.long	0x3203
	.long	.LLRL260
	.long	0x19e2
	.uleb128 0x4
	.long	0x3208
	.long	.LLST261
	.long	.LVUS261
	.uleb128 0xf
	.long	0x3212
	.long	.LLRL262
	.uleb128 0x4
	.long	0x3213
	.long	.LLST263
	.long	.LVUS263
	.uleb128 0xf
	.long	0x321d
	.long	.LLRL264
	.uleb128 0x4
	.long	0x321e
	.long	.LLST265
	.long	.LVUS265
	.uleb128 0x21
	.long	0x3228
	.quad	.LBB498
	.quad	.LBE498-.LBB498
	.long	0x179f
	.uleb128 0x4
	.long	0x3229
	.long	.LLST266
	.long	.LVUS266
	.uleb128 0x1e
	.long	0x3273
	.quad	.LBI499
	.value	.LVU1479
	.long	.LLRL267
	.value	0x206
	.byte	0x15
	.uleb128 0x2
	.long	0x32ab
	.long	.LLST268
	.long	.LVUS268
	.uleb128 0x2
	.long	0x329f
	.long	.LLST269
	.long	.LVUS269
	.uleb128 0x2
	.long	0x3293
	.long	.LLST270
	.long	.LVUS270
	.uleb128 0x2
	.long	0x3289
	.long	.LLST269
	.long	.LVUS269
	.uleb128 0x2
	.long	0x327e
	.long	.LLST272
	.long	.LVUS272
	.uleb128 0xe
	.long	0x32b7
	.quad	.LBI501
	.value	.LVU1481
	.long	.LLRL273
	.value	0x1f0
	.byte	0x9
	.long	0x1700
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST274
	.long	.LVUS274
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST275
	.long	.LVUS275
	.byte	0
	.uleb128 0x26
	.long	0x32b7
	.quad	.LBI505
	.value	.LVU1484
	.quad	.LBB505
	.quad	.LBE505-.LBB505
	.value	0x1f0
	.byte	0x1e
	.long	0x1741
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST276
	.long	.LVUS276
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST277
	.long	.LVUS277
	.byte	0
	.uleb128 0x30
	.long	0x3273
	.quad	.LBI507
	.value	.LVU1489
	.quad	.LBB507
	.quad	.LBE507-.LBB507
	.value	0x1ee
	.byte	0xd
	.uleb128 0x1d
	.long	0x327e
	.uleb128 0x2
	.long	0x3289
	.long	.LLST278
	.long	.LVUS278
	.uleb128 0x2
	.long	0x3293
	.long	.LLST279
	.long	.LVUS279
	.uleb128 0x2
	.long	0x32ab
	.long	.LLST280
	.long	.LVUS280
	.uleb128 0x2
	.long	0x329f
	.long	.LLST281
	.long	.LVUS281
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x26
	.long	0x3273
	.quad	.LBI511
	.value	.LVU1504
	.quad	.LBB511
	.quad	.LBE511-.LBB511
	.value	0x1fe
	.byte	0x11
	.long	0x18cd
	.uleb128 0x2
	.long	0x32ab
	.long	.LLST282
	.long	.LVUS282
	.uleb128 0x2
	.long	0x329f
	.long	.LLST283
	.long	.LVUS283
	.uleb128 0x2
	.long	0x3293
	.long	.LLST284
	.long	.LVUS284
	.uleb128 0x2
	.long	0x3289
	.long	.LLST283
	.long	.LVUS283
	.uleb128 0x2
	.long	0x327e
	.long	.LLST286
	.long	.LVUS286
	.uleb128 0xe
	.long	0x32b7
	.quad	.LBI513
	.value	.LVU1506
	.long	.LLRL287
	.value	0x1f0
	.byte	0x9
	.long	0x183b
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST288
	.long	.LVUS288
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST289
	.long	.LVUS289
	.byte	0
	.uleb128 0xe
	.long	0x32b7
	.quad	.LBI517
	.value	.LVU1509
	.long	.LLRL290
	.value	0x1f0
	.byte	0x1e
	.long	0x1870
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST291
	.long	.LVUS291
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST292
	.long	.LVUS292
	.byte	0
	.uleb128 0x30
	.long	0x3273
	.quad	.LBI525
	.value	.LVU1514
	.quad	.LBB525
	.quad	.LBE525-.LBB525
	.value	0x1ee
	.byte	0xd
	.uleb128 0x1d
	.long	0x327e
	.uleb128 0x2
	.long	0x3289
	.long	.LLST293
	.long	.LVUS293
	.uleb128 0x2
	.long	0x3293
	.long	.LLST294
	.long	.LVUS294
	.uleb128 0x2
	.long	0x32ab
	.long	.LLST295
	.long	.LVUS295
	.uleb128 0x2
	.long	0x329f
	.long	.LLST296
	.long	.LVUS296
	.byte	0
	.byte	0
	.uleb128 0x1e
	.long	0x3273
	.quad	.LBI527
	.value	.LVU1524
	.long	.LLRL297
	.value	0x200
	.byte	0x11
	.uleb128 0x2
	.long	0x32ab
	.long	.LLST298
	.long	.LVUS298
	.uleb128 0x2
	.long	0x329f
	.long	.LLST299
	.long	.LVUS299
	.uleb128 0x2
	.long	0x3293
	.long	.LLST300
	.long	.LVUS300
	.uleb128 0x2
	.long	0x3289
	.long	.LLST299
	.long	.LVUS299
	.uleb128 0x2
	.long	0x327e
	.long	.LLST302
	.long	.LVUS302
	.uleb128 0xe
	.long	0x32b7
	.quad	.LBI529
	.value	.LVU1526
	.long	.LLRL303
	.value	0x1f0
	.byte	0x9
	.long	0x1959
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST304
	.long	.LVUS304
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST305
	.long	.LVUS305
	.byte	0
	.uleb128 0xe
	.long	0x32b7
	.quad	.LBI535
	.value	.LVU1529
	.long	.LLRL306
	.value	0x1f0
	.byte	0x1e
	.long	0x198e
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST307
	.long	.LVUS307
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST308
	.long	.LVUS308
	.byte	0
	.uleb128 0x1e
	.long	0x3273
	.quad	.LBI538
	.value	.LVU1533
	.long	.LLRL309
	.value	0x1ee
	.byte	0xd
	.uleb128 0x1d
	.long	0x327e
	.uleb128 0x2
	.long	0x3289
	.long	.LLST310
	.long	.LVUS310
	.uleb128 0x2
	.long	0x3293
	.long	.LLST311
	.long	.LVUS311
	.uleb128 0x2
	.long	0x32ab
	.long	.LLST312
	.long	.LVUS312
	.uleb128 0x2
	.long	0x329f
	.long	.LLST313
	.long	.LVUS313
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x2f
	.long	0x3237
	.quad	.LBB560
	.quad	.LBE560-.LBB560
	.uleb128 0x4
	.long	0x3238
	.long	.LLST314
	.long	.LVUS314
	.uleb128 0xf
	.long	0x3242
	.long	.LLRL315
	.uleb128 0x4
	.long	0x3243
	.long	.LLST316
	.long	.LVUS316
	.uleb128 0x12
	.long	0x324f
	.long	.LLRL317
	.long	0x1a35
	.uleb128 0x4
	.long	0x3254
	.long	.LLST318
	.long	.LVUS318
	.byte	0
	.uleb128 0xf
	.long	0x325f
	.long	.LLRL319
	.uleb128 0x4
	.long	0x3260
	.long	.LLST320
	.long	.LVUS320
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL338
	.long	0xc8b
	.long	0x1a67
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL339
	.long	0xd42
	.long	0x1a84
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x5
	.quad	.LVL340
	.long	0xd42
	.long	0x1aa1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x34
	.byte	0
	.uleb128 0x5
	.quad	.LVL341
	.long	0xc8b
	.long	0x1ab9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL342
	.long	0xd42
	.long	0x1ad6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x34
	.byte	0
	.uleb128 0x13
	.quad	.LVL361
	.long	0xc8b
	.uleb128 0x5
	.quad	.LVL362
	.long	0xc8b
	.long	0x1afb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL364
	.long	0x3c6c
	.long	0x1b19
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x13
	.quad	.LVL370
	.long	0xd76
	.uleb128 0x5
	.quad	.LVL441
	.long	0x36fd
	.long	0x1b4b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL450
	.long	0x36fd
	.long	0x1b70
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL457
	.long	0xd76
	.long	0x1b88
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL496
	.long	0x3474
	.long	0x1ba2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.byte	0
	.uleb128 0x5
	.quad	.LVL564
	.long	0x36fd
	.long	0x1bc7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -304
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL572
	.long	0xd76
	.long	0x1bdf
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0xd
	.quad	.LVL574
	.long	0x3474
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL334
	.long	0xd42
	.long	0x1c12
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x48
	.byte	0
	.uleb128 0x5
	.quad	.LVL497
	.long	0xd76
	.long	0x1c2c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -296
	.byte	0x6
	.byte	0
	.uleb128 0x5
	.quad	.LVL544
	.long	0xd0e
	.long	0x1c66
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	write_program
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
	.uleb128 0x4
	.byte	0x91
	.sleb128 -296
	.byte	0x6
	.byte	0
	.uleb128 0x5
	.quad	.LVL546
	.long	0x3474
	.long	0x1c7e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0xd
	.quad	.LVL568
	.long	0xd5e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC43
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -320
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa
	.value	0x2000
	.byte	0
	.byte	0
	.uleb128 0x63
	.long	.LASF163
	.byte	0x1
	.value	0x309
	.byte	0x14
	.long	0x18f
	.quad	.LFB49
	.quad	.LFE49-.LFB49
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x43
	.long	.LASF218
	.value	0x2da
	.byte	0xc
	.long	0x7c
	.quad	.LFB48
	.quad	.LFE48-.LFB48
	.uleb128 0x1
	.byte	0x9c
	.long	0x2ab7
	.uleb128 0x10
	.string	"f"
	.value	0x2da
	.byte	0x20
	.long	0x3ec
	.long	.LLST61
	.long	.LVUS61
	.uleb128 0x10
	.string	"arg"
	.value	0x2da
	.byte	0x29
	.long	0xc6
	.long	.LLST62
	.long	.LVUS62
	.uleb128 0x10
	.string	"w"
	.value	0x2da
	.byte	0x3a
	.long	0xa5d
	.long	.LLST63
	.long	.LVUS63
	.uleb128 0x1b
	.string	"pl"
	.value	0x2dc
	.byte	0x18
	.long	0x2ab7
	.long	.LLST64
	.long	.LVUS64
	.uleb128 0x3a
	.long	.LASF219
	.value	0x2de
	.byte	0x14
	.long	0x11a
	.long	.LLST65
	.long	.LVUS65
	.uleb128 0x2a
	.long	.LLRL66
	.long	0x28bc
	.uleb128 0x1b
	.string	"c"
	.value	0x2e2
	.byte	0xe
	.long	0x7c
	.long	.LLST67
	.long	.LVUS67
	.uleb128 0x11
	.long	.LLRL68
	.uleb128 0x1b
	.string	"k"
	.value	0x2e3
	.byte	0x17
	.long	0x10e
	.long	.LLST69
	.long	.LVUS69
	.uleb128 0x26
	.long	0x2abc
	.quad	.LBI178
	.value	.LVU315
	.quad	.LBB178
	.quad	.LBE178-.LBB178
	.value	0x2e4
	.byte	0x11
	.long	0x1e31
	.uleb128 0x2
	.long	0x2ae1
	.long	.LLST70
	.long	.LVUS70
	.uleb128 0x2
	.long	0x2ad7
	.long	.LLST71
	.long	.LVUS71
	.uleb128 0x2
	.long	0x2acc
	.long	.LLST72
	.long	.LVUS72
	.uleb128 0x2f
	.long	0x2aeb
	.quad	.LBB179
	.quad	.LBE179-.LBB179
	.uleb128 0x4
	.long	0x2aec
	.long	.LLST73
	.long	.LVUS73
	.uleb128 0x1e
	.long	0x2af8
	.quad	.LBI180
	.value	.LVU322
	.long	.LLRL74
	.value	0x2d4
	.byte	0x2c
	.uleb128 0x2
	.long	0x2b13
	.long	.LLST75
	.long	.LVUS75
	.uleb128 0x2
	.long	0x2b08
	.long	.LLST76
	.long	.LVUS76
	.uleb128 0x11
	.long	.LLRL74
	.uleb128 0x4
	.long	0x2b1d
	.long	.LLST77
	.long	.LVUS77
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x64
	.long	0x2b29
	.long	.LLRL78
	.byte	0x1
	.value	0x2e5
	.byte	0x11
	.uleb128 0x1d
	.long	0x2b5f
	.uleb128 0x1d
	.long	0x2b53
	.uleb128 0x1d
	.long	0x2b49
	.uleb128 0x1d
	.long	0x2b3e
	.uleb128 0x1d
	.long	0x2b34
	.uleb128 0x11
	.long	.LLRL78
	.uleb128 0x4
	.long	0x2b6a
	.long	.LLST79
	.long	.LVUS79
	.uleb128 0x4
	.long	0x2b76
	.long	.LLST80
	.long	.LVUS80
	.uleb128 0x21
	.long	0x2b82
	.quad	.LBB188
	.quad	.LBE188-.LBB188
	.long	0x1edb
	.uleb128 0x4
	.long	0x2b87
	.long	.LLST81
	.long	.LVUS81
	.uleb128 0x1e
	.long	0x31bd
	.quad	.LBI189
	.value	.LVU342
	.long	.LLRL82
	.value	0x2a2
	.byte	0x11
	.uleb128 0x2
	.long	0x31e2
	.long	.LLST83
	.long	.LVUS83
	.uleb128 0x2
	.long	0x31d8
	.long	.LLST84
	.long	.LVUS84
	.uleb128 0x2
	.long	0x31cd
	.long	.LLST85
	.long	.LVUS85
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x2b92
	.long	.LLRL86
	.long	0x2049
	.uleb128 0x4
	.long	0x2b97
	.long	.LLST87
	.long	.LVUS87
	.uleb128 0xe
	.long	0x31bd
	.quad	.LBI196
	.value	.LVU381
	.long	.LLRL88
	.value	0x2b0
	.byte	0x11
	.long	0x1f37
	.uleb128 0x2
	.long	0x31e2
	.long	.LLST89
	.long	.LVUS89
	.uleb128 0x2
	.long	0x31d8
	.long	.LLST90
	.long	.LVUS90
	.uleb128 0x2
	.long	0x31cd
	.long	.LLST91
	.long	.LVUS91
	.byte	0
	.uleb128 0xe
	.long	0x3165
	.quad	.LBI200
	.value	.LVU592
	.long	.LLRL92
	.value	0x2b1
	.byte	0x11
	.long	0x1fb2
	.uleb128 0x2
	.long	0x317a
	.long	.LLST93
	.long	.LVUS93
	.uleb128 0x2
	.long	0x3170
	.long	.LLST94
	.long	.LVUS94
	.uleb128 0xf
	.long	0x3184
	.long	.LLRL92
	.uleb128 0x4
	.long	0x3185
	.long	.LLST95
	.long	.LVUS95
	.uleb128 0xd
	.quad	.LVL221
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x73
	.sleb128 -1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 -1
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL142
	.long	0xcf1
	.long	0x1fe4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC34
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x7
	.byte	0x91
	.sleb128 -144
	.byte	0x6
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0
	.uleb128 0x5
	.quad	.LVL143
	.long	0xcf1
	.long	0x201a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC19
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -116
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x76
	.sleb128 -1
	.byte	0
	.uleb128 0xd
	.quad	.LVL215
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC34
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x7
	.byte	0x91
	.sleb128 -144
	.byte	0x6
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x2ba2
	.long	.LLRL96
	.long	0x26d4
	.uleb128 0x4
	.long	0x2ba7
	.long	.LLST97
	.long	.LVUS97
	.uleb128 0x1e
	.long	0x2bcc
	.quad	.LBI206
	.value	.LVU409
	.long	.LLRL98
	.value	0x2b7
	.byte	0xd
	.uleb128 0x2
	.long	0x2bf6
	.long	.LLST99
	.long	.LVUS99
	.uleb128 0x2
	.long	0x2bec
	.long	.LLST100
	.long	.LVUS100
	.uleb128 0x2
	.long	0x2be1
	.long	.LLST101
	.long	.LVUS101
	.uleb128 0x2
	.long	0x2bd7
	.long	.LLST102
	.long	.LVUS102
	.uleb128 0x11
	.long	.LLRL98
	.uleb128 0x4
	.long	0x2c00
	.long	.LLST103
	.long	.LVUS103
	.uleb128 0x4
	.long	0x2c0a
	.long	.LLST104
	.long	.LVUS104
	.uleb128 0x25
	.long	0x2c15
	.uleb128 0x4
	.long	0x2c20
	.long	.LLST105
	.long	.LVUS105
	.uleb128 0x4
	.long	0x2c2c
	.long	.LLST106
	.long	.LVUS106
	.uleb128 0x26
	.long	0x31bd
	.quad	.LBI208
	.value	.LVU441
	.quad	.LBB208
	.quad	.LBE208-.LBB208
	.value	0x264
	.byte	0x9
	.long	0x2139
	.uleb128 0x2
	.long	0x31e2
	.long	.LLST107
	.long	.LVUS107
	.uleb128 0x2
	.long	0x31d8
	.long	.LLST108
	.long	.LVUS108
	.uleb128 0x2
	.long	0x31cd
	.long	.LLST109
	.long	.LVUS109
	.byte	0
	.uleb128 0x26
	.long	0x31bd
	.quad	.LBI210
	.value	.LVU458
	.quad	.LBB210
	.quad	.LBE210-.LBB210
	.value	0x271
	.byte	0x9
	.long	0x2187
	.uleb128 0x2
	.long	0x31e2
	.long	.LLST110
	.long	.LVUS110
	.uleb128 0x2
	.long	0x31d8
	.long	.LLST111
	.long	.LVUS111
	.uleb128 0x2
	.long	0x31cd
	.long	.LLST112
	.long	.LVUS112
	.byte	0
	.uleb128 0x21
	.long	0x2c49
	.quad	.LBB212
	.quad	.LBE212-.LBB212
	.long	0x2244
	.uleb128 0x4
	.long	0x2c4a
	.long	.LLST113
	.long	.LVUS113
	.uleb128 0xf
	.long	0x2c54
	.long	.LLRL114
	.uleb128 0x4
	.long	0x2c55
	.long	.LLST115
	.long	.LVUS115
	.uleb128 0x5
	.quad	.LVL187
	.long	0xcf1
	.long	0x21ee
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC34
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL188
	.long	0x2db4
	.long	0x2229
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
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0x91
	.sleb128 -160
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x59
	.uleb128 0x4
	.byte	0x7f
	.sleb128 0
	.byte	0x31
	.byte	0x26
	.byte	0
	.uleb128 0xd
	.quad	.LVL189
	.long	0xca2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x3a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x21
	.long	0x2c38
	.quad	.LBB215
	.quad	.LBE215-.LBB215
	.long	0x2292
	.uleb128 0x4
	.long	0x2c3d
	.long	.LLST116
	.long	.LVUS116
	.uleb128 0xd
	.quad	.LVL210
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC25
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL157
	.long	0xcf1
	.long	0x22b7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC22
	.byte	0
	.uleb128 0x5
	.quad	.LVL158
	.long	0x3c75
	.long	0x22e6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC23
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x38
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL160
	.long	0xcf1
	.long	0x230b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC24
	.byte	0
	.uleb128 0x5
	.quad	.LVL161
	.long	0xcf1
	.long	0x2361
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC27
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x14
	.byte	0x9
	.byte	0xff
	.byte	0x30
	.byte	0x91
	.sleb128 -160
	.byte	0x94
	.byte	0x1
	.byte	0x30
	.byte	0x29
	.byte	0x28
	.value	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9
	.byte	0xf3
	.byte	0x1a
	.byte	0x23
	.uleb128 0x50
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0xf
	.byte	0x76
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x3
	.quad	names
	.byte	0x22
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL162
	.long	0x2c6d
	.long	0x2385
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
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL163
	.long	0xcf1
	.long	0x23b3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC28
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -120
	.byte	0x94
	.byte	0x4
	.byte	0
	.uleb128 0x5
	.quad	.LVL165
	.long	0x3c75
	.long	0x23e2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC29
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL166
	.long	0x3c75
	.long	0x2411
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x4c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL176
	.long	0x2db4
	.long	0x2447
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
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -120
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x5
	.byte	0x91
	.sleb128 -120
	.byte	0x94
	.byte	0x4
	.byte	0
	.uleb128 0x5
	.quad	.LVL178
	.long	0xca2
	.long	0x2464
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x3a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL180
	.long	0x3c75
	.long	0x2493
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC35
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL181
	.long	0x3c75
	.long	0x24c2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC33
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x42
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL191
	.long	0xcbe
	.long	0x24da
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL193
	.long	0x3c75
	.long	0x2509
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL194
	.long	0x2db4
	.long	0x2539
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
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL195
	.long	0x3c75
	.long	0x2568
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC29
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL196
	.long	0x2db4
	.long	0x259e
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
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
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
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL197
	.long	0x3c75
	.long	0x25cd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x45
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL198
	.long	0x2db4
	.long	0x2605
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
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -120
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x59
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL199
	.long	0x3c75
	.long	0x2634
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC29
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL207
	.long	0xcf1
	.long	0x265f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC21
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL212
	.long	0xca2
	.long	0x267d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL213
	.long	0x2c6d
	.long	0x26a1
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
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0xd
	.quad	.LVL224
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC26
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x5
	.byte	0x91
	.sleb128 -120
	.byte	0x94
	.byte	0x4
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x2bb2
	.long	.LLRL117
	.long	0x2745
	.uleb128 0x4
	.long	0x2bb3
	.long	.LLST118
	.long	.LVUS118
	.uleb128 0xf
	.long	0x2bbd
	.long	.LLRL119
	.uleb128 0x4
	.long	0x2bbe
	.long	.LLST120
	.long	.LVUS120
	.uleb128 0xd
	.quad	.LVL242
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC37
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x7f
	.sleb128 0
	.byte	0x91
	.sleb128 -192
	.byte	0x6
	.byte	0x22
	.byte	0x31
	.byte	0x1c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0x91
	.sleb128 -116
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL137
	.long	0xcf1
	.long	0x278e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC16
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x91
	.sleb128 -80
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x7
	.byte	0x91
	.sleb128 -196
	.byte	0x94
	.byte	0x4
	.byte	0x31
	.byte	0x1c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x59
	.uleb128 0x5
	.byte	0x91
	.sleb128 -116
	.byte	0x94
	.byte	0x4
	.byte	0
	.uleb128 0x5
	.quad	.LVL139
	.long	0x3c75
	.long	0x27bf
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC18
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x42
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.byte	0
	.uleb128 0x5
	.quad	.LVL145
	.long	0x3c75
	.long	0x27ef
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC20
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
	.byte	0x2c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL169
	.long	0x3c75
	.long	0x2821
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC38
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
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.byte	0
	.uleb128 0x5
	.quad	.LVL226
	.long	0xcf1
	.long	0x284e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC17
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.byte	0
	.uleb128 0x5
	.quad	.LVL228
	.long	0x3c75
	.long	0x2880
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC36
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
	.byte	0x69
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.byte	0
	.uleb128 0xd
	.quad	.LVL240
	.long	0xcbe
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1e
	.byte	0x3
	.quad	.LC12
	.byte	0x3
	.quad	.LC11
	.byte	0x7c
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x28
	.value	0x1
	.byte	0x16
	.byte	0x13
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x2a
	.long	.LLRL121
	.long	0x2a20
	.uleb128 0x1b
	.string	"k"
	.value	0x2e7
	.byte	0x13
	.long	0x10e
	.long	.LLST122
	.long	.LVUS122
	.uleb128 0x11
	.long	.LLRL123
	.uleb128 0x1b
	.string	"c"
	.value	0x2e8
	.byte	0x12
	.long	0x7c
	.long	.LLST124
	.long	.LVUS124
	.uleb128 0xe
	.long	0x2abc
	.quad	.LBI238
	.value	.LVU653
	.long	.LLRL125
	.value	0x2e9
	.byte	0x11
	.long	0x298b
	.uleb128 0x2
	.long	0x2ae1
	.long	.LLST126
	.long	.LVUS126
	.uleb128 0x2
	.long	0x2ad7
	.long	.LLST127
	.long	.LVUS127
	.uleb128 0x2
	.long	0x2acc
	.long	.LLST128
	.long	.LVUS128
	.uleb128 0xf
	.long	0x2aeb
	.long	.LLRL125
	.uleb128 0x4
	.long	0x2aec
	.long	.LLST129
	.long	.LVUS129
	.uleb128 0x1e
	.long	0x2af8
	.quad	.LBI240
	.value	.LVU657
	.long	.LLRL130
	.value	0x2d4
	.byte	0x2c
	.uleb128 0x2
	.long	0x2b13
	.long	.LLST131
	.long	.LVUS131
	.uleb128 0x2
	.long	0x2b08
	.long	.LLST132
	.long	.LVUS132
	.uleb128 0x11
	.long	.LLRL130
	.uleb128 0x4
	.long	0x2b1d
	.long	.LLST133
	.long	.LVUS133
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL253
	.long	0xcf1
	.long	0x29be
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC40
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8
	.byte	0x43
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x5
	.quad	.LVL260
	.long	0x3c75
	.long	0x29ef
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC41
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.byte	0
	.uleb128 0xd
	.quad	.LVL263
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC40
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8
	.byte	0x56
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL123
	.long	0xcf1
	.long	0x2a47
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC13
	.byte	0
	.uleb128 0x5
	.quad	.LVL245
	.long	0xcf1
	.long	0x2a76
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -176
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC39
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x73
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0
	.uleb128 0x5
	.quad	.LVL256
	.long	0xcf1
	.long	0x2aa2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC42
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa
	.value	0x100
	.byte	0
	.uleb128 0xd
	.quad	.LVL257
	.long	0xcda
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0xb7f
	.uleb128 0x22
	.long	.LASF220
	.value	0x2d2
	.byte	0xd
	.long	0xb89
	.long	0x2af8
	.uleb128 0xa
	.string	"pl"
	.value	0x2d2
	.byte	0x2b
	.long	0x2ab7
	.uleb128 0xa
	.string	"c"
	.value	0x2d2
	.byte	0x33
	.long	0x7c
	.uleb128 0xa
	.string	"k"
	.value	0x2d2
	.byte	0x3f
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x2d4
	.byte	0x13
	.long	0x10e
	.byte	0
	.byte	0
	.uleb128 0x22
	.long	.LASF221
	.value	0x2cc
	.byte	0x11
	.long	0x10e
	.long	0x2b29
	.uleb128 0xa
	.string	"pl"
	.value	0x2cc
	.byte	0x2e
	.long	0x2ab7
	.uleb128 0xa
	.string	"k"
	.value	0x2cc
	.byte	0x3b
	.long	0x10e
	.uleb128 0x6
	.string	"to"
	.value	0x2ce
	.byte	0xe
	.long	0x10e
	.byte	0
	.uleb128 0x20
	.long	.LASF222
	.value	0x29e
	.long	0x2bcc
	.uleb128 0xa
	.string	"f"
	.value	0x29e
	.byte	0x19
	.long	0x3ec
	.uleb128 0xa
	.string	"pl"
	.value	0x29e
	.byte	0x2f
	.long	0x2ab7
	.uleb128 0xa
	.string	"c"
	.value	0x29e
	.byte	0x37
	.long	0x7c
	.uleb128 0x2e
	.long	.LASF223
	.value	0x29e
	.byte	0x43
	.long	0x10e
	.uleb128 0xa
	.string	"to"
	.value	0x29e
	.byte	0x52
	.long	0x10e
	.uleb128 0x1c
	.long	.LASF224
	.value	0x2a0
	.byte	0xa
	.long	0xb89
	.uleb128 0x6
	.string	"any"
	.value	0x2a0
	.byte	0x18
	.long	0xb89
	.uleb128 0x17
	.long	0x2b92
	.uleb128 0x6
	.string	"i"
	.value	0x2a1
	.byte	0x13
	.long	0x10e
	.byte	0
	.uleb128 0x17
	.long	0x2ba2
	.uleb128 0x6
	.string	"i"
	.value	0x2ad
	.byte	0x13
	.long	0x10e
	.byte	0
	.uleb128 0x17
	.long	0x2bb2
	.uleb128 0x6
	.string	"i"
	.value	0x2b5
	.byte	0x13
	.long	0x10e
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x2bb
	.byte	0x17
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"cc"
	.value	0x2bc
	.byte	0x16
	.long	0x7c
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x20
	.long	.LASF225
	.value	0x254
	.long	0x2c63
	.uleb128 0xa
	.string	"f"
	.value	0x254
	.byte	0x1f
	.long	0x3ec
	.uleb128 0xa
	.string	"pl"
	.value	0x254
	.byte	0x35
	.long	0x2ab7
	.uleb128 0xa
	.string	"c"
	.value	0x254
	.byte	0x3d
	.long	0x7c
	.uleb128 0xa
	.string	"i"
	.value	0x254
	.byte	0x49
	.long	0x10e
	.uleb128 0x6
	.string	"p"
	.value	0x256
	.byte	0x1b
	.long	0x88e
	.uleb128 0x6
	.string	"op"
	.value	0x257
	.byte	0x13
	.long	0xfd
	.uleb128 0x6
	.string	"oi"
	.value	0x258
	.byte	0x1a
	.long	0x2c63
	.uleb128 0x1c
	.long	.LASF137
	.value	0x259
	.byte	0x10
	.long	0xb90
	.uleb128 0x1c
	.long	.LASF226
	.value	0x25a
	.byte	0x10
	.long	0xd4
	.uleb128 0x17
	.long	0x2c49
	.uleb128 0x6
	.string	"fr"
	.value	0x267
	.byte	0x1d
	.long	0x2c68
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"k"
	.value	0x28d
	.byte	0x15
	.long	0x137
	.uleb128 0xb
	.uleb128 0x6
	.string	"id"
	.value	0x28e
	.byte	0x12
	.long	0x9b
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0x5b6
	.uleb128 0x9
	.long	0x62a
	.uleb128 0x46
	.long	.LASF108
	.value	0x23f
	.quad	.LFB43
	.quad	.LFE43-.LFB43
	.uleb128 0x1
	.byte	0x9c
	.long	0x2daf
	.uleb128 0x10
	.string	"f"
	.value	0x23f
	.byte	0x1b
	.long	0x3ec
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x10
	.string	"pl"
	.value	0x23f
	.byte	0x31
	.long	0x2ab7
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0x10
	.string	"i"
	.value	0x23f
	.byte	0x3e
	.long	0x10e
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x1b
	.string	"ins"
	.value	0x241
	.byte	0x14
	.long	0x2daf
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x2a
	.long	.LLRL19
	.long	0x2d74
	.uleb128 0x1b
	.string	"v"
	.value	0x244
	.byte	0xe
	.long	0x3fd
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0xe
	.long	0x3bb4
	.quad	.LBI67
	.value	.LVU132
	.long	.LLRL21
	.value	0x244
	.byte	0x12
	.long	0x2d2b
	.uleb128 0x2
	.long	0x3bc5
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x11
	.long	.LLRL21
	.uleb128 0x4
	.long	0x3bcf
	.long	.LLST23
	.long	.LVUS23
	.byte	0
	.byte	0
	.uleb128 0x3b
	.quad	.LVL54
	.long	0xcf1
	.long	0x2d4a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC2
	.byte	0
	.uleb128 0x31
	.quad	.LVL62
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xa
	.byte	0x10
	.uleb128 0x7fffffffffffffff
	.byte	0
	.byte	0
	.uleb128 0x3b
	.quad	.LVL57
	.long	0xca2
	.long	0x2d93
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x8
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x31
	.quad	.LVL59
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC3
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0xfd
	.uleb128 0x41
	.string	"go"
	.value	0x231
	.quad	.LFB42
	.quad	.LFE42-.LFB42
	.uleb128 0x1
	.byte	0x9c
	.long	0x3165
	.uleb128 0x10
	.string	"f"
	.value	0x231
	.byte	0x16
	.long	0x3ec
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x10
	.string	"pl"
	.value	0x231
	.byte	0x2c
	.long	0x2ab7
	.long	.LLST29
	.long	.LVUS29
	.uleb128 0x10
	.string	"c"
	.value	0x231
	.byte	0x34
	.long	0x7c
	.long	.LLST30
	.long	.LVUS30
	.uleb128 0x10
	.string	"i"
	.value	0x231
	.byte	0x40
	.long	0x10e
	.long	.LLST31
	.long	.LVUS31
	.uleb128 0x10
	.string	"cj"
	.value	0x231
	.byte	0x47
	.long	0x7c
	.long	.LLST32
	.long	.LVUS32
	.uleb128 0x10
	.string	"j"
	.value	0x231
	.byte	0x54
	.long	0x10e
	.long	.LLST33
	.long	.LVUS33
	.uleb128 0x65
	.long	.LASF259
	.byte	0x1
	.value	0x231
	.byte	0x5c
	.long	0xb89
	.uleb128 0x2
	.byte	0x91
	.sleb128 0
	.uleb128 0x3a
	.long	.LASF227
	.value	0x233
	.byte	0xa
	.long	0xb89
	.long	.LLST34
	.long	.LVUS34
	.uleb128 0x3a
	.long	.LASF223
	.value	0x234
	.byte	0xa
	.long	0xb89
	.long	.LLST35
	.long	.LVUS35
	.uleb128 0x1b
	.string	"to"
	.value	0x234
	.byte	0x24
	.long	0xb89
	.long	.LLST36
	.long	.LVUS36
	.uleb128 0xe
	.long	0x32b7
	.quad	.LBI94
	.value	.LVU167
	.long	.LLRL37
	.value	0x233
	.byte	0x11
	.long	0x2ebe
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST39
	.long	.LVUS39
	.byte	0
	.uleb128 0xe
	.long	0x32b7
	.quad	.LBI100
	.value	.LVU176
	.long	.LLRL40
	.value	0x233
	.byte	0x23
	.long	0x2ef3
	.uleb128 0x2
	.long	0x32d1
	.long	.LLST41
	.long	.LVUS41
	.uleb128 0x2
	.long	0x32c7
	.long	.LLST42
	.long	.LVUS42
	.byte	0
	.uleb128 0xe
	.long	0x31bd
	.quad	.LBI104
	.value	.LVU184
	.long	.LLRL43
	.value	0x234
	.byte	0x11
	.long	0x2f35
	.uleb128 0x2
	.long	0x31e2
	.long	.LLST44
	.long	.LVUS44
	.uleb128 0x2
	.long	0x31d8
	.long	.LLST45
	.long	.LVUS45
	.uleb128 0x2
	.long	0x31cd
	.long	.LLST46
	.long	.LVUS46
	.byte	0
	.uleb128 0xe
	.long	0x31bd
	.quad	.LBI108
	.value	.LVU195
	.long	.LLRL47
	.value	0x234
	.byte	0x31
	.long	0x2f77
	.uleb128 0x2
	.long	0x31e2
	.long	.LLST48
	.long	.LVUS48
	.uleb128 0x2
	.long	0x31d8
	.long	.LLST49
	.long	.LVUS49
	.uleb128 0x2
	.long	0x31cd
	.long	.LLST50
	.long	.LVUS50
	.byte	0
	.uleb128 0xe
	.long	0x3534
	.quad	.LBI120
	.value	.LVU220
	.long	.LLRL51
	.value	0x236
	.byte	0x9
	.long	0x2fb7
	.uleb128 0x2
	.long	0x3544
	.long	.LLST52
	.long	.LVUS52
	.uleb128 0x2
	.long	0x354f
	.long	.LLST53
	.long	.LVUS53
	.uleb128 0x11
	.long	.LLRL51
	.uleb128 0x25
	.long	0x3559
	.byte	0
	.byte	0
	.uleb128 0xe
	.long	0x3191
	.quad	.LBI124
	.value	.LVU236
	.long	.LLRL54
	.value	0x236
	.byte	0x9
	.long	0x3067
	.uleb128 0x2
	.long	0x31a6
	.long	.LLST55
	.long	.LVUS55
	.uleb128 0x2
	.long	0x319c
	.long	.LLST56
	.long	.LVUS56
	.uleb128 0x21
	.long	0x31b0
	.quad	.LBB126
	.quad	.LBE126-.LBB126
	.long	0x303f
	.uleb128 0x4
	.long	0x31b1
	.long	.LLST57
	.long	.LVUS57
	.uleb128 0xd
	.quad	.LVL95
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7c
	.sleb128 -1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7c
	.sleb128 -1
	.byte	0
	.byte	0
	.uleb128 0xd
	.quad	.LVL92
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x26
	.long	0x3165
	.quad	.LBI135
	.value	.LVU280
	.quad	.LBB135
	.quad	.LBE135-.LBB135
	.value	0x238
	.byte	0x9
	.long	0x30f8
	.uleb128 0x2
	.long	0x317a
	.long	.LLST58
	.long	.LVUS58
	.uleb128 0x2
	.long	0x3170
	.long	.LLST59
	.long	.LVUS59
	.uleb128 0x2f
	.long	0x3184
	.quad	.LBB136
	.quad	.LBE136-.LBB136
	.uleb128 0x4
	.long	0x3185
	.long	.LLST60
	.long	.LVUS60
	.uleb128 0xd
	.quad	.LVL116
	.long	0xcf1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7d
	.sleb128 -1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7d
	.sleb128 -1
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3b
	.quad	.LVL81
	.long	0xcf1
	.long	0x3139
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
	.quad	.LC7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x17
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x22
	.byte	0
	.uleb128 0x31
	.quad	.LVL102
	.long	0xcf1
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
	.quad	.LC8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0
	.byte	0
	.uleb128 0x20
	.long	.LASF228
	.value	0x227
	.long	0x3191
	.uleb128 0xa
	.string	"f"
	.value	0x227
	.byte	0x1a
	.long	0x3ec
	.uleb128 0xa
	.string	"h"
	.value	0x227
	.byte	0x25
	.long	0xd9
	.uleb128 0xb
	.uleb128 0x6
	.string	"k"
	.value	0x229
	.byte	0x12
	.long	0xd9
	.byte	0
	.byte	0
	.uleb128 0x20
	.long	.LASF229
	.value	0x220
	.long	0x31bd
	.uleb128 0xa
	.string	"f"
	.value	0x220
	.byte	0x19
	.long	0x3ec
	.uleb128 0xa
	.string	"h"
	.value	0x220
	.byte	0x24
	.long	0xd9
	.uleb128 0xb
	.uleb128 0x6
	.string	"k"
	.value	0x223
	.byte	0x12
	.long	0xd9
	.byte	0
	.byte	0
	.uleb128 0x22
	.long	.LASF230
	.value	0x21b
	.byte	0xd
	.long	0xb89
	.long	0x31ed
	.uleb128 0xa
	.string	"pl"
	.value	0x21b
	.byte	0x28
	.long	0x2ab7
	.uleb128 0xa
	.string	"c"
	.value	0x21b
	.byte	0x30
	.long	0x7c
	.uleb128 0xa
	.string	"i"
	.value	0x21b
	.byte	0x3c
	.long	0x10e
	.byte	0
	.uleb128 0x20
	.long	.LASF231
	.value	0x1f5
	.long	0x326e
	.uleb128 0xa
	.string	"pl"
	.value	0x1f5
	.byte	0x22
	.long	0x326e
	.uleb128 0x17
	.long	0x3237
	.uleb128 0x6
	.string	"c"
	.value	0x1f8
	.byte	0xe
	.long	0x7c
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x1f9
	.byte	0x17
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"f"
	.value	0x1fc
	.byte	0x17
	.long	0x50d
	.uleb128 0xb
	.uleb128 0x6
	.string	"k"
	.value	0x204
	.byte	0x1d
	.long	0x137
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"c"
	.value	0x209
	.byte	0xe
	.long	0x7c
	.uleb128 0xb
	.uleb128 0x6
	.string	"any"
	.value	0x20a
	.byte	0xe
	.long	0xb89
	.uleb128 0x17
	.long	0x325f
	.uleb128 0x6
	.string	"i"
	.value	0x20b
	.byte	0x17
	.long	0x10e
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x20d
	.byte	0x17
	.long	0x10e
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0xab6
	.uleb128 0x20
	.long	.LASF232
	.value	0x1ee
	.long	0x32b7
	.uleb128 0xa
	.string	"pl"
	.value	0x1ee
	.byte	0x25
	.long	0x326e
	.uleb128 0xa
	.string	"c"
	.value	0x1ee
	.byte	0x2d
	.long	0x7c
	.uleb128 0x2e
	.long	.LASF223
	.value	0x1ee
	.byte	0x39
	.long	0x10e
	.uleb128 0xa
	.string	"cto"
	.value	0x1ee
	.byte	0x43
	.long	0x7c
	.uleb128 0xa
	.string	"to"
	.value	0x1ee
	.byte	0x51
	.long	0x10e
	.byte	0
	.uleb128 0x22
	.long	.LASF233
	.value	0x1e9
	.byte	0x11
	.long	0x10e
	.long	0x32dc
	.uleb128 0xa
	.string	"c"
	.value	0x1e9
	.byte	0x1e
	.long	0x7c
	.uleb128 0xa
	.string	"i"
	.value	0x1e9
	.byte	0x2a
	.long	0x10e
	.byte	0
	.uleb128 0x22
	.long	.LASF234
	.value	0x1bb
	.byte	0xc
	.long	0x7c
	.long	0x3389
	.uleb128 0xa
	.string	"pl"
	.value	0x1bb
	.byte	0x23
	.long	0x326e
	.uleb128 0x6
	.string	"n"
	.value	0x1bd
	.byte	0x14
	.long	0x11a
	.uleb128 0x6
	.string	"cap"
	.value	0x1bf
	.byte	0xc
	.long	0x137
	.uleb128 0x1c
	.long	.LASF235
	.value	0x1bf
	.byte	0x16
	.long	0x137
	.uleb128 0xb
	.uleb128 0x6
	.string	"c"
	.value	0x1c3
	.byte	0xe
	.long	0x7c
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x1c4
	.byte	0x17
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"x_"
	.value	0x1cd
	.byte	0xd
	.long	0x10e
	.uleb128 0x6
	.string	"k_"
	.value	0x1cd
	.byte	0xd
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"t_"
	.value	0x1cd
	.byte	0xd
	.long	0x10e
	.uleb128 0x6
	.string	"j_"
	.value	0x1cd
	.byte	0xd
	.long	0x10e
	.uleb128 0x1c
	.long	.LASF236
	.value	0x1cd
	.byte	0xd
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"cc"
	.value	0x1ce
	.byte	0x1a
	.long	0x7c
	.uleb128 0xb
	.uleb128 0x1c
	.long	.LASF237
	.value	0x1d2
	.byte	0x1f
	.long	0xb95
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x22
	.long	.LASF238
	.value	0x161
	.byte	0xc
	.long	0x7c
	.long	0x3474
	.uleb128 0xa
	.string	"pl"
	.value	0x161
	.byte	0x23
	.long	0x326e
	.uleb128 0xa
	.string	"p"
	.value	0x161
	.byte	0x3d
	.long	0x88e
	.uleb128 0x6
	.string	"n"
	.value	0x163
	.byte	0x14
	.long	0x11a
	.uleb128 0x1c
	.long	.LASF239
	.value	0x16a
	.byte	0xf
	.long	0x6d5
	.uleb128 0x47
	.long	.LASF242
	.value	0x1af
	.uleb128 0x1c
	.long	.LASF240
	.value	0x16d
	.byte	0xe
	.long	0x10e
	.uleb128 0x1c
	.long	.LASF241
	.value	0x17e
	.byte	0xf
	.long	0x6d5
	.uleb128 0x47
	.long	.LASF243
	.value	0x1ac
	.uleb128 0x17
	.long	0x3408
	.uleb128 0x6
	.string	"i"
	.value	0x16e
	.byte	0x13
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"ins"
	.value	0x16f
	.byte	0x18
	.long	0x2daf
	.byte	0
	.byte	0
	.uleb128 0x17
	.long	0x3418
	.uleb128 0x6
	.string	"t"
	.value	0x17a
	.byte	0x13
	.long	0x10e
	.byte	0
	.uleb128 0x17
	.long	0x3428
	.uleb128 0x6
	.string	"i"
	.value	0x184
	.byte	0x13
	.long	0x10e
	.byte	0
	.uleb128 0x17
	.long	0x345b
	.uleb128 0x6
	.string	"i"
	.value	0x192
	.byte	0x13
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"fr"
	.value	0x195
	.byte	0x1d
	.long	0x2c68
	.uleb128 0x6
	.string	"h"
	.value	0x196
	.byte	0x11
	.long	0xd9
	.uleb128 0x1c
	.long	.LASF244
	.value	0x197
	.byte	0xe
	.long	0xb89
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x19f
	.byte	0x13
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"f"
	.value	0x1a0
	.byte	0x13
	.long	0x50d
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x46
	.long	.LASF245
	.value	0x14f
	.quad	.LFB33
	.quad	.LFE33-.LFB33
	.uleb128 0x1
	.byte	0x9c
	.long	0x3534
	.uleb128 0x10
	.string	"pl"
	.value	0x14f
	.byte	0x24
	.long	0x326e
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x13
	.quad	.LVL37
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL38
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL39
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL40
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL41
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL42
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL43
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL44
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL45
	.long	0xd76
	.uleb128 0x13
	.quad	.LVL46
	.long	0xd76
	.uleb128 0x66
	.quad	.LVL48
	.long	0xd76
	.byte	0
	.uleb128 0x22
	.long	.LASF246
	.value	0x149
	.byte	0x10
	.long	0xd9
	.long	0x3565
	.uleb128 0xa
	.string	"pl"
	.value	0x149
	.byte	0x30
	.long	0x2ab7
	.uleb128 0xa
	.string	"i"
	.value	0x149
	.byte	0x3d
	.long	0x10e
	.uleb128 0x6
	.string	"oi"
	.value	0x14b
	.byte	0x1a
	.long	0x2c63
	.byte	0
	.uleb128 0x20
	.long	.LASF247
	.value	0x12d
	.long	0x360a
	.uleb128 0xa
	.string	"pl"
	.value	0x12d
	.byte	0x28
	.long	0x326e
	.uleb128 0x2e
	.long	.LASF239
	.value	0x12d
	.byte	0x36
	.long	0x6d5
	.uleb128 0x6
	.string	"nw"
	.value	0x12f
	.byte	0xe
	.long	0x10e
	.uleb128 0x17
	.long	0x35a2
	.uleb128 0x6
	.string	"i"
	.value	0x130
	.byte	0x13
	.long	0x10e
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x135
	.byte	0x12
	.long	0x10e
	.uleb128 0x6
	.string	"s"
	.value	0x135
	.byte	0x22
	.long	0x360a
	.uleb128 0x6
	.string	"oi"
	.value	0x136
	.byte	0x1e
	.long	0x2c63
	.uleb128 0x6
	.string	"h"
	.value	0x138
	.byte	0x11
	.long	0xd9
	.uleb128 0x6
	.string	"ns"
	.value	0x13d
	.byte	0xd
	.long	0x7c
	.uleb128 0xb
	.uleb128 0x6
	.string	"k"
	.value	0x13e
	.byte	0x12
	.long	0x7c
	.uleb128 0xb
	.uleb128 0x6
	.string	"hk"
	.value	0x13f
	.byte	0x15
	.long	0xd9
	.uleb128 0x6
	.string	"old"
	.value	0x140
	.byte	0x15
	.long	0xd9
	.uleb128 0x6
	.string	"new"
	.value	0x140
	.byte	0x28
	.long	0xd9
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x10e
	.long	0x361a
	.uleb128 0x1f
	.long	0x43
	.byte	0x1
	.byte	0
	.uleb128 0x22
	.long	.LASF248
	.value	0x128
	.byte	0x10
	.long	0xd9
	.long	0x3643
	.uleb128 0xa
	.string	"old"
	.value	0x128
	.byte	0x1d
	.long	0xd9
	.uleb128 0xa
	.string	"new"
	.value	0x128
	.byte	0x2a
	.long	0xd9
	.byte	0
	.uleb128 0x32
	.long	.LASF249
	.byte	0x1
	.byte	0xf7
	.byte	0xc
	.long	0x7c
	.byte	0x1
	.long	0x36fd
	.uleb128 0x23
	.string	"pl"
	.byte	0x1
	.byte	0xf7
	.byte	0x27
	.long	0x326e
	.uleb128 0x48
	.long	.LASF239
	.byte	0xf7
	.byte	0x35
	.long	0x6d5
	.uleb128 0x33
	.string	"n"
	.byte	0x1
	.byte	0xf9
	.byte	0x14
	.long	0x11a
	.uleb128 0x49
	.long	.LASF250
	.byte	0xfa
	.byte	0xf
	.long	0x6d5
	.uleb128 0x49
	.long	.LASF251
	.byte	0xfb
	.byte	0xe
	.long	0x10e
	.uleb128 0x1c
	.long	.LASF252
	.value	0x105
	.byte	0xe
	.long	0x11f
	.uleb128 0x17
	.long	0x36a6
	.uleb128 0x33
	.string	"i"
	.byte	0x1
	.byte	0xfd
	.byte	0x13
	.long	0x10e
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"t"
	.value	0x107
	.byte	0x13
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"nw"
	.value	0x10a
	.byte	0x12
	.long	0x10e
	.uleb128 0xb
	.uleb128 0x6
	.string	"i"
	.value	0x112
	.byte	0x16
	.long	0x10e
	.uleb128 0x6
	.string	"s"
	.value	0x112
	.byte	0x26
	.long	0x360a
	.uleb128 0x6
	.string	"ns"
	.value	0x119
	.byte	0x11
	.long	0x7c
	.uleb128 0x17
	.long	0x36ed
	.uleb128 0x6
	.string	"k"
	.value	0x115
	.byte	0x1a
	.long	0x10e
	.byte	0
	.uleb128 0xb
	.uleb128 0x6
	.string	"j"
	.value	0x11a
	.byte	0x16
	.long	0x7c
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x67
	.long	.LASF253
	.byte	0x1
	.byte	0xcf
	.byte	0xd
	.quad	.LFB28
	.quad	.LFE28-.LFB28
	.uleb128 0x1
	.byte	0x9c
	.long	0x39ff
	.uleb128 0x27
	.string	"pl"
	.byte	0xcf
	.byte	0x20
	.long	0x326e
	.long	.LLST134
	.long	.LVUS134
	.uleb128 0x27
	.string	"c"
	.byte	0xcf
	.byte	0x28
	.long	0x7c
	.long	.LLST135
	.long	.LVUS135
	.uleb128 0x68
	.long	.LASF239
	.byte	0x1
	.byte	0xcf
	.byte	0x35
	.long	0x6d5
	.long	.LLST136
	.long	.LVUS136
	.uleb128 0x15
	.string	"nw"
	.byte	0xd1
	.byte	0xe
	.long	0x10e
	.long	.LLST137
	.long	.LVUS137
	.uleb128 0x2b
	.long	.LASF254
	.byte	0xd2
	.byte	0xa
	.long	0xb89
	.long	.LLST138
	.long	.LVUS138
	.uleb128 0x2a
	.long	.LLRL139
	.long	0x3792
	.uleb128 0x15
	.string	"i"
	.byte	0xd3
	.byte	0x13
	.long	0x10e
	.long	.LLST140
	.long	.LVUS140
	.byte	0
	.uleb128 0x11
	.long	.LLRL141
	.uleb128 0x15
	.string	"i"
	.byte	0xd7
	.byte	0x12
	.long	0x10e
	.long	.LLST142
	.long	.LVUS142
	.uleb128 0x69
	.string	"s"
	.byte	0x1
	.byte	0xd7
	.byte	0x22
	.long	0x360a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x15
	.string	"f"
	.byte	0xd8
	.byte	0x13
	.long	0x50d
	.long	.LLST143
	.long	.LVUS143
	.uleb128 0x15
	.string	"ns"
	.byte	0xdd
	.byte	0xd
	.long	0x7c
	.long	.LLST144
	.long	.LVUS144
	.uleb128 0x2a
	.long	.LLRL145
	.long	0x384a
	.uleb128 0x15
	.string	"k"
	.byte	0xde
	.byte	0x12
	.long	0x7c
	.long	.LLST146
	.long	.LVUS146
	.uleb128 0x3c
	.long	0x39ff
	.quad	.LBI271
	.value	.LVU757
	.long	.LLRL147
	.byte	0xdf
	.byte	0xd
	.uleb128 0x2
	.long	0x3a0c
	.long	.LLST148
	.long	.LVUS148
	.uleb128 0x2
	.long	0x3a36
	.long	.LLST149
	.long	.LVUS149
	.uleb128 0x2
	.long	0x3a2b
	.long	.LLST150
	.long	.LVUS150
	.uleb128 0x2
	.long	0x3a21
	.long	.LLST151
	.long	.LVUS151
	.uleb128 0x2
	.long	0x3a17
	.long	.LLST152
	.long	.LVUS152
	.byte	0
	.byte	0
	.uleb128 0x4a
	.quad	.LBB282
	.quad	.LBE282-.LBB282
	.long	0x3918
	.uleb128 0x15
	.string	"x_"
	.byte	0xe3
	.byte	0xd
	.long	0x10e
	.long	.LLST153
	.long	.LVUS153
	.uleb128 0x15
	.string	"k_"
	.byte	0xe3
	.byte	0xd
	.long	0x10e
	.long	.LLST154
	.long	.LVUS154
	.uleb128 0x11
	.long	.LLRL155
	.uleb128 0x15
	.string	"t_"
	.byte	0xe3
	.byte	0xd
	.long	0x10e
	.long	.LLST156
	.long	.LVUS156
	.uleb128 0x15
	.string	"j_"
	.byte	0xe3
	.byte	0xd
	.long	0x10e
	.long	.LLST157
	.long	.LVUS157
	.uleb128 0x2b
	.long	.LASF236
	.byte	0xe3
	.byte	0xd
	.long	0x10e
	.long	.LLST158
	.long	.LVUS158
	.uleb128 0x3c
	.long	0x39ff
	.quad	.LBI284
	.value	.LVU820
	.long	.LLRL159
	.byte	0xe6
	.byte	0x15
	.uleb128 0x2
	.long	0x3a0c
	.long	.LLST160
	.long	.LVUS160
	.uleb128 0x2
	.long	0x3a36
	.long	.LLST161
	.long	.LVUS161
	.uleb128 0x2
	.long	0x3a2b
	.long	.LLST162
	.long	.LVUS162
	.uleb128 0x2
	.long	0x3a21
	.long	.LLST163
	.long	.LVUS163
	.uleb128 0x2
	.long	0x3a17
	.long	.LLST164
	.long	.LVUS164
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4a
	.quad	.LBB292
	.quad	.LBE292-.LBB292
	.long	0x3998
	.uleb128 0x2b
	.long	.LASF236
	.byte	0xea
	.byte	0x1b
	.long	0x10e
	.long	.LLST165
	.long	.LVUS165
	.uleb128 0x3c
	.long	0x39ff
	.quad	.LBI293
	.value	.LVU855
	.long	.LLRL166
	.byte	0xed
	.byte	0x15
	.uleb128 0x2
	.long	0x3a0c
	.long	.LLST167
	.long	.LVUS167
	.uleb128 0x2
	.long	0x3a36
	.long	.LLST168
	.long	.LVUS168
	.uleb128 0x2
	.long	0x3a2b
	.long	.LLST169
	.long	.LVUS169
	.uleb128 0x2
	.long	0x3a21
	.long	.LLST170
	.long	.LVUS170
	.uleb128 0x2
	.long	0x3a17
	.long	.LLST171
	.long	.LVUS171
	.byte	0
	.byte	0
	.uleb128 0x5
	.quad	.LVL277
	.long	0x3af0
	.long	0x39c5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7b
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x5
	.byte	0x91
	.sleb128 -96
	.byte	0x94
	.byte	0x4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.byte	0
	.uleb128 0x5
	.quad	.LVL287
	.long	0x3a42
	.long	0x39dd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7b
	.sleb128 0
	.byte	0
	.uleb128 0xd
	.quad	.LVL295
	.long	0x3af0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7b
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6a
	.long	.LASF255
	.byte	0x1
	.byte	0xc2
	.byte	0xd
	.byte	0x1
	.long	0x3a42
	.uleb128 0x23
	.string	"pl"
	.byte	0x1
	.byte	0xc2
	.byte	0x22
	.long	0x326e
	.uleb128 0x23
	.string	"c"
	.byte	0x1
	.byte	0xc2
	.byte	0x2a
	.long	0x7c
	.uleb128 0x23
	.string	"j"
	.byte	0x1
	.byte	0xc2
	.byte	0x36
	.long	0x10e
	.uleb128 0x48
	.long	.LASF239
	.byte	0xc2
	.byte	0x43
	.long	0x6d5
	.uleb128 0x23
	.string	"nw"
	.byte	0x1
	.byte	0xc2
	.byte	0x53
	.long	0x6d5
	.byte	0
	.uleb128 0x4b
	.long	.LASF256
	.byte	0xac
	.long	0x7c
	.quad	.LFB26
	.quad	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.long	0x3af0
	.uleb128 0x27
	.string	"pl"
	.byte	0xac
	.byte	0x2c
	.long	0x2ab7
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x27
	.string	"i"
	.byte	0xac
	.byte	0x39
	.long	0x10e
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x15
	.string	"k"
	.byte	0xb0
	.byte	0xe
	.long	0x10e
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x2b
	.long	.LASF257
	.byte	0xb0
	.byte	0x20
	.long	0x10e
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x4c
	.quad	.LBB64
	.quad	.LBE64-.LBB64
	.uleb128 0x15
	.string	"x"
	.byte	0xb3
	.byte	0x13
	.long	0x10e
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x4c
	.quad	.LBB65
	.quad	.LBE65-.LBB65
	.uleb128 0x15
	.string	"t"
	.byte	0xb4
	.byte	0x12
	.long	0x10e
	.long	.LLST9
	.long	.LVUS9
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4b
	.long	.LASF258
	.byte	0x8b
	.long	0x7c
	.quad	.LFB25
	.quad	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.long	0x3b72
	.uleb128 0x27
	.string	"pl"
	.byte	0x8b
	.byte	0x2a
	.long	0x2ab7
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x6b
	.string	"i"
	.byte	0x1
	.byte	0x8b
	.byte	0x37
	.long	0x10e
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6c
	.long	.LASF260
	.byte	0x1
	.byte	0x8b
	.byte	0x3f
	.long	0xb89
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x27
	.string	"s"
	.byte	0x8b
	.byte	0x4f
	.long	0x6d5
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x15
	.string	"n"
	.byte	0x8d
	.byte	0x9
	.long	0x7c
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x2b
	.long	.LASF237
	.byte	0x8e
	.byte	0xa
	.long	0xb89
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0x32
	.long	.LASF261
	.byte	0x1
	.byte	0x83
	.byte	0x12
	.long	0x6d5
	.byte	0x1
	.long	0x3b8e
	.uleb128 0x23
	.string	"n"
	.byte	0x1
	.byte	0x83
	.byte	0x26
	.long	0x10e
	.byte	0
	.uleb128 0x32
	.long	.LASF262
	.byte	0x2
	.byte	0x61
	.byte	0x18
	.long	0x10e
	.byte	0x3
	.long	0x3bb4
	.uleb128 0x23
	.string	"p"
	.byte	0x2
	.byte	0x61
	.byte	0x32
	.long	0x2daf
	.uleb128 0x33
	.string	"v"
	.byte	0x2
	.byte	0x63
	.byte	0xe
	.long	0x10e
	.byte	0
	.uleb128 0x32
	.long	.LASF263
	.byte	0x2
	.byte	0x58
	.byte	0x14
	.long	0x3fd
	.byte	0x3
	.long	0x3bda
	.uleb128 0x23
	.string	"p"
	.byte	0x2
	.byte	0x58
	.byte	0x2c
	.long	0x2daf
	.uleb128 0x33
	.string	"v"
	.byte	0x2
	.byte	0x5a
	.byte	0xe
	.long	0x11f
	.byte	0
	.uleb128 0x6d
	.long	0xe7a
	.quad	.LFB51
	.quad	.LFE51-.LFB51
	.uleb128 0x1
	.byte	0x9c
	.long	0x3c6c
	.uleb128 0x2
	.long	0xe85
	.long	.LLST24
	.long	.LVUS24
	.uleb128 0x4
	.long	0xe91
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x1e
	.long	0xe7a
	.quad	.LBI74
	.value	.LVU158
	.long	.LLRL26
	.value	0x326
	.byte	0xd
	.uleb128 0x2
	.long	0xe85
	.long	.LLST27
	.long	.LVUS27
	.uleb128 0x11
	.long	.LLRL26
	.uleb128 0x25
	.long	0xe91
	.uleb128 0x5
	.quad	.LVL65
	.long	0xd89
	.long	0x3c54
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x31
	.quad	.LVL67
	.long	0xd76
	.uleb128 0x1
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
	.uleb128 0x4d
	.long	.LASF203
	.long	.LASF265
	.uleb128 0x4d
	.long	.LASF264
	.long	.LASF266
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x4
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
	.uleb128 0x5
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
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xb
	.byte	0x1
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x20
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
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
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
	.uleb128 0x25
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x27
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
	.uleb128 0x28
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 15
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
	.uleb128 0x29
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2a
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x2c
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
	.uleb128 0x2d
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
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
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2f
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
	.uleb128 0x30
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
	.byte	0
	.byte	0
	.uleb128 0x31
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
	.uleb128 0x32
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
	.uleb128 0x33
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
	.uleb128 0x34
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x35
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
	.uleb128 0x36
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x37
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
	.uleb128 0x38
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
	.uleb128 0x39
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
	.uleb128 0x3a
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3b
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3c
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
	.byte	0
	.byte	0
	.uleb128 0x3d
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3e
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0x6
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 15
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3f
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 15
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
	.uleb128 0x40
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x41
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x42
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 815
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
	.uleb128 0x43
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
	.uleb128 0x44
	.uleb128 0xa
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0xa
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 1
	.byte	0
	.byte	0
	.uleb128 0x48
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
	.uleb128 0x49
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
	.uleb128 0x4a
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
	.uleb128 0x4b
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
	.uleb128 0x4c
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x4d
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
	.sleb128 22
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x4e
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
	.uleb128 0x4f
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
	.uleb128 0x50
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x51
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
	.uleb128 0x52
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x53
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
	.uleb128 0x54
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
	.uleb128 0x55
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
	.uleb128 0x56
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x57
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
	.uleb128 0x58
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
	.uleb128 0x59
	.uleb128 0x16
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
	.byte	0
	.byte	0
	.uleb128 0x5a
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5b
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5c
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5d
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
	.uleb128 0x5e
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
	.uleb128 0x5f
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
	.uleb128 0x60
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x61
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
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
	.uleb128 0x62
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
	.uleb128 0x63
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x64
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
	.byte	0
	.byte	0
	.uleb128 0x65
	.uleb128 0x5
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x66
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
	.uleb128 0x67
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
	.uleb128 0x68
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
	.uleb128 0x69
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
	.uleb128 0x6a
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
	.uleb128 0x6b
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x6c
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x6d
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
	.byte	0
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.Ldebug_loc0:
.LVUS10:
	.uleb128 0
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 .LFE52-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 0
	.uleb128 .LVU99
	.uleb128 .LVU99
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LFE52-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 0
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 .LFE52-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU94
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 0
.LLST13:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL34-1-.Ltext0
	.uleb128 .LFE52-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS172:
	.uleb128 0
	.uleb128 .LVU883
	.uleb128 .LVU883
	.uleb128 .LVU1080
	.uleb128 .LVU1080
	.uleb128 .LVU1162
	.uleb128 .LVU1162
	.uleb128 .LVU1225
	.uleb128 .LVU1225
	.uleb128 .LVU1236
	.uleb128 .LVU1236
	.uleb128 .LVU1635
	.uleb128 .LVU1635
	.uleb128 .LVU1637
	.uleb128 .LVU1637
	.uleb128 .LVU1639
	.uleb128 .LVU1639
	.uleb128 .LVU1642
	.uleb128 .LVU1642
	.uleb128 0
.LLST172:
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL435-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL566-.Ltext0
	.uleb128 .LVL567-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL567-.Ltext0
	.uleb128 .LVL569-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS173:
	.uleb128 .LVU884
	.uleb128 .LVU890
	.uleb128 .LVU890
	.uleb128 .LVU1426
	.uleb128 .LVU1427
	.uleb128 .LVU1589
	.uleb128 .LVU1590
	.uleb128 .LVU1637
	.uleb128 .LVU1642
	.uleb128 0
.LLST173:
	.byte	0x4
	.uleb128 .LVL335-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL337-.Ltext0
	.uleb128 .LVL497-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -296
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL548-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -296
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -296
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -296
	.byte	0
.LVUS174:
	.uleb128 .LVU1583
	.uleb128 .LVU1584
	.uleb128 .LVU1584
	.uleb128 .LVU1587
.LLST174:
	.byte	0x4
	.uleb128 .LVL545-.Ltext0
	.uleb128 .LVL546-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL546-1-.Ltext0
	.uleb128 .LVL547-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS176:
	.uleb128 .LVU886
	.uleb128 .LVU1080
	.uleb128 .LVU1080
	.uleb128 .LVU1162
	.uleb128 .LVU1162
	.uleb128 .LVU1225
	.uleb128 .LVU1225
	.uleb128 .LVU1236
	.uleb128 .LVU1236
	.uleb128 .LVU1423
	.uleb128 .LVU1427
	.uleb128 .LVU1578
	.uleb128 .LVU1590
	.uleb128 .LVU1635
	.uleb128 .LVU1635
	.uleb128 .LVU1637
	.uleb128 .LVU1642
	.uleb128 .LVU1650
	.uleb128 .LVU1651
	.uleb128 0
.LLST176:
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL435-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL496-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL543-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL574-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS177:
	.uleb128 .LVU886
	.uleb128 .LVU1076
	.uleb128 .LVU1076
	.uleb128 .LVU1079
	.uleb128 .LVU1079
	.uleb128 .LVU1423
	.uleb128 .LVU1427
	.uleb128 .LVU1578
	.uleb128 .LVU1590
	.uleb128 .LVU1635
	.uleb128 .LVU1635
	.uleb128 .LVU1637
	.uleb128 .LVU1642
	.uleb128 .LVU1648
	.uleb128 .LVU1648
	.uleb128 .LVU1649
	.uleb128 .LVU1649
	.uleb128 .LVU1650
	.uleb128 .LVU1651
	.uleb128 .LVU1659
	.uleb128 .LVU1659
	.uleb128 0
.LLST177:
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL386-.Ltext0
	.uleb128 .LVL388-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL496-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL543-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL573-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL573-.Ltext0
	.uleb128 .LVL574-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL574-1-.Ltext0
	.uleb128 .LVL574-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL579-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL579-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS178:
	.uleb128 .LVU888
	.uleb128 .LVU1281
	.uleb128 .LVU1619
	.uleb128 .LVU1631
	.uleb128 .LVU1635
	.uleb128 .LVU1637
	.uleb128 .LVU1642
	.uleb128 .LVU1650
	.uleb128 .LVU1651
	.uleb128 0
.LLST178:
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL449-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -320
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL563-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -320
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -320
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL574-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -320
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -320
	.byte	0
.LVUS179:
	.uleb128 .LVU924
	.uleb128 .LVU927
	.uleb128 .LVU927
	.uleb128 .LVU1338
	.uleb128 .LVU1619
	.uleb128 .LVU1637
	.uleb128 .LVU1642
	.uleb128 0
.LLST179:
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL346-.Ltext0
	.uleb128 .LVL463-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS180:
	.uleb128 .LVU936
	.uleb128 .LVU938
	.uleb128 .LVU938
	.uleb128 .LVU965
	.uleb128 .LVU965
	.uleb128 .LVU969
	.uleb128 .LVU969
	.uleb128 .LVU983
	.uleb128 .LVU1635
	.uleb128 .LVU1637
.LLST180:
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL348-.Ltext0
	.uleb128 .LVL354-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL354-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL360-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS181:
	.uleb128 .LVU994
	.uleb128 .LVU997
.LLST181:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL364-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS183:
	.uleb128 .LVU917
	.uleb128 .LVU924
.LLST183:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL345-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -320
	.byte	0
.LVUS185:
	.uleb128 .LVU936
	.uleb128 .LVU938
	.uleb128 .LVU939
	.uleb128 .LVU971
	.uleb128 .LVU971
	.uleb128 .LVU972
	.uleb128 .LVU1635
	.uleb128 .LVU1637
.LLST185:
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS186:
	.uleb128 .LVU942
	.uleb128 .LVU960
.LLST186:
	.byte	0x4
	.uleb128 .LVL350-.Ltext0
	.uleb128 .LVL353-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS187:
	.uleb128 .LVU949
	.uleb128 .LVU953
.LLST187:
	.byte	0x4
	.uleb128 .LVL351-.Ltext0
	.uleb128 .LVL351-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS188:
	.uleb128 .LVU952
	.uleb128 .LVU958
.LLST188:
	.byte	0x4
	.uleb128 .LVL351-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 1
	.byte	0
.LVUS189:
	.uleb128 .LVU975
	.uleb128 .LVU978
	.uleb128 .LVU978
	.uleb128 .LVU980
.LLST189:
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x8
	.byte	0x71
	.sleb128 0
	.byte	0x7e
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL358-.Ltext0
	.uleb128 .LVL359-.Ltext0
	.uleb128 0xa
	.byte	0x71
	.sleb128 0
	.byte	0x7e
	.sleb128 0
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS191:
	.uleb128 .LVU1001
	.uleb128 .LVU1004
	.uleb128 .LVU1004
	.uleb128 .LVU1014
	.uleb128 .LVU1014
	.uleb128 .LVU1015
.LLST191:
	.byte	0x4
	.uleb128 .LVL365-.Ltext0
	.uleb128 .LVL366-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL367-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS193:
	.uleb128 .LVU1019
	.uleb128 .LVU1152
	.uleb128 .LVU1225
	.uleb128 .LVU1234
	.uleb128 .LVU1642
	.uleb128 .LVU1643
	.uleb128 .LVU1651
	.uleb128 .LVU1657
.LLST193:
	.byte	0x4
	.uleb128 .LVL370-.Ltext0
	.uleb128 .LVL411-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL434-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL570-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS194:
	.uleb128 .LVU1019
	.uleb128 .LVU1076
	.uleb128 .LVU1076
	.uleb128 .LVU1079
	.uleb128 .LVU1079
	.uleb128 .LVU1152
	.uleb128 .LVU1225
	.uleb128 .LVU1234
	.uleb128 .LVU1642
	.uleb128 .LVU1643
	.uleb128 .LVU1651
	.uleb128 .LVU1657
.LLST194:
	.byte	0x4
	.uleb128 .LVL370-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL386-.Ltext0
	.uleb128 .LVL388-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL411-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL434-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL570-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -192
	.byte	0x9f
	.byte	0
.LVUS195:
	.uleb128 .LVU1022
	.uleb128 .LVU1078
	.uleb128 .LVU1642
	.uleb128 .LVU1643
	.uleb128 .LVU1651
	.uleb128 .LVU1655
.LLST195:
	.byte	0x4
	.uleb128 .LVL371-.Ltext0
	.uleb128 .LVL387-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL570-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL577-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS196:
	.uleb128 .LVU1026
	.uleb128 .LVU1029
	.uleb128 .LVU1029
	.uleb128 .LVU1094
	.uleb128 .LVU1094
	.uleb128 .LVU1140
	.uleb128 .LVU1140
	.uleb128 .LVU1152
	.uleb128 .LVU1225
	.uleb128 .LVU1227
	.uleb128 .LVU1227
	.uleb128 .LVU1234
	.uleb128 .LVU1642
	.uleb128 .LVU1643
	.uleb128 .LVU1651
	.uleb128 .LVU1657
.LLST196:
	.byte	0x4
	.uleb128 .LVL373-.Ltext0
	.uleb128 .LVL374-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL374-1-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL408-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL408-.Ltext0
	.uleb128 .LVL411-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL431-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL431-.Ltext0
	.uleb128 .LVL434-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL570-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS197:
	.uleb128 .LVU1027
	.uleb128 .LVU1038
	.uleb128 .LVU1038
	.uleb128 .LVU1041
	.uleb128 .LVU1041
	.uleb128 .LVU1042
	.uleb128 .LVU1042
	.uleb128 .LVU1047
	.uleb128 .LVU1651
	.uleb128 .LVU1652
.LLST197:
	.byte	0x4
	.uleb128 .LVL373-.Ltext0
	.uleb128 .LVL376-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL376-.Ltext0
	.uleb128 .LVL377-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL377-.Ltext0
	.uleb128 .LVL378-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL378-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL576-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS198:
	.uleb128 .LVU1069
	.uleb128 .LVU1093
	.uleb128 .LVU1093
	.uleb128 .LVU1136
	.uleb128 .LVU1136
	.uleb128 .LVU1141
	.uleb128 .LVU1145
	.uleb128 .LVU1151
	.uleb128 .LVU1225
	.uleb128 .LVU1228
	.uleb128 .LVU1228
	.uleb128 .LVU1233
	.uleb128 .LVU1652
	.uleb128 .LVU1656
.LLST198:
	.byte	0x4
	.uleb128 .LVL385-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL393-.Ltext0
	.uleb128 .LVL406-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL406-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL410-.Ltext0
	.uleb128 .LVL411-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL432-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL432-.Ltext0
	.uleb128 .LVL434-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL576-.Ltext0
	.uleb128 .LVL578-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS200:
	.uleb128 .LVU1033
	.uleb128 .LVU1038
	.uleb128 .LVU1038
	.uleb128 .LVU1044
	.uleb128 .LVU1044
	.uleb128 .LVU1045
	.uleb128 .LVU1651
	.uleb128 .LVU1652
.LLST200:
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL376-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL376-.Ltext0
	.uleb128 .LVL379-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL380-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL576-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS202:
	.uleb128 .LVU1072
	.uleb128 .LVU1080
	.uleb128 .LVU1080
	.uleb128 .LVU1083
	.uleb128 .LVU1083
	.uleb128 .LVU1094
	.uleb128 .LVU1094
	.uleb128 .LVU1139
	.uleb128 .LVU1139
	.uleb128 .LVU1145
	.uleb128 .LVU1145
	.uleb128 .LVU1151
	.uleb128 .LVU1225
	.uleb128 .LVU1226
	.uleb128 .LVU1226
	.uleb128 .LVU1228
	.uleb128 .LVU1228
	.uleb128 .LVU1233
	.uleb128 .LVU1652
	.uleb128 .LVU1657
.LLST202:
	.byte	0x4
	.uleb128 .LVL385-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL390-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL390-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL407-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LVL410-.Ltext0
	.uleb128 0x3
	.byte	0x7b
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL410-.Ltext0
	.uleb128 .LVL411-1-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LVL432-.Ltext0
	.uleb128 0x3
	.byte	0x7b
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL432-.Ltext0
	.uleb128 .LVL434-1-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL576-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS204:
	.uleb128 .LVU1085
	.uleb128 .LVU1088
	.uleb128 .LVU1088
	.uleb128 .LVU1094
	.uleb128 .LVU1095
	.uleb128 .LVU1120
	.uleb128 .LVU1127
	.uleb128 .LVU1128
	.uleb128 .LVU1128
	.uleb128 .LVU1129
.LLST204:
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL392-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL392-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL400-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL401-.Ltext0
	.uleb128 .LVL402-.Ltext0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL402-.Ltext0
	.uleb128 .LVL403-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS206:
	.uleb128 .LVU1095
	.uleb128 .LVU1110
.LLST206:
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL396-.Ltext0
	.uleb128 0xd
	.byte	0x7a
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0
.LVUS207:
	.uleb128 .LVU1116
	.uleb128 .LVU1120
.LLST207:
	.byte	0x4
	.uleb128 .LVL399-.Ltext0
	.uleb128 .LVL400-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS208:
	.uleb128 .LVU1103
	.uleb128 .LVU1111
	.uleb128 .LVU1111
	.uleb128 .LVU1113
.LLST208:
	.byte	0x4
	.uleb128 .LVL395-.Ltext0
	.uleb128 .LVL397-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL398-.Ltext0
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -328
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS209:
	.uleb128 .LVU1118
	.uleb128 .LVU1120
	.uleb128 .LVU1120
	.uleb128 .LVU1130
	.uleb128 .LVU1130
	.uleb128 .LVU1131
	.uleb128 .LVU1131
	.uleb128 .LVU1132
.LLST209:
	.byte	0x4
	.uleb128 .LVL399-.Ltext0
	.uleb128 .LVL400-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL400-.Ltext0
	.uleb128 .LVL403-.Ltext0
	.uleb128 0xb
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc8
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0xd
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc8
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL404-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0xd
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc4
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS211:
	.uleb128 .LVU1173
	.uleb128 .LVU1178
	.uleb128 .LVU1179
	.uleb128 .LVU1202
	.uleb128 .LVU1242
	.uleb128 .LVU1243
	.uleb128 .LVU1243
	.uleb128 .LVU1244
.LLST211:
	.byte	0x4
	.uleb128 .LVL416-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL417-.Ltext0
	.uleb128 .LVL423-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL437-.Ltext0
	.uleb128 .LVL438-.Ltext0
	.uleb128 0x3
	.byte	0x7b
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL438-.Ltext0
	.uleb128 .LVL439-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS213:
	.uleb128 .LVU1179
	.uleb128 .LVU1197
.LLST213:
	.byte	0x4
	.uleb128 .LVL417-.Ltext0
	.uleb128 .LVL422-1-.Ltext0
	.uleb128 0xd
	.byte	0x7b
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0
.LVUS214:
	.uleb128 .LVU1184
	.uleb128 .LVU1192
	.uleb128 .LVU1192
	.uleb128 .LVU1202
.LLST214:
	.byte	0x4
	.uleb128 .LVL419-.Ltext0
	.uleb128 .LVL420-.Ltext0
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -312
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LVL423-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS215:
	.uleb128 .LVU1197
	.uleb128 .LVU1202
.LLST215:
	.byte	0x4
	.uleb128 .LVL422-.Ltext0
	.uleb128 .LVL423-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS217:
	.uleb128 .LVU1199
	.uleb128 .LVU1202
	.uleb128 .LVU1202
	.uleb128 .LVU1216
	.uleb128 .LVU1216
	.uleb128 .LVU1217
	.uleb128 .LVU1217
	.uleb128 .LVU1218
	.uleb128 .LVU1236
	.uleb128 .LVU1244
	.uleb128 .LVU1627
	.uleb128 .LVU1629
.LLST217:
	.byte	0x4
	.uleb128 .LVL422-.Ltext0
	.uleb128 .LVL423-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL426-.Ltext0
	.uleb128 0xb
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc8
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL426-.Ltext0
	.uleb128 .LVL427-.Ltext0
	.uleb128 0xd
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc8
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL428-.Ltext0
	.uleb128 0xd
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc4
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL439-.Ltext0
	.uleb128 0xb
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc8
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL560-.Ltext0
	.uleb128 .LVL562-.Ltext0
	.uleb128 0xb
	.byte	0x71
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0xc8
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS219:
	.uleb128 .LVU1203
	.uleb128 .LVU1218
	.uleb128 .LVU1236
	.uleb128 .LVU1244
	.uleb128 .LVU1627
	.uleb128 .LVU1629
.LLST219:
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL428-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL439-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL560-.Ltext0
	.uleb128 .LVL562-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS220:
	.uleb128 .LVU1208
	.uleb128 .LVU1214
	.uleb128 .LVU1236
	.uleb128 .LVU1238
	.uleb128 .LVU1238
	.uleb128 .LVU1241
	.uleb128 .LVU1627
	.uleb128 .LVU1628
	.uleb128 .LVU1628
	.uleb128 .LVU1629
.LLST220:
	.byte	0x4
	.uleb128 .LVL424-.Ltext0
	.uleb128 .LVL426-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL436-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL436-.Ltext0
	.uleb128 .LVL437-.Ltext0
	.uleb128 0x2
	.byte	0x75
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL560-.Ltext0
	.uleb128 .LVL561-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL561-.Ltext0
	.uleb128 .LVL562-.Ltext0
	.uleb128 0x2
	.byte	0x75
	.sleb128 0
	.byte	0
.LVUS221:
	.uleb128 .LVU1211
	.uleb128 .LVU1214
	.uleb128 .LVU1627
	.uleb128 .LVU1629
.LLST221:
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL426-.Ltext0
	.uleb128 0x6
	.byte	0x9e
	.uleb128 0x4
	.long	0x80000001
	.byte	0x4
	.uleb128 .LVL560-.Ltext0
	.uleb128 .LVL562-.Ltext0
	.uleb128 0x6
	.byte	0x9e
	.uleb128 0x4
	.long	0x80000001
	.byte	0
.LVUS223:
	.uleb128 .LVU1208
	.uleb128 .LVU1211
	.uleb128 .LVU1236
	.uleb128 .LVU1238
.LLST223:
	.byte	0x4
	.uleb128 .LVL424-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL436-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS224:
	.uleb128 .LVU1208
	.uleb128 .LVU1211
	.uleb128 .LVU1236
	.uleb128 .LVU1238
.LLST224:
	.byte	0x4
	.uleb128 .LVL424-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL436-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS226:
	.uleb128 .LVU1152
	.uleb128 .LVU1155
	.uleb128 .LVU1155
	.uleb128 .LVU1159
	.uleb128 .LVU1159
	.uleb128 .LVU1161
	.uleb128 .LVU1161
	.uleb128 .LVU1162
	.uleb128 .LVU1234
	.uleb128 .LVU1236
	.uleb128 .LVU1657
	.uleb128 0
.LLST226:
	.byte	0x4
	.uleb128 .LVL411-.Ltext0
	.uleb128 .LVL412-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL412-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL414-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL414-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL434-.Ltext0
	.uleb128 .LVL435-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL578-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS228:
	.uleb128 .LVU1253
	.uleb128 .LVU1257
	.uleb128 .LVU1257
	.uleb128 .LVU1259
	.uleb128 .LVU1259
	.uleb128 .LVU1279
	.uleb128 .LVU1279
	.uleb128 .LVU1314
	.uleb128 .LVU1619
	.uleb128 .LVU1627
	.uleb128 .LVU1629
	.uleb128 .LVU1635
.LLST228:
	.byte	0x4
	.uleb128 .LVL441-.Ltext0
	.uleb128 .LVL443-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL443-.Ltext0
	.uleb128 .LVL444-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL444-.Ltext0
	.uleb128 .LVL448-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL456-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL560-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL562-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS230:
	.uleb128 .LVU1269
	.uleb128 .LVU1274
	.uleb128 .LVU1274
	.uleb128 .LVU1277
	.uleb128 .LVU1619
	.uleb128 .LVU1622
	.uleb128 .LVU1622
	.uleb128 .LVU1623
	.uleb128 .LVU1623
	.uleb128 .LVU1627
.LLST230:
	.byte	0x4
	.uleb128 .LVL445-.Ltext0
	.uleb128 .LVL447-.Ltext0
	.uleb128 0xe
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL447-.Ltext0
	.uleb128 .LVL448-.Ltext0
	.uleb128 0x17
	.byte	0x7c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x76
	.sleb128 72
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL558-.Ltext0
	.uleb128 0xe
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL558-.Ltext0
	.uleb128 .LVL559-.Ltext0
	.uleb128 0x10
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x76
	.sleb128 72
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL559-.Ltext0
	.uleb128 .LVL560-.Ltext0
	.uleb128 0x17
	.byte	0x7c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x76
	.sleb128 72
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS231:
	.uleb128 .LVU1271
	.uleb128 .LVU1277
	.uleb128 .LVU1619
	.uleb128 .LVU1627
.LLST231:
	.byte	0x4
	.uleb128 .LVL446-.Ltext0
	.uleb128 .LVL448-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL560-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS232:
	.uleb128 .LVU1274
	.uleb128 .LVU1277
.LLST232:
	.byte	0x4
	.uleb128 .LVL447-.Ltext0
	.uleb128 .LVL448-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS234:
	.uleb128 .LVU1284
	.uleb128 .LVU1286
	.uleb128 .LVU1287
	.uleb128 .LVU1288
	.uleb128 .LVU1313
	.uleb128 .LVU1314
	.uleb128 .LVU1634
	.uleb128 .LVU1635
.LLST234:
	.byte	0x4
	.uleb128 .LVL450-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL451-.Ltext0
	.uleb128 .LVL452-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL455-.Ltext0
	.uleb128 .LVL456-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL564-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS236:
	.uleb128 .LVU1300
	.uleb128 .LVU1302
.LLST236:
	.byte	0x4
	.uleb128 .LVL454-.Ltext0
	.uleb128 .LVL454-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0
.LVUS237:
	.uleb128 .LVU1299
	.uleb128 .LVU1302
.LLST237:
	.byte	0x4
	.uleb128 .LVL454-.Ltext0
	.uleb128 .LVL454-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS239:
	.uleb128 .LVU1318
	.uleb128 .LVU1419
	.uleb128 .LVU1427
	.uleb128 .LVU1431
.LLST239:
	.byte	0x4
	.uleb128 .LVL457-.Ltext0
	.uleb128 .LVL495-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0
.LVUS240:
	.uleb128 .LVU1323
	.uleb128 .LVU1325
	.uleb128 .LVU1325
	.uleb128 .LVU1339
	.uleb128 .LVU1339
	.uleb128 .LVU1419
	.uleb128 .LVU1427
	.uleb128 .LVU1431
.LLST240:
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL459-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL459-.Ltext0
	.uleb128 .LVL464-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL495-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -264
	.byte	0
.LVUS241:
	.uleb128 .LVU1329
	.uleb128 .LVU1340
	.uleb128 .LVU1340
	.uleb128 .LVU1393
	.uleb128 .LVU1393
	.uleb128 .LVU1400
	.uleb128 .LVU1400
	.uleb128 .LVU1419
	.uleb128 .LVU1427
	.uleb128 .LVU1431
.LLST241:
	.byte	0x4
	.uleb128 .LVL461-.Ltext0
	.uleb128 .LVL465-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x40
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL465-.Ltext0
	.uleb128 .LVL483-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL483-.Ltext0
	.uleb128 .LVL486-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL486-.Ltext0
	.uleb128 .LVL495-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS242:
	.uleb128 .LVU1329
	.uleb128 .LVU1340
	.uleb128 .LVU1340
	.uleb128 .LVU1377
	.uleb128 .LVU1377
	.uleb128 .LVU1379
	.uleb128 .LVU1379
	.uleb128 .LVU1381
	.uleb128 .LVU1381
	.uleb128 .LVU1403
	.uleb128 .LVU1403
	.uleb128 .LVU1419
	.uleb128 .LVU1427
	.uleb128 .LVU1431
.LLST242:
	.byte	0x4
	.uleb128 .LVL461-.Ltext0
	.uleb128 .LVL465-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL465-.Ltext0
	.uleb128 .LVL479-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL479-.Ltext0
	.uleb128 .LVL480-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL480-.Ltext0
	.uleb128 .LVL481-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL481-.Ltext0
	.uleb128 .LVL487-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL487-.Ltext0
	.uleb128 .LVL495-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS244:
	.uleb128 .LVU1340
	.uleb128 .LVU1416
	.uleb128 .LVU1416
	.uleb128 .LVU1418
	.uleb128 .LVU1418
	.uleb128 .LVU1419
	.uleb128 .LVU1427
	.uleb128 .LVU1431
.LLST244:
	.byte	0x4
	.uleb128 .LVL465-.Ltext0
	.uleb128 .LVL493-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -312
	.byte	0x4
	.uleb128 .LVL493-.Ltext0
	.uleb128 .LVL494-.Ltext0
	.uleb128 0xf
	.byte	0x31
	.byte	0x32
	.byte	0x91
	.sleb128 -312
	.byte	0x94
	.byte	0x4
	.byte	0x30
	.byte	0x29
	.byte	0x28
	.value	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL494-.Ltext0
	.uleb128 .LVL495-.Ltext0
	.uleb128 0xf
	.byte	0x31
	.byte	0x32
	.byte	0x70
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x28
	.value	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0xf
	.byte	0x31
	.byte	0x32
	.byte	0x70
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x28
	.value	0x1
	.byte	0x16
	.byte	0x13
	.byte	0x9f
	.byte	0
.LVUS246:
	.uleb128 .LVU1340
	.uleb128 .LVU1341
	.uleb128 .LVU1341
	.uleb128 .LVU1346
	.uleb128 .LVU1347
	.uleb128 .LVU1348
	.uleb128 .LVU1349
	.uleb128 .LVU1362
.LLST246:
	.byte	0x4
	.uleb128 .LVL465-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL466-.Ltext0
	.uleb128 .LVL467-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL467-.Ltext0
	.uleb128 .LVL468-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL469-.Ltext0
	.uleb128 .LVL472-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS248:
	.uleb128 .LVU1361
	.uleb128 .LVU1362
	.uleb128 .LVU1362
	.uleb128 .LVU1368
	.uleb128 .LVU1368
	.uleb128 .LVU1405
	.uleb128 .LVU1407
	.uleb128 .LVU1412
.LLST248:
	.byte	0x4
	.uleb128 .LVL471-.Ltext0
	.uleb128 .LVL472-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL472-.Ltext0
	.uleb128 .LVL475-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL475-.Ltext0
	.uleb128 .LVL488-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -288
	.byte	0x4
	.uleb128 .LVL489-.Ltext0
	.uleb128 .LVL491-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS249:
	.uleb128 .LVU1361
	.uleb128 .LVU1362
.LLST249:
	.byte	0x4
	.uleb128 .LVL471-.Ltext0
	.uleb128 .LVL472-.Ltext0
	.uleb128 0x9
	.byte	0x7c
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -128
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS251:
	.uleb128 .LVU1365
	.uleb128 .LVU1368
.LLST251:
	.byte	0x4
	.uleb128 .LVL473-.Ltext0
	.uleb128 .LVL475-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS252:
	.uleb128 .LVU1366
	.uleb128 .LVU1411
.LLST252:
	.byte	0x4
	.uleb128 .LVL474-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS253:
	.uleb128 .LVU1371
	.uleb128 .LVU1375
	.uleb128 .LVU1375
	.uleb128 .LVU1376
	.uleb128 .LVU1376
	.uleb128 .LVU1378
.LLST253:
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LVL477-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LVL478-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL478-.Ltext0
	.uleb128 .LVL480-.Ltext0
	.uleb128 0xd
	.byte	0x7e
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x71
	.sleb128 0
	.byte	0x22
	.byte	0
.LVUS255:
	.uleb128 .LVU1373
	.uleb128 .LVU1378
	.uleb128 .LVU1383
	.uleb128 .LVU1384
	.uleb128 .LVU1400
	.uleb128 .LVU1405
.LLST255:
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LVL480-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL481-.Ltext0
	.uleb128 .LVL482-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL486-.Ltext0
	.uleb128 .LVL488-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS257:
	.uleb128 .LVU1394
	.uleb128 .LVU1400
.LLST257:
	.byte	0x4
	.uleb128 .LVL485-.Ltext0
	.uleb128 .LVL486-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS259:
	.uleb128 .LVU1433
	.uleb128 .LVU1578
	.uleb128 .LVU1590
	.uleb128 .LVU1619
.LLST259:
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LVL543-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL557-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0
.LVUS261:
	.uleb128 .LVU1438
	.uleb128 .LVU1444
	.uleb128 .LVU1500
	.uleb128 .LVU1502
.LLST261:
	.byte	0x4
	.uleb128 .LVL500-.Ltext0
	.uleb128 .LVL501-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL516-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS263:
	.uleb128 .LVU1439
	.uleb128 .LVU1444
	.uleb128 .LVU1446
	.uleb128 .LVU1449
	.uleb128 .LVU1449
	.uleb128 .LVU1451
	.uleb128 .LVU1451
	.uleb128 .LVU1455
	.uleb128 .LVU1455
	.uleb128 .LVU1473
	.uleb128 .LVU1473
	.uleb128 .LVU1497
	.uleb128 .LVU1497
	.uleb128 .LVU1498
	.uleb128 .LVU1503
	.uleb128 .LVU1522
	.uleb128 .LVU1522
	.uleb128 .LVU1541
	.uleb128 .LVU1590
	.uleb128 .LVU1592
	.uleb128 .LVU1592
	.uleb128 .LVU1619
.LLST263:
	.byte	0x4
	.uleb128 .LVL500-.Ltext0
	.uleb128 .LVL501-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL502-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL505-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL505-.Ltext0
	.uleb128 .LVL509-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL509-.Ltext0
	.uleb128 .LVL515-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL516-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL521-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL521-.Ltext0
	.uleb128 .LVL527-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL550-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL550-.Ltext0
	.uleb128 .LVL557-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS265:
	.uleb128 .LVU1446
	.uleb128 .LVU1449
	.uleb128 .LVU1458
	.uleb128 .LVU1468
	.uleb128 .LVU1503
	.uleb128 .LVU1541
	.uleb128 .LVU1590
	.uleb128 .LVU1619
.LLST265:
	.byte	0x4
	.uleb128 .LVL502-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL506-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL527-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL557-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS266:
	.uleb128 .LVU1469
	.uleb128 .LVU1474
	.uleb128 .LVU1474
	.uleb128 .LVU1476
.LLST266:
	.byte	0x4
	.uleb128 .LVL508-.Ltext0
	.uleb128 .LVL510-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL510-.Ltext0
	.uleb128 .LVL511-.Ltext0
	.uleb128 0xc
	.byte	0x7e
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x70
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x22
	.byte	0x7f
	.sleb128 0
	.byte	0x22
	.byte	0
.LVUS268:
	.uleb128 .LVU1479
	.uleb128 .LVU1493
.LLST268:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS269:
	.uleb128 .LVU1479
	.uleb128 .LVU1493
.LLST269:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS270:
	.uleb128 .LVU1479
	.uleb128 .LVU1493
.LLST270:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS272:
	.uleb128 .LVU1479
	.uleb128 .LVU1493
.LLST272:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0
.LVUS274:
	.uleb128 .LVU1481
	.uleb128 .LVU1483
.LLST274:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL512-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS275:
	.uleb128 .LVU1481
	.uleb128 .LVU1483
.LLST275:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL512-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS276:
	.uleb128 .LVU1483
	.uleb128 .LVU1486
.LLST276:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL512-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS277:
	.uleb128 .LVU1483
	.uleb128 .LVU1486
.LLST277:
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL512-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS278:
	.uleb128 .LVU1490
	.uleb128 .LVU1493
.LLST278:
	.byte	0x4
	.uleb128 .LVL513-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS279:
	.uleb128 .LVU1490
	.uleb128 .LVU1493
.LLST279:
	.byte	0x4
	.uleb128 .LVL513-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS280:
	.uleb128 .LVU1489
	.uleb128 .LVU1493
.LLST280:
	.byte	0x4
	.uleb128 .LVL513-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS281:
	.uleb128 .LVU1489
	.uleb128 .LVU1493
.LLST281:
	.byte	0x4
	.uleb128 .LVL513-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS282:
	.uleb128 .LVU1504
	.uleb128 .LVU1517
.LLST282:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS283:
	.uleb128 .LVU1504
	.uleb128 .LVU1517
.LLST283:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS284:
	.uleb128 .LVU1504
	.uleb128 .LVU1517
.LLST284:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS286:
	.uleb128 .LVU1504
	.uleb128 .LVU1517
.LLST286:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0
.LVUS288:
	.uleb128 .LVU1506
	.uleb128 .LVU1508
.LLST288:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL518-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS289:
	.uleb128 .LVU1506
	.uleb128 .LVU1508
.LLST289:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL518-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS291:
	.uleb128 .LVU1508
	.uleb128 .LVU1511
.LLST291:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL518-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS292:
	.uleb128 .LVU1508
	.uleb128 .LVU1511
.LLST292:
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL518-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS293:
	.uleb128 .LVU1515
	.uleb128 .LVU1517
.LLST293:
	.byte	0x4
	.uleb128 .LVL519-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS294:
	.uleb128 .LVU1515
	.uleb128 .LVU1517
.LLST294:
	.byte	0x4
	.uleb128 .LVL519-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS295:
	.uleb128 .LVU1514
	.uleb128 .LVU1517
.LLST295:
	.byte	0x4
	.uleb128 .LVL519-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS296:
	.uleb128 .LVU1514
	.uleb128 .LVU1517
.LLST296:
	.byte	0x4
	.uleb128 .LVL519-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS298:
	.uleb128 .LVU1524
	.uleb128 .LVU1536
	.uleb128 .LVU1536
	.uleb128 .LVU1538
	.uleb128 .LVU1594
	.uleb128 .LVU1606
	.uleb128 .LVU1606
	.uleb128 .LVU1608
.LLST298:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL524-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL524-.Ltext0
	.uleb128 .LVL525-.Ltext0
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -320
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL553-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL553-.Ltext0
	.uleb128 .LVL554-.Ltext0
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -320
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS299:
	.uleb128 .LVU1524
	.uleb128 .LVU1539
	.uleb128 .LVU1594
	.uleb128 .LVU1609
.LLST299:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL526-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS300:
	.uleb128 .LVU1524
	.uleb128 .LVU1539
	.uleb128 .LVU1594
	.uleb128 .LVU1609
.LLST300:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL526-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS302:
	.uleb128 .LVU1524
	.uleb128 .LVU1539
	.uleb128 .LVU1594
	.uleb128 .LVU1609
.LLST302:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL526-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -304
	.byte	0
.LVUS304:
	.uleb128 .LVU1526
	.uleb128 .LVU1528
	.uleb128 .LVU1596
	.uleb128 .LVU1598
.LLST304:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL522-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS305:
	.uleb128 .LVU1526
	.uleb128 .LVU1528
	.uleb128 .LVU1596
	.uleb128 .LVU1598
.LLST305:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL522-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS307:
	.uleb128 .LVU1528
	.uleb128 .LVU1531
	.uleb128 .LVU1598
	.uleb128 .LVU1601
.LLST307:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL522-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS308:
	.uleb128 .LVU1528
	.uleb128 .LVU1531
	.uleb128 .LVU1598
	.uleb128 .LVU1601
.LLST308:
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL522-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS310:
	.uleb128 .LVU1534
	.uleb128 .LVU1539
	.uleb128 .LVU1604
	.uleb128 .LVU1609
.LLST310:
	.byte	0x4
	.uleb128 .LVL523-.Ltext0
	.uleb128 .LVL526-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS311:
	.uleb128 .LVU1534
	.uleb128 .LVU1539
	.uleb128 .LVU1604
	.uleb128 .LVU1609
.LLST311:
	.byte	0x4
	.uleb128 .LVL523-.Ltext0
	.uleb128 .LVL526-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS312:
	.uleb128 .LVU1533
	.uleb128 .LVU1536
	.uleb128 .LVU1536
	.uleb128 .LVU1538
	.uleb128 .LVU1603
	.uleb128 .LVU1606
	.uleb128 .LVU1606
	.uleb128 .LVU1608
.LLST312:
	.byte	0x4
	.uleb128 .LVL523-.Ltext0
	.uleb128 .LVL524-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL524-.Ltext0
	.uleb128 .LVL525-.Ltext0
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -320
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL553-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL553-.Ltext0
	.uleb128 .LVL554-.Ltext0
	.uleb128 0x9
	.byte	0x70
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -320
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS313:
	.uleb128 .LVU1533
	.uleb128 .LVU1539
	.uleb128 .LVU1603
	.uleb128 .LVU1609
.LLST313:
	.byte	0x4
	.uleb128 .LVL523-.Ltext0
	.uleb128 .LVL526-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS314:
	.uleb128 .LVU1543
	.uleb128 .LVU1544
	.uleb128 .LVU1572
	.uleb128 .LVU1573
.LLST314:
	.byte	0x4
	.uleb128 .LVL528-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL540-.Ltext0
	.uleb128 .LVL541-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS316:
	.uleb128 .LVU1543
	.uleb128 .LVU1544
	.uleb128 .LVU1545
	.uleb128 .LVU1547
	.uleb128 .LVU1547
	.uleb128 .LVU1550
	.uleb128 .LVU1550
	.uleb128 .LVU1555
.LLST316:
	.byte	0x4
	.uleb128 .LVL528-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL530-.Ltext0
	.uleb128 .LVL532-.Ltext0
	.uleb128 0x8
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x2e
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL532-.Ltext0
	.uleb128 .LVL533-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL533-.Ltext0
	.uleb128 .LVL536-.Ltext0
	.uleb128 0x8
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x2e
	.byte	0x9f
	.byte	0
.LVUS318:
	.uleb128 .LVU1543
	.uleb128 .LVU1544
	.uleb128 .LVU1545
	.uleb128 .LVU1546
	.uleb128 .LVU1546
	.uleb128 .LVU1547
	.uleb128 .LVU1547
	.uleb128 .LVU1551
	.uleb128 .LVU1551
	.uleb128 .LVU1554
.LLST318:
	.byte	0x4
	.uleb128 .LVL528-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL530-.Ltext0
	.uleb128 .LVL531-.Ltext0
	.uleb128 0xa
	.byte	0x75
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL531-.Ltext0
	.uleb128 .LVL532-.Ltext0
	.uleb128 0xc
	.byte	0x75
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x32
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL532-.Ltext0
	.uleb128 .LVL533-.Ltext0
	.uleb128 0x8
	.byte	0x75
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL533-.Ltext0
	.uleb128 .LVL535-.Ltext0
	.uleb128 0xa
	.byte	0x75
	.sleb128 0
	.byte	0x78
	.sleb128 0
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS320:
	.uleb128 .LVU1552
	.uleb128 .LVU1555
	.uleb128 .LVU1555
	.uleb128 .LVU1557
	.uleb128 .LVU1558
	.uleb128 .LVU1567
	.uleb128 .LVU1574
	.uleb128 .LVU1578
.LLST320:
	.byte	0x4
	.uleb128 .LVL534-.Ltext0
	.uleb128 .LVL536-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL536-.Ltext0
	.uleb128 .LVL537-.Ltext0
	.uleb128 0xb
	.byte	0x75
	.sleb128 0
	.byte	0x91
	.sleb128 -328
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL538-.Ltext0
	.uleb128 .LVL539-.Ltext0
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x91
	.sleb128 -328
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL542-.Ltext0
	.uleb128 .LVL543-.Ltext0
	.uleb128 0x9
	.byte	0x75
	.sleb128 0
	.byte	0x91
	.sleb128 -328
	.byte	0x94
	.byte	0x4
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS61:
	.uleb128 0
	.uleb128 .LVU307
	.uleb128 .LVU307
	.uleb128 0
.LLST61:
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL123-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL123-1-.Ltext0
	.uleb128 .LFE48-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
.LVUS62:
	.uleb128 0
	.uleb128 .LVU305
	.uleb128 .LVU305
	.uleb128 .LVU312
	.uleb128 .LVU312
	.uleb128 .LVU398
	.uleb128 .LVU398
	.uleb128 .LVU474
	.uleb128 .LVU474
	.uleb128 .LVU485
	.uleb128 .LVU485
	.uleb128 .LVU581
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU603
	.uleb128 .LVU605
	.uleb128 .LVU605
	.uleb128 .LVU611
	.uleb128 .LVU611
	.uleb128 .LVU612
	.uleb128 .LVU612
	.uleb128 .LVU641
	.uleb128 .LVU641
	.uleb128 .LVU642
	.uleb128 .LVU642
	.uleb128 .LVU649
	.uleb128 .LVU649
	.uleb128 .LVU689
	.uleb128 .LVU689
	.uleb128 .LVU690
	.uleb128 .LVU690
	.uleb128 .LVU698
	.uleb128 .LVU698
	.uleb128 0
.LLST62:
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL168-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LFE48-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS63:
	.uleb128 0
	.uleb128 .LVU306
	.uleb128 .LVU306
	.uleb128 0
.LLST63:
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LFE48-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS64:
	.uleb128 .LVU295
	.uleb128 .LVU305
	.uleb128 .LVU305
	.uleb128 .LVU312
	.uleb128 .LVU312
	.uleb128 .LVU398
	.uleb128 .LVU398
	.uleb128 .LVU474
	.uleb128 .LVU474
	.uleb128 .LVU485
	.uleb128 .LVU485
	.uleb128 .LVU581
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU603
	.uleb128 .LVU605
	.uleb128 .LVU605
	.uleb128 .LVU611
	.uleb128 .LVU611
	.uleb128 .LVU612
	.uleb128 .LVU612
	.uleb128 .LVU641
	.uleb128 .LVU641
	.uleb128 .LVU642
	.uleb128 .LVU642
	.uleb128 .LVU649
	.uleb128 .LVU649
	.uleb128 .LVU689
	.uleb128 .LVU689
	.uleb128 .LVU690
	.uleb128 .LVU690
	.uleb128 .LVU698
	.uleb128 .LVU698
	.uleb128 0
.LLST64:
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL168-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LFE48-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS65:
	.uleb128 .LVU302
	.uleb128 .LVU304
	.uleb128 .LVU304
	.uleb128 .LVU312
	.uleb128 .LVU312
	.uleb128 .LVU642
	.uleb128 .LVU698
	.uleb128 0
.LLST65:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -68
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LFE48-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS67:
	.uleb128 .LVU309
	.uleb128 .LVU311
	.uleb128 .LVU311
	.uleb128 .LVU312
	.uleb128 .LVU481
	.uleb128 .LVU482
	.uleb128 .LVU484
	.uleb128 .LVU485
	.uleb128 .LVU698
	.uleb128 .LVU700
	.uleb128 .LVU701
	.uleb128 0
.LLST67:
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x8
	.byte	0x91
	.sleb128 -144
	.byte	0x94
	.byte	0x4
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL265-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LFE48-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS69:
	.uleb128 .LVU311
	.uleb128 .LVU314
	.uleb128 .LVU314
	.uleb128 .LVU477
	.uleb128 .LVU477
	.uleb128 .LVU479
	.uleb128 .LVU484
	.uleb128 .LVU485
	.uleb128 .LVU485
	.uleb128 .LVU641
	.uleb128 .LVU698
	.uleb128 0
.LLST69:
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL169-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -184
	.byte	0x6
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL170-.Ltext0
	.uleb128 0x9
	.byte	0x91
	.sleb128 -184
	.byte	0x6
	.byte	0x38
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -184
	.byte	0x6
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LFE48-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS70:
	.uleb128 .LVU315
	.uleb128 .LVU340
.LLST70:
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -184
	.byte	0x6
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS71:
	.uleb128 .LVU315
	.uleb128 .LVU340
.LLST71:
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0
.LVUS72:
	.uleb128 .LVU315
	.uleb128 .LVU340
.LLST72:
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS73:
	.uleb128 .LVU320
	.uleb128 .LVU329
	.uleb128 .LVU329
	.uleb128 .LVU330
	.uleb128 .LVU330
	.uleb128 .LVU336
	.uleb128 .LVU336
	.uleb128 .LVU337
	.uleb128 .LVU337
	.uleb128 .LVU340
.LLST73:
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x17
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x75
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x19
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x75
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1b
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x75
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x32
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x17
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x75
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS75:
	.uleb128 .LVU322
	.uleb128 .LVU326
	.uleb128 .LVU331
	.uleb128 .LVU334
.LLST75:
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -184
	.byte	0x6
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -184
	.byte	0x6
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS76:
	.uleb128 .LVU322
	.uleb128 .LVU326
	.uleb128 .LVU331
	.uleb128 .LVU334
.LLST76:
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS77:
	.uleb128 .LVU324
	.uleb128 .LVU326
	.uleb128 .LVU333
	.uleb128 .LVU334
.LLST77:
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x4
	.byte	0x75
	.sleb128 256
	.byte	0x9f
	.byte	0
.LVUS79:
	.uleb128 .LVU340
	.uleb128 .LVU349
	.uleb128 .LVU349
	.uleb128 .LVU353
	.uleb128 .LVU357
	.uleb128 .LVU369
	.uleb128 .LVU605
	.uleb128 .LVU607
.LLST79:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL140-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS80:
	.uleb128 .LVU340
	.uleb128 .LVU360
	.uleb128 .LVU360
	.uleb128 .LVU363
	.uleb128 .LVU605
	.uleb128 .LVU607
.LLST80:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL137-1-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL137-1-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -192
	.byte	0
.LVUS81:
	.uleb128 .LVU340
	.uleb128 .LVU355
	.uleb128 .LVU355
	.uleb128 .LVU357
.LLST81:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x17
	.byte	0x72
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x75
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x19
	.byte	0x72
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x75
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x32
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS83:
	.uleb128 .LVU342
	.uleb128 .LVU349
.LLST83:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x17
	.byte	0x72
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x75
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS84:
	.uleb128 .LVU342
	.uleb128 .LVU349
.LLST84:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0
.LVUS85:
	.uleb128 .LVU342
	.uleb128 .LVU349
.LLST85:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS87:
	.uleb128 .LVU366
	.uleb128 .LVU383
	.uleb128 .LVU389
	.uleb128 .LVU392
	.uleb128 .LVU581
	.uleb128 .LVU596
	.uleb128 .LVU596
	.uleb128 .LVU603
.LLST87:
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL218-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.byte	0
.LVUS89:
	.uleb128 .LVU381
	.uleb128 .LVU383
	.uleb128 .LVU584
	.uleb128 .LVU588
.LLST89:
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS90:
	.uleb128 .LVU381
	.uleb128 .LVU383
	.uleb128 .LVU584
	.uleb128 .LVU586
	.uleb128 .LVU586
	.uleb128 .LVU588
.LLST90:
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL215-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS91:
	.uleb128 .LVU381
	.uleb128 .LVU383
	.uleb128 .LVU584
	.uleb128 .LVU588
.LLST91:
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS93:
	.uleb128 .LVU592
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU603
.LLST93:
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL219-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS94:
	.uleb128 .LVU592
	.uleb128 .LVU603
.LLST94:
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
.LVUS95:
	.uleb128 .LVU595
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU599
	.uleb128 .LVU599
	.uleb128 .LVU600
	.uleb128 .LVU600
	.uleb128 .LVU601
	.uleb128 .LVU601
	.uleb128 .LVU602
.LLST95:
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL219-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL220-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL220-.Ltext0
	.uleb128 .LVL221-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL221-1-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS97:
	.uleb128 .LVU396
	.uleb128 .LVU399
	.uleb128 .LVU399
	.uleb128 .LVU401
	.uleb128 .LVU401
	.uleb128 .LVU402
	.uleb128 .LVU403
	.uleb128 .LVU457
	.uleb128 .LVU457
	.uleb128 .LVU472
	.uleb128 .LVU485
	.uleb128 .LVU490
	.uleb128 .LVU490
	.uleb128 .LVU492
	.uleb128 .LVU492
	.uleb128 .LVU505
	.uleb128 .LVU505
	.uleb128 .LVU538
	.uleb128 .LVU538
	.uleb128 .LVU547
	.uleb128 .LVU547
	.uleb128 .LVU565
	.uleb128 .LVU565
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU605
.LLST97:
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL148-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x3
	.byte	0x7e
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL150-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS99:
	.uleb128 .LVU409
	.uleb128 .LVU457
	.uleb128 .LVU457
	.uleb128 .LVU472
	.uleb128 .LVU485
	.uleb128 .LVU490
	.uleb128 .LVU490
	.uleb128 .LVU492
	.uleb128 .LVU492
	.uleb128 .LVU505
	.uleb128 .LVU505
	.uleb128 .LVU538
	.uleb128 .LVU538
	.uleb128 .LVU547
	.uleb128 .LVU549
	.uleb128 .LVU565
	.uleb128 .LVU565
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU605
.LLST99:
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS100:
	.uleb128 .LVU409
	.uleb128 .LVU472
	.uleb128 .LVU485
	.uleb128 .LVU547
	.uleb128 .LVU549
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU605
.LLST100:
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0
.LVUS101:
	.uleb128 .LVU409
	.uleb128 .LVU472
	.uleb128 .LVU485
	.uleb128 .LVU547
	.uleb128 .LVU549
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU605
.LLST101:
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS102:
	.uleb128 .LVU409
	.uleb128 .LVU472
	.uleb128 .LVU485
	.uleb128 .LVU547
	.uleb128 .LVU549
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU605
.LLST102:
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS103:
	.uleb128 .LVU417
	.uleb128 .LVU426
	.uleb128 .LVU426
	.uleb128 .LVU432
	.uleb128 .LVU432
	.uleb128 .LVU472
	.uleb128 .LVU485
	.uleb128 .LVU547
	.uleb128 .LVU557
	.uleb128 .LVU559
	.uleb128 .LVU559
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU605
.LLST103:
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.byte	0x4
	.uleb128 .LVL201-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -152
	.byte	0
.LVUS104:
	.uleb128 .LVU420
	.uleb128 .LVU432
	.uleb128 .LVU432
	.uleb128 .LVU472
	.uleb128 .LVU485
	.uleb128 .LVU547
	.uleb128 .LVU561
	.uleb128 .LVU566
	.uleb128 .LVU566
	.uleb128 .LVU581
	.uleb128 .LVU603
	.uleb128 .LVU605
.LLST104:
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -70
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -70
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL206-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL206-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -70
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -70
	.byte	0
.LVUS105:
	.uleb128 .LVU426
	.uleb128 .LVU427
.LLST105:
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS106:
	.uleb128 .LVU427
	.uleb128 .LVU428
.LLST106:
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x56
	.byte	0x9f
	.byte	0
.LVUS107:
	.uleb128 .LVU441
	.uleb128 .LVU446
.LLST107:
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS108:
	.uleb128 .LVU441
	.uleb128 .LVU446
.LLST108:
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0
.LVUS109:
	.uleb128 .LVU441
	.uleb128 .LVU446
.LLST109:
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS110:
	.uleb128 .LVU458
	.uleb128 .LVU463
.LLST110:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS111:
	.uleb128 .LVU458
	.uleb128 .LVU463
.LLST111:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -120
	.byte	0
.LVUS112:
	.uleb128 .LVU458
	.uleb128 .LVU463
.LLST112:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS113:
	.uleb128 .LVU504
	.uleb128 .LVU506
	.uleb128 .LVU506
	.uleb128 .LVU512
	.uleb128 .LVU512
	.uleb128 .LVU520
	.uleb128 .LVU520
	.uleb128 .LVU527
.LLST113:
	.byte	0x4
	.uleb128 .LVL182-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL186-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL186-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS115:
	.uleb128 .LVU510
	.uleb128 .LVU527
.LLST115:
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS116:
	.uleb128 .LVU576
	.uleb128 .LVU577
	.uleb128 .LVU577
	.uleb128 .LVU578
.LLST116:
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL210-1-.Ltext0
	.uleb128 0xd
	.byte	0x72
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 -152
	.byte	0x6
	.byte	0x23
	.uleb128 0x48
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS118:
	.uleb128 .LVU610
	.uleb128 .LVU612
	.uleb128 .LVU612
	.uleb128 .LVU635
	.uleb128 .LVU636
	.uleb128 .LVU641
.LLST118:
	.byte	0x4
	.uleb128 .LVL228-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS120:
	.uleb128 .LVU612
	.uleb128 .LVU615
	.uleb128 .LVU616
	.uleb128 .LVU617
	.uleb128 .LVU618
	.uleb128 .LVU620
	.uleb128 .LVU628
	.uleb128 .LVU629
.LLST120:
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL231-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x3
	.byte	0x7f
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL233-.Ltext0
	.uleb128 .LVL234-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL236-.Ltext0
	.uleb128 0x3
	.byte	0x7f
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS122:
	.uleb128 .LVU648
	.uleb128 .LVU649
	.uleb128 .LVU649
	.uleb128 .LVU681
	.uleb128 .LVU681
	.uleb128 .LVU682
	.uleb128 .LVU682
	.uleb128 .LVU683
	.uleb128 .LVU690
	.uleb128 .LVU698
.LLST122:
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x8
	.byte	0x76
	.sleb128 -256
	.byte	0x38
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS124:
	.uleb128 .LVU649
	.uleb128 .LVU652
	.uleb128 .LVU652
	.uleb128 .LVU678
	.uleb128 .LVU678
	.uleb128 .LVU679
	.uleb128 .LVU690
	.uleb128 .LVU692
	.uleb128 .LVU692
	.uleb128 .LVU693
	.uleb128 .LVU695
	.uleb128 .LVU697
	.uleb128 .LVU697
	.uleb128 .LVU698
.LLST124:
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL260-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL260-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x3
	.byte	0x7f
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL263-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS126:
	.uleb128 .LVU653
	.uleb128 .LVU675
.LLST126:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS127:
	.uleb128 .LVU653
	.uleb128 .LVU675
.LLST127:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS128:
	.uleb128 .LVU653
	.uleb128 .LVU675
.LLST128:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS129:
	.uleb128 .LVU656
	.uleb128 .LVU664
	.uleb128 .LVU664
	.uleb128 .LVU665
	.uleb128 .LVU665
	.uleb128 .LVU671
	.uleb128 .LVU671
	.uleb128 .LVU672
	.uleb128 .LVU672
	.uleb128 .LVU675
.LLST129:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x38
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x17
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x73
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL250-.Ltext0
	.uleb128 0x19
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x73
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x1b
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x73
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x32
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x17
	.byte	0x70
	.sleb128 0
	.byte	0x7e
	.sleb128 24
	.byte	0x6
	.byte	0x1c
	.byte	0x73
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x31
	.byte	0x24
	.byte	0x1c
	.byte	0x31
	.byte	0x25
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS131:
	.uleb128 .LVU657
	.uleb128 .LVU661
	.uleb128 .LVU666
	.uleb128 .LVU669
.LLST131:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS132:
	.uleb128 .LVU657
	.uleb128 .LVU661
	.uleb128 .LVU666
	.uleb128 .LVU669
.LLST132:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS133:
	.uleb128 .LVU659
	.uleb128 .LVU661
	.uleb128 .LVU668
	.uleb128 .LVU669
.LLST133:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x9
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x38
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x9
	.byte	0x76
	.sleb128 0
	.byte	0x38
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x38
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 0
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU146
	.uleb128 .LVU146
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU152
	.uleb128 .LVU152
	.uleb128 0
.LLST15:
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL54-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL54-1-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL57-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL57-1-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL59-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL59-1-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL62-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL62-1-.Ltext0
	.uleb128 .LFE43-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 0
	.uleb128 .LVU142
	.uleb128 .LVU142
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU145
	.uleb128 .LVU145
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 .LVU148
	.uleb128 .LVU148
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU151
	.uleb128 .LVU151
	.uleb128 0
.LLST16:
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x1
	.byte	0x54
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
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LFE43-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 0
	.uleb128 .LVU138
	.uleb128 .LVU138
	.uleb128 0
.LLST17:
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LFE43-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 .LVU126
	.uleb128 .LVU143
	.uleb128 .LVU143
	.uleb128 .LVU147
	.uleb128 .LVU147
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU152
.LLST18:
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL54-1-.Ltext0
	.uleb128 0xc
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL57-1-.Ltext0
	.uleb128 0xc
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL59-1-.Ltext0
	.uleb128 0xc
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL62-1-.Ltext0
	.uleb128 0xc
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU138
	.uleb128 .LVU143
	.uleb128 .LVU149
	.uleb128 .LVU150
	.uleb128 .LVU150
	.uleb128 .LVU152
.LLST20:
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL54-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL62-1-.Ltext0
	.uleb128 0x7
	.byte	0x78
	.sleb128 0
	.byte	0x72
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0
.LVUS22:
	.uleb128 .LVU132
	.uleb128 .LVU138
.LLST22:
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0xe
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU135
	.uleb128 .LVU143
	.uleb128 .LVU149
	.uleb128 .LVU152
.LLST23:
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL54-1-.Ltext0
	.uleb128 0xd
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL62-1-.Ltext0
	.uleb128 0xd
	.byte	0x72
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0
.LVUS28:
	.uleb128 0
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU206
	.uleb128 .LVU206
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU256
	.uleb128 .LVU256
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU271
	.uleb128 .LVU271
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST28:
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL81-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL81-1-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL102-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL102-1-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS29:
	.uleb128 0
	.uleb128 .LVU198
	.uleb128 .LVU198
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU225
	.uleb128 .LVU225
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU270
	.uleb128 .LVU270
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU285
	.uleb128 .LVU285
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 0
.LLST29:
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS30:
	.uleb128 0
	.uleb128 .LVU170
	.uleb128 .LVU170
	.uleb128 .LVU198
	.uleb128 .LVU198
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU241
	.uleb128 .LVU241
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU270
	.uleb128 .LVU270
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU280
	.uleb128 .LVU280
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 0
.LLST30:
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS31:
	.uleb128 0
	.uleb128 .LVU192
	.uleb128 .LVU192
	.uleb128 .LVU198
	.uleb128 .LVU198
	.uleb128 0
.LLST31:
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS32:
	.uleb128 0
	.uleb128 .LVU198
	.uleb128 .LVU198
	.uleb128 .LVU208
	.uleb128 .LVU208
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU238
	.uleb128 .LVU238
	.uleb128 .LVU258
	.uleb128 .LVU258
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU270
	.uleb128 .LVU270
	.uleb128 .LVU272
	.uleb128 .LVU272
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU285
	.uleb128 .LVU285
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 0
.LLST32:
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL92-1-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL92-1-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS33:
	.uleb128 0
	.uleb128 .LVU198
	.uleb128 .LVU198
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU238
	.uleb128 .LVU238
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU270
	.uleb128 .LVU270
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU285
	.uleb128 .LVU285
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 0
.LLST33:
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL92-1-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL92-1-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS34:
	.uleb128 .LVU182
	.uleb128 .LVU209
	.uleb128 .LVU209
	.uleb128 .LVU210
	.uleb128 .LVU210
	.uleb128 .LVU211
	.uleb128 .LVU211
	.uleb128 .LVU259
	.uleb128 .LVU259
	.uleb128 .LVU260
	.uleb128 .LVU260
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU273
	.uleb128 .LVU273
	.uleb128 .LVU274
	.uleb128 .LVU274
	.uleb128 .LVU275
	.uleb128 .LVU275
	.uleb128 0
.LLST34:
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0xc
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x7f
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x17
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x7f
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x20
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0xc
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x7f
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL101-.Ltext0
	.uleb128 0x17
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x7f
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x20
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL108-.Ltext0
	.uleb128 0xc
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x7f
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x17
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x7f
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL109-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x20
	.byte	0x91
	.sleb128 -72
	.byte	0x94
	.byte	0x4
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x38
	.byte	0x25
	.byte	0x31
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x22
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0xc
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x7f
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x29
	.byte	0x9f
	.byte	0
.LVUS35:
	.uleb128 .LVU194
	.uleb128 .LVU198
	.uleb128 .LVU212
	.uleb128 .LVU232
	.uleb128 .LVU261
	.uleb128 .LVU270
	.uleb128 .LVU276
	.uleb128 .LVU278
	.uleb128 .LVU290
	.uleb128 0
.LLST35:
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL89-.Ltext0
	.uleb128 0x8
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x30
	.byte	0x24
	.byte	0x30
	.byte	0x2e
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x8
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x30
	.byte	0x24
	.byte	0x30
	.byte	0x2e
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x8
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x30
	.byte	0x24
	.byte	0x30
	.byte	0x2e
	.byte	0x9f
	.byte	0
.LVUS36:
	.uleb128 .LVU216
	.uleb128 .LVU246
	.uleb128 .LVU263
	.uleb128 .LVU267
	.uleb128 .LVU278
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 0
.LLST36:
	.byte	0x4
	.uleb128 .LVL83-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL112-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS38:
	.uleb128 .LVU167
	.uleb128 .LVU175
.LLST38:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS39:
	.uleb128 .LVU167
	.uleb128 .LVU170
	.uleb128 .LVU170
	.uleb128 .LVU175
.LLST39:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS41:
	.uleb128 .LVU175
	.uleb128 .LVU182
.LLST41:
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS42:
	.uleb128 .LVU175
	.uleb128 .LVU182
.LLST42:
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS44:
	.uleb128 .LVU184
	.uleb128 .LVU192
	.uleb128 .LVU192
	.uleb128 .LVU194
	.uleb128 .LVU211
	.uleb128 .LVU212
.LLST44:
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS45:
	.uleb128 .LVU184
	.uleb128 .LVU194
	.uleb128 .LVU211
	.uleb128 .LVU212
.LLST45:
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS46:
	.uleb128 .LVU184
	.uleb128 .LVU194
	.uleb128 .LVU211
	.uleb128 .LVU212
.LLST46:
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS48:
	.uleb128 .LVU194
	.uleb128 .LVU198
	.uleb128 .LVU212
	.uleb128 .LVU216
	.uleb128 .LVU261
	.uleb128 .LVU263
	.uleb128 .LVU276
	.uleb128 .LVU278
.LLST48:
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS49:
	.uleb128 .LVU194
	.uleb128 .LVU198
	.uleb128 .LVU212
	.uleb128 .LVU216
	.uleb128 .LVU261
	.uleb128 .LVU263
	.uleb128 .LVU276
	.uleb128 .LVU278
.LLST49:
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS50:
	.uleb128 .LVU194
	.uleb128 .LVU198
	.uleb128 .LVU212
	.uleb128 .LVU216
	.uleb128 .LVU261
	.uleb128 .LVU263
	.uleb128 .LVU276
	.uleb128 .LVU278
.LLST50:
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS52:
	.uleb128 .LVU221
	.uleb128 .LVU225
	.uleb128 .LVU225
	.uleb128 .LVU235
.LLST52:
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL91-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS53:
	.uleb128 .LVU220
	.uleb128 .LVU235
.LLST53:
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL91-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS55:
	.uleb128 .LVU235
	.uleb128 .LVU246
.LLST55:
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS56:
	.uleb128 .LVU235
	.uleb128 .LVU238
	.uleb128 .LVU238
	.uleb128 .LVU246
.LLST56:
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL92-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL92-1-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS57:
	.uleb128 .LVU240
	.uleb128 .LVU241
	.uleb128 .LVU241
	.uleb128 .LVU243
	.uleb128 .LVU243
	.uleb128 .LVU244
	.uleb128 .LVU244
	.uleb128 .LVU245
	.uleb128 .LVU245
	.uleb128 .LVU246
.LLST57:
	.byte	0x4
	.uleb128 .LVL92-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL95-1-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS58:
	.uleb128 .LVU280
	.uleb128 .LVU290
.LLST58:
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS59:
	.uleb128 .LVU280
	.uleb128 .LVU290
.LLST59:
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS60:
	.uleb128 .LVU283
	.uleb128 .LVU285
	.uleb128 .LVU285
	.uleb128 .LVU287
	.uleb128 .LVU287
	.uleb128 .LVU288
	.uleb128 .LVU288
	.uleb128 .LVU289
	.uleb128 .LVU289
	.uleb128 .LVU290
.LLST60:
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL116-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL116-1-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS14:
	.uleb128 0
	.uleb128 .LVU107
	.uleb128 .LVU107
	.uleb128 .LVU119
	.uleb128 .LVU119
	.uleb128 0
.LLST14:
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LFE33-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS134:
	.uleb128 0
	.uleb128 .LVU726
	.uleb128 .LVU726
	.uleb128 .LVU872
	.uleb128 .LVU872
	.uleb128 0
.LLST134:
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS135:
	.uleb128 0
	.uleb128 .LVU726
	.uleb128 .LVU726
	.uleb128 .LVU783
	.uleb128 .LVU783
	.uleb128 .LVU784
	.uleb128 .LVU784
	.uleb128 .LVU872
	.uleb128 .LVU872
	.uleb128 0
.LLST135:
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS136:
	.uleb128 0
	.uleb128 .LVU714
	.uleb128 .LVU714
	.uleb128 .LVU782
	.uleb128 .LVU782
	.uleb128 .LVU784
	.uleb128 .LVU784
	.uleb128 .LVU872
	.uleb128 .LVU872
	.uleb128 0
.LLST136:
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL267-.Ltext0
	.uleb128 .LVL291-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS137:
	.uleb128 .LVU704
	.uleb128 .LVU714
	.uleb128 .LVU714
	.uleb128 .LVU718
	.uleb128 .LVU718
	.uleb128 .LVU719
	.uleb128 .LVU719
	.uleb128 .LVU731
	.uleb128 .LVU731
	.uleb128 .LVU732
	.uleb128 .LVU732
	.uleb128 .LVU764
	.uleb128 .LVU764
	.uleb128 .LVU765
	.uleb128 .LVU765
	.uleb128 .LVU781
	.uleb128 .LVU784
	.uleb128 .LVU835
	.uleb128 .LVU835
	.uleb128 .LVU836
	.uleb128 .LVU836
	.uleb128 .LVU863
	.uleb128 .LVU863
	.uleb128 .LVU864
	.uleb128 .LVU864
	.uleb128 .LVU872
	.uleb128 .LVU872
	.uleb128 0
.LLST137:
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL267-.Ltext0
	.uleb128 .LVL268-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL268-.Ltext0
	.uleb128 .LVL269-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL269-.Ltext0
	.uleb128 .LVL273-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL273-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL282-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL326-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS138:
	.uleb128 .LVU705
	.uleb128 .LVU726
	.uleb128 .LVU726
	.uleb128 .LVU780
	.uleb128 .LVU784
	.uleb128 .LVU843
	.uleb128 .LVU870
	.uleb128 .LVU871
	.uleb128 .LVU872
	.uleb128 0
.LLST138:
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL289-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -73
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL320-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -73
	.byte	0x4
	.uleb128 .LVL329-.Ltext0
	.uleb128 .LVL330-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS140:
	.uleb128 .LVU707
	.uleb128 .LVU714
	.uleb128 .LVU714
	.uleb128 .LVU725
	.uleb128 .LVU872
	.uleb128 0
.LLST140:
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL267-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS142:
	.uleb128 .LVU733
	.uleb128 .LVU778
	.uleb128 .LVU784
	.uleb128 .LVU798
	.uleb128 .LVU838
	.uleb128 .LVU872
.LLST142:
	.byte	0x4
	.uleb128 .LVL275-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS143:
	.uleb128 .LVU735
	.uleb128 .LVU778
	.uleb128 .LVU784
	.uleb128 .LVU800
	.uleb128 .LVU838
	.uleb128 .LVU872
.LLST143:
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS144:
	.uleb128 .LVU749
	.uleb128 .LVU754
	.uleb128 .LVU754
	.uleb128 .LVU775
	.uleb128 .LVU784
	.uleb128 .LVU785
	.uleb128 .LVU790
	.uleb128 .LVU794
.LLST144:
	.byte	0x4
	.uleb128 .LVL278-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL287-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL297-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS146:
	.uleb128 .LVU751
	.uleb128 .LVU754
	.uleb128 .LVU754
	.uleb128 .LVU768
	.uleb128 .LVU768
	.uleb128 .LVU769
	.uleb128 .LVU784
	.uleb128 .LVU785
	.uleb128 .LVU792
	.uleb128 .LVU794
.LLST146:
	.byte	0x4
	.uleb128 .LVL278-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL285-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL297-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS148:
	.uleb128 .LVU758
	.uleb128 .LVU766
	.uleb128 .LVU784
	.uleb128 .LVU785
.LLST148:
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS149:
	.uleb128 .LVU757
	.uleb128 .LVU766
	.uleb128 .LVU784
	.uleb128 .LVU785
.LLST149:
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+14162
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+14162
	.sleb128 0
	.byte	0
.LVUS150:
	.uleb128 .LVU757
	.uleb128 .LVU766
	.uleb128 .LVU784
	.uleb128 .LVU785
.LLST150:
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS151:
	.uleb128 .LVU757
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU766
	.uleb128 .LVU784
	.uleb128 .LVU785
.LLST151:
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL281-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL281-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS152:
	.uleb128 .LVU757
	.uleb128 .LVU766
	.uleb128 .LVU784
	.uleb128 .LVU785
.LLST152:
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS153:
	.uleb128 .LVU797
	.uleb128 .LVU801
	.uleb128 .LVU801
	.uleb128 .LVU838
.LLST153:
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS154:
	.uleb128 .LVU797
	.uleb128 .LVU798
.LLST154:
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x9
	.byte	0x7d
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x7b
	.sleb128 64
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS156:
	.uleb128 .LVU804
	.uleb128 .LVU805
	.uleb128 .LVU805
	.uleb128 .LVU806
	.uleb128 .LVU806
	.uleb128 .LVU807
	.uleb128 .LVU807
	.uleb128 .LVU809
.LLST156:
	.byte	0x4
	.uleb128 .LVL301-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL303-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x10
	.byte	0x78
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x7c
	.sleb128 0
	.byte	0x22
	.byte	0x32
	.byte	0x24
	.byte	0x72
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x12
	.byte	0x78
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x7c
	.sleb128 0
	.byte	0x22
	.byte	0x32
	.byte	0x24
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS157:
	.uleb128 .LVU805
	.uleb128 .LVU825
	.uleb128 .LVU825
	.uleb128 .LVU827
	.uleb128 .LVU827
	.uleb128 .LVU838
.LLST157:
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS158:
	.uleb128 .LVU812
	.uleb128 .LVU818
	.uleb128 .LVU818
	.uleb128 .LVU825
	.uleb128 .LVU825
	.uleb128 .LVU828
	.uleb128 .LVU832
	.uleb128 .LVU837
.LLST158:
	.byte	0x4
	.uleb128 .LVL308-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0xd
	.byte	0x70
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL313-.Ltext0
	.uleb128 0xd
	.byte	0x70
	.sleb128 -1
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0xd
	.byte	0x70
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x22
	.byte	0
.LVUS160:
	.uleb128 .LVU821
	.uleb128 .LVU826
	.uleb128 .LVU832
	.uleb128 .LVU838
.LLST160:
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS161:
	.uleb128 .LVU820
	.uleb128 .LVU826
	.uleb128 .LVU832
	.uleb128 .LVU838
.LLST161:
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+14162
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+14162
	.sleb128 0
	.byte	0
.LVUS162:
	.uleb128 .LVU820
	.uleb128 .LVU826
	.uleb128 .LVU832
	.uleb128 .LVU838
.LLST162:
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS163:
	.uleb128 .LVU820
	.uleb128 .LVU826
	.uleb128 .LVU832
	.uleb128 .LVU838
.LLST163:
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS164:
	.uleb128 .LVU820
	.uleb128 .LVU826
	.uleb128 .LVU832
	.uleb128 .LVU838
.LLST164:
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS165:
	.uleb128 .LVU843
	.uleb128 .LVU846
	.uleb128 .LVU846
	.uleb128 .LVU848
	.uleb128 .LVU848
	.uleb128 .LVU864
	.uleb128 .LVU864
	.uleb128 .LVU868
	.uleb128 .LVU868
	.uleb128 .LVU869
	.uleb128 .LVU871
	.uleb128 .LVU872
.LLST165:
	.byte	0x4
	.uleb128 .LVL320-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL326-.Ltext0
	.uleb128 .LVL327-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL327-.Ltext0
	.uleb128 .LVL328-.Ltext0
	.uleb128 0x7
	.byte	0x72
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS167:
	.uleb128 .LVU856
	.uleb128 .LVU864
	.uleb128 .LVU871
	.uleb128 .LVU872
.LLST167:
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS168:
	.uleb128 .LVU855
	.uleb128 .LVU864
	.uleb128 .LVU871
	.uleb128 .LVU872
.LLST168:
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+14162
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+14162
	.sleb128 0
	.byte	0
.LVUS169:
	.uleb128 .LVU855
	.uleb128 .LVU864
	.uleb128 .LVU871
	.uleb128 .LVU872
.LLST169:
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS170:
	.uleb128 .LVU855
	.uleb128 .LVU864
	.uleb128 .LVU871
	.uleb128 .LVU872
.LLST170:
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS171:
	.uleb128 .LVU855
	.uleb128 .LVU864
	.uleb128 .LVU871
	.uleb128 .LVU872
.LLST171:
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU52
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU85
.LLST6:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0xf
	.byte	0x74
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x75
	.sleb128 64
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x11
	.byte	0x74
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x12
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS7:
	.uleb128 .LVU52
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU76
	.uleb128 .LVU77
	.uleb128 .LVU85
.LLST7:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS8:
	.uleb128 .LVU57
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU85
.LLST8:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x2f
	.byte	0x74
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x48
	.byte	0x6
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x41
	.byte	0x1e
	.byte	0x23
	.uleb128 0x1
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x31
	.byte	0x74
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x48
	.byte	0x6
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x41
	.byte	0x1e
	.byte	0x23
	.uleb128 0x1
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x34
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x2d
	.byte	0x74
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x48
	.byte	0x6
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x41
	.byte	0x1e
	.byte	0x23
	.uleb128 0x1
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x2f
	.byte	0x74
	.sleb128 0
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x48
	.byte	0x6
	.byte	0x1c
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x41
	.byte	0x1e
	.byte	0x23
	.uleb128 0x1
	.byte	0x32
	.byte	0x24
	.byte	0x1c
	.byte	0x32
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU64
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU85
.LLST9:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x7
	.byte	0x72
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x21
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x41
	.byte	0x1e
	.byte	0x32
	.byte	0x24
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x25
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x41
	.byte	0x1e
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x48
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x25
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x40
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x41
	.byte	0x1e
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x23
	.uleb128 0x48
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS2:
	.uleb128 .LVU2
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU17
	.uleb128 .LVU18
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU8
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x12
	.byte	0x78
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x79
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x2d
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 0
	.uleb128 .LVU160
	.uleb128 .LVU160
	.uleb128 .LVU162
	.uleb128 .LVU162
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 0
.LLST24:
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL65-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL65-1-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL67-1-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LFE51-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS25:
	.uleb128 .LVU155
	.uleb128 .LVU160
	.uleb128 .LVU160
	.uleb128 .LVU162
	.uleb128 .LVU162
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 0
.LLST25:
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL65-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL65-1-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL67-1-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LFE51-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS27:
	.uleb128 .LVU158
	.uleb128 .LVU160
	.uleb128 .LVU160
	.uleb128 .LVU162
	.uleb128 .LVU162
	.uleb128 .LVU163
	.uleb128 .LVU163
	.uleb128 .LVU163
.LLST27:
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL65-1-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL67-1-.Ltext0
	.uleb128 .LVL67-.Ltext0
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
.LLRL19:
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB67-.Ltext0
	.uleb128 .LBE67-.Ltext0
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0
.LLRL26:
	.byte	0x4
	.uleb128 .LBB74-.Ltext0
	.uleb128 .LBE74-.Ltext0
	.byte	0x4
	.uleb128 .LBB77-.Ltext0
	.uleb128 .LBE77-.Ltext0
	.byte	0
.LLRL37:
	.byte	0x4
	.uleb128 .LBB94-.Ltext0
	.uleb128 .LBE94-.Ltext0
	.byte	0x4
	.uleb128 .LBB98-.Ltext0
	.uleb128 .LBE98-.Ltext0
	.byte	0x4
	.uleb128 .LBB99-.Ltext0
	.uleb128 .LBE99-.Ltext0
	.byte	0
.LLRL40:
	.byte	0x4
	.uleb128 .LBB100-.Ltext0
	.uleb128 .LBE100-.Ltext0
	.byte	0x4
	.uleb128 .LBB103-.Ltext0
	.uleb128 .LBE103-.Ltext0
	.byte	0
.LLRL43:
	.byte	0x4
	.uleb128 .LBB104-.Ltext0
	.uleb128 .LBE104-.Ltext0
	.byte	0x4
	.uleb128 .LBB116-.Ltext0
	.uleb128 .LBE116-.Ltext0
	.byte	0x4
	.uleb128 .LBB118-.Ltext0
	.uleb128 .LBE118-.Ltext0
	.byte	0
.LLRL47:
	.byte	0x4
	.uleb128 .LBB108-.Ltext0
	.uleb128 .LBE108-.Ltext0
	.byte	0x4
	.uleb128 .LBB115-.Ltext0
	.uleb128 .LBE115-.Ltext0
	.byte	0x4
	.uleb128 .LBB117-.Ltext0
	.uleb128 .LBE117-.Ltext0
	.byte	0x4
	.uleb128 .LBB119-.Ltext0
	.uleb128 .LBE119-.Ltext0
	.byte	0x4
	.uleb128 .LBB133-.Ltext0
	.uleb128 .LBE133-.Ltext0
	.byte	0x4
	.uleb128 .LBB134-.Ltext0
	.uleb128 .LBE134-.Ltext0
	.byte	0
.LLRL51:
	.byte	0x4
	.uleb128 .LBB120-.Ltext0
	.uleb128 .LBE120-.Ltext0
	.byte	0x4
	.uleb128 .LBB129-.Ltext0
	.uleb128 .LBE129-.Ltext0
	.byte	0x4
	.uleb128 .LBB131-.Ltext0
	.uleb128 .LBE131-.Ltext0
	.byte	0
.LLRL54:
	.byte	0x4
	.uleb128 .LBB124-.Ltext0
	.uleb128 .LBE124-.Ltext0
	.byte	0x4
	.uleb128 .LBB130-.Ltext0
	.uleb128 .LBE130-.Ltext0
	.byte	0x4
	.uleb128 .LBB132-.Ltext0
	.uleb128 .LBE132-.Ltext0
	.byte	0
.LLRL66:
	.byte	0x4
	.uleb128 .LBB176-.Ltext0
	.uleb128 .LBE176-.Ltext0
	.byte	0x4
	.uleb128 .LBB234-.Ltext0
	.uleb128 .LBE234-.Ltext0
	.byte	0x4
	.uleb128 .LBB235-.Ltext0
	.uleb128 .LBE235-.Ltext0
	.byte	0x4
	.uleb128 .LBB253-.Ltext0
	.uleb128 .LBE253-.Ltext0
	.byte	0
.LLRL68:
	.byte	0x4
	.uleb128 .LBB177-.Ltext0
	.uleb128 .LBE177-.Ltext0
	.byte	0x4
	.uleb128 .LBB232-.Ltext0
	.uleb128 .LBE232-.Ltext0
	.byte	0x4
	.uleb128 .LBB233-.Ltext0
	.uleb128 .LBE233-.Ltext0
	.byte	0
.LLRL74:
	.byte	0x4
	.uleb128 .LBB180-.Ltext0
	.uleb128 .LBE180-.Ltext0
	.byte	0x4
	.uleb128 .LBB184-.Ltext0
	.uleb128 .LBE184-.Ltext0
	.byte	0x4
	.uleb128 .LBB185-.Ltext0
	.uleb128 .LBE185-.Ltext0
	.byte	0
.LLRL78:
	.byte	0x4
	.uleb128 .LBB186-.Ltext0
	.uleb128 .LBE186-.Ltext0
	.byte	0x4
	.uleb128 .LBB231-.Ltext0
	.uleb128 .LBE231-.Ltext0
	.byte	0
.LLRL82:
	.byte	0x4
	.uleb128 .LBB189-.Ltext0
	.uleb128 .LBE189-.Ltext0
	.byte	0x4
	.uleb128 .LBB193-.Ltext0
	.uleb128 .LBE193-.Ltext0
	.byte	0x4
	.uleb128 .LBB194-.Ltext0
	.uleb128 .LBE194-.Ltext0
	.byte	0
.LLRL86:
	.byte	0x4
	.uleb128 .LBB195-.Ltext0
	.uleb128 .LBE195-.Ltext0
	.byte	0x4
	.uleb128 .LBB204-.Ltext0
	.uleb128 .LBE204-.Ltext0
	.byte	0x4
	.uleb128 .LBB224-.Ltext0
	.uleb128 .LBE224-.Ltext0
	.byte	0
.LLRL88:
	.byte	0x4
	.uleb128 .LBB196-.Ltext0
	.uleb128 .LBE196-.Ltext0
	.byte	0x4
	.uleb128 .LBB199-.Ltext0
	.uleb128 .LBE199-.Ltext0
	.byte	0
.LLRL92:
	.byte	0x4
	.uleb128 .LBB200-.Ltext0
	.uleb128 .LBE200-.Ltext0
	.byte	0x4
	.uleb128 .LBB203-.Ltext0
	.uleb128 .LBE203-.Ltext0
	.byte	0
.LLRL96:
	.byte	0x4
	.uleb128 .LBB205-.Ltext0
	.uleb128 .LBE205-.Ltext0
	.byte	0x4
	.uleb128 .LBB222-.Ltext0
	.uleb128 .LBE222-.Ltext0
	.byte	0x4
	.uleb128 .LBB223-.Ltext0
	.uleb128 .LBE223-.Ltext0
	.byte	0x4
	.uleb128 .LBB225-.Ltext0
	.uleb128 .LBE225-.Ltext0
	.byte	0
.LLRL98:
	.byte	0x4
	.uleb128 .LBB206-.Ltext0
	.uleb128 .LBE206-.Ltext0
	.byte	0x4
	.uleb128 .LBB219-.Ltext0
	.uleb128 .LBE219-.Ltext0
	.byte	0x4
	.uleb128 .LBB220-.Ltext0
	.uleb128 .LBE220-.Ltext0
	.byte	0x4
	.uleb128 .LBB221-.Ltext0
	.uleb128 .LBE221-.Ltext0
	.byte	0
.LLRL114:
	.byte	0x4
	.uleb128 .LBB213-.Ltext0
	.uleb128 .LBE213-.Ltext0
	.byte	0x4
	.uleb128 .LBB214-.Ltext0
	.uleb128 .LBE214-.Ltext0
	.byte	0
.LLRL117:
	.byte	0x4
	.uleb128 .LBB226-.Ltext0
	.uleb128 .LBE226-.Ltext0
	.byte	0x4
	.uleb128 .LBB229-.Ltext0
	.uleb128 .LBE229-.Ltext0
	.byte	0
.LLRL119:
	.byte	0x4
	.uleb128 .LBB227-.Ltext0
	.uleb128 .LBE227-.Ltext0
	.byte	0x4
	.uleb128 .LBB228-.Ltext0
	.uleb128 .LBE228-.Ltext0
	.byte	0
.LLRL121:
	.byte	0x4
	.uleb128 .LBB236-.Ltext0
	.uleb128 .LBE236-.Ltext0
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
.LLRL123:
	.byte	0x4
	.uleb128 .LBB237-.Ltext0
	.uleb128 .LBE237-.Ltext0
	.byte	0x4
	.uleb128 .LBB248-.Ltext0
	.uleb128 .LBE248-.Ltext0
	.byte	0x4
	.uleb128 .LBB249-.Ltext0
	.uleb128 .LBE249-.Ltext0
	.byte	0
.LLRL125:
	.byte	0x4
	.uleb128 .LBB238-.Ltext0
	.uleb128 .LBE238-.Ltext0
	.byte	0x4
	.uleb128 .LBB247-.Ltext0
	.uleb128 .LBE247-.Ltext0
	.byte	0
.LLRL130:
	.byte	0x4
	.uleb128 .LBB240-.Ltext0
	.uleb128 .LBE240-.Ltext0
	.byte	0x4
	.uleb128 .LBB244-.Ltext0
	.uleb128 .LBE244-.Ltext0
	.byte	0x4
	.uleb128 .LBB245-.Ltext0
	.uleb128 .LBE245-.Ltext0
	.byte	0
.LLRL139:
	.byte	0x4
	.uleb128 .LBB266-.Ltext0
	.uleb128 .LBE266-.Ltext0
	.byte	0x4
	.uleb128 .LBB267-.Ltext0
	.uleb128 .LBE267-.Ltext0
	.byte	0x4
	.uleb128 .LBB268-.Ltext0
	.uleb128 .LBE268-.Ltext0
	.byte	0
.LLRL141:
	.byte	0x4
	.uleb128 .LBB269-.Ltext0
	.uleb128 .LBE269-.Ltext0
	.byte	0x4
	.uleb128 .LBB299-.Ltext0
	.uleb128 .LBE299-.Ltext0
	.byte	0x4
	.uleb128 .LBB300-.Ltext0
	.uleb128 .LBE300-.Ltext0
	.byte	0
.LLRL145:
	.byte	0x4
	.uleb128 .LBB270-.Ltext0
	.uleb128 .LBE270-.Ltext0
	.byte	0x4
	.uleb128 .LBB277-.Ltext0
	.uleb128 .LBE277-.Ltext0
	.byte	0x4
	.uleb128 .LBB278-.Ltext0
	.uleb128 .LBE278-.Ltext0
	.byte	0x4
	.uleb128 .LBB279-.Ltext0
	.uleb128 .LBE279-.Ltext0
	.byte	0x4
	.uleb128 .LBB280-.Ltext0
	.uleb128 .LBE280-.Ltext0
	.byte	0x4
	.uleb128 .LBB281-.Ltext0
	.uleb128 .LBE281-.Ltext0
	.byte	0
.LLRL147:
	.byte	0x4
	.uleb128 .LBB271-.Ltext0
	.uleb128 .LBE271-.Ltext0
	.byte	0x4
	.uleb128 .LBB275-.Ltext0
	.uleb128 .LBE275-.Ltext0
	.byte	0x4
	.uleb128 .LBB276-.Ltext0
	.uleb128 .LBE276-.Ltext0
	.byte	0
.LLRL155:
	.byte	0x4
	.uleb128 .LBB283-.Ltext0
	.uleb128 .LBE283-.Ltext0
	.byte	0x4
	.uleb128 .LBB288-.Ltext0
	.uleb128 .LBE288-.Ltext0
	.byte	0x4
	.uleb128 .LBB289-.Ltext0
	.uleb128 .LBE289-.Ltext0
	.byte	0x4
	.uleb128 .LBB290-.Ltext0
	.uleb128 .LBE290-.Ltext0
	.byte	0x4
	.uleb128 .LBB291-.Ltext0
	.uleb128 .LBE291-.Ltext0
	.byte	0
.LLRL159:
	.byte	0x4
	.uleb128 .LBB284-.Ltext0
	.uleb128 .LBE284-.Ltext0
	.byte	0x4
	.uleb128 .LBB287-.Ltext0
	.uleb128 .LBE287-.Ltext0
	.byte	0
.LLRL166:
	.byte	0x4
	.uleb128 .LBB293-.Ltext0
	.uleb128 .LBE293-.Ltext0
	.byte	0x4
	.uleb128 .LBB297-.Ltext0
	.uleb128 .LBE297-.Ltext0
	.byte	0x4
	.uleb128 .LBB298-.Ltext0
	.uleb128 .LBE298-.Ltext0
	.byte	0
.LLRL175:
	.byte	0x4
	.uleb128 .LBB391-.Ltext0
	.uleb128 .LBE391-.Ltext0
	.byte	0x4
	.uleb128 .LBB583-.Ltext0
	.uleb128 .LBE583-.Ltext0
	.byte	0x4
	.uleb128 .LBB584-.Ltext0
	.uleb128 .LBE584-.Ltext0
	.byte	0x4
	.uleb128 .LBB585-.Ltext0
	.uleb128 .LBE585-.Ltext0
	.byte	0
.LLRL182:
	.byte	0x4
	.uleb128 .LBB393-.Ltext0
	.uleb128 .LBE393-.Ltext0
	.byte	0x4
	.uleb128 .LBB397-.Ltext0
	.uleb128 .LBE397-.Ltext0
	.byte	0x4
	.uleb128 .LBB398-.Ltext0
	.uleb128 .LBE398-.Ltext0
	.byte	0
.LLRL184:
	.byte	0x4
	.uleb128 .LBB399-.Ltext0
	.uleb128 .LBE399-.Ltext0
	.byte	0x4
	.uleb128 .LBB403-.Ltext0
	.uleb128 .LBE403-.Ltext0
	.byte	0x4
	.uleb128 .LBB576-.Ltext0
	.uleb128 .LBE576-.Ltext0
	.byte	0
.LLRL190:
	.byte	0x4
	.uleb128 .LBB405-.Ltext0
	.uleb128 .LBE405-.Ltext0
	.byte	0x4
	.uleb128 .LBB406-.Ltext0
	.uleb128 .LBE406-.Ltext0
	.byte	0
.LLRL192:
	.byte	0x4
	.uleb128 .LBB407-.Ltext0
	.uleb128 .LBE407-.Ltext0
	.byte	0x4
	.uleb128 .LBB456-.Ltext0
	.uleb128 .LBE456-.Ltext0
	.byte	0x4
	.uleb128 .LBB458-.Ltext0
	.uleb128 .LBE458-.Ltext0
	.byte	0x4
	.uleb128 .LBB460-.Ltext0
	.uleb128 .LBE460-.Ltext0
	.byte	0x4
	.uleb128 .LBB577-.Ltext0
	.uleb128 .LBE577-.Ltext0
	.byte	0x4
	.uleb128 .LBB578-.Ltext0
	.uleb128 .LBE578-.Ltext0
	.byte	0
.LLRL199:
	.byte	0x4
	.uleb128 .LBB409-.Ltext0
	.uleb128 .LBE409-.Ltext0
	.byte	0x4
	.uleb128 .LBB410-.Ltext0
	.uleb128 .LBE410-.Ltext0
	.byte	0x4
	.uleb128 .LBB411-.Ltext0
	.uleb128 .LBE411-.Ltext0
	.byte	0x4
	.uleb128 .LBB412-.Ltext0
	.uleb128 .LBE412-.Ltext0
	.byte	0x4
	.uleb128 .LBB424-.Ltext0
	.uleb128 .LBE424-.Ltext0
	.byte	0
.LLRL201:
	.byte	0x4
	.uleb128 .LBB413-.Ltext0
	.uleb128 .LBE413-.Ltext0
	.byte	0x4
	.uleb128 .LBB421-.Ltext0
	.uleb128 .LBE421-.Ltext0
	.byte	0x4
	.uleb128 .LBB422-.Ltext0
	.uleb128 .LBE422-.Ltext0
	.byte	0x4
	.uleb128 .LBB423-.Ltext0
	.uleb128 .LBE423-.Ltext0
	.byte	0
.LLRL203:
	.byte	0x4
	.uleb128 .LBB414-.Ltext0
	.uleb128 .LBE414-.Ltext0
	.byte	0x4
	.uleb128 .LBB420-.Ltext0
	.uleb128 .LBE420-.Ltext0
	.byte	0
.LLRL205:
	.byte	0x4
	.uleb128 .LBB415-.Ltext0
	.uleb128 .LBE415-.Ltext0
	.byte	0x4
	.uleb128 .LBB418-.Ltext0
	.uleb128 .LBE418-.Ltext0
	.byte	0x4
	.uleb128 .LBB419-.Ltext0
	.uleb128 .LBE419-.Ltext0
	.byte	0
.LLRL210:
	.byte	0x4
	.uleb128 .LBB430-.Ltext0
	.uleb128 .LBE430-.Ltext0
	.byte	0x4
	.uleb128 .LBB457-.Ltext0
	.uleb128 .LBE457-.Ltext0
	.byte	0x4
	.uleb128 .LBB459-.Ltext0
	.uleb128 .LBE459-.Ltext0
	.byte	0x4
	.uleb128 .LBB461-.Ltext0
	.uleb128 .LBE461-.Ltext0
	.byte	0x4
	.uleb128 .LBB574-.Ltext0
	.uleb128 .LBE574-.Ltext0
	.byte	0x4
	.uleb128 .LBB579-.Ltext0
	.uleb128 .LBE579-.Ltext0
	.byte	0
.LLRL212:
	.byte	0x4
	.uleb128 .LBB432-.Ltext0
	.uleb128 .LBE432-.Ltext0
	.byte	0x4
	.uleb128 .LBB444-.Ltext0
	.uleb128 .LBE444-.Ltext0
	.byte	0x4
	.uleb128 .LBB445-.Ltext0
	.uleb128 .LBE445-.Ltext0
	.byte	0x4
	.uleb128 .LBB446-.Ltext0
	.uleb128 .LBE446-.Ltext0
	.byte	0x4
	.uleb128 .LBB448-.Ltext0
	.uleb128 .LBE448-.Ltext0
	.byte	0x4
	.uleb128 .LBB449-.Ltext0
	.uleb128 .LBE449-.Ltext0
	.byte	0
.LLRL216:
	.byte	0x4
	.uleb128 .LBB433-.Ltext0
	.uleb128 .LBE433-.Ltext0
	.byte	0x4
	.uleb128 .LBB441-.Ltext0
	.uleb128 .LBE441-.Ltext0
	.byte	0x4
	.uleb128 .LBB442-.Ltext0
	.uleb128 .LBE442-.Ltext0
	.byte	0
.LLRL218:
	.byte	0x4
	.uleb128 .LBB434-.Ltext0
	.uleb128 .LBE434-.Ltext0
	.byte	0x4
	.uleb128 .LBB439-.Ltext0
	.uleb128 .LBE439-.Ltext0
	.byte	0x4
	.uleb128 .LBB440-.Ltext0
	.uleb128 .LBE440-.Ltext0
	.byte	0
.LLRL222:
	.byte	0x4
	.uleb128 .LBB435-.Ltext0
	.uleb128 .LBE435-.Ltext0
	.byte	0x4
	.uleb128 .LBB438-.Ltext0
	.uleb128 .LBE438-.Ltext0
	.byte	0
.LLRL225:
	.byte	0x4
	.uleb128 .LBB443-.Ltext0
	.uleb128 .LBE443-.Ltext0
	.byte	0x4
	.uleb128 .LBB447-.Ltext0
	.uleb128 .LBE447-.Ltext0
	.byte	0x4
	.uleb128 .LBB450-.Ltext0
	.uleb128 .LBE450-.Ltext0
	.byte	0
.LLRL227:
	.byte	0x4
	.uleb128 .LBB462-.Ltext0
	.uleb128 .LBE462-.Ltext0
	.byte	0x4
	.uleb128 .LBB573-.Ltext0
	.uleb128 .LBE573-.Ltext0
	.byte	0
.LLRL229:
	.byte	0x4
	.uleb128 .LBB463-.Ltext0
	.uleb128 .LBE463-.Ltext0
	.byte	0x4
	.uleb128 .LBB464-.Ltext0
	.uleb128 .LBE464-.Ltext0
	.byte	0x4
	.uleb128 .LBB465-.Ltext0
	.uleb128 .LBE465-.Ltext0
	.byte	0
.LLRL233:
	.byte	0x4
	.uleb128 .LBB466-.Ltext0
	.uleb128 .LBE466-.Ltext0
	.byte	0x4
	.uleb128 .LBB575-.Ltext0
	.uleb128 .LBE575-.Ltext0
	.byte	0
.LLRL235:
	.byte	0x4
	.uleb128 .LBB467-.Ltext0
	.uleb128 .LBE467-.Ltext0
	.byte	0x4
	.uleb128 .LBB470-.Ltext0
	.uleb128 .LBE470-.Ltext0
	.byte	0
.LLRL238:
	.byte	0x4
	.uleb128 .LBB471-.Ltext0
	.uleb128 .LBE471-.Ltext0
	.byte	0x4
	.uleb128 .LBB492-.Ltext0
	.uleb128 .LBE492-.Ltext0
	.byte	0x4
	.uleb128 .LBB570-.Ltext0
	.uleb128 .LBE570-.Ltext0
	.byte	0
.LLRL243:
	.byte	0x4
	.uleb128 .LBB473-.Ltext0
	.uleb128 .LBE473-.Ltext0
	.byte	0x4
	.uleb128 .LBB487-.Ltext0
	.uleb128 .LBE487-.Ltext0
	.byte	0x4
	.uleb128 .LBB488-.Ltext0
	.uleb128 .LBE488-.Ltext0
	.byte	0x4
	.uleb128 .LBB489-.Ltext0
	.uleb128 .LBE489-.Ltext0
	.byte	0
.LLRL245:
	.byte	0x4
	.uleb128 .LBB474-.Ltext0
	.uleb128 .LBE474-.Ltext0
	.byte	0x4
	.uleb128 .LBB486-.Ltext0
	.uleb128 .LBE486-.Ltext0
	.byte	0
.LLRL247:
	.byte	0x4
	.uleb128 .LBB475-.Ltext0
	.uleb128 .LBE475-.Ltext0
	.byte	0x4
	.uleb128 .LBB485-.Ltext0
	.uleb128 .LBE485-.Ltext0
	.byte	0
.LLRL250:
	.byte	0x4
	.uleb128 .LBB476-.Ltext0
	.uleb128 .LBE476-.Ltext0
	.byte	0x4
	.uleb128 .LBB482-.Ltext0
	.uleb128 .LBE482-.Ltext0
	.byte	0x4
	.uleb128 .LBB483-.Ltext0
	.uleb128 .LBE483-.Ltext0
	.byte	0x4
	.uleb128 .LBB484-.Ltext0
	.uleb128 .LBE484-.Ltext0
	.byte	0
.LLRL254:
	.byte	0x4
	.uleb128 .LBB477-.Ltext0
	.uleb128 .LBE477-.Ltext0
	.byte	0x4
	.uleb128 .LBB480-.Ltext0
	.uleb128 .LBE480-.Ltext0
	.byte	0x4
	.uleb128 .LBB481-.Ltext0
	.uleb128 .LBE481-.Ltext0
	.byte	0
.LLRL256:
	.byte	0x4
	.uleb128 .LBB478-.Ltext0
	.uleb128 .LBE478-.Ltext0
	.byte	0x4
	.uleb128 .LBB479-.Ltext0
	.uleb128 .LBE479-.Ltext0
	.byte	0
.LLRL258:
	.byte	0x4
	.uleb128 .LBB493-.Ltext0
	.uleb128 .LBE493-.Ltext0
	.byte	0x4
	.uleb128 .LBB571-.Ltext0
	.uleb128 .LBE571-.Ltext0
	.byte	0x4
	.uleb128 .LBB572-.Ltext0
	.uleb128 .LBE572-.Ltext0
	.byte	0
.LLRL260:
	.byte	0x4
	.uleb128 .LBB495-.Ltext0
	.uleb128 .LBE495-.Ltext0
	.byte	0x4
	.uleb128 .LBB559-.Ltext0
	.uleb128 .LBE559-.Ltext0
	.byte	0x4
	.uleb128 .LBB567-.Ltext0
	.uleb128 .LBE567-.Ltext0
	.byte	0
.LLRL262:
	.byte	0x4
	.uleb128 .LBB496-.Ltext0
	.uleb128 .LBE496-.Ltext0
	.byte	0x4
	.uleb128 .LBB556-.Ltext0
	.uleb128 .LBE556-.Ltext0
	.byte	0x4
	.uleb128 .LBB557-.Ltext0
	.uleb128 .LBE557-.Ltext0
	.byte	0x4
	.uleb128 .LBB558-.Ltext0
	.uleb128 .LBE558-.Ltext0
	.byte	0
.LLRL264:
	.byte	0x4
	.uleb128 .LBB497-.Ltext0
	.uleb128 .LBE497-.Ltext0
	.byte	0x4
	.uleb128 .LBB551-.Ltext0
	.uleb128 .LBE551-.Ltext0
	.byte	0x4
	.uleb128 .LBB552-.Ltext0
	.uleb128 .LBE552-.Ltext0
	.byte	0x4
	.uleb128 .LBB553-.Ltext0
	.uleb128 .LBE553-.Ltext0
	.byte	0x4
	.uleb128 .LBB554-.Ltext0
	.uleb128 .LBE554-.Ltext0
	.byte	0x4
	.uleb128 .LBB555-.Ltext0
	.uleb128 .LBE555-.Ltext0
	.byte	0
.LLRL267:
	.byte	0x4
	.uleb128 .LBB499-.Ltext0
	.uleb128 .LBE499-.Ltext0
	.byte	0x4
	.uleb128 .LBB510-.Ltext0
	.uleb128 .LBE510-.Ltext0
	.byte	0
.LLRL273:
	.byte	0x4
	.uleb128 .LBB501-.Ltext0
	.uleb128 .LBE501-.Ltext0
	.byte	0x4
	.uleb128 .LBB504-.Ltext0
	.uleb128 .LBE504-.Ltext0
	.byte	0
.LLRL287:
	.byte	0x4
	.uleb128 .LBB513-.Ltext0
	.uleb128 .LBE513-.Ltext0
	.byte	0x4
	.uleb128 .LBB521-.Ltext0
	.uleb128 .LBE521-.Ltext0
	.byte	0x4
	.uleb128 .LBB523-.Ltext0
	.uleb128 .LBE523-.Ltext0
	.byte	0
.LLRL290:
	.byte	0x4
	.uleb128 .LBB517-.Ltext0
	.uleb128 .LBE517-.Ltext0
	.byte	0x4
	.uleb128 .LBB522-.Ltext0
	.uleb128 .LBE522-.Ltext0
	.byte	0x4
	.uleb128 .LBB524-.Ltext0
	.uleb128 .LBE524-.Ltext0
	.byte	0
.LLRL297:
	.byte	0x4
	.uleb128 .LBB527-.Ltext0
	.uleb128 .LBE527-.Ltext0
	.byte	0x4
	.uleb128 .LBB548-.Ltext0
	.uleb128 .LBE548-.Ltext0
	.byte	0x4
	.uleb128 .LBB549-.Ltext0
	.uleb128 .LBE549-.Ltext0
	.byte	0x4
	.uleb128 .LBB550-.Ltext0
	.uleb128 .LBE550-.Ltext0
	.byte	0
.LLRL303:
	.byte	0x4
	.uleb128 .LBB529-.Ltext0
	.uleb128 .LBE529-.Ltext0
	.byte	0x4
	.uleb128 .LBB534-.Ltext0
	.uleb128 .LBE534-.Ltext0
	.byte	0x4
	.uleb128 .LBB541-.Ltext0
	.uleb128 .LBE541-.Ltext0
	.byte	0x4
	.uleb128 .LBB542-.Ltext0
	.uleb128 .LBE542-.Ltext0
	.byte	0
.LLRL306:
	.byte	0x4
	.uleb128 .LBB535-.Ltext0
	.uleb128 .LBE535-.Ltext0
	.byte	0x4
	.uleb128 .LBB543-.Ltext0
	.uleb128 .LBE543-.Ltext0
	.byte	0
.LLRL309:
	.byte	0x4
	.uleb128 .LBB538-.Ltext0
	.uleb128 .LBE538-.Ltext0
	.byte	0x4
	.uleb128 .LBB544-.Ltext0
	.uleb128 .LBE544-.Ltext0
	.byte	0
.LLRL315:
	.byte	0x4
	.uleb128 .LBB561-.Ltext0
	.uleb128 .LBE561-.Ltext0
	.byte	0x4
	.uleb128 .LBB566-.Ltext0
	.uleb128 .LBE566-.Ltext0
	.byte	0
.LLRL317:
	.byte	0x4
	.uleb128 .LBB562-.Ltext0
	.uleb128 .LBE562-.Ltext0
	.byte	0x4
	.uleb128 .LBB564-.Ltext0
	.uleb128 .LBE564-.Ltext0
	.byte	0
.LLRL319:
	.byte	0x4
	.uleb128 .LBB563-.Ltext0
	.uleb128 .LBE563-.Ltext0
	.byte	0x4
	.uleb128 .LBB565-.Ltext0
	.uleb128 .LBE565-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF132:
	.string	"code"
.LASF143:
	.string	"ST_RET_EMPTY"
.LASF78:
	.string	"OP_ROT"
.LASF83:
	.string	"OP_MOD"
.LASF56:
	.string	"_shortbuf"
.LASF223:
	.string	"from"
.LASF191:
	.string	"nctx"
.LASF268:
	.string	"_IO_lock_t"
.LASF192:
	.string	"contexts"
.LASF201:
	.string	"dispatcher_compiled"
.LASF45:
	.string	"_IO_buf_end"
.LASF177:
	.string	"IN_ENTRY"
.LASF216:
	.string	"prepared"
.LASF257:
	.string	"sites"
.LASF237:
	.string	"more"
.LASF125:
	.string	"label"
.LASF82:
	.string	"OP_DIV"
.LASF43:
	.string	"_IO_write_end"
.LASF4:
	.string	"unsigned int"
.LASF228:
	.string	"reload"
.LASF61:
	.string	"_freeres_list"
.LASF37:
	.string	"_flags"
.LASF10:
	.string	"__int32_t"
.LASF49:
	.string	"_markers"
.LASF266:
	.string	"__builtin_fwrite"
.LASF155:
	.string	"limit"
.LASF165:
	.string	"describe"
.LASF151:
	.string	"error"
.LASF205:
	.string	"fputc"
.LASF265:
	.string	"__builtin_memcpy"
.LASF206:
	.string	"fputs"
.LASF259:
	.string	"jump"
.LASF77:
	.string	"OP_OVER"
.LASF137:
	.string	"proven"
.LASF224:
	.string	"regs"
.LASF136:
	.string	"nlabels"
.LASF251:
	.string	"nrets"
.LASF214:
	.string	"vm_stop"
.LASF230:
	.string	"in_regs"
.LASF226:
	.string	"copy"
.LASF222:
	.string	"chunk"
.LASF249:
	.string	"find_contexts"
.LASF178:
	.string	"IN_CALLEE"
.LASF86:
	.string	"OP_AND"
.LASF22:
	.string	"uint32_t"
.LASF255:
	.string	"reached"
.LASF27:
	.string	"__sigset_t"
.LASF246:
	.string	"height_after"
.LASF98:
	.string	"OP_JZ"
.LASF227:
	.string	"here"
.LASF48:
	.string	"_IO_save_end"
.LASF168:
	.string	"stop"
.LASF166:
	.string	"dl_host"
.LASF229:
	.string	"spill"
.LASF68:
	.string	"_IO_codecvt"
.LASF204:
	.string	"malloc"
.LASF133:
	.string	"count"
.LASF160:
	.string	"unavailable"
.LASF240:
	.string	"ncalls"
.LASF148:
	.string	"result"
.LASF146:
	.string	"ST_STEPS"
.LASF28:
	.string	"long long unsigned int"
.LASF131:
	.string	"file"
.LASF267:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables"
.LASF218:
	.string	"write_program"
.LASF217:
	.string	"host"
.LASF258:
	.string	"successors"
.LASF189:
	.string	"retno"
.LASF9:
	.string	"__uint16_t"
.LASF29:
	.string	"__jmp_buf"
.LASF47:
	.string	"_IO_backup_base"
.LASF58:
	.string	"_offset"
.LASF172:
	.string	"write_source"
.LASF208:
	.string	"fprintf"
.LASF51:
	.string	"_fileno"
.LASF110:
	.string	"OPND_INT"
.LASF235:
	.string	"used"
.LASF252:
	.string	"budget"
.LASF94:
	.string	"OP_LE"
.LASF73:
	.string	"OP_PUSH"
.LASF142:
	.string	"ST_OVERFLOW"
.LASF25:
	.string	"size_t"
.LASF19:
	.string	"int64_t"
.LASF93:
	.string	"OP_LT"
.LASF221:
	.string	"chunk_end"
.LASF40:
	.string	"_IO_read_base"
.LASF196:
	.string	"_Bool"
.LASF130:
	.string	"program"
.LASF232:
	.string	"mark_entry"
.LASF243:
	.string	"fail_lists"
.LASF236:
	.string	"call"
.LASF100:
	.string	"OP_CALL"
.LASF212:
	.string	"free"
.LASF14:
	.string	"__uint64_t"
.LASF154:
	.string	"max_steps"
.LASF101:
	.string	"OP_RET"
.LASF102:
	.string	"OP_LOAD"
.LASF31:
	.string	"__jmpbuf"
.LASF156:
	.string	"prog"
.LASF161:
	.string	"prepare"
.LASF159:
	.string	"summary"
.LASF88:
	.string	"OP_XOR"
.LASF153:
	.string	"rstack"
.LASF17:
	.string	"char"
.LASF147:
	.string	"ST_OUTPUT"
.LASF64:
	.string	"_mode"
.LASF188:
	.string	"site"
.LASF81:
	.string	"OP_MUL"
.LASF215:
	.string	"vm_print"
.LASF207:
	.string	"ferror"
.LASF72:
	.string	"OP_NOP"
.LASF67:
	.string	"_IO_marker"
.LASF238:
	.string	"plan_make"
.LASF85:
	.string	"OP_NOT"
.LASF169:
	.string	"text"
.LASF38:
	.string	"_IO_read_ptr"
.LASF211:
	.string	"why_set"
.LASF157:
	.string	"exit"
.LASF198:
	.string	"compiled"
.LASF107:
	.string	"opcode"
.LASF92:
	.string	"OP_NE"
.LASF145:
	.string	"ST_ADDRESS"
.LASF20:
	.string	"uint8_t"
.LASF253:
	.string	"reach"
.LASF138:
	.string	"status"
.LASF209:
	.string	"toolchain_build"
.LASF254:
	.string	"all_returns"
.LASF241:
	.string	"fill"
.LASF194:
	.string	"cases_at"
.LASF176:
	.string	"LABEL_C"
.LASF41:
	.string	"_IO_write_base"
.LASF184:
	.string	"plan"
.LASF26:
	.string	"long long int"
.LASF111:
	.string	"OPND_LABEL"
.LASF175:
	.string	"LABEL_V"
.LASF46:
	.string	"_IO_save_base"
.LASF87:
	.string	"OP_OR"
.LASF244:
	.string	"fits"
.LASF170:
	.string	"loaded"
.LASF186:
	.string	"target"
.LASF79:
	.string	"OP_ADD"
.LASF108:
	.string	"operand"
.LASF113:
	.string	"FLOW_NEXT"
.LASF199:
	.string	"names"
.LASF173:
	.string	"REACH_V"
.LASF121:
	.string	"size"
.LASF62:
	.string	"_freeres_buf"
.LASF104:
	.string	"OP_PRINT"
.LASF103:
	.string	"OP_STORE"
.LASF124:
	.string	"effect"
.LASF63:
	.string	"__pad5"
.LASF231:
	.string	"entries"
.LASF261:
	.string	"work_alloc"
.LASF152:
	.string	"stack"
.LASF76:
	.string	"OP_SWAP"
.LASF263:
	.string	"read_int"
.LASF55:
	.string	"_vtable_offset"
.LASF12:
	.string	"__int64_t"
.LASF70:
	.string	"long double"
.LASF21:
	.string	"uint16_t"
.LASF213:
	.string	"toolchain_unload"
.LASF158:
	.string	"dispatcher"
.LASF60:
	.string	"_wide_data"
.LASF269:
	.string	"toolchain_unavailable"
.LASF119:
	.string	"opinfo"
.LASF112:
	.string	"flow"
.LASF242:
	.string	"fail"
.LASF139:
	.string	"ST_HALT"
.LASF39:
	.string	"_IO_read_end"
.LASF167:
	.string	"print"
.LASF122:
	.string	"pops"
.LASF7:
	.string	"short int"
.LASF225:
	.string	"instruction"
.LASF262:
	.string	"read_label"
.LASF163:
	.string	"prepare_failure"
.LASF190:
	.string	"ctxs"
.LASF13:
	.string	"long int"
.LASF150:
	.string	"hash"
.LASF164:
	.string	"slow_prepare"
.LASF115:
	.string	"FLOW_COND"
.LASF129:
	.string	"span"
.LASF126:
	.string	"offset"
.LASF97:
	.string	"OP_JMP"
.LASF69:
	.string	"_IO_wide_data"
.LASF185:
	.string	"flag"
.LASF179:
	.string	"IN_REGS"
.LASF23:
	.string	"uint64_t"
.LASF245:
	.string	"plan_free"
.LASF248:
	.string	"join"
.LASF8:
	.string	"__uint8_t"
.LASF120:
	.string	"name"
.LASF32:
	.string	"__mask_was_saved"
.LASF200:
	.string	"failure"
.LASF219:
	.string	"nchunks"
.LASF84:
	.string	"OP_NEG"
.LASF117:
	.string	"FLOW_RET"
.LASF193:
	.string	"cases"
.LASF195:
	.string	"ret_any"
.LASF33:
	.string	"__saved_mask"
.LASF24:
	.string	"uintptr_t"
.LASF57:
	.string	"_lock"
.LASF233:
	.string	"chunk_of"
.LASF99:
	.string	"OP_JNZ"
.LASF118:
	.string	"FLOW_STOP"
.LASF5:
	.string	"long unsigned int"
.LASF181:
	.string	"ENTRY_C"
.LASF80:
	.string	"OP_SUB"
.LASF53:
	.string	"_old_offset"
.LASF36:
	.string	"_IO_FILE"
.LASF105:
	.string	"OP_HALT"
.LASF18:
	.string	"int32_t"
.LASF180:
	.string	"ENTRY_V"
.LASF140:
	.string	"ST_DIV_ZERO"
.LASF128:
	.string	"need"
.LASF174:
	.string	"REACH_C"
.LASF116:
	.string	"FLOW_CALL"
.LASF264:
	.string	"fwrite"
.LASF2:
	.string	"unsigned char"
.LASF11:
	.string	"__uint32_t"
.LASF134:
	.string	"line"
.LASF144:
	.string	"ST_ROVERFLOW"
.LASF234:
	.string	"ret_lists"
.LASF42:
	.string	"_IO_write_ptr"
.LASF197:
	.string	"compiled_fn"
.LASF75:
	.string	"OP_DUP"
.LASF187:
	.string	"first"
.LASF135:
	.string	"labels"
.LASF114:
	.string	"FLOW_JUMP"
.LASF109:
	.string	"OPND_NONE"
.LASF91:
	.string	"OP_EQ"
.LASF123:
	.string	"pushes"
.LASF74:
	.string	"OP_DROP"
.LASF260:
	.string	"calls"
.LASF59:
	.string	"_codecvt"
.LASF202:
	.string	"realloc"
.LASF220:
	.string	"chunk_used"
.LASF127:
	.string	"frame"
.LASF15:
	.string	"__off_t"
.LASF250:
	.string	"stamp"
.LASF183:
	.string	"ANY_C"
.LASF239:
	.string	"work"
.LASF6:
	.string	"signed char"
.LASF3:
	.string	"short unsigned int"
.LASF162:
	.string	"release"
.LASF210:
	.string	"calloc"
.LASF171:
	.string	"handle"
.LASF203:
	.string	"memcpy"
.LASF182:
	.string	"ANY_V"
.LASF30:
	.string	"__val"
.LASF149:
	.string	"total"
.LASF71:
	.string	"cell"
.LASF89:
	.string	"OP_SHL"
.LASF90:
	.string	"OP_SHR"
.LASF50:
	.string	"_chain"
.LASF66:
	.string	"FILE"
.LASF52:
	.string	"_flags2"
.LASF106:
	.string	"OP__COUNT"
.LASF247:
	.string	"entry_heights"
.LASF34:
	.string	"jmp_buf"
.LASF54:
	.string	"_cur_column"
.LASF141:
	.string	"ST_UNDERFLOW"
.LASF96:
	.string	"OP_GE"
.LASF16:
	.string	"__off64_t"
.LASF256:
	.string	"ret_contexts"
.LASF65:
	.string	"_unused2"
.LASF44:
	.string	"_IO_buf_base"
.LASF35:
	.string	"__jmp_buf_tag"
.LASF95:
	.string	"OP_GT"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/main"
.LASF0:
	.string	"dispatch/compiled/compiled.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
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

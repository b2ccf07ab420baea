	.file	"tailcall.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/tailcall/tailcall.c"
	.p2align 4
	.type	prepare, @function
prepare:
.LVL0:
.LFB13:
	.file 1 "dispatch/tailcall/tailcall.c"
	.loc 1 117 1 view -0
	.cfi_startproc
	.loc 1 118 5 view .LVU1
	.loc 1 119 5 view .LVU2
# dispatch/tailcall/tailcall.c:120: }
	.loc 1 120 1 is_stmt 0 view .LVU3
	xorl	%eax, %eax	#
	ret	
	.cfi_endproc
.LFE13:
	.size	prepare, .-prepare
	.p2align 4
	.type	run, @function
run:
.LVL1:
.LFB14:
	.loc 1 123 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 124 5 view .LVU5
# dispatch/tailcall/tailcall.c:125: }
	.loc 1 125 1 is_stmt 0 view .LVU6
	ret	
	.cfi_endproc
.LFE14:
	.size	run, .-run
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC0:
	.string	"needs a compiler with __attribute__((musttail)) (clang >= 13, gcc >= 15)"
	.text
	.p2align 4
	.type	unavailable, @function
unavailable:
.LFB15:
	.loc 1 128 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 129 5 view .LVU8
# dispatch/tailcall/tailcall.c:130: }
	.loc 1 130 1 is_stmt 0 view .LVU9
	movl	$.LC0, %eax	#,
	ret	
	.cfi_endproc
.LFE15:
	.size	unavailable, .-unavailable
	.globl	dispatcher_tailcall
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"tailcall"
	.section	.rodata.str1.8
	.align 8
.LC2:
	.string	"tail-call threading: handlers end in a guaranteed tail call of the next (musttail)"
	.section	.rodata
	.align 32
	.type	dispatcher_tailcall, @object
	.size	dispatcher_tailcall, 72
dispatcher_tailcall:
# name:
	.quad	.LC1
# summary:
	.quad	.LC2
# unavailable:
	.quad	unavailable
# prepare:
	.quad	prepare
# release:
	.quad	thread_free
# run:
	.zero	16
	.quad	run
	.zero	8
	.text
.Letext0:
	.file 2 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 3 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 5 "/usr/include/setjmp.h"
	.file 6 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 7 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 8 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 9 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 10 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h"
	.file 11 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h"
	.file 12 "/usr/include/stdint.h"
	.file 13 "./isa/isa.h"
	.file 14 "./isa/program.h"
	.file 15 "./vm/vm.h"
	.file 16 "./vm/dispatch.h"
	.file 17 "./vm/thread.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x92f
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x15
	.long	.LASF156
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x4
	.long	.LASF4
	.byte	0x2
	.byte	0x1f
	.byte	0x12
	.long	0x3a
	.uleb128 0x6
	.long	0x51
	.long	0x4a
	.uleb128 0xa
	.long	0x4a
	.byte	0x7
	.byte	0
	.uleb128 0x5
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x5
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0x16
	.byte	0x80
	.byte	0x3
	.byte	0x5
	.byte	0x9
	.long	0x6f
	.uleb128 0x1
	.long	.LASF6
	.byte	0x3
	.byte	0x7
	.byte	0x15
	.long	0x6f
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0x4a
	.long	0x7f
	.uleb128 0xa
	.long	0x4a
	.byte	0xf
	.byte	0
	.uleb128 0x4
	.long	.LASF5
	.byte	0x3
	.byte	0x8
	.byte	0x3
	.long	0x58
	.uleb128 0x8
	.long	.LASF25
	.byte	0xc8
	.byte	0x4
	.byte	0x1a
	.long	0xbf
	.uleb128 0x1
	.long	.LASF7
	.byte	0x4
	.byte	0x20
	.byte	0xf
	.long	0x2e
	.byte	0
	.uleb128 0x1
	.long	.LASF8
	.byte	0x4
	.byte	0x21
	.byte	0x9
	.long	0xbf
	.byte	0x40
	.uleb128 0x1
	.long	.LASF9
	.byte	0x4
	.byte	0x22
	.byte	0x10
	.long	0x7f
	.byte	0x48
	.byte	0
	.uleb128 0x17
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x4
	.long	.LASF10
	.byte	0x5
	.byte	0x20
	.byte	0x1e
	.long	0xd2
	.uleb128 0x6
	.long	0x8b
	.long	0xe2
	.uleb128 0xa
	.long	0x4a
	.byte	0
	.byte	0
	.uleb128 0x4
	.long	.LASF11
	.byte	0x6
	.byte	0xd6
	.byte	0x17
	.long	0x4a
	.uleb128 0x5
	.byte	0x4
	.byte	0x7
	.long	.LASF12
	.uleb128 0x18
	.byte	0x8
	.uleb128 0x5
	.byte	0x1
	.byte	0x8
	.long	.LASF13
	.uleb128 0x5
	.byte	0x2
	.byte	0x7
	.long	.LASF14
	.uleb128 0x5
	.byte	0x1
	.byte	0x6
	.long	.LASF15
	.uleb128 0x4
	.long	.LASF16
	.byte	0x7
	.byte	0x26
	.byte	0x17
	.long	0xf7
	.uleb128 0x5
	.byte	0x2
	.byte	0x5
	.long	.LASF17
	.uleb128 0x4
	.long	.LASF18
	.byte	0x7
	.byte	0x29
	.byte	0x14
	.long	0xbf
	.uleb128 0x4
	.long	.LASF19
	.byte	0x7
	.byte	0x2a
	.byte	0x16
	.long	0xee
	.uleb128 0x4
	.long	.LASF20
	.byte	0x7
	.byte	0x2c
	.byte	0x19
	.long	0x51
	.uleb128 0x4
	.long	.LASF21
	.byte	0x7
	.byte	0x2d
	.byte	0x1b
	.long	0x4a
	.uleb128 0x4
	.long	.LASF22
	.byte	0x7
	.byte	0x98
	.byte	0x19
	.long	0x51
	.uleb128 0x4
	.long	.LASF23
	.byte	0x7
	.byte	0x99
	.byte	0x1b
	.long	0x51
	.uleb128 0x3
	.long	0x16c
	.uleb128 0x5
	.byte	0x1
	.byte	0x6
	.long	.LASF24
	.uleb128 0xc
	.long	0x16c
	.uleb128 0x8
	.long	.LASF26
	.byte	0xd8
	.byte	0x8
	.byte	0x31
	.long	0x2fe
	.uleb128 0x1
	.long	.LASF27
	.byte	0x8
	.byte	0x33
	.byte	0x7
	.long	0xbf
	.byte	0
	.uleb128 0x1
	.long	.LASF28
	.byte	0x8
	.byte	0x36
	.byte	0x9
	.long	0x167
	.byte	0x8
	.uleb128 0x1
	.long	.LASF29
	.byte	0x8
	.byte	0x37
	.byte	0x9
	.long	0x167
	.byte	0x10
	.uleb128 0x1
	.long	.LASF30
	.byte	0x8
	.byte	0x38
	.byte	0x9
	.long	0x167
	.byte	0x18
	.uleb128 0x1
	.long	.LASF31
	.byte	0x8
	.byte	0x39
	.byte	0x9
	.long	0x167
	.byte	0x20
	.uleb128 0x1
	.long	.LASF32
	.byte	0x8
	.byte	0x3a
	.byte	0x9
	.long	0x167
	.byte	0x28
	.uleb128 0x1
	.long	.LASF33
	.byte	0x8
	.byte	0x3b
	.byte	0x9
	.long	0x167
	.byte	0x30
	.uleb128 0x1
	.long	.LASF34
	.byte	0x8
	.byte	0x3c
	.byte	0x9
	.long	0x167
	.byte	0x38
	.uleb128 0x1
	.long	.LASF35
	.byte	0x8
	.byte	0x3d
	.byte	0x9
	.long	0x167
	.byte	0x40
	.uleb128 0x1
	.long	.LASF36
	.byte	0x8
	.byte	0x40
	.byte	0x9
	.long	0x167
	.byte	0x48
	.uleb128 0x1
	.long	.LASF37
	.byte	0x8
	.byte	0x41
	.byte	0x9
	.long	0x167
	.byte	0x50
	.uleb128 0x1
	.long	.LASF38
	.byte	0x8
	.byte	0x42
	.byte	0x9
	.long	0x167
	.byte	0x58
	.uleb128 0x1
	.long	.LASF39
	.byte	0x8
	.byte	0x44
	.byte	0x16
	.long	0x317
	.byte	0x60
	.uleb128 0x1
	.long	.LASF40
	.byte	0x8
	.byte	0x46
	.byte	0x14
	.long	0x31c
	.byte	0x68
	.uleb128 0x1
	.long	.LASF41
	.byte	0x8
	.byte	0x48
	.byte	0x7
	.long	0xbf
	.byte	0x70
	.uleb128 0x1
	.long	.LASF42
	.byte	0x8
	.byte	0x49
	.byte	0x7
	.long	0xbf
	.byte	0x74
	.uleb128 0x1
	.long	.LASF43
	.byte	0x8
	.byte	0x4a
	.byte	0xb
	.long	0x14f
	.byte	0x78
	.uleb128 0x1
	.long	.LASF44
	.byte	0x8
	.byte	0x4d
	.byte	0x12
	.long	0xfe
	.byte	0x80
	.uleb128 0x1
	.long	.LASF45
	.byte	0x8
	.byte	0x4e
	.byte	0xf
	.long	0x105
	.byte	0x82
	.uleb128 0x1
	.long	.LASF46
	.byte	0x8
	.byte	0x4f
	.byte	0x8
	.long	0x321
	.byte	0x83
	.uleb128 0x1
	.long	.LASF47
	.byte	0x8
	.byte	0x51
	.byte	0xf
	.long	0x331
	.byte	0x88
	.uleb128 0x1
	.long	.LASF48
	.byte	0x8
	.byte	0x59
	.byte	0xd
	.long	0x15b
	.byte	0x90
	.uleb128 0x1
	.long	.LASF49
	.byte	0x8
	.byte	0x5b
	.byte	0x17
	.long	0x33b
	.byte	0x98
	.uleb128 0x1
	.long	.LASF50
	.byte	0x8
	.byte	0x5c
	.byte	0x19
	.long	0x345
	.byte	0xa0
	.uleb128 0x1
	.long	.LASF51
	.byte	0x8
	.byte	0x5d
	.byte	0x14
	.long	0x31c
	.byte	0xa8
	.uleb128 0x1
	.long	.LASF52
	.byte	0x8
	.byte	0x5e
	.byte	0x9
	.long	0xf5
	.byte	0xb0
	.uleb128 0x1
	.long	.LASF53
	.byte	0x8
	.byte	0x5f
	.byte	0xa
	.long	0xe2
	.byte	0xb8
	.uleb128 0x1
	.long	.LASF54
	.byte	0x8
	.byte	0x60
	.byte	0x7
	.long	0xbf
	.byte	0xc0
	.uleb128 0x1
	.long	.LASF55
	.byte	0x8
	.byte	0x62
	.byte	0x8
	.long	0x34a
	.byte	0xc4
	.byte	0
	.uleb128 0x4
	.long	.LASF56
	.byte	0x9
	.byte	0x7
	.byte	0x19
	.long	0x178
	.uleb128 0x19
	.long	.LASF157
	.byte	0x8
	.byte	0x2b
	.byte	0xe
	.uleb128 0xd
	.long	.LASF57
	.uleb128 0x3
	.long	0x312
	.uleb128 0x3
	.long	0x178
	.uleb128 0x6
	.long	0x16c
	.long	0x331
	.uleb128 0xa
	.long	0x4a
	.byte	0
	.byte	0
	.uleb128 0x3
	.long	0x30a
	.uleb128 0xd
	.long	.LASF58
	.uleb128 0x3
	.long	0x336
	.uleb128 0xd
	.long	.LASF59
	.uleb128 0x3
	.long	0x340
	.uleb128 0x6
	.long	0x16c
	.long	0x35a
	.uleb128 0xa
	.long	0x4a
	.byte	0x13
	.byte	0
	.uleb128 0x3
	.long	0x2fe
	.uleb128 0x5
	.byte	0x8
	.byte	0x5
	.long	.LASF60
	.uleb128 0x5
	.byte	0x10
	.byte	0x4
	.long	.LASF61
	.uleb128 0x4
	.long	.LASF62
	.byte	0xa
	.byte	0x1a
	.byte	0x13
	.long	0x11f
	.uleb128 0x4
	.long	.LASF63
	.byte	0xa
	.byte	0x1b
	.byte	0x13
	.long	0x137
	.uleb128 0x4
	.long	.LASF64
	.byte	0xb
	.byte	0x18
	.byte	0x13
	.long	0x10c
	.uleb128 0x4
	.long	.LASF65
	.byte	0xb
	.byte	0x1a
	.byte	0x14
	.long	0x12b
	.uleb128 0x4
	.long	.LASF66
	.byte	0xb
	.byte	0x1b
	.byte	0x14
	.long	0x143
	.uleb128 0x4
	.long	.LASF67
	.byte	0xc
	.byte	0x5a
	.byte	0x1b
	.long	0x4a
	.uleb128 0x3
	.long	0x173
	.uleb128 0x4
	.long	.LASF68
	.byte	0xd
	.byte	0xa
	.byte	0x12
	.long	0x379
	.uleb128 0xe
	.long	.LASF104
	.long	0xee
	.byte	0xd
	.byte	0xd
	.long	0x4a8
	.uleb128 0x2
	.long	.LASF69
	.byte	0
	.uleb128 0x2
	.long	.LASF70
	.byte	0x1
	.uleb128 0x2
	.long	.LASF71
	.byte	0x2
	.uleb128 0x2
	.long	.LASF72
	.byte	0x3
	.uleb128 0x2
	.long	.LASF73
	.byte	0x4
	.uleb128 0x2
	.long	.LASF74
	.byte	0x5
	.uleb128 0x2
	.long	.LASF75
	.byte	0x6
	.uleb128 0x2
	.long	.LASF76
	.byte	0x7
	.uleb128 0x2
	.long	.LASF77
	.byte	0x8
	.uleb128 0x2
	.long	.LASF78
	.byte	0x9
	.uleb128 0x2
	.long	.LASF79
	.byte	0xa
	.uleb128 0x2
	.long	.LASF80
	.byte	0xb
	.uleb128 0x2
	.long	.LASF81
	.byte	0xc
	.uleb128 0x2
	.long	.LASF82
	.byte	0xd
	.uleb128 0x2
	.long	.LASF83
	.byte	0xe
	.uleb128 0x2
	.long	.LASF84
	.byte	0xf
	.uleb128 0x2
	.long	.LASF85
	.byte	0x10
	.uleb128 0x2
	.long	.LASF86
	.byte	0x11
	.uleb128 0x2
	.long	.LASF87
	.byte	0x12
	.uleb128 0x2
	.long	.LASF88
	.byte	0x13
	.uleb128 0x2
	.long	.LASF89
	.byte	0x14
	.uleb128 0x2
	.long	.LASF90
	.byte	0x15
	.uleb128 0x2
	.long	.LASF91
	.byte	0x16
	.uleb128 0x2
	.long	.LASF92
	.byte	0x17
	.uleb128 0x2
	.long	.LASF93
	.byte	0x18
	.uleb128 0x2
	.long	.LASF94
	.byte	0x19
	.uleb128 0x2
	.long	.LASF95
	.byte	0x1a
	.uleb128 0x2
	.long	.LASF96
	.byte	0x1b
	.uleb128 0x2
	.long	.LASF97
	.byte	0x1c
	.uleb128 0x2
	.long	.LASF98
	.byte	0x1d
	.uleb128 0x2
	.long	.LASF99
	.byte	0x1e
	.uleb128 0x2
	.long	.LASF100
	.byte	0x1f
	.uleb128 0x2
	.long	.LASF101
	.byte	0x20
	.uleb128 0x2
	.long	.LASF102
	.byte	0x21
	.uleb128 0x2
	.long	.LASF103
	.byte	0x22
	.byte	0
	.uleb128 0xe
	.long	.LASF105
	.long	0xee
	.byte	0xd
	.byte	0x15
	.long	0x4dc
	.uleb128 0x2
	.long	.LASF106
	.byte	0
	.uleb128 0x2
	.long	.LASF107
	.byte	0x1
	.uleb128 0x2
	.long	.LASF108
	.byte	0x2
	.uleb128 0x2
	.long	.LASF109
	.byte	0x3
	.uleb128 0x2
	.long	.LASF110
	.byte	0x4
	.uleb128 0x2
	.long	.LASF111
	.byte	0x5
	.byte	0
	.uleb128 0x8
	.long	.LASF112
	.byte	0x10
	.byte	0xe
	.byte	0x13
	.long	0x503
	.uleb128 0x1
	.long	.LASF113
	.byte	0xe
	.byte	0x14
	.byte	0xe
	.long	0x167
	.byte	0
	.uleb128 0x1
	.long	.LASF114
	.byte	0xe
	.byte	0x15
	.byte	0xe
	.long	0x391
	.byte	0x8
	.byte	0
	.uleb128 0x8
	.long	.LASF115
	.byte	0x8
	.byte	0xe
	.byte	0x1d
	.long	0x52a
	.uleb128 0x1
	.long	.LASF116
	.byte	0xe
	.byte	0x1e
	.byte	0xd
	.long	0x36d
	.byte	0
	.uleb128 0x1
	.long	.LASF117
	.byte	0xe
	.byte	0x1f
	.byte	0xd
	.long	0x36d
	.byte	0x4
	.byte	0
	.uleb128 0x8
	.long	.LASF118
	.byte	0x50
	.byte	0xe
	.byte	0x22
	.long	0x5c6
	.uleb128 0x1
	.long	.LASF119
	.byte	0xe
	.byte	0x23
	.byte	0x11
	.long	0x3b5
	.byte	0
	.uleb128 0x1
	.long	.LASF120
	.byte	0xe
	.byte	0x24
	.byte	0x11
	.long	0x5cb
	.byte	0x8
	.uleb128 0x1
	.long	.LASF121
	.byte	0xe
	.byte	0x25
	.byte	0x11
	.long	0x391
	.byte	0x10
	.uleb128 0x1
	.long	.LASF122
	.byte	0xe
	.byte	0x26
	.byte	0x11
	.long	0x391
	.byte	0x14
	.uleb128 0x9
	.string	"ord"
	.byte	0xe
	.byte	0x27
	.byte	0x11
	.long	0x5d0
	.byte	0x18
	.uleb128 0x1
	.long	.LASF114
	.byte	0xe
	.byte	0x29
	.byte	0x11
	.long	0x5d0
	.byte	0x20
	.uleb128 0x1
	.long	.LASF123
	.byte	0xe
	.byte	0x2a
	.byte	0x11
	.long	0x5d0
	.byte	0x28
	.uleb128 0x1
	.long	.LASF124
	.byte	0xe
	.byte	0x2b
	.byte	0x13
	.long	0x5d5
	.byte	0x30
	.uleb128 0x1
	.long	.LASF125
	.byte	0xe
	.byte	0x2c
	.byte	0x11
	.long	0x391
	.byte	0x38
	.uleb128 0x1
	.long	.LASF126
	.byte	0xe
	.byte	0x2e
	.byte	0x11
	.long	0x5cb
	.byte	0x40
	.uleb128 0x1
	.long	.LASF115
	.byte	0xe
	.byte	0x2f
	.byte	0x13
	.long	0x5da
	.byte	0x48
	.byte	0
	.uleb128 0xc
	.long	0x52a
	.uleb128 0x3
	.long	0x385
	.uleb128 0x3
	.long	0x391
	.uleb128 0x3
	.long	0x4dc
	.uleb128 0x3
	.long	0x503
	.uleb128 0xe
	.long	.LASF127
	.long	0xee
	.byte	0xf
	.byte	0xf
	.long	0x625
	.uleb128 0x2
	.long	.LASF128
	.byte	0
	.uleb128 0x2
	.long	.LASF129
	.byte	0x1
	.uleb128 0x2
	.long	.LASF130
	.byte	0x2
	.uleb128 0x2
	.long	.LASF131
	.byte	0x3
	.uleb128 0x2
	.long	.LASF132
	.byte	0x4
	.uleb128 0x2
	.long	.LASF133
	.byte	0x5
	.uleb128 0x2
	.long	.LASF134
	.byte	0x6
	.uleb128 0x2
	.long	.LASF135
	.byte	0x7
	.uleb128 0x2
	.long	.LASF136
	.byte	0x8
	.byte	0
	.uleb128 0x8
	.long	.LASF137
	.byte	0x20
	.byte	0xf
	.byte	0x1b
	.long	0x666
	.uleb128 0x1
	.long	.LASF127
	.byte	0xf
	.byte	0x1c
	.byte	0x11
	.long	0x5df
	.byte	0
	.uleb128 0x9
	.string	"arg"
	.byte	0xf
	.byte	0x1d
	.byte	0x11
	.long	0x3ba
	.byte	0x8
	.uleb128 0x9
	.string	"ord"
	.byte	0xf
	.byte	0x1e
	.byte	0x11
	.long	0x391
	.byte	0x10
	.uleb128 0x1
	.long	.LASF122
	.byte	0xf
	.byte	0x1f
	.byte	0x11
	.long	0x379
	.byte	0x18
	.byte	0
	.uleb128 0x11
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x6c1
	.uleb128 0x9
	.string	"f"
	.byte	0xf
	.byte	0x27
	.byte	0xe
	.long	0x35a
	.byte	0
	.uleb128 0x9
	.string	"len"
	.byte	0xf
	.byte	0x28
	.byte	0xe
	.long	0xe2
	.byte	0x8
	.uleb128 0x1
	.long	.LASF138
	.byte	0xf
	.byte	0x29
	.byte	0xe
	.long	0x39d
	.byte	0x10
	.uleb128 0x1
	.long	.LASF139
	.byte	0xf
	.byte	0x2a
	.byte	0xe
	.long	0x39d
	.byte	0x18
	.uleb128 0x1
	.long	.LASF140
	.byte	0xf
	.byte	0x2b
	.byte	0xe
	.long	0xbf
	.byte	0x20
	.uleb128 0x9
	.string	"buf"
	.byte	0xf
	.byte	0x2c
	.byte	0xe
	.long	0x6c1
	.byte	0x24
	.byte	0
	.uleb128 0x6
	.long	0x16c
	.long	0x6d2
	.uleb128 0xf
	.long	0x4a
	.value	0xffff
	.byte	0
	.uleb128 0x11
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x762
	.uleb128 0x1
	.long	.LASF141
	.byte	0xf
	.byte	0x30
	.byte	0x11
	.long	0x762
	.byte	0
	.uleb128 0x1a
	.long	.LASF142
	.byte	0xf
	.byte	0x34
	.byte	0x11
	.long	0x773
	.value	0x8008
	.uleb128 0x12
	.string	"mem"
	.byte	0x36
	.long	0x784
	.long	0x10008
	.uleb128 0xb
	.long	.LASF143
	.byte	0x37
	.byte	0x11
	.long	0x379
	.long	0x10010
	.uleb128 0xb
	.long	.LASF144
	.byte	0x38
	.byte	0x11
	.long	0x379
	.long	0x10018
	.uleb128 0xb
	.long	.LASF145
	.byte	0x3a
	.byte	0x1b
	.long	0x789
	.long	0x10020
	.uleb128 0xb
	.long	.LASF137
	.byte	0x3b
	.byte	0x13
	.long	0x625
	.long	0x10028
	.uleb128 0xb
	.long	.LASF146
	.byte	0x3c
	.byte	0x11
	.long	0xc6
	.long	0x10048
	.uleb128 0x12
	.string	"out"
	.byte	0x3d
	.long	0x666
	.long	0x10110
	.byte	0
	.uleb128 0x6
	.long	0x3ba
	.long	0x773
	.uleb128 0xf
	.long	0x4a
	.value	0x1000
	.byte	0
	.uleb128 0x6
	.long	0x3a9
	.long	0x784
	.uleb128 0xf
	.long	0x4a
	.value	0xfff
	.byte	0
	.uleb128 0x3
	.long	0x3ba
	.uleb128 0x3
	.long	0x5c6
	.uleb128 0x8
	.long	.LASF147
	.byte	0x48
	.byte	0x10
	.byte	0x10
	.long	0x810
	.uleb128 0x1
	.long	.LASF113
	.byte	0x10
	.byte	0x11
	.byte	0x11
	.long	0x3b5
	.byte	0
	.uleb128 0x1
	.long	.LASF148
	.byte	0x10
	.byte	0x12
	.byte	0x11
	.long	0x3b5
	.byte	0x8
	.uleb128 0x1
	.long	.LASF149
	.byte	0x10
	.byte	0x15
	.byte	0x13
	.long	0x81a
	.byte	0x10
	.uleb128 0x1
	.long	.LASF150
	.byte	0x10
	.byte	0x1a
	.byte	0xd
	.long	0x82e
	.byte	0x18
	.uleb128 0x1
	.long	.LASF151
	.byte	0x10
	.byte	0x1b
	.byte	0xd
	.long	0x83e
	.byte	0x20
	.uleb128 0x1
	.long	.LASF152
	.byte	0x10
	.byte	0x21
	.byte	0x13
	.long	0x81a
	.byte	0x28
	.uleb128 0x1
	.long	.LASF153
	.byte	0x10
	.byte	0x27
	.byte	0x9
	.long	0xbf
	.byte	0x30
	.uleb128 0x9
	.string	"run"
	.byte	0x10
	.byte	0x2b
	.byte	0xd
	.long	0x85d
	.byte	0x38
	.uleb128 0x1
	.long	.LASF154
	.byte	0x10
	.byte	0x31
	.byte	0xd
	.long	0x878
	.byte	0x40
	.byte	0
	.uleb128 0xc
	.long	0x78e
	.uleb128 0x1b
	.long	0x3b5
	.uleb128 0x3
	.long	0x815
	.uleb128 0x1c
	.long	0xf5
	.long	0x82e
	.uleb128 0x7
	.long	0x789
	.byte	0
	.uleb128 0x3
	.long	0x81f
	.uleb128 0x10
	.long	0x83e
	.uleb128 0x7
	.long	0xf5
	.byte	0
	.uleb128 0x3
	.long	0x833
	.uleb128 0x10
	.long	0x858
	.uleb128 0x7
	.long	0x858
	.uleb128 0x7
	.long	0x789
	.uleb128 0x7
	.long	0xf5
	.byte	0
	.uleb128 0x3
	.long	0x6d2
	.uleb128 0x3
	.long	0x843
	.uleb128 0x10
	.long	0x872
	.uleb128 0x7
	.long	0x872
	.uleb128 0x7
	.long	0x35a
	.byte	0
	.uleb128 0x3
	.long	0x877
	.uleb128 0x1d
	.uleb128 0x3
	.long	0x862
	.uleb128 0x1e
	.long	.LASF158
	.byte	0x1
	.byte	0x86
	.byte	0x19
	.long	0x810
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_tailcall
	.uleb128 0x1f
	.long	.LASF159
	.byte	0x11
	.byte	0x4f
	.byte	0x6
	.long	0x8a5
	.uleb128 0x7
	.long	0xf5
	.byte	0
	.uleb128 0x20
	.long	.LASF149
	.byte	0x1
	.byte	0x7f
	.byte	0x14
	.long	0x3b5
	.quad	.LFB15
	.quad	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x21
	.string	"run"
	.byte	0x1
	.byte	0x7a
	.byte	0xd
	.quad	.LFB14
	.quad	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.long	0x908
	.uleb128 0x13
	.string	"vm"
	.byte	0x7a
	.byte	0x1c
	.long	0x858
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x14
	.long	.LASF145
	.byte	0x7a
	.byte	0x36
	.long	0x789
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x14
	.long	.LASF155
	.byte	0x7a
	.byte	0x42
	.long	0xf5
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.uleb128 0x22
	.long	.LASF150
	.byte	0x1
	.byte	0x74
	.byte	0xe
	.long	0xf5
	.quad	.LFB13
	.quad	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x13
	.string	"p"
	.byte	0x74
	.byte	0x2c
	.long	0x789
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x5
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
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0x20
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x22
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
	.byte	0
	.byte	0
	.byte	0
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF158:
	.string	"dispatcher_tailcall"
.LASF120:
	.string	"code"
.LASF132:
	.string	"ST_RET_EMPTY"
.LASF75:
	.string	"OP_ROT"
.LASF80:
	.string	"OP_MOD"
.LASF46:
	.string	"_shortbuf"
.LASF157:
	.string	"_IO_lock_t"
.LASF35:
	.string	"_IO_buf_end"
.LASF159:
	.string	"thread_free"
.LASF112:
	.string	"label"
.LASF79:
	.string	"OP_DIV"
.LASF33:
	.string	"_IO_write_end"
.LASF12:
	.string	"unsigned int"
.LASF51:
	.string	"_freeres_list"
.LASF27:
	.string	"_flags"
.LASF18:
	.string	"__int32_t"
.LASF39:
	.string	"_markers"
.LASF144:
	.string	"limit"
.LASF154:
	.string	"describe"
.LASF140:
	.string	"error"
.LASF74:
	.string	"OP_OVER"
.LASF126:
	.string	"proven"
.LASF125:
	.string	"nlabels"
.LASF83:
	.string	"OP_AND"
.LASF65:
	.string	"uint32_t"
.LASF5:
	.string	"__sigset_t"
.LASF95:
	.string	"OP_JZ"
.LASF38:
	.string	"_IO_save_end"
.LASF58:
	.string	"_IO_codecvt"
.LASF122:
	.string	"count"
.LASF149:
	.string	"unavailable"
.LASF137:
	.string	"result"
.LASF135:
	.string	"ST_STEPS"
.LASF70:
	.string	"OP_PUSH"
.LASF119:
	.string	"file"
.LASF156:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables"
.LASF4:
	.string	"__jmp_buf"
.LASF37:
	.string	"_IO_backup_base"
.LASF48:
	.string	"_offset"
.LASF41:
	.string	"_fileno"
.LASF91:
	.string	"OP_LE"
.LASF131:
	.string	"ST_OVERFLOW"
.LASF11:
	.string	"size_t"
.LASF63:
	.string	"int64_t"
.LASF90:
	.string	"OP_LT"
.LASF30:
	.string	"_IO_read_base"
.LASF118:
	.string	"program"
.LASF97:
	.string	"OP_CALL"
.LASF21:
	.string	"__uint64_t"
.LASF143:
	.string	"max_steps"
.LASF98:
	.string	"OP_RET"
.LASF99:
	.string	"OP_LOAD"
.LASF7:
	.string	"__jmpbuf"
.LASF145:
	.string	"prog"
.LASF150:
	.string	"prepare"
.LASF148:
	.string	"summary"
.LASF85:
	.string	"OP_XOR"
.LASF142:
	.string	"rstack"
.LASF24:
	.string	"char"
.LASF136:
	.string	"ST_OUTPUT"
.LASF54:
	.string	"_mode"
.LASF78:
	.string	"OP_MUL"
.LASF69:
	.string	"OP_NOP"
.LASF57:
	.string	"_IO_marker"
.LASF82:
	.string	"OP_NOT"
.LASF28:
	.string	"_IO_read_ptr"
.LASF146:
	.string	"exit"
.LASF104:
	.string	"opcode"
.LASF89:
	.string	"OP_NE"
.LASF134:
	.string	"ST_ADDRESS"
.LASF64:
	.string	"uint8_t"
.LASF127:
	.string	"status"
.LASF31:
	.string	"_IO_write_base"
.LASF60:
	.string	"long long int"
.LASF108:
	.string	"FLOW_COND"
.LASF36:
	.string	"_IO_save_base"
.LASF84:
	.string	"OP_OR"
.LASF76:
	.string	"OP_ADD"
.LASF133:
	.string	"ST_ROVERFLOW"
.LASF106:
	.string	"FLOW_NEXT"
.LASF121:
	.string	"size"
.LASF52:
	.string	"_freeres_buf"
.LASF101:
	.string	"OP_PRINT"
.LASF100:
	.string	"OP_STORE"
.LASF53:
	.string	"__pad5"
.LASF141:
	.string	"stack"
.LASF73:
	.string	"OP_SWAP"
.LASF45:
	.string	"_vtable_offset"
.LASF20:
	.string	"__int64_t"
.LASF61:
	.string	"long double"
.LASF147:
	.string	"dispatcher"
.LASF105:
	.string	"flow"
.LASF128:
	.string	"ST_HALT"
.LASF29:
	.string	"_IO_read_end"
.LASF155:
	.string	"prepared"
.LASF17:
	.string	"short int"
.LASF152:
	.string	"prepare_failure"
.LASF3:
	.string	"long int"
.LASF139:
	.string	"hash"
.LASF153:
	.string	"slow_prepare"
.LASF117:
	.string	"span"
.LASF114:
	.string	"offset"
.LASF94:
	.string	"OP_JMP"
.LASF59:
	.string	"_IO_wide_data"
.LASF66:
	.string	"uint64_t"
.LASF16:
	.string	"__uint8_t"
.LASF113:
	.string	"name"
.LASF8:
	.string	"__mask_was_saved"
.LASF81:
	.string	"OP_NEG"
.LASF110:
	.string	"FLOW_RET"
.LASF9:
	.string	"__saved_mask"
.LASF50:
	.string	"_wide_data"
.LASF47:
	.string	"_lock"
.LASF96:
	.string	"OP_JNZ"
.LASF111:
	.string	"FLOW_STOP"
.LASF2:
	.string	"long unsigned int"
.LASF77:
	.string	"OP_SUB"
.LASF43:
	.string	"_old_offset"
.LASF26:
	.string	"_IO_FILE"
.LASF102:
	.string	"OP_HALT"
.LASF62:
	.string	"int32_t"
.LASF129:
	.string	"ST_DIV_ZERO"
.LASF116:
	.string	"need"
.LASF109:
	.string	"FLOW_CALL"
.LASF13:
	.string	"unsigned char"
.LASF19:
	.string	"__uint32_t"
.LASF123:
	.string	"line"
.LASF32:
	.string	"_IO_write_ptr"
.LASF72:
	.string	"OP_DUP"
.LASF124:
	.string	"labels"
.LASF107:
	.string	"FLOW_JUMP"
.LASF88:
	.string	"OP_EQ"
.LASF71:
	.string	"OP_DROP"
.LASF49:
	.string	"_codecvt"
.LASF115:
	.string	"frame"
.LASF22:
	.string	"__off_t"
.LASF15:
	.string	"signed char"
.LASF14:
	.string	"short unsigned int"
.LASF151:
	.string	"release"
.LASF6:
	.string	"__val"
.LASF138:
	.string	"total"
.LASF68:
	.string	"cell"
.LASF67:
	.string	"uintptr_t"
.LASF86:
	.string	"OP_SHL"
.LASF87:
	.string	"OP_SHR"
.LASF40:
	.string	"_chain"
.LASF56:
	.string	"FILE"
.LASF42:
	.string	"_flags2"
.LASF103:
	.string	"OP__COUNT"
.LASF10:
	.string	"jmp_buf"
.LASF44:
	.string	"_cur_column"
.LASF130:
	.string	"ST_UNDERFLOW"
.LASF93:
	.string	"OP_GE"
.LASF23:
	.string	"__off64_t"
.LASF55:
	.string	"_unused2"
.LASF34:
	.string	"_IO_buf_base"
.LASF25:
	.string	"__jmp_buf_tag"
.LASF92:
	.string	"OP_GT"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/main"
.LASF0:
	.string	"dispatch/tailcall/tailcall.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

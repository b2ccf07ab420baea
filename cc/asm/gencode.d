/work/main/cc/asm/gencode.o: asm/gencode.c vm/dispatch.h vm/vm.h \
 isa/program.h isa/isa.h isa/opcodes.def vm/readfile.h
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/readfile.h:

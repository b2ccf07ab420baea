/work/main/cc/vm/main.o: vm/main.c isa/quote.h vm/dispatch.h vm/vm.h \
 isa/program.h isa/isa.h isa/opcodes.def vm/output.h vm/readfile.h
isa/quote.h:
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/output.h:
vm/readfile.h:

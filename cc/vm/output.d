/work/main/cc/vm/output.o: vm/output.c vm/output.h vm/vm.h isa/program.h \
 isa/isa.h isa/opcodes.def
vm/output.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:

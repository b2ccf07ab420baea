/work/main/cc/vm/runtime.o: vm/runtime.c vm/vm.h isa/program.h isa/isa.h \
 isa/opcodes.def
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:

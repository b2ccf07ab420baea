/work/main/cc/vm/thread.o: vm/thread.c vm/interp.h vm/vm.h isa/program.h \
 isa/isa.h isa/opcodes.def vm/thread.h
vm/interp.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/thread.h:

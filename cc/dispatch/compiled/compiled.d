/work/main/cc/dispatch/compiled/compiled.o: dispatch/compiled/compiled.c \
 vm/dispatch.h vm/vm.h isa/program.h isa/isa.h isa/opcodes.def \
 dispatch/compiled/host.h dispatch/compiled/toolchain.h
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
dispatch/compiled/host.h:
dispatch/compiled/toolchain.h:

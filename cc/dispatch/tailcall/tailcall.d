/work/main/cc/dispatch/tailcall/tailcall.o: dispatch/tailcall/tailcall.c \
 vm/dispatch.h vm/vm.h isa/program.h isa/isa.h isa/opcodes.def \
 vm/interp.h vm/thread.h
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/interp.h:
vm/thread.h:

/work/main/cc/dispatch/inline/inline.o: dispatch/inline/inline.c \
 vm/codegen.h vm/dispatch.h vm/vm.h isa/program.h isa/isa.h \
 isa/opcodes.def vm/interp.h vm/thread.h isa/ops.inc vm/dispatch-end.h
vm/codegen.h:
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/interp.h:
vm/thread.h:
isa/ops.inc:
vm/dispatch-end.h:

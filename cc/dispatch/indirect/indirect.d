/work/main/cc/dispatch/indirect/indirect.o: dispatch/indirect/indirect.c \
 isa/hashtab.h vm/dispatch.h vm/vm.h isa/program.h isa/isa.h \
 isa/opcodes.def vm/interp.h isa/ops.inc vm/dispatch-end.h
isa/hashtab.h:
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/interp.h:
isa/ops.inc:
vm/dispatch-end.h:

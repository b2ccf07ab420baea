/work/main/cc/dispatch/context/context.o: dispatch/context/context.c \
 dispatch/subroutine/subroutine.h vm/codegen.h vm/dispatch.h vm/vm.h \
 isa/program.h isa/isa.h isa/opcodes.def vm/interp.h isa/ops.inc \
 vm/dispatch-end.h
dispatch/subroutine/subroutine.h:
vm/codegen.h:
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/interp.h:
isa/ops.inc:
vm/dispatch-end.h:

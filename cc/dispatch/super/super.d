/work/main/cc/dispatch/super/super.o: dispatch/super/super.c \
 vm/dispatch.h vm/vm.h isa/program.h isa/isa.h isa/opcodes.def \
 vm/interp.h vm/thread.h dispatch/super/sequences.def \
 dispatch/super/entry.inc isa/ops.inc dispatch/super/fuse.inc \
 dispatch/super/component.inc vm/dispatch-end.h
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/interp.h:
vm/thread.h:
dispatch/super/sequences.def:
dispatch/super/entry.inc:
isa/ops.inc:
dispatch/super/fuse.inc:
dispatch/super/component.inc:
vm/dispatch-end.h:

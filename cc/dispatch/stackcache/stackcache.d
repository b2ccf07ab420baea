/work/main/cc/dispatch/stackcache/stackcache.o: \
 dispatch/stackcache/stackcache.c vm/dispatch.h vm/vm.h isa/program.h \
 isa/isa.h isa/opcodes.def vm/interp.h vm/thread.h isa/ops.inc \
 vm/dispatch-end.h
vm/dispatch.h:
vm/vm.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
vm/interp.h:
vm/thread.h:
isa/ops.inc:
vm/dispatch-end.h:

/work/main/cc/vm/codegen.o: vm/codegen.c isa/isa.h isa/opcodes.def \
 vm/codegen.h
isa/isa.h:
isa/opcodes.def:
vm/codegen.h:

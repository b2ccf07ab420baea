/work/main/cc/isa/prove.o: isa/prove.c isa/program.h isa/isa.h \
 isa/opcodes.def
isa/program.h:
isa/isa.h:
isa/opcodes.def:

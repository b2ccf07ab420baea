/work/main/cc/isa/program.o: isa/program.c isa/program.h isa/isa.h \
 isa/opcodes.def
isa/program.h:
isa/isa.h:
isa/opcodes.def:

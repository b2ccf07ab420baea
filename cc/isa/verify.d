/work/main/cc/isa/verify.o: isa/verify.c isa/program.h isa/isa.h \
 isa/opcodes.def
isa/program.h:
isa/isa.h:
isa/opcodes.def:

/work/main/cc/isa/disasm.o: isa/disasm.c isa/program.h isa/isa.h \
 isa/opcodes.def
isa/program.h:
isa/isa.h:
isa/opcodes.def:

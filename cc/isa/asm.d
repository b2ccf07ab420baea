/work/main/cc/isa/asm.o: isa/asm.c isa/hashtab.h isa/program.h isa/isa.h \
 isa/opcodes.def isa/quote.h
isa/hashtab.h:
isa/program.h:
isa/isa.h:
isa/opcodes.def:
isa/quote.h:

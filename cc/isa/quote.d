/work/main/cc/isa/quote.o: isa/quote.c isa/quote.h
isa/quote.h:

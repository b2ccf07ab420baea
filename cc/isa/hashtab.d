/work/main/cc/isa/hashtab.o: isa/hashtab.c isa/hashtab.h
isa/hashtab.h:

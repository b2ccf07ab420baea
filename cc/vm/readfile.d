/work/main/cc/vm/readfile.o: vm/readfile.c vm/readfile.h
vm/readfile.h:

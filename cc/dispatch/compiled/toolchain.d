/work/main/cc/dispatch/compiled/toolchain.o: \
 dispatch/compiled/toolchain.c dispatch/compiled/toolchain.h isa/isa.h \
 isa/opcodes.def /work/main/cc/gen/compiled-build.h
dispatch/compiled/toolchain.h:
isa/isa.h:
isa/opcodes.def:
/work/main/cc/gen/compiled-build.h:

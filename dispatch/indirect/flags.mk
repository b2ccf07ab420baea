# Keep GCC from merging the handlers' indirect jumps (see dispatch/token/flags.mk).
DISPATCH_CFLAGS_indirect := $(if $(CC_IS_CLANG),,-fno-gcse -fno-crossjumping)

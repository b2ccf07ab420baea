# As for token threading: keep GCC from merging every handler's indirect jump
# into one (global CSE and cross-jumping), which would undo the technique.
DISPATCH_CFLAGS_direct := $(if $(CC_IS_CLANG),,-fno-gcse -fno-crossjumping)

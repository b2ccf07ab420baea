# As for direct threading (dispatch/direct/flags.mk): keep GCC from merging
# the handlers' indirect jumps into one (global CSE, cross-jumping), which
# would turn each handler's dispatch into a jump out of the handler, and
# that is code a copy cannot take along.
DISPATCH_CFLAGS_inline := $(if $(CC_IS_CLANG),,-fno-gcse -fno-crossjumping)

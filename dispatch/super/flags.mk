# One indirect jump per handler, as for token threading (dispatch/token/
# flags.mk), and, as for stack caching (dispatch/stackcache/flags.mk), no
# SLP vectorizer for gcc.
DISPATCH_CFLAGS_super := $(KEEP_JUMPS) $(if $(CC_IS_CLANG),,-fno-tree-slp-vectorize)

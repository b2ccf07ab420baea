# One indirect jump per handler, as for token threading (dispatch/token/
# flags.mk).  And, as for stack caching (dispatch/stackcache/flags.mk), no
# SLP vectorizer for gcc: in a fused handler gcc 12 pairs two stores to
# neighbouring stack cells into one vector store, which costs three
# instructions (movq, movhps, movups) for two.
DISPATCH_CFLAGS_super := $(KEEP_JUMPS) $(if $(CC_IS_CLANG),,-fno-tree-slp-vectorize)

# As for direct threading (dispatch/direct/flags.mk): keep GCC from merging
# the handlers' indirect jumps into one.  And, as for stack caching
# (dispatch/stackcache/flags.mk), no SLP vectorizer: in a fused handler gcc
# 12 pairs two stores to neighbouring stack cells into one vector store,
# which costs three instructions (movq, movhps, movups) for two.
DISPATCH_CFLAGS_super := $(if $(CC_IS_CLANG),,-fno-gcse -fno-crossjumping -fno-tree-slp-vectorize)

# As for direct threading (dispatch/direct/flags.mk): keep GCC from merging
# the handlers' indirect jumps into one.  And gcc 12's SLP vectorizer
# (on at -O2 since gcc 12) pairs the cached top with another value in a
# vector register and copies it there in every handler: two useless
# instructions per dispatch (movq, punpcklqdq); -fno-tree-slp-vectorize.
DISPATCH_CFLAGS_stackcache := $(if $(CC_IS_CLANG),,-fno-gcse -fno-crossjumping -fno-tree-slp-vectorize)

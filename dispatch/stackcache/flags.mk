# One indirect jump per handler, as for token threading (dispatch/token/
# flags.mk).  And gcc 12's SLP vectorizer (on at -O2 since gcc 12) pairs
# the cached top with another value in a vector register and copies it
# there in every handler: two useless instructions per dispatch (movq,
# punpcklqdq), hence -fno-tree-slp-vectorize for gcc.
DISPATCH_CFLAGS_stackcache := $(KEEP_JUMPS) $(if $(CC_IS_CLANG),,-fno-tree-slp-vectorize)

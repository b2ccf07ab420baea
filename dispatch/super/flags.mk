# One indirect jump per handler, as for token threading (dispatch/token/
# flags.mk).  (The SLP vectorizer, off for every dispatcher in the top
# Makefile, would otherwise pair two stores to neighbouring stack cells of
# a fused handler into one vector store: with gcc 12 three instructions,
# movq, movhps and movups, for two.)
DISPATCH_CFLAGS_super := $(KEEP_JUMPS)

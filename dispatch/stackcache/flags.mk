# One indirect jump per handler, as for token threading (dispatch/token/
# flags.mk).  (The SLP vectorizer, off for every dispatcher in the top
# Makefile, would otherwise pair the cached top with another value in a
# vector register and copy it there in every handler: with gcc 12 two
# useless instructions per dispatch, movq and punpcklqdq.)
DISPATCH_CFLAGS_stackcache := $(KEEP_JUMPS)

# One indirect jump per handler, as for token threading (dispatch/token/flags.mk).
DISPATCH_CFLAGS_direct := $(KEEP_JUMPS)

# Every handler keeps its own copy of the dispatch: $(KEEP_JUMPS) (top
# Makefile) stops gcc and clang 19 from merging the copies back into one
# shared indirect jump, which would turn token threading back into a
# central dispatch.
DISPATCH_CFLAGS_token := $(KEEP_JUMPS)

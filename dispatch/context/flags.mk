# gcc 12's SLP vectorizer (on at -O2 since gcc 12) compiles swap and rot as
# a 16-byte vector load of two stack cells, a shuffle and a vector store
# (op_SWAP: movdqu, shufpd, movups).  The load reads two cells the previous
# instructions stored one at a time, which store-to-load forwarding cannot
# serve: the load waits until both stores have left the store buffer.  In a
# copied body that stall is in the middle of the straight line; as for
# static stack caching (dispatch/stackcache/flags.mk), -fno-tree-slp-vectorize.
DISPATCH_CFLAGS_context := $(if $(CC_IS_CLANG),,-fno-tree-slp-vectorize)

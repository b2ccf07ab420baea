# GCC's global common subexpression elimination and cross-jumping merge the
# identical `goto *table[*pc++]` at the end of every handler into one shared
# indirect jump, which turns token threading back into a central dispatch
# (the GCC manual recommends -fno-gcse for computed gotos).  clang has no such
# flags and needs none: it keeps one indirect jump per handler by itself.
DISPATCH_CFLAGS_token := $(if $(CC_IS_CLANG),,-fno-gcse -fno-crossjumping)

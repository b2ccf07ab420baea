# clang's instruction scheduler for the selection DAG: "list-ilp" instead
# of its default for x86-64 ("source" order).  A handler must leave the new
# stack pointer in the register the next handler receives it in, where the
# old one came in; in source order clang computes the new value first
# (lea -8(%r13),%rax), then reads the stack through the old one, and has
# to copy the new one into place before the tail call (mov %rax,%r13): one
# instruction more in add, lt, store and the like than direct threading
# spends.  Scheduled for ILP, the reads come first and the pointer is
# updated in place.  Measured under valgrind (make bench-count, clang 19):
# machine instructions per VM instruction on the six real programs, see
# docs/dispatch.md, "tail-call threading".
TAILCALL_SCHED := $(if $(CC_IS_CLANG),$(shell $(CC) -mllvm -pre-RA-sched=list-ilp -c -x c /dev/null \
                      -o /dev/null >/dev/null 2>&1 && echo -mllvm -pre-RA-sched=list-ilp))
# Every handler a function that starts a 64-byte line of its own (the
# default is 16): the same instructions, and on the project's AMD EPYC
# with clang 19 the medians of 21 interleaved runs were 0.78 (bubble) to
# 1.06 (matmul) of those at 16, sieve 0.88, hanoi 0.83
# (docs/measured/tailcall-2026-11-27/align.txt).  Why,
# this VM's missing hardware counters cannot say; a guess is that the
# branch predictor, which tracks branches per 64-byte line, then holds
# each handler's one indirect jump in a line of its own.
DISPATCH_CFLAGS_tailcall := $(TAILCALL_SCHED) -falign-functions=64

# dispatch/compiled/flags.mk — the compiled dispatcher's build (read by the
# top-level Makefile like every dispatcher's flags.mk).
#
# The generated code is compiled at run time by the compiler build/vm was
# built with, with the same optimisation, code-generation and sanitizer
# flags (without -g), and includes the very headers and instruction bodies
# the other dispatchers were compiled from.  compiled-build.h records both:
# the compiler and flags, and the text of those headers (embed.sh).  It is
# rewritten when either changes.
# (This file is read before the Makefile's first rule, `all`: a rule here
# would become the default goal.)
ifeq ($(.DEFAULT_GOAL),)
.DEFAULT_GOAL := all
endif
COMPILED_BUILD_H := $(GENDIR)/compiled-build.h
COMPILED_EMBED := isa/isa.h isa/opcodes.def isa/program.h isa/ops.inc \
                  vm/vm.h vm/interp.h vm/dispatch-end.h \
                  dispatch/compiled/host.h dispatch/compiled/rt.h
# (not -fsanitize=fuzzer-no-link of `make fuzz`: its coverage counters live
# in the fuzzer, which a shared object cannot reach).  The generated code
# is compiled without the SLP vectorizer, as every dispatcher is ($(NO_SLP),
# defined in the top Makefile after this file is read, hence `=`), but not
# with clang's -mllvm options: $DISPATCHLAB_CC may name another compiler.
COMPILED_CFLAGS = $(filter-out -g% -fsanitize=fuzzer%,$(CFLAGS)) $(NO_SLP) $(SANFLAGS)

$(COMPILED_BUILD_H): dispatch/compiled/embed.sh $(COMPILED_EMBED) FORCE
	@mkdir -p $(dir $@)
	@sh dispatch/compiled/embed.sh '$(CC)' '$(strip $(COMPILED_CFLAGS))' $(COMPILED_EMBED) > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi
$(OBJDIR)/dispatch/compiled/toolchain.o: $(COMPILED_BUILD_H)

# dlopen: in the C library since glibc 2.34, in libdl before
LDLIBS += -ldl

# dispatchlab — top-level Makefile.
#
#   make                 build build/vm (gcc by default; CC=clang works too)
#   make test            build, then run every test suite (tests/run.sh)
#   make test SAN=1      the same under AddressSanitizer + UBSan
#   make new-dispatch NAME=foo   start a new dispatcher from the template
#   make clean
#
# Dispatchers are discovered: every folder dispatch/NAME/ with .c files is
# compiled and registered (build/gen/registry.c is generated from the folder
# list), so adding a variant never means editing this file.  A folder may hold
# an optional flags.mk that sets DISPATCH_CFLAGS_NAME (see dispatch/token/).

CC      ?= cc
V       ?=
Q       := $(if $(V),,@)
SAN     ?=
OPT     ?= -O2

CC_VERSION := $(shell $(CC) --version 2>/dev/null | head -n 1)
CC_IS_CLANG := $(if $(findstring clang,$(CC_VERSION)),1,)
ARCH := $(shell $(CC) -dumpmachine 2>/dev/null | cut -d- -f1)

# One build directory per configuration, so that gcc, clang and sanitizer
# objects never mix; build/vm always points at the last one built.
# BUILD=dir puts everything elsewhere (parallel builds of several trees).
BUILD   ?= build
CONFIG  := $(notdir $(firstword $(CC)))$(if $(SAN),-san)
OBJDIR  := $(BUILD)/$(CONFIG)
GENDIR  := $(OBJDIR)/gen

WARN    := -Wall -Wextra -Werror
CSTD    := -std=c11
comma := ,
SANFLAGS := $(if $(SAN),-fsanitize=address$(comma)undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
CPPFLAGS := -I. -I$(GENDIR) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
# Ubuntu's gcc builds with -fcf-protection by default (an endbr64 at every
# indirect-branch target, `notrack` on the switch's jump), Debian's does not;
# turned off where the compiler knows the option, so that the dispatch
# sequences are the same on both (docs/dispatch.md, "endbr64 and CET").
NOCET   := $(shell $(CC) -fcf-protection=none -Werror -E -x c /dev/null >/dev/null 2>&1 && echo -fcf-protection=none)
# DWARF 4 for clang: valgrind 3.19 (Debian 12) cannot read clang's default
# DWARF 5, and `make bench-count` runs the benchmark under valgrind.
CFLAGS  ?= $(OPT) -g $(NOCET) $(if $(CC_IS_CLANG),-gdwarf-4)
ALL_CFLAGS = $(CFLAGS) $(PIEFLAGS) $(WARN) $(SANFLAGS)
LDLIBS  := -lm
# Position-dependent code, as in the lecture's -static build: a PIE jump table
# costs two more instructions per switch dispatch (movslq + add, see
# docs/dispatch.md).  make PIE=1 builds position-independent code instead.
PIE ?= 0
PIEFLAGS := $(if $(filter 1,$(PIE)),-fPIE,-fno-pie)
PIELDFLAGS := $(if $(filter 1,$(PIE)),-pie,-no-pie)

# ---- the core: ISA, assembler, verifier, driver -------------------------
CORE_SRC := $(filter-out isa/gen-isa-doc.c,$(wildcard isa/*.c)) $(wildcard vm/*.c)
CORE_OBJ := $(patsubst %.c,$(OBJDIR)/%.o,$(CORE_SRC))
# Everything but the command's main(): for other programs that link the
# dispatchers (benchmark driver, fuzz targets).
LIB_OBJ = $(filter-out $(OBJDIR)/vm/main.o,$(CORE_OBJ)) $(DISPATCH_OBJ) $(OBJDIR)/gen/registry.o

# ---- dispatchers, discovered ------------------------------------------
# The listing order of build/vm --list: the lecture's techniques first, in
# the order of the slides' comparison, then the others that come with
# dispatchlab (the stock ones: make asm-docs lists them, the tests judge
# them), then any further folder by name.
KNOWN_DISPATCH := switch token direct indirect subroutine call context inline stackcache super tailcall compiled
FOUND_DISPATCH := $(sort $(patsubst dispatch/%/,%,$(dir $(wildcard dispatch/*/*.c))))
# DISPATCH_EXCLUDE leaves folders out of a build (asm/docs.sh: compiled
# from the i386 listings, whose system headers gcc -m32 lacks here);
# DISPATCH_ONLY builds only the folders it names (the test suites' builds
# of one dispatcher with a flag of its own: a third of the whole tree's
# compile time).
DISPATCHERS := $(filter-out $(DISPATCH_EXCLUDE),$(filter $(FOUND_DISPATCH),$(KNOWN_DISPATCH)) \
               $(filter-out $(KNOWN_DISPATCH),$(FOUND_DISPATCH)))
DISPATCHERS := $(if $(DISPATCH_ONLY),$(filter $(DISPATCH_ONLY),$(DISPATCHERS)),$(DISPATCHERS))
# Threaded code needs one indirect jump per handler, and both compilers may
# merge them into one shared jump, which turns the technique back into a
# central dispatch.  gcc does it by global CSE and cross-jumping (the GCC
# manual recommends -fno-gcse for computed gotos); clang 19 keeps a single
# indirectbr and copies it back only into blocks with few predecessors
# (tail-dup-pred-size, 16 by default: an interpreter's dispatch has more),
# clang 14 copies it back by itself and does not know the option.  A
# dispatcher's flags.mk uses $(KEEP_JUMPS); tests/suites/30-machine-code.sh
# counts the jumps.
KEEP_JUMPS := $(if $(CC_IS_CLANG),$(shell $(CC) -mllvm -tail-dup-pred-size=1000 -c -x c /dev/null \
                  -o /dev/null >/dev/null 2>&1 && echo -mllvm -tail-dup-pred-size=1000),\
                -fno-gcse -fno-crossjumping)
-include $(wildcard dispatch/*/flags.mk)

# Dispatchers use GCC's labels-as-values, hence gnu11 for them only.
DISPATCH_CSTD := -std=gnu11
# Flags for every dispatcher's code, after the common ones (clang's -O2
# would turn the vectorizer back on) and before its own flags.mk's
# DISPATCH_CFLAGS_NAME. -fno-tree-slp-vectorize (gcc and clang alike): the
# SLP vectorizers of gcc 12 and clang compile swap and rot as one 16-byte
# load of two stack cells, a shuffle and a 16-byte store (movdqu, pshufd,
# movdqu).  The two cells were usually stored one at a time by the
# instructions just before (push, dup, add), and store-to-load forwarding
# cannot serve one load from two stores: it waits until both have left the
# store buffer.  That stall is the instruction body's, the same whatever
# the dispatch, but its cost depends on what precedes the swap, and so it
# blurred the comparison between dispatchers.  Elsewhere the vectorizer
# pairs a register-cached top of stack with another value in a vector
# register (stack caching) or two stores into one vector store (fused
# handlers): more instructions, not fewer. clang has a second way to the
# same 16-byte copy: its selection-DAG combiner merges consecutive stores
# of consecutive loads (rot: movups, movups), hence also
# -combiner-store-merging=false where clang knows it (docs/dispatch.md,
# "Vector loads of stack cells").
NO_STORE_MERGING := $(if $(CC_IS_CLANG),$(shell $(CC) -mllvm -combiner-store-merging=false -c -x c /dev/null \
                        -o /dev/null >/dev/null 2>&1 && echo -mllvm -combiner-store-merging=false))
NO_SLP := -fno-tree-slp-vectorize
DISPATCH_CFLAGS := $(NO_SLP) $(NO_STORE_MERGING)
dispatch_objs = $(patsubst %.c,$(OBJDIR)/%.o,$(wildcard dispatch/$(1)/*.c))
DISPATCH_OBJ := $(foreach d,$(DISPATCHERS),$(call dispatch_objs,$(d)))

VM_BIN := $(OBJDIR)/bin/vm

# Objects are rebuilt when the flags change (OPT=, PIE=, ...), not only
# when the sources do.  (Defined before any rule names it as a prerequisite:
# make expands prerequisites when it reads a rule.)
FLAGS_STAMP := $(OBJDIR)/flags.stamp

.PHONY: all test clean new-dispatch FORCE
all: $(BUILD)/vm

$(BUILD)/vm: $(VM_BIN) FORCE
	@ln -sfn $(CONFIG)/bin/vm $(BUILD)/vm

$(VM_BIN): $(CORE_OBJ) $(DISPATCH_OBJ) $(OBJDIR)/gen/registry.o
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

# The registry is regenerated whenever the set of dispatchers changes.
$(GENDIR)/registry.c: FORCE
	@mkdir -p $(GENDIR)
	@sh vm/gen-registry.sh $(DISPATCHERS) > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

$(OBJDIR)/gen/registry.o: $(GENDIR)/registry.c vm/dispatch.h $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CPPFLAGS) $(CSTD) $(ALL_CFLAGS) -c -o $@ $<

$(OBJDIR)/isa/%.o $(OBJDIR)/vm/%.o: CSTD_USED = $(CSTD)
$(OBJDIR)/dispatch/%.o: CSTD_USED = $(DISPATCH_CSTD)
# A dispatcher's own flags (flags.mk) come last on the command line, so that
# they win over the common ones: DISPATCH_CFLAGS_foo := -O1 lowers foo's
# optimisation level.  $(word ...) picks NAME from dispatch/NAME/file.o.
$(OBJDIR)/dispatch/%.o: OWN_CFLAGS = $(DISPATCH_CFLAGS) $(DISPATCH_CFLAGS_$(word 2,$(subst /, ,$*)))

$(FLAGS_STAMP): FORCE
	@mkdir -p $(OBJDIR)
	@echo '$(strip $(CPPFLAGS) $(ALL_CFLAGS) $(PIELDFLAGS) $(DISPATCH_CFLAGS) $(foreach d,$(DISPATCHERS),$(DISPATCH_CFLAGS_$(d))))' > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

$(OBJDIR)/%.o: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $<";)
	$(Q)$(CC) $(CPPFLAGS) $(CSTD_USED) $(ALL_CFLAGS) $(OWN_CFLAGS) -MMD -MP -c -o $@ $<

-include $(CORE_OBJ:.o=.d) $(DISPATCH_OBJ:.o=.d)

# ---- generated documentation --------------------------------------------
# docs/isa.md's instruction table comes from isa/opcodes.def.
GEN_ISA_DOC := $(OBJDIR)/bin/gen-isa-doc
$(GEN_ISA_DOC): isa/gen-isa-doc.c isa/opcodes.def isa/isa.h $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CPPFLAGS) $(CSTD) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $<

.PHONY: regen
regen: $(GEN_ISA_DOC)
	@$(GEN_ISA_DOC) > $(OBJDIR)/isa-table.md
	@sh isa/splice-generated.sh docs/isa.md $(OBJDIR)/isa-table.md > $(OBJDIR)/isa.md.new
	@if cmp -s $(OBJDIR)/isa.md.new docs/isa.md; then echo "docs/isa.md is current"; \
	 else cp $(OBJDIR)/isa.md.new docs/isa.md; echo "docs/isa.md regenerated"; fi

# Further parts of the product (devirt/, bench/, ...) hook in here with their
# own targets; a module.mk may add prerequisites of `make test` to TEST_DEPS.
TEST_DEPS := $(GEN_ISA_DOC)
-include $(wildcard */module.mk)

# make test builds what the suites need with a job per processor (from a
# fresh clone on 2 cores: 7 s instead of 14), then runs them.
NPROC := $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
.PHONY: test-deps
test-deps: $(BUILD)/vm $(TEST_DEPS)
test:
	@$(MAKE) --no-print-directory -j$(NPROC) test-deps
	@VM=$(abspath $(VM_BIN)) BUILD=$(abspath $(OBJDIR)) CC="$(CC)" SAN="$(SAN)" \
	    bash tests/run.sh $(SUITES)

new-dispatch:
	@sh dispatch/new-dispatch.sh "$(NAME)"

clean:
	rm -rf $(BUILD)

FORCE:


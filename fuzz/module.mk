# fuzz/module.mk — differential testing and fuzzing (docs/reliability.md).
# Included by the top-level Makefile, which provides CC, OBJDIR, LIB_OBJ,
# ALL_CFLAGS, CPPFLAGS, CSTD, PIELDFLAGS, LDLIBS and TEST_DEPS.
#
#   make test                 builds the tools below first; the suites
#                             70-differential and 71-hostile use them
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_CC=clang]
#                             builds the libFuzzer targets with clang
#                             (ASan + UBSan + coverage) and runs each for
#                             FUZZ_SECONDS; skipped with one line when clang
#                             or libFuzzer is missing; fails on a finding
#
# Built with the configuration's compiler and flags, under $(OBJDIR)/fuzz/:
#   gen          random valid programs, pseudo-random bytes, bytecode
#   difftest     the differential test: generated programs on every dispatcher
#   flood        programs whose keys collide in the tables' old hash functions,
#                and the probe counts of the tables now (72-chosen-keys)
#   fuzz_NAME    each fuzz target linked to a plain main (fuzz/standalone.c)
#                that runs it over files: regression runs without libFuzzer

FUZZ_OUT     := $(OBJDIR)/fuzz
FUZZ_TARGETS := asm bytecode gen roundtrip hashtab
# what the tools share: the generator, the oracle, the comparison
FUZZ_COMMON  := $(FUZZ_OUT)/gen.o $(FUZZ_OUT)/oracle.o $(FUZZ_OUT)/harness.o

FUZZ_GEN      := $(FUZZ_OUT)/gen
FUZZ_DIFFTEST := $(FUZZ_OUT)/difftest
FUZZ_FLOOD    := $(FUZZ_OUT)/flood
FUZZ_STANDALONE := $(patsubst %,$(FUZZ_OUT)/fuzz_%,$(FUZZ_TARGETS))

TEST_DEPS += $(FUZZ_GEN) $(FUZZ_DIFFTEST) $(FUZZ_FLOOD) $(FUZZ_STANDALONE)

$(OBJDIR)/fuzz/%.o: CSTD_USED = $(CSTD)
-include $(wildcard $(FUZZ_OUT)/*.d)

$(FUZZ_GEN): $(FUZZ_OUT)/gen_main.o $(FUZZ_OUT)/gen.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

$(FUZZ_DIFFTEST): $(FUZZ_OUT)/difftest.o $(FUZZ_COMMON) $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

$(FUZZ_FLOOD): $(FUZZ_OUT)/flood.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

$(FUZZ_STANDALONE): $(FUZZ_OUT)/fuzz_%: $(FUZZ_OUT)/fuzz_%.o $(FUZZ_OUT)/standalone.o $(FUZZ_COMMON) $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

# ---- make fuzz -------------------------------------------------------------
# The libFuzzer build is a second configuration of the whole tree: the same
# Makefile run again with clang, SAN=1 and coverage instrumentation for the
# fuzzer (-fsanitize=fuzzer-no-link on every object, -fsanitize=fuzzer at
# the link), in $(BUILD)/fuzz/, so it never mixes with the other builds.
# fuzz/run.sh checks for clang and libFuzzer first, then comes back here
# for the fuzz-targets goal, then runs the targets.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_LIBFUZZER := $(patsubst %,$(FUZZ_OUT)/libfuzzer_%,$(FUZZ_TARGETS))

.PHONY: fuzz fuzz-targets fuzz-objdir
fuzz:
	@MAKE="$(MAKE)" FUZZ_CC="$(FUZZ_CC)" FUZZ_SECONDS="$(FUZZ_SECONDS)" \
	    BUILD="$(BUILD)" bash fuzz/run.sh

fuzz-targets: $(FUZZ_LIBFUZZER) $(FUZZ_GEN)

$(FUZZ_LIBFUZZER): $(FUZZ_OUT)/libfuzzer_%: $(FUZZ_OUT)/fuzz_%.o $(FUZZ_COMMON) $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

# for fuzz/run.sh: where this configuration's objects are
fuzz-objdir:
	@echo $(OBJDIR)

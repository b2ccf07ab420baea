# asm/module.mk — the machine code of the dispatchers, explained.
#
#   make asm        for every dispatcher (every folder dispatch/NAME/), into
#                   $(BUILD)/asm/: NAME.s, the compiler's assembly (-S with
#                   the flags of the object, -fverbose-asm: it names the
#                   variables), and NAME.lst, the listing asm/marks.pl reads
#                   from the object and the marks in it; then a summary of
#                   the dispatch sequences, each checked against valgrind's
#                   count of machine instructions per nop where valgrind
#                   runs (make asm fails when they disagree).
#   make asm-docs   the reference listings in docs/asm/ (asm/docs.sh).
#
# The code that dispatchers generate at run time comes from asm/gencode
# (asm/gen/NAME.map and .bin: what prepare() made of asm/sample.vm, as the
# dispatcher's describe() states it); `make asm-gen` makes only those.
#
# Variables: OBJDUMP (the target's objdump), ASM_OUT (where `make asm`
# copies its results), ASM_GEN=0 to skip the code that dispatchers
# generate at run time (it needs asm/gencode linked and run for the
# target), ASM_RUN (a prefix to run it, e.g. qemu-aarch64 -L
# /usr/aarch64-linux-gnu), ASM_VALGRIND=0 to skip the valgrind check
# (it is skipped anyway without valgrind, with ASM_RUN and with SAN), ASM_HANDLERS
# (the handlers a listing shows besides nop: push,add,jnz,call,ret by
# default, or all), ASM_DOCS_DIR (where asm-docs writes; default docs/asm),
# ASM_NO_S=1 to copy only the listings to ASM_OUT, ASM_STOCK=1 for the
# dispatchers that come with dispatchlab only (asm-docs sets both).

OBJDUMP  ?= objdump
ASM_DIR  := $(OBJDIR)/asm
ASM_OUT  ?= $(BUILD)/asm
ASM_GEN  ?= 1
ASM_RUN  ?=
ASM_VALGRIND ?= 1
ASM_HANDLERS ?= push,add,jnz,call,ret
ASM_DOCS_DIR ?= docs/asm
ASM_LIST := $(if $(ASM_STOCK),$(filter $(KNOWN_DISPATCH),$(DISPATCHERS)),$(DISPATCHERS))
ASM_CHECK := $(if $(and $(filter 1,$(ASM_VALGRIND)),$(filter 1,$(ASM_GEN)),$(if $(ASM_RUN)$(SAN),,1),$(shell command -v valgrind 2>/dev/null)),1)

.PHONY: asm asm-docs asm-gen

# ---- the compiler's assembly, with the object's own flags ---------------
$(ASM_DIR)/src/%.s: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC -S   $<";)
	$(Q)$(CC) $(CPPFLAGS) $(CSTD_USED) $(ALL_CFLAGS) $(OWN_CFLAGS) -fverbose-asm -S -o $@ $<
# $* is dispatch/NAME/file here, as in the Makefile's rule for objects
$(ASM_DIR)/src/dispatch/%.s: CSTD_USED = $(DISPATCH_CSTD)
$(ASM_DIR)/src/dispatch/%.s: OWN_CFLAGS = $(DISPATCH_CFLAGS) $(DISPATCH_CFLAGS_$(word 2,$(subst /, ,$*)))
$(OBJDIR)/asm/%.o: CSTD_USED = $(CSTD)

# ---- generated code: asm/gencode prepares asm/sample.vm and writes it out --
$(ASM_DIR)/gencode: $(ASM_DIR)/gencode.o $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

# NAME.map says what the dispatcher generated, or why nothing (unavailable
# here, nothing to describe, or gencode failed)
ASM_GEN_DONE := $(foreach d,$(DISPATCHERS),$(ASM_DIR)/gen/$(d).done)
$(ASM_DIR)/gen/%.done: $(if $(filter 1,$(ASM_GEN)),$(ASM_DIR)/gencode) asm/sample.vm
	@mkdir -p $(dir $@)
	@rm -f $(ASM_DIR)/gen/$*.map $(ASM_DIR)/gen/$*.bin
	@rm -rf $(ASM_DIR)/gen/$*.keep
	$(Q)if [ "$(ASM_GEN)" != 1 ]; then echo "none asm/gencode was not run (make asm ASM_GEN=0)" > $(ASM_DIR)/gen/$*.map; \
	elif ! DISPATCHLAB_COMPILED_KEEP=$(abspath $(ASM_DIR)/gen/$*.keep) \
	    $(ASM_RUN) $(ASM_DIR)/gencode $* asm/sample.vm $(ASM_DIR)/gen/$* > $(ASM_DIR)/gen/$*.out 2>&1; then \
	    echo "failed asm/gencode: $$(head -n 1 $(ASM_DIR)/gen/$*.out)" > $(ASM_DIR)/gen/$*.map; fi; touch $@
# The tests and the benchmark's static column read the generated code too
# (asm/marks.pl finds it beside the objects: OBJDIR/asm/gen/NAME).
TEST_DEPS += $(ASM_GEN_DONE)
bench: $(ASM_GEN_DONE)
asm-gen: $(ASM_GEN_DONE)

# ---- per dispatcher: assembly, object, listing -----------------------------
# A dispatcher of several files is read as one relocatable object.  A
# dispatcher whose machine code is all generated at run time (compiled: a
# C compiler in prepare) has no handlers in its object: its folder has a
# listing.sh that lists the generated code instead, from what prepare()
# keeps in $(ASM_DIR)/gen/NAME.keep (DISPATCHLAB_COMPILED_KEEP, above).
asm_srcs = $(patsubst %.c,$(ASM_DIR)/src/%.s,$(wildcard dispatch/$(1)/*.c))
asm_obj = $(if $(word 2,$(call dispatch_objs,$(1))),$(ASM_DIR)/$(1).o,$(call dispatch_objs,$(1)))

define asm_rules
$(ASM_DIR)/$(1).s: $(call asm_srcs,$(1))
	@cat $$^ > $$@
$(ASM_DIR)/$(1).o: $(call dispatch_objs,$(1))
	$(Q)$(CC) -r -nostdlib -o $$@ $$^
$(ASM_DIR)/$(1).lst: $(call asm_obj,$(1)) $(ASM_DIR)/gen/$(1).done asm/marks.pl isa/ops.inc isa/opcodes.def $(wildcard dispatch/$(1)/listing.sh)
	@$(if $(V),,echo "  MARKS   $$@";)
	$(Q)$(if $(wildcard dispatch/$(1)/listing.sh),sh dispatch/$(1)/listing.sh -o '$(OBJDUMP)' -s $(ASM_DIR)/$(1).seq \
	    -c '$(CC_VERSION); $(CC) $(COMPILED_CFLAGS)' -N $(ASM_DIR)/gen/$(1).map \
	    $(ASM_DIR)/gen/$(1).keep asm/sample.vm,perl asm/marks.pl list -o '$(OBJDUMP)' -n $(1) -O '$$(patsubst $(BUILD)/%,%,$$<)' -s $(ASM_DIR)/$(1).seq \
	    -c '$(CC_VERSION); $(CC) $(ALL_CFLAGS) $(DISPATCH_CSTD) $(DISPATCH_CFLAGS) $(DISPATCH_CFLAGS_$(1))' -h '$(ASM_HANDLERS)' \
	    -g $(ASM_DIR)/gen/$(1) $$<) > $$@.tmp
	@mv $$@.tmp $$@
endef
$(foreach d,$(DISPATCHERS),$(eval $(call asm_rules,$(d))))

asm: $(foreach d,$(ASM_LIST),$(ASM_DIR)/$(d).s $(ASM_DIR)/$(d).lst) $(if $(ASM_CHECK),$(VM_BIN))
	@mkdir -p $(ASM_OUT)
	@for d in $(ASM_LIST); do cp $(ASM_DIR)/$$d.lst $(ASM_OUT)/; \
	    $(if $(ASM_NO_S),:,cp $(ASM_DIR)/$$d.s $(ASM_OUT)/); done
	@sh asm/summary.sh '$(CC_VERSION)' "$$('$(OBJDUMP)' -f $(call asm_obj,$(firstword $(ASM_LIST))) | sed -n 's/.*file format //p')" \
	    '$(strip $(CFLAGS) $(PIEFLAGS))' $(ASM_OUT) $(ASM_DIR) '$(if $(ASM_CHECK),$(VM_BIN))' $(ASM_LIST)

asm-docs:
	@MAKE='$(MAKE)' BUILD='$(BUILD)' OUT='$(ASM_DOCS_DIR)' sh asm/docs.sh

# helpers of asm/docs.sh: the dispatcher objects alone, the flags a
# dispatcher is compiled with, the dispatchers make asm lists
.PHONY: asm-objects asm-flags asm-list asm-dispatch-flags-%
asm-objects: $(DISPATCH_OBJ)
asm-list:
	@echo $(ASM_LIST)
asm-flags:
	@echo '$(CPPFLAGS) $(DISPATCH_CSTD) $(ALL_CFLAGS) $(DISPATCH_CFLAGS)'
asm-dispatch-flags-%:
	@echo '$(DISPATCH_CFLAGS_$*)'

# asm/module.mk — the machine code of the dispatchers, explained.
#
#   make asm        for every dispatcher (every folder dispatch/NAME/), into
#                   $(BUILD)/asm/: NAME.s, the compiler's assembly (-S with
#                   the flags of the object, -fverbose-asm), and NAME.lst, an
#                   annotated listing read from the object itself (asm/
#                   annotate.pl); then a summary of the dispatch sequences.
#   make asm-docs   the reference listings in docs/asm/ for x86-64 (gcc,
#                   clang), i386 (gcc -m32) and AArch64 (cross gcc), and the
#                   experiments docs/dispatch.md quotes (asm/docs.sh).
#
# Variables: OBJDUMP (the target's objdump), ASM_OUT (where `make asm`
# copies its results), ASM_GEN=0 to skip the generated code of dispatchers
# that generate code (it needs linking and running asm/gencode for the
# target), ASM_RUN (a prefix to run it, e.g. qemu-aarch64 -L /usr/aarch64-linux-gnu),
# ASM_DOCS_DIR (where asm-docs writes; default docs/asm), ASM_NO_S=1 to copy
# only the listings to ASM_OUT (asm-docs does).

OBJDUMP  ?= objdump
ASM_DIR  := $(OBJDIR)/asm
ASM_OUT  ?= $(BUILD)/asm
ASM_GEN  ?= 1
ASM_RUN  ?=
ASM_DOCS_DIR ?= docs/asm

.PHONY: asm asm-docs

# ---- the compiler's assembly, with the object's own flags ---------------
$(ASM_DIR)/src/%.s: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC -S   $<";)
	$(Q)$(CC) $(CPPFLAGS) $(CSTD_USED) $(ALL_CFLAGS) $(OWN_CFLAGS) -fverbose-asm -S -o $@ $<
# $* is dispatch/NAME/file here, as in the Makefile's rule for objects
$(ASM_DIR)/src/dispatch/%.s: CSTD_USED = $(DISPATCH_CSTD)
$(ASM_DIR)/src/dispatch/%.s: OWN_CFLAGS = $(DISPATCH_CFLAGS_$(word 2,$(subst /, ,$*)))
$(OBJDIR)/asm/%.o: CSTD_USED = $(CSTD)

# ---- generated code: asm/gencode prepares asm/sample.vm and writes it out --
$(ASM_DIR)/gencode: $(ASM_DIR)/gencode.o $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

# exit status 0: code written; 3: this dispatcher generates none (no
# section in its listing); 4: unavailable here (the listing says so)
$(ASM_DIR)/gen/%.done: $(if $(filter 1,$(ASM_GEN)),$(ASM_DIR)/gencode) asm/sample.vm
	@mkdir -p $(dir $@)
	@rm -f $(ASM_DIR)/gen/$*.map $(ASM_DIR)/gen/$*.note
	$(Q)rm -rf $(ASM_DIR)/gen/$*.keep
	$(Q)if [ "$(ASM_GEN)" = 1 ]; then \
	    DISPATCHLAB_COMPILED_KEEP=$(abspath $(ASM_DIR)/gen/$*.keep) \
	    $(ASM_RUN) $(ASM_DIR)/gencode $* asm/sample.vm $(ASM_DIR)/gen/$* > $(ASM_DIR)/gen/$*.out 2>&1; rc=$$?; \
	    case $$rc in \
	        0|3) ;; \
	        4) sed -n 's/^[^:]*: unavailable: /the dispatcher is unavailable on this machine: /p' $(ASM_DIR)/gen/$*.out > $(ASM_DIR)/gen/$*.note ;; \
	        *) echo "asm/gencode failed (status $$rc): $$(head -n 1 $(ASM_DIR)/gen/$*.out)" > $(ASM_DIR)/gen/$*.note ;; \
	    esac; \
	fi; touch $@

# ---- per dispatcher: assembly, object, listing -----------------------------
# A dispatcher of several files is analysed as one relocatable object.  A
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
$(ASM_DIR)/$(1).lst: $(call asm_obj,$(1)) $(ASM_DIR)/gen/$(1).done asm/annotate.pl asm/dispatch-seq.sh isa/ops.inc isa/opcodes.def
	@$(if $(V),,echo "  ANNOTATE $$@";)
	$(Q)$(if $(wildcard dispatch/$(1)/listing.sh),sh dispatch/$(1)/listing.sh -o '$(OBJDUMP)' -s $(ASM_DIR)/$(1).seq \
	    -c '$(CC_VERSION); $(CC) $(COMPILED_CFLAGS)' -N $(ASM_DIR)/gen/$(1).note \
	    $(ASM_DIR)/gen/$(1).keep asm/sample.vm > $$@.tmp,perl asm/annotate.pl -o '$(OBJDUMP)' -n $(1) -O '$$(patsubst $(BUILD)/%,%,$$<)' -s $(ASM_DIR)/$(1).seq \
	    -c '$(CC_VERSION); $(CC) $(ALL_CFLAGS) $(DISPATCH_CSTD) $(DISPATCH_CFLAGS_$(1))' \
	    $(if $(filter 1,$(ASM_GEN)),-g $(ASM_DIR)/gen/$(1)) $$< > $$@.tmp)
	@mv $$@.tmp $$@
endef
$(foreach d,$(DISPATCHERS),$(eval $(call asm_rules,$(d))))

asm: $(foreach d,$(DISPATCHERS),$(ASM_DIR)/$(d).s $(ASM_DIR)/$(d).lst)
	@mkdir -p $(ASM_OUT)
	@for d in $(DISPATCHERS); do cp $(ASM_DIR)/$$d.lst $(ASM_OUT)/; \
	    $(if $(ASM_NO_S),:,cp $(ASM_DIR)/$$d.s $(ASM_OUT)/); done
	@sh asm/summary.sh '$(CC_VERSION)' "$$('$(OBJDUMP)' -f $(call asm_obj,$(firstword $(DISPATCHERS))) | sed -n 's/.*file format //p')" '$(strip $(CFLAGS) $(PIEFLAGS))' $(ASM_OUT) $(ASM_DIR) $(DISPATCHERS)

asm-docs:
	@MAKE='$(MAKE)' BUILD='$(BUILD)' OUT='$(ASM_DOCS_DIR)' sh asm/docs.sh

# helpers of asm/docs.sh: the dispatcher objects alone, and the flags a
# dispatcher is compiled with
.PHONY: asm-objects asm-flags
asm-objects: $(DISPATCH_OBJ)
asm-flags:
	@echo '$(CPPFLAGS) $(DISPATCH_CSTD) $(ALL_CFLAGS)'

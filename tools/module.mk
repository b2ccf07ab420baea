# tools/module.mk — tools that keep generated sources current.
# Included by the top-level Makefile, which provides CC, OBJDIR, CORE_OBJ,
# ALL_CFLAGS, CSTD, PIELDFLAGS, LDLIBS and TEST_DEPS.
#
#   make regen     also chooses dispatch/super's superinstructions again from
#                  the profile of the programs tools/superprof.sh names, and
#                  rewrites dispatch/super/sequences.def if they changed
#
# tests/suites/05-generated.sh runs the same script and checks that the file
# is current.

SUPERPROF := $(OBJDIR)/bin/superprof
TEST_DEPS += $(SUPERPROF)

$(OBJDIR)/tools/%.o: CSTD_USED = $(CSTD)
-include $(wildcard $(OBJDIR)/tools/*.d)

# the core without the command's main(): assembler, verifier, runtime
$(SUPERPROF): $(OBJDIR)/tools/superprof.o $(filter-out $(OBJDIR)/vm/main.o,$(CORE_OBJ))
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

.PHONY: regen-super
regen: regen-super
regen-super: $(SUPERPROF)
	@sh tools/superprof.sh $(SUPERPROF) $(OBJDIR)/sequences.def
	@if cmp -s $(OBJDIR)/sequences.def dispatch/super/sequences.def; then \
	    echo "dispatch/super/sequences.def is current"; \
	 else cp $(OBJDIR)/sequences.def dispatch/super/sequences.def; \
	    echo "dispatch/super/sequences.def regenerated"; fi

# tests/module.mk — small programs the test suites run (built before `make test`).
#   two-machines     tests/tools/two-machines.c: two machines at once in one process
#   codegen-reader   tests/tools/codegen-reader.c: vm/codegen.c's machine-code
#                    reader on known code, and W^X after every prepare()
#   super-check      tests/tools/super-check.c: dispatch/super at every step limit
# and asm/gencode (asm/module.mk), whose dump of generated code
# tests/suites/32-generated-code.sh reads.

TEST_TOOLS := $(OBJDIR)/tests/two-machines $(OBJDIR)/tests/codegen-reader $(ASM_DIR)/gencode
TEST_DEPS += $(TEST_TOOLS)

$(OBJDIR)/tests/%.o: CSTD_USED = $(CSTD)
-include $(wildcard $(OBJDIR)/tests/tools/*.d)

$(OBJDIR)/tests/two-machines: $(OBJDIR)/tests/tools/two-machines.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -pthread -o $@ $^ $(LDLIBS)

# super-check: dispatch/super against direct threading at every step limit,
# with a second compile of dispatch/super/super.c that fuses the sequences
# of tests/tools/super-test.def (tests/tools/super-check.c says why).
TEST_TOOLS += $(OBJDIR)/tests/super-check
TEST_DEPS += $(OBJDIR)/tests/super-check

$(OBJDIR)/tests/super-test.o: dispatch/super/super.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (tests/tools/super-test.def)";)
	$(Q)$(CC) $(CPPFLAGS) $(DISPATCH_CSTD) $(ALL_CFLAGS) $(DISPATCH_CFLAGS) $(DISPATCH_CFLAGS_super) -DSUPER_TEST \
	    -DSUPER_SEQUENCES='"tests/tools/super-test.def"' -Ddispatcher_super=dispatcher_super_test \
	    -MMD -MP -c -o $@ $<
-include $(OBJDIR)/tests/super-test.d

$(OBJDIR)/tests/super-check: $(OBJDIR)/tests/tools/super-check.o $(OBJDIR)/tests/super-test.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

$(OBJDIR)/tests/codegen-reader: $(OBJDIR)/tests/tools/codegen-reader.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

# tests/module.mk — small programs the test suites run (built before `make test`).
#   two-machines     tests/tools/two-machines.c: two machines at once in one process
#   codegen-reader   tests/tools/codegen-reader.c: vm/codegen.c's machine-code
#                    reader on known code, and W^X after every prepare()
# and asm/gencode (asm/module.mk), whose dump of generated code
# tests/suites/32-generated-code.sh reads.

TEST_TOOLS := $(OBJDIR)/tests/two-machines $(OBJDIR)/tests/codegen-reader $(ASM_DIR)/gencode
TEST_DEPS += $(TEST_TOOLS)

$(OBJDIR)/tests/%.o: CSTD_USED = $(CSTD)
-include $(wildcard $(OBJDIR)/tests/tools/*.d)

$(OBJDIR)/tests/two-machines: $(OBJDIR)/tests/tools/two-machines.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -pthread -o $@ $^ $(LDLIBS)

$(OBJDIR)/tests/codegen-reader: $(OBJDIR)/tests/tools/codegen-reader.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -o $@ $^ $(LDLIBS)

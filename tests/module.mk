# tests/module.mk — small programs the test suites run (built before `make test`).
#   two-machines   tests/tools/two-machines.c: two machines at once in one process

TEST_TOOLS := $(OBJDIR)/tests/two-machines
TEST_DEPS += $(TEST_TOOLS)

$(OBJDIR)/tests/%.o: CSTD_USED = $(CSTD)
-include $(wildcard $(OBJDIR)/tests/tools/*.d)

$(OBJDIR)/tests/two-machines: $(OBJDIR)/tests/tools/two-machines.o $(LIB_OBJ)
	@$(if $(V),,echo "  LINK    $@";)
	$(Q)$(CC) $(ALL_CFLAGS) $(PIELDFLAGS) -pthread -o $@ $^ $(LDLIBS)

# The switch's default is unreachable: every opcode in its copy is one the
# verifier accepted (see switch.c), so no range check is made.  clang then copies
# the dispatch (load, jump through the table) into every case, "tail
# duplication", which would turn the central loop into token threading
# with 68 indirect jumps; this flag keeps the one central jump, as the
# technique is defined.  gcc keeps it without being asked.
# tests/suites/30-machine-code.sh counts the indirect jumps.
DISPATCH_CFLAGS_switch := $(if $(CC_IS_CLANG),-mllvm -tail-dup-indirect-size=0)

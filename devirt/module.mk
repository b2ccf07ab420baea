# devirt/module.mk -- `make devirt`: the devirtualization demo (docs/devirt.md).
# Included by the top-level Makefile, which provides CC, CC_IS_CLANG, OBJDIR
# and WARN.
#
#   make devirt              gcc and g++
#   make devirt CC=clang     clang and clang++
#   make devirt CXX=...      another C++ compiler
#
# The work is done by devirt/run.sh (builds, listings, timing); everything it
# builds goes to $(OBJDIR)/devirt/, so gcc and clang builds do not mix.

# The C++ compiler that goes with CC, unless CXX was given explicitly (make's
# built-in default CXX=g++ does not count: it would pair g++ with clang).
DEVIRT_CXX := $(if $(filter command line environment override,$(origin CXX)),$(CXX))

.PHONY: devirt
devirt:
	@CC="$(CC)" CXX="$(DEVIRT_CXX)" OUT="$(OBJDIR)/devirt" WARN="$(WARN)" \
	    bash devirt/run.sh

#include "dispatch/compiled/rt.h"
int dl_probe(void);
int dl_probe(void) { return STACK_CELLS + 42; }

#!/bin/sh
# bench/dispatch-seq.sh OBJECT — the one place where the harness gets the
# static dispatch sequence of a dispatcher: the machine instructions a `nop`
# executes to reach the next handler, one "ADDRESS<TAB>INSTRUCTION" line
# each, from the dispatcher's object file; a message on standard error and
# a non-zero exit status when it cannot tell.  bench/run.sh and
# tests/suites/60-bench.sh call this, nothing else: to take the sequence
# from another extractor, change the line below.
exec sh "$(dirname "$0")/../asm/dispatch-seq.sh" "$@"

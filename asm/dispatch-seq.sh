#!/bin/sh
# asm/dispatch-seq.sh OBJECT — nop's dispatch sequence, one
# "ADDRESS<TAB>INSTRUCTION" line per machine instruction ("gen+OFFSET" for code
# generated at run time), for the benchmark's static column (bench/run.sh).
# The extractor is asm/marks.pl; this name stays for its callers.
exec perl "$(dirname "$0")/marks.pl" seq "$@"

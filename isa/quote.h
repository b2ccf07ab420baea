/*
 * isa/quote.h — how a message shows bytes it did not write: words from a
 * program (isa/asm.c), file names and option values from the command line
 * (vm/main.c).  Whatever they hold, the message stays one line of printable
 * ASCII, so that an input cannot split it or send escape sequences to a
 * terminal (docs/reliability.md).
 */
#ifndef DISPATCHLAB_QUOTE_H
#define DISPATCHLAB_QUOTE_H

#include <stddef.h>

/* Quoted words are cut after this many bytes, "..." marking the cut. */
#define QUOTE_WORD 40

/* s[0..n) into out: printable ASCII as it is, except ' and \, which (like
 * every other byte) appear as \xNN; after `most` bytes of s, "..." and no
 * more.  out needs 4 * min(n, most) + 4 bytes; with less, the text is cut
 * where it ends.  Returns out. */
const char *quote(char *out, size_t outsz, const char *s, size_t n, size_t most);

#endif

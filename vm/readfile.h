/* vm/readfile.h — reading a whole input, for build/vm, the benchmark
 * driver and the fuzz tools. */
#ifndef DISPATCHLAB_READFILE_H
#define DISPATCHLAB_READFILE_H

#include <stddef.h>
#include <stdio.h>

/* The most build/vm reads of a program (docs/reliability.md): it keeps
 * the assembler's time and memory bounded for any input. */
#define MAX_SOURCE_BYTES ((size_t)256 << 20)

/* Everything f holds, in a malloc'd buffer with a '\0' after the last byte
 * (the data may contain NULs itself: *len counts the bytes).  Returns NULL
 * with errno set when it cannot be read, EFBIG when it holds more than max
 * bytes (at most SIZE_MAX / 2); reads at most max + 1 bytes to find out. */
char *read_stream(FILE *f, size_t max, size_t *len);

/* The same for the file at path, or standard input for "-". */
char *read_file(const char *path, size_t max, size_t *len);

#endif

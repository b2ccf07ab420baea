/*
 * dispatch/compiled/toolchain.h — compiling generated C into a shared
 * object and loading it (dispatch/compiled/toolchain.c).
 */
#ifndef DISPATCHLAB_COMPILED_TOOLCHAIN_H
#define DISPATCHLAB_COMPILED_TOOLCHAIN_H

#include <stddef.h>
#include <stdio.h>

/* What a failure says: one sentence, for "cannot prepare the program: ...". */
struct why {
    char text[400];
};
void why_set(struct why *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A loaded shared object and the function it exports. */
struct loaded {
    void *handle;
    void *fn;
};

/* Write the C source (the generator) into f; returns 0, or -1 with *w set. */
typedef int write_source(FILE *f, void *arg, struct why *w);

/* Compile what write() writes, with the embedded headers beside it, into
 * a shared object in a private temporary directory, load it, look up
 * `symbol`, and remove the directory.  Returns 0, or -1 with *w set. */
int toolchain_build(write_source *write, void *arg, const char *symbol,
                    struct loaded *out, struct why *w);
void toolchain_unload(struct loaded *l);

/* NULL when a C compiler is found that builds code this process can load
 * and run (tried once per process: a small file compiled and called),
 * else why not. */
const char *toolchain_unavailable(void);

#endif

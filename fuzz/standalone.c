/*
 * fuzz/standalone.c — run a fuzz target over files, without libFuzzer.
 *
 *   fuzz_NAME FILE...       each file is one input; '-' reads stdin
 *
 * This is what `make test` uses to replay the test corpus and the saved
 * findings through every target with gcc or clang, sanitizers or not; a
 * finding aborts (fuzz/targets.h), so the exit status tells.  libFuzzer
 * binaries (libfuzzer_NAME) accept the same FILE arguments.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/targets.h"

static uint8_t *slurp(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0, got;
    uint8_t *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    if (buf && ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    int ran = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
        size_t len = 0;
        uint8_t *data = f ? slurp(f, &len) : NULL;
        if (f && f != stdin)
            fclose(f);
        if (!data) {
            fprintf(stderr, "%s: %s: %s\n", argv[0], argv[i], strerror(errno ? errno : EIO));
            return 2;
        }
        LLVMFuzzerTestOneInput(data, len);
        free(data);
        ran++;
    }
    printf("%s: %d inputs, no finding\n", argv[0], ran);
    return 0;
}

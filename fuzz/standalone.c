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
#include "vm/readfile.h"

int main(int argc, char **argv)
{
    int ran = 0;
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        uint8_t *data = (uint8_t *)read_file(argv[i], MAX_SOURCE_BYTES, &len);
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

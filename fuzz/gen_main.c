/*
 * fuzz/gen_main.c — the `gen` command: test inputs, reproducibly.
 *
 *   gen [--seed N]            the random valid program number N (default 1),
 *                             as `make test` and the difftest make them
 *   gen --choices FILE        the program the bytes of FILE choose (a
 *                             fuzz_gen input: turns a finding into a .vm file)
 *   gen --bytes N [--seed S]  N pseudo-random bytes (hostile-input tests:
 *                             the same bytes on every machine, unlike
 *                             /dev/urandom)
 *   gen --bytecode FILE.vm    assemble FILE.vm, write its bytecode (seeds
 *                             for the fuzz_bytecode target)
 *   gen --verify FILE.bin     verify the raw bytecode in FILE.bin, as
 *                             fuzz_bytecode does: prints "FILE: ok" (exit 0)
 *                             or "FILE: error: MESSAGE" (exit 1); the
 *                             verifier's messages for bytecode no assembler
 *                             makes are tested with it (11-verifier.sh)
 *
 * A program comes with its step limit in a "; args: --max-steps N" line;
 * run it with `build/vm -d all --max-steps N FILE`.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/gen.h"
#include "isa/program.h"
#include "vm/readfile.h"

static int usage(void)
{
    fprintf(stderr,
            "usage: gen [--seed N]             a random valid program\n"
            "       gen --choices FILE         the program FILE's bytes choose\n"
            "       gen --bytes N [--seed S]   N pseudo-random bytes\n"
            "       gen --bytecode FILE.vm     the bytecode of FILE.vm\n"
            "       gen --verify FILE.bin      verify raw bytecode\n");
    return 2;
}

static int parse_u64(const char *s, uint64_t *v)
{
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 0);
    if (!*s || *end || errno || s[0] == '-')
        return -1;
    *v = x;
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t seed = 1, nbytes = 0;
    const char *choices_file = NULL, *bytecode_file = NULL, *verify_file = NULL;
    int bytes = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            if (parse_u64(argv[++i], &seed) < 0)
                return usage();
        } else if (strcmp(argv[i], "--bytes") == 0 && i + 1 < argc) {
            if (parse_u64(argv[++i], &nbytes) < 0)
                return usage();
            bytes = 1;
        } else if (strcmp(argv[i], "--choices") == 0 && i + 1 < argc) {
            choices_file = argv[++i];
        } else if (strcmp(argv[i], "--bytecode") == 0 && i + 1 < argc) {
            bytecode_file = argv[++i];
        } else if (strcmp(argv[i], "--verify") == 0 && i + 1 < argc) {
            verify_file = argv[++i];
        } else {
            return usage();
        }
    }

    if (bytes) {
        struct choices c;
        choices_seed(&c, seed);
        for (uint64_t i = 0; i < nbytes; i++)
            putchar((int)choose(&c, 256));
        return fflush(stdout) == 0 ? 0 : 1;
    }

    if (bytecode_file) {
        size_t len;
        char *text = read_file(bytecode_file, MAX_SOURCE_BYTES, &len);
        if (!text) {
            fprintf(stderr, "gen: %s: %s\n", bytecode_file, strerror(errno));
            return 1;
        }
        struct program p;
        struct load_error err;
        int rc = assemble(bytecode_file, text, len, &p, &err);
        free(text);
        if (rc < 0) {
            fprintf(stderr, "%s:%" PRIu32 ": error: %s\n", bytecode_file, err.line, err.msg);
            return 1;
        }
        fwrite(p.code, 1, p.size, stdout);
        program_free(&p);
        return fflush(stdout) == 0 ? 0 : 1;
    }

    if (verify_file) {
        size_t len;
        char *bytes = read_file(verify_file, MAX_SOURCE_BYTES, &len);
        if (!bytes) {
            fprintf(stderr, "gen: %s: %s\n", verify_file, strerror(errno));
            return 2;
        }
        if (len > MAX_CODE_BYTES) {
            fprintf(stderr, "gen: %s: more than %u bytes of bytecode\n", verify_file, MAX_CODE_BYTES);
            free(bytes);
            return 2;
        }
        /* code and size only, as bytecode from outside would come: verify()
         * makes the maps (program_free() frees the code) */
        struct program p = { .file = verify_file, .code = (uint8_t *)bytes, .size = (uint32_t)len };
        struct load_error err;
        int ok = verify(&p, &err) == 0;
        if (ok)
            printf("%s: ok\n", verify_file);
        else
            printf("%s: error: %s\n", verify_file, err.msg);
        program_free(&p);
        return ok ? 0 : 1;
    }

    struct choices c;
    uint8_t *data = NULL;
    size_t len = 0;
    if (choices_file) {
        data = (uint8_t *)read_file(choices_file, MAX_SOURCE_BYTES, &len);
        if (!data) {
            fprintf(stderr, "gen: %s: %s\n", choices_file, strerror(errno));
            return 1;
        }
        choices_bytes(&c, data, len);
    } else {
        choices_seed(&c, seed);
    }
    int64_t steps;
    char *text = gen_program(&c, &steps);
    free(data);
    if (!text) {
        fprintf(stderr, "gen: out of memory\n");
        return 1;
    }
    if (choices_file)
        printf("; gen --choices %s\n", choices_file);
    else
        printf("; gen --seed %" PRIu64 "\n", seed);
    fputs(text, stdout);
    free(text);
    return fflush(stdout) == 0 ? 0 : 1;
}

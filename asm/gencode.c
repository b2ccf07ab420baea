/*
 * asm/gencode.c — what a dispatcher generates at run time, written out
 * for `make asm`, as the dispatcher describes it.
 *
 *     gencode NAME PROGRAM.vm PREFIX
 *
 * assembles and verifies PROGRAM.vm, runs dispatcher NAME's prepare() on
 * it (never the program), and writes PREFIX.map and, where the dispatcher
 * describes generated machine code, PREFIX.bin (its bytes), for
 * asm/marks.pl.  PREFIX.map has lines from this program:
 *
 *   binary PATH         this program: its symbol table (nm) names the
 *                       functions the code calls,
 *   anchor ADDRESS      with the run-time address of `dispatchers`, also in
 *                       a position-independent build;
 *   unavailable REASON  the dispatcher's unavailable() (build/vm --list
 *                       says the same), and nothing else follows;
 *   none REASON         it describes no generated code (no describe():
 *                       prepare() runs all the same, for a dispatcher that
 *                       keeps what it made, as compiled does for its
 *                       dispatch/compiled/listing.sh), and nothing else
 *                       follows;
 *   vm ORD LINE MNEMONIC PROVEN
 *                       per VM instruction of PROGRAM.vm: its line, and 1
 *                       when the verifier proved its depth checks;
 *
 * then the lines the dispatcher's describe() writes (vm/dispatch.h; the
 * stock ones through codegen_describe, vm/codegen.c):
 *
 *   code ADDRESS SIZE   the generated machine code, where it is at run time;
 *   insn COPY ORD OFFSET LENGTH KIND [HANDLER]
 *                       a piece of VM instruction ORD's code in copy COPY
 *                       (0 verified, 1 checked; vm/thread.h), OFFSET bytes
 *                       from the start of the code, LENGTH bytes long ("- -"
 *                       for none); HANDLER names the handler it calls or
 *                       copies by its marks (vm/interp.h): X for the proven
 *                       entry of opcode X of isa/opcodes.def, C_X for its
 *                       checked entry;
 *   kind KIND TEXT      what a KIND of piece is, in words (the stock ones:
 *                       call, copy, dispatch, branch, fast, slow, engine);
 *   other OFFSET LENGTH TEXT
 *                       code of no VM instruction (the entry), TEXT says what.
 *
 * An instruction may have several pieces; the pieces and the `other` code
 * cover the code exactly, every byte in one (asm/marks.pl checks).  A
 * dispatcher that compiles generated source (dispatch/compiled: C, compiled
 * in prepare) describes its loaded machine code the same way: pieces of a
 * KIND of its own for each instruction's code as the compiler's line table
 * places it (several where the compiler split it, length 0 where it left
 * nothing), `other` for the rest (function entries, tables), and a line
 * `source PATH` for the generated source it keeps.
 *
 * Exit status 0 when PREFIX.map is written (whatever it says), 1 on
 * errors, 2 for bad usage.  Linux and the C library only, like the rest
 * of the tooling of `make asm`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/dispatch.h"
#include "vm/readfile.h"

static FILE *open_out(const char *prefix, const char *ext)
{
    size_t len = strlen(prefix) + strlen(ext) + 1;
    char *path = malloc(len);
    if (!path)
        return NULL;
    snprintf(path, len, "%s%s", prefix, ext);
    FILE *f = fopen(path, "wb");
    if (!f)
        perror(path);
    free(path);
    return f;
}

/* Copy describe()'s lines to map; the code's address and size from its
 * `code` line (0 when it has none).  Returns 0, or -1 on errors. */
static int describe(const struct dispatcher *d, const void *prepared, FILE *map,
                    unsigned long *code, size_t *size)
{
    FILE *t = tmpfile();
    if (!t)
        return -1;
    d->describe(prepared, t);
    rewind(t);
    char line[512];
    *code = 0;
    while (fgets(line, sizeof line, t)) {
        sscanf(line, "code %lx %zu", code, size);
        fputs(line, map);
    }
    int bad = ferror(t);
    fclose(t);
    return bad ? -1 : 0;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s NAME PROGRAM.vm PREFIX\n", argv[0]);
        return 2;
    }
    const char *name = argv[1], *file = argv[2], *prefix = argv[3];

    const struct dispatcher *d = NULL;
    for (unsigned i = 0; i < ndispatchers; i++)
        if (strcmp(dispatchers[i]->name, name) == 0)
            d = dispatchers[i];
    if (!d) {
        fprintf(stderr, "%s: no dispatcher '%s'\n", argv[0], name);
        return 1;
    }
    FILE *map = open_out(prefix, ".map");
    if (!map)
        return 1;
    fprintf(map, "binary %s\nanchor 0x%lx\n", argv[0], (unsigned long)(uintptr_t)dispatchers);
    const char *why = d->unavailable ? d->unavailable() : NULL;
    if (why) {
        fprintf(map, "unavailable %s\n", why);
        printf("%s: unavailable\n", name);
        return fclose(map) == 0 ? 0 : 1;
    }

    size_t len;
    char *text = read_file(file, MAX_SOURCE_BYTES, &len);
    if (!text) {
        perror(file);
        fclose(map);
        return 1;
    }
    struct program prog;
    struct load_error err;
    if (assemble(file, text, len, &prog, &err) != 0 || verify(&prog, &err) != 0) {
        fprintf(stderr, "%s:%u: error: %s\n", file, (unsigned)err.line, err.msg);
        free(text);
        fclose(map);
        return 1;
    }
    free(text);
    if (!d->describe) {
        /* Nothing to describe; prepared all the same, for a dispatcher that
         * keeps what it made for a listing of its own (compiled keeps its
         * C and shared object where DISPATCHLAB_COMPILED_KEEP says). */
        void *prepared = d->prepare ? d->prepare(&prog) : NULL;
        if (prepared && d->release)
            d->release(prepared);
        program_free(&prog);
        fprintf(map, "none no generated code described (no describe() in its struct dispatcher)\n");
        printf("%s: nothing generated to describe\n", name);
        return fclose(map) == 0 ? 0 : 1;
    }
    for (uint32_t i = 0; i < prog.count; i++)
        fprintf(map, "vm %u %u %s %u\n", (unsigned)i, (unsigned)prog.line[i],
                opinfo[prog.code[prog.offset[i]]].name, (unsigned)prog.proven[i]);

    void *prepared = d->prepare(&prog);
    int status = 0;
    unsigned long code = 0;
    size_t size = 0;
    if (!prepared) {
        fprintf(stderr, "%s: prepare failed\n", name);
        status = 1;
    } else if (describe(d, prepared, map, &code, &size) != 0) {
        fprintf(stderr, "%s: cannot write its description\n", name);
        status = 1;
    } else if (code) {
        FILE *bin = open_out(prefix, ".bin");
        if (!bin || fwrite((const void *)(uintptr_t)code, 1, size, bin) != size)
            status = 1;
        if (bin && fclose(bin) != 0)
            status = 1;
    }
    if (status == 0)
        printf("%s: %zu bytes of generated code described\n", name, size);
    if (fclose(map) != 0)
        status = 1;
    if (prepared && d->release)
        d->release(prepared);
    program_free(&prog);
    return status;
}

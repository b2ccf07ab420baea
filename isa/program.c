/*
 * isa/program.c — what every part of the system knows about an
 * instruction (the opcode table) and about a loaded program (its
 * ordinal maps, freeing it).  The assembler, the verifier, the
 * disassembler, the dispatchers and the fuzz oracle all use these; none
 * computes an instruction's size or the ordinal map itself.
 */
#include <stdlib.h>

#include "isa/program.h"

const struct opinfo opinfo[OP__COUNT] = {
#define OP(NAME, name, opnd, pops, pushes, flow, effect, doc) \
    [OP_##NAME] = { name, OPND_##opnd, SIZE_##NAME, pops, pushes, FLOW_##flow, effect, doc },
#include "isa/opcodes.def"
#undef OP
};

int program_index(struct program *p)
{
    uint32_t n = 0;
    for (uint32_t at = 0; at < p->size; at += opinfo[p->code[at]].size)
        n++;
    p->count = n;
    p->offset = malloc(((size_t)n + 1) * sizeof *p->offset);
    p->ord = calloc((size_t)p->size + 1, sizeof *p->ord);
    if (!p->offset || !p->ord)
        return -1;
    uint32_t at = 0;
    for (uint32_t i = 0; i < n; i++) {
        p->offset[i] = at;
        p->ord[at] = i;
        at += opinfo[p->code[at]].size;
    }
    p->offset[n] = p->size;
    p->ord[p->size] = n;
    return 0;
}

void program_free(struct program *prog)
{
    for (uint32_t i = 0; i < prog->nlabels; i++)
        free(prog->labels[i].name);
    free(prog->labels);
    free(prog->code);
    free(prog->ord);
    free(prog->offset);
    free(prog->line);
    free(prog->proven);
    free(prog->frame);
    const char *file = prog->file;
    memset(prog, 0, sizeof *prog);
    prog->file = file;
}

/*
 * isa/disasm.c — bytecode back to assembly.
 *
 * One printer per operand shape (as in clox's debug.c), a stable format so
 * that listings can be diffed, and output that reassembles to the same
 * bytecode: label names come from the program where it has them; a target
 * without a name gets ".L<offset>".
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "isa/program.h"

/* The first label defined at byte offset `at`, or NULL (binary search). */
static const char *label_at(const struct program *p, uint32_t at)
{
    uint32_t lo = 0, hi = p->nlabels;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (p->labels[mid].offset < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < p->nlabels && p->labels[lo].offset == at ? p->labels[lo].name : NULL;
}

void disassemble(FILE *f, const struct program *p, int annotate)
{
    /* Which offsets are targets without a name of their own? */
    uint8_t *unnamed = calloc((size_t)p->size + 1, 1);
    for (uint32_t i = 0; unnamed && i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        if (opinfo[*ins].operand == OPND_LABEL) {
            uint32_t t = read_label(ins + 1);
            if (t <= p->size && !label_at(p, t))
                unnamed[t] = 1;
        }
    }
    if (annotate)
        fprintf(f, "; %s: %" PRIu32 " instructions, %" PRIu32 " bytes of bytecode\n",
                p->file, p->count, p->size);
    uint32_t l = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        uint32_t at = p->offset[i];
        while (l < p->nlabels && p->labels[l].offset < at)
            l++;
        for (; l < p->nlabels && p->labels[l].offset == at; l++)
            fprintf(f, "%s:\n", p->labels[l].name);
        if (unnamed && unnamed[at])
            fprintf(f, ".L%" PRIu32 ":\n", at);

        const uint8_t *ins = p->code + at;
        const struct opinfo *oi = &opinfo[*ins];
        int n = fprintf(f, "    %-6s", oi->name);
        if (oi->operand == OPND_INT) {
            n += fprintf(f, " %" PRId64, read_int(ins + 1));
        } else if (oi->operand == OPND_LABEL) {
            uint32_t t = read_label(ins + 1);
            const char *name = label_at(p, t);
            if (name)
                n += fprintf(f, " %s", name);
            else
                n += fprintf(f, " .L%" PRIu32, t);
        }
        if (annotate) {
            n += fprintf(f, "%*s; @%-5" PRIu32 " line %" PRIu32, n < 28 ? 28 - n : 1, "",
                         at, p->line ? p->line[i] : 0);
            /* what the verifier proved (isa/prove.c) */
            if (p->proven)
                fprintf(f, "%*s%s", n < 50 ? 50 - n : 1, "", p->proven[i] ? "proven" : "checked");
            if (p->frame && (p->frame[i].need || p->frame[i].span != STACK_CELLS))
                fprintf(f, "  (a call here checks: %d below, %d above)", p->frame[i].need,
                        STACK_CELLS - p->frame[i].need - p->frame[i].span);
        }
        fputc('\n', f);
    }
    free(unnamed);
}

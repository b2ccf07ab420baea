/* vm/thread.c — see vm/thread.h. */
#include <stdlib.h>
#include <string.h>

#include "vm/interp.h"
#include "vm/thread.h"

uint8_t *quicken(const struct program *p)
{
    uint8_t *q = malloc(p->size);
    if (!q)
        return NULL;
    memcpy(q, p->code, p->size);
    for (uint32_t i = 0; i < p->count; i++)
        if (p->proven[i])
            q[p->offset[i]] += OP_PROVEN;
    return q;
}

static const uint8_t data_slots[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = NSLOTS_##NAME,
#include "isa/opcodes.def"
#undef OP
};

int thread_layout(const struct program *p, struct thread_layout *l)
{
    size_t n = 0;
    for (uint32_t i = 0; i < p->count; i++)
        n += 1 + data_slots[p->code[p->offset[i]]];
    l->nslots = n;
    l->first = malloc(((size_t)p->count + 1) * sizeof *l->first);
    l->ord = malloc(2 * n * sizeof *l->ord);
    if (!l->first || !l->ord) {
        free(l->first);
        free(l->ord);
        return -1;
    }
    size_t s = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        l->first[i] = (uint32_t)s;
        for (unsigned k = 0; k <= data_slots[p->code[p->offset[i]]]; k++)
            l->ord[s++] = i;
    }
    l->first[p->count] = (uint32_t)s;
    memcpy(l->ord + n, l->ord, n * sizeof *l->ord);
    return 0;
}

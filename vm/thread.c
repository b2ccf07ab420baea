/* vm/thread.c — see vm/thread.h. */
#include <stdlib.h>

#include "vm/thread.h"

int thread_layout(const struct program *p, struct thread_layout *l)
{
    size_t n = 0;
    for (uint32_t i = 0; i < p->count; i++)
        n += 1 + (opinfo[p->code[p->offset[i]]].operand != OPND_NONE);
    l->nslots = n;
    l->first = malloc(((size_t)p->count + 1) * sizeof *l->first);
    l->ord = malloc((n ? n : 1) * sizeof *l->ord);
    if (!l->first || !l->ord) {
        free(l->first);
        free(l->ord);
        return -1;
    }
    size_t s = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        l->first[i] = (uint32_t)s;
        l->ord[s++] = i;
        if (opinfo[p->code[p->offset[i]]].operand != OPND_NONE)
            l->ord[s++] = i;
    }
    l->first[p->count] = (uint32_t)s;
    return 0;
}

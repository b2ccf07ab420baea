/* vm/thread.c — see vm/thread.h. */
#include <stdlib.h>
#include <string.h>

#include "vm/interp.h"
#include "vm/thread.h"

void quick_free(void *prepared)
{
    struct quick *q = prepared;
    if (q) {
        free(q->code);
        free(q->branch);
        free(q);
    }
}

struct quick *quicken(const struct program *p)
{
    uint32_t nbranch = 0;
    for (uint32_t i = 0; i < p->count; i++)
        nbranch += opinfo[p->code[p->offset[i]]].operand == OPND_LABEL;
    struct quick *q = calloc(1, sizeof *q);
    if (!q)
        return NULL;
    q->size = p->size;
    q->code = malloc(2 * (size_t)p->size);
    q->branch = malloc((nbranch ? nbranch : 1) * sizeof *q->branch);
    if (!q->code || !q->branch) {
        quick_free(q);
        return NULL;
    }
    uint8_t *verified = q->code, *checked = q->code + p->size;
    memcpy(verified, p->code, p->size);
    uint32_t b = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        uint32_t at = p->offset[i];
        uint8_t op = p->code[at];
        if (p->proven[i])
            verified[at] = OP_PROVEN + op;
        if (opinfo[op].operand == OPND_LABEL) {
            uint32_t target = read_label(p->code + at + 1);
            uint32_t to = p->ord[target];
            q->branch[b] = (struct branch){
                .target = target,
                .limit = (int64_t)i + 1,
                .delta = (int64_t)to - i - 1,
                .frame = p->frame[to],
            };
            /* the operand, little-endian as read_label reads it */
            for (int k = 0; k < 4; k++)
                verified[at + 1 + k] = (uint8_t)(b >> (8 * k));
            b++;
        }
    }
    memcpy(checked, verified, p->size);
    for (uint32_t i = 0; i < p->count; i++)
        checked[p->offset[i]] = p->code[p->offset[i]];
    return q;
}

static const uint8_t data_slots[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = NSLOTS_##NAME,
#include "isa/opcodes.def"
#undef OP
};

void thread_free(void *thread)
{
    struct thread *t = thread;
    if (t) {
        free(t->slots);
        free(t->ord);
        free(t->first);
        free(t);
    }
}

struct thread *thread_new(const struct program *p, const void *const *labels,
                          void (*const *fns)(void))
{
    uint32_t *first = malloc(((size_t)p->count + 1) * sizeof *first);
    struct thread *t = calloc(1, sizeof *t);
    size_t n = 0;
    for (uint32_t i = 0; i < p->count; i++)
        n += 1 + data_slots[p->code[p->offset[i]]];
    if (t) {
        t->nslots = n;
        t->slots = malloc(2 * n * sizeof *t->slots);
        t->ord = malloc(2 * n * sizeof *t->ord);
    }
    if (!first || !t || !t->slots || !t->ord) {
        free(first);
        thread_free(t);
        return NULL;
    }
    t->first = first;
    size_t s = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        first[i] = (uint32_t)s;
        for (unsigned k = 0; k <= data_slots[p->code[p->offset[i]]]; k++)
            t->ord[s++] = i;
    }
    first[p->count] = (uint32_t)n;
    memcpy(t->ord + n, t->ord, n * sizeof *t->ord);

    for (size_t copy = 0; copy < 2; copy++) {
        union slot *base = t->slots + copy * n;
        for (uint32_t i = 0; i < p->count; i++) {
            const uint8_t *ins = p->code + p->offset[i];
            union slot *sl = base + first[i];
            unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + *ins : *ins;
            if (labels)
                sl[0].code = labels[h];
            else
                sl[0].fn = fns[h];
            if (opinfo[*ins].operand == OPND_INT) {
                sl[1].imm = read_int(ins + 1);
            } else if (opinfo[*ins].operand == OPND_LABEL) {
                uint32_t to = p->ord[read_label(ins + 1)];
                sl[1].target = base + first[to];
                sl[2].count = (int64_t)i + 1;
                sl[3].count = (int64_t)to - i - 1;
                if (opinfo[*ins].flow == FLOW_CALL)
                    sl[4].frame = p->frame[to];
            } else if (opinfo[*ins].flow == FLOW_RET) {
                sl[1].count = (int64_t)i + 1;
            }
        }
    }
    return t;
}

/*
 * fuzz/fuzz_hashtab.c — fuzz target 5: the hash table of isa/hashtab.c
 * (the assembler's labels, indirect threading's cells), built from
 * arbitrary keys.
 *
 * The input chooses everything, the hash key included:
 *
 *     16 bytes   the SipHash key (zeros where the input is shorter)
 *      1 byte    the probe limit: 2 + b % 15, or the real one (128) for 255
 *     records    a control byte, then key bytes: bit 7 set = find, clear =
 *                intern; the low 7 bits are the key's length (cut short
 *                where the input ends)
 *
 * Small limits make the table rebuild itself often, under new keys and
 * with more slots, which the real limit never does.  Checked after every
 * operation and at the end, against a reference made by sorting the keys:
 * intern gives each distinct key its own entry, in the order of first
 * intern, and the same one every time; find gives it or HASHTAB_NONE; no
 * operation examined more slots than the limit; the table is less than
 * half full, holds every entry exactly once, each within the limit of its
 * home slot and with the hash it has under the table's current key.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "isa/hashtab.h"
#include "fuzz/targets.h"

struct op {
    const uint8_t *key;
    size_t         len;
    bool           find;
    uint32_t       group;      /* equal keys, equal groups */
};

static int by_key(const void *a, const void *b)
{
    const struct op *x = *(const struct op *const *)a, *y = *(const struct op *const *)b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n ? memcmp(x->key, y->key, n) : 0;
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

struct entries {
    const struct op **of;      /* entry -> an op with its key */
};

static const void *entry_key(const void *ctx, uint32_t e, size_t *len)
{
    const struct entries *es = ctx;
    *len = es->of[e]->len;
    return es->of[e]->key;
}

static void fail(const char *what, const struct hashtab *t)
{
    char details[256];
    snprintf(details, sizeof details,
             "limit %u, capacity %zu, %zu entries, longest probe %" PRIu64 ", %" PRIu64 " rebuilds\n",
             t->limit, t->cap, t->used, t->stats.longest, t->stats.rebuilds);
    finding("hashtab", what, details, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t head[17] = { 0 };
    memcpy(head, data, size < sizeof head ? size : sizeof head);
    uint64_t k0 = 0, k1 = 0;
    for (int i = 7; i >= 0; i--) {
        k0 = k0 << 8 | head[i];
        k1 = k1 << 8 | head[8 + i];
    }
    unsigned limit = head[16] == 255 ? HASHTAB_LIMIT : 2 + head[16] % 15u;

    /* the operations */
    size_t nops = 0;
    struct op *ops = malloc((size > 17 ? size - 17 : 1) * sizeof *ops);
    struct op **sorted = malloc((size > 17 ? size - 17 : 1) * sizeof *sorted);
    if (!ops || !sorted)
        abort();
    for (size_t at = 17; at < size;) {
        uint8_t ctl = data[at++];
        size_t len = ctl & 0x7f;
        if (len > size - at)
            len = size - at;
        ops[nops] = (struct op){ data + at, len, (ctl & 0x80) != 0, 0 };
        sorted[nops] = &ops[nops];
        nops++;
        at += len;
    }
    /* the reference: equal keys get one group number */
    qsort(sorted, nops, sizeof *sorted, by_key);
    uint32_t groups = 0;
    for (size_t i = 0; i < nops; i++) {
        if (i > 0 && by_key(&sorted[i - 1], &sorted[i]) != 0)
            groups++;
        sorted[i]->group = groups;
    }
    groups += nops > 0;
    uint32_t *expect = malloc((groups ? groups : 1) * sizeof *expect);
    struct entries es = { malloc((nops ? nops : 1) * sizeof *es.of) };
    if (!expect || !es.of)
        abort();
    for (uint32_t g = 0; g < groups; g++)
        expect[g] = HASHTAB_NONE;

    struct hashtab t;
    if (hashtab_init_fixed(&t, entry_key, &es, k0, k1, limit) < 0)
        abort();
    uint32_t fresh = 0;
    for (size_t i = 0; i < nops; i++) {
        const struct op *o = &ops[i];
        uint32_t got;
        if (o->find) {
            got = hashtab_find(&t, o->key, o->len);
        } else {
            es.of[fresh] = o;
            got = hashtab_intern(&t, o->key, o->len, fresh);
            if (got == HASHTAB_NONE)
                fail("intern failed (out of memory?)", &t);
            if (expect[o->group] == HASHTAB_NONE)
                expect[o->group] = fresh++;
        }
        if (got != expect[o->group])
            fail(o->find ? "find gave the wrong entry" : "intern gave the wrong entry", &t);
        if (t.stats.longest > t.limit)
            fail("an operation examined more slots than the limit", &t);
    }
    for (size_t i = 0; i < nops; i++)
        if (hashtab_find(&t, ops[i].key, ops[i].len) != expect[ops[i].group])
            fail("a key is not found at the end", &t);
    if (t.used != fresh || t.used * 2 > t.cap)
        fail("wrong number of entries, or more than half full", &t);
    uint8_t *seen = calloc(fresh ? fresh : 1, 1);
    if (!seen)
        abort();
    size_t occupied = 0;
    for (size_t i = 0; i < t.cap; i++) {
        const struct hashtab_slot *s = &t.slot[i];
        if (!s->entry)
            continue;
        occupied++;
        uint32_t e = s->entry - 1;
        if (e >= fresh || seen[e]++)
            fail("an entry is in the table twice, or was never added", &t);
        uint32_t h = (uint32_t)siphash(1, 3, t.k0, t.k1, es.of[e]->key, es.of[e]->len);
        if (s->hash != h)
            fail("a slot's hash is not its key's hash under the table's key", &t);
        if (((i - (h & (t.cap - 1))) & (t.cap - 1)) >= t.limit)
            fail("an entry lies beyond the limit from its home slot", &t);
    }
    if (occupied != fresh)
        fail("the slots do not hold every entry", &t);
    hashtab_free(&t);
    free(seen);
    free(es.of);
    free(expect);
    free(sorted);
    free(ops);
    return 0;
}

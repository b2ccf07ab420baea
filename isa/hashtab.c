/*
 * isa/hashtab.c — the hash table for keys from a program (see hashtab.h
 * for why it is safe against chosen keys).
 *
 * Open addressing with linear probing, at most half full.  A slot keeps
 * the entry number and 32 bits of the key's hash: enough to find the home
 * slot again when the table grows (the capacity never exceeds 2^32) and to
 * skip most key comparisons.
 */
#include "isa/hashtab.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct hashtab_stats hashtab_totals;

/* ---- SipHash ------------------------------------------------------------ */

static inline uint64_t rotl(uint64_t x, unsigned b)
{
    return (x << b) | (x >> (64 - b));
}

static inline uint64_t le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

/* One SipRound on the state v[0..3]. */
#define SIPROUND()                                                             \
    do {                                                                       \
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);              \
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;                                 \
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;                                 \
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);              \
    } while (0)

/* Inlined where c and d are constants, so that the rounds unroll. */
static inline uint64_t sip(unsigned c, unsigned d, uint64_t k0, uint64_t k1,
                           const void *msg, size_t len)
{
    const uint8_t *p = msg;
    /* the initial state: the key xor "somepseudorandomlygeneratedbytes" */
    uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull;
    size_t n = len;
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t m = le64(p);
        v3 ^= m;
        for (unsigned i = 0; i < c; i++)
            SIPROUND();
        v0 ^= m;
    }
    /* the last block: the remaining bytes, the length (mod 256) on top */
    uint64_t m = (uint64_t)(len & 0xff) << 56;
    for (size_t i = 0; i < n; i++)
        m |= (uint64_t)p[i] << (8 * i);
    v3 ^= m;
    for (unsigned i = 0; i < c; i++)
        SIPROUND();
    v0 ^= m;
    v2 ^= 0xff;
    for (unsigned i = 0; i < d; i++)
        SIPROUND();
    return v0 ^ v1 ^ v2 ^ v3;
}
#undef SIPROUND

uint64_t siphash(unsigned c, unsigned d, uint64_t k0, uint64_t k1, const void *msg, size_t len)
{
    return sip(c, d, k0, k1, msg, len);
}

static uint32_t hash_key(const struct hashtab *t, const void *key, size_t len)
{
    return (uint32_t)sip(1, 3, t->k0, t->k1, key, len);
}

/* ---- hash keys -------------------------------------------------------------- */

/* 128 bits from the operating system: getentropy(), else /dev/urandom.
 * Should both fail (a sandbox without either), the clock, the process id
 * and addresses (which ASLR varies) are mixed instead: much weaker, but
 * the table's probe limit still bounds every operation. */
static void random_key(uint64_t *k0, uint64_t *k1)
{
    uint64_t k[2];
    if (getentropy(k, sizeof k) != 0) {
        int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
        ssize_t got = fd >= 0 ? read(fd, k, sizeof k) : -1;
        if (fd >= 0)
            close(fd);
        if (got != (ssize_t)sizeof k) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            uint64_t mix[4] = { (uint64_t)ts.tv_sec, (uint64_t)ts.tv_nsec,
                                (uint64_t)getpid(), (uint64_t)(uintptr_t)&ts };
            k[0] = siphash(2, 4, mix[3], mix[1], mix, sizeof mix);
            k[1] = siphash(2, 4, mix[0], (uint64_t)(uintptr_t)k, mix, sizeof mix);
        }
    }
    *k0 = k[0];
    *k1 = k[1];
}

static void new_key(struct hashtab *t)
{
    if (t->fixed) {             /* tests: a new key that repeats from run to run */
        uint64_t old[2] = { t->k0, t->k1 };
        t->k0 = siphash(2, 4, old[0], old[1], old, sizeof old);
        t->k1 = siphash(2, 4, old[1], old[0], old, sizeof old);
    } else {
        random_key(&t->k0, &t->k1);
    }
}

/* ---- the table ------------------------------------------------------------------ */

static void count(struct hashtab *t, size_t examined)
{
    t->stats.ops++;
    t->stats.probes += examined;
    if (examined > t->stats.longest)
        t->stats.longest = examined;
}

static bool same_key(const struct hashtab *t, uint32_t e, const void *key, size_t len)
{
    size_t elen;
    const void *ekey = t->key_of(t->ctx, e, &elen);
    return elen == len && (len == 0 || memcmp(ekey, key, len) == 0);
}

/* Put entry e (hash h) into s[cap]: returns false when that would take
 * more than t->limit slots. */
static bool place(const struct hashtab *t, struct hashtab_slot *s, size_t cap,
                  uint32_t h, uint32_t e)
{
    size_t i = h & (cap - 1);
    for (unsigned n = 0; n < t->limit; n++, i = (i + 1) & (cap - 1)) {
        if (!s[i].entry) {
            s[i] = (struct hashtab_slot){ h, e + 1 };
            return true;
        }
    }
    return false;
}

/* Move every entry into a table of `cap` slots; with `rekey`, under a new
 * hash key.  A rebuild that would break the probe limit is tried again
 * with a new key, and every second time with twice the slots.  Returns 0,
 * or -1 when out of memory (the table is then unchanged). */
static int rebuild(struct hashtab *t, size_t cap, bool rekey)
{
    const uint64_t k0 = t->k0, k1 = t->k1;
    for (unsigned attempt = 0;; attempt++) {
        struct hashtab_slot *s = NULL;
        if ((uint64_t)cap <= (uint64_t)1 << 32 && cap <= SIZE_MAX / sizeof *s)
            s = calloc(cap, sizeof *s);
        if (!s) {
            t->k0 = k0;         /* the slots still hold hashes under it */
            t->k1 = k1;
            return -1;
        }
        if (rekey) {
            new_key(t);
            t->stats.rebuilds++;
        }
        bool ok = true;
        for (size_t i = 0; i < t->cap && ok; i++) {
            if (!t->slot[i].entry)
                continue;
            uint32_t e = t->slot[i].entry - 1, h = t->slot[i].hash;
            if (rekey) {
                size_t len;
                const void *key = t->key_of(t->ctx, e, &len);
                h = hash_key(t, key, len);
            }
            ok = place(t, s, cap, h, e);
        }
        if (ok) {
            free(t->slot);
            t->slot = s;
            t->cap = cap;
            return 0;
        }
        free(s);
        rekey = true;
        if (attempt % 2 == 1)
            cap *= 2;
    }
}

/* 64 slots to start with: a table that grows as it fills stays small
 * (and in the cache) for most of its life, which made building one faster
 * than allocating all the slots it will need at once. */
static int init(struct hashtab *t, hashtab_key_fn *key_of, const void *ctx)
{
    t->key_of = key_of;
    t->ctx = ctx;
    t->used = 0;
    t->cap = 64;
    memset(&t->stats, 0, sizeof t->stats);
    t->slot = calloc(t->cap, sizeof *t->slot);
    return t->slot ? 0 : -1;
}

int hashtab_init(struct hashtab *t, hashtab_key_fn *key_of, const void *ctx)
{
    t->fixed = false;
    t->limit = HASHTAB_LIMIT;
    random_key(&t->k0, &t->k1);
    return init(t, key_of, ctx);
}

int hashtab_init_fixed(struct hashtab *t, hashtab_key_fn *key_of, const void *ctx,
                       uint64_t k0, uint64_t k1, unsigned limit)
{
    t->fixed = true;
    t->limit = limit < 2 ? 2 : limit;
    t->k0 = k0;
    t->k1 = k1;
    return init(t, key_of, ctx);
}

uint32_t hashtab_find(struct hashtab *t, const void *key, size_t len)
{
    uint32_t h = hash_key(t, key, len);
    size_t i = h & (t->cap - 1);
    unsigned n = 0;
    /* every entry lies within `limit` slots of its home slot */
    while (n < t->limit) {
        const struct hashtab_slot *s = &t->slot[i];
        n++;
        if (!s->entry)
            break;
        if (s->hash == h && same_key(t, s->entry - 1, key, len)) {
            count(t, n);
            return s->entry - 1;
        }
        i = (i + 1) & (t->cap - 1);
    }
    count(t, n);
    return HASHTAB_NONE;
}

uint32_t hashtab_intern(struct hashtab *t, const void *key, size_t len, uint32_t fresh)
{
    if ((t->used + 1) * 2 > t->cap && rebuild(t, t->cap * 2, false) < 0)
        return HASHTAB_NONE;
    for (;;) {
        uint32_t h = hash_key(t, key, len);
        size_t i = h & (t->cap - 1);
        unsigned n = 0;
        while (n < t->limit) {
            struct hashtab_slot *s = &t->slot[i];
            n++;
            if (!s->entry) {
                *s = (struct hashtab_slot){ h, fresh + 1 };
                t->used++;
                count(t, n);
                return fresh;
            }
            if (s->hash == h && same_key(t, s->entry - 1, key, len)) {
                count(t, n);
                return s->entry - 1;
            }
            i = (i + 1) & (t->cap - 1);
        }
        /* Neither the key nor a free slot within the limit: the key is not
         * in the table (every entry lies within the limit), and it cannot
         * go in.  Rebuild under a new hash key and try again. */
        count(t, n);
        if (rebuild(t, t->cap, true) < 0)
            return HASHTAB_NONE;
    }
}

void hashtab_free(struct hashtab *t)
{
    hashtab_totals.tables++;
    hashtab_totals.ops += t->stats.ops;
    hashtab_totals.probes += t->stats.probes;
    hashtab_totals.rebuilds += t->stats.rebuilds;
    if (t->stats.longest > hashtab_totals.longest)
        hashtab_totals.longest = t->stats.longest;
    free(t->slot);
    t->slot = NULL;
    t->cap = t->used = 0;
}

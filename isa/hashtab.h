/*
 * isa/hashtab.h — the one hash table for keys that come from a program:
 * the assembler's labels (isa/asm.c) and indirect threading's cells
 * (dispatch/indirect/indirect.c).
 *
 * A program's author chooses these keys, so the table must stay fast for
 * keys chosen to collide (docs/reliability.md, "Chosen keys").  Two things
 * see to that:
 *
 *   - The hash is SipHash-1-3 (Aumasson and Bernstein, "SipHash: a fast
 *     short-input PRF", 2012; the 1-3 variant is what CPython and Rust use
 *     for their tables) under a 128-bit key drawn from the operating
 *     system for every table.  Nothing the vm prints depends on the key,
 *     so an input cannot be built to collide: to its author the hash values
 *     are random, and linear probing at a load below 1/2 examines fewer
 *     than 2.5 slots per operation on average, whatever the keys.
 *   - No operation examines more than `limit` slots.  An insertion that
 *     would have to go further rebuilds the table under a new key (and,
 *     when that does not help, with twice the slots).  With a secret key
 *     that essentially never happens (a probe of 128 slots at load 1/2 has
 *     a probability near 1e-11 per key), but it makes the bound a fact
 *     that the fuzz target fuzz/fuzz_hashtab.c can check exactly, and it
 *     holds even for a caller whose key is known (the tests fix it).
 *
 * The table maps a key (any bytes) to an entry number.  It does not keep
 * the keys: the caller keeps its entries in an array and tells the table
 * how to read an entry's key (key_of), which is needed to compare keys and
 * to rehash under a new hash key.  Entries are never removed.
 */
#ifndef DISPATCHLAB_HASHTAB_H
#define DISPATCHLAB_HASHTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HASHTAB_NONE  UINT32_MAX     /* "no entry" (and "out of memory") */
#define HASHTAB_LIMIT 128            /* the most slots one operation examines */

/* The key of entry e of the caller's array: *len bytes at the result. */
typedef const void *hashtab_key_fn(const void *ctx, uint32_t e, size_t *len);

struct hashtab_slot {
    uint32_t hash;      /* low 32 bits of the key's hash (capacity <= 2^32) */
    uint32_t entry;     /* entry + 1; 0 = empty */
};

/* What a table did, for tests and fuzzing (tables add theirs to
 * hashtab_totals when they are freed). */
struct hashtab_stats {
    uint64_t tables;     /* tables freed */
    uint64_t ops;        /* finds and interns */
    uint64_t probes;     /* slots examined by them */
    uint64_t longest;    /* the most slots one of them examined */
    uint64_t rebuilds;   /* rebuilt under a new hash key */
};
extern struct hashtab_stats hashtab_totals;

struct hashtab {
    struct hashtab_slot *slot;
    size_t          cap, used;       /* cap is a power of two; used < cap / 2 */
    uint64_t        k0, k1;          /* the SipHash key */
    unsigned        limit;           /* slots one operation may examine */
    bool            fixed;           /* key given by the caller: new keys derive from it */
    hashtab_key_fn *key_of;
    const void     *ctx;
    struct hashtab_stats stats;
};

/* An empty table with a fresh random hash key.  Returns 0, or -1 when out
 * of memory. */
int  hashtab_init(struct hashtab *t, hashtab_key_fn *key_of, const void *ctx);

/* For tests and fuzzing: the hash key and the probe limit given (limit >= 2);
 * a rebuild derives its new key from the old one, so runs repeat exactly. */
int  hashtab_init_fixed(struct hashtab *t, hashtab_key_fn *key_of, const void *ctx,
                        uint64_t k0, uint64_t k1, unsigned limit);

/* The entry whose key is key[0..len), or HASHTAB_NONE. */
uint32_t hashtab_find(struct hashtab *t, const void *key, size_t len);

/* The entry whose key is key[0..len); if there is none, `fresh` (which
 * must be a new entry number whose key_of is already that key) becomes
 * it.  HASHTAB_NONE when the table had to grow and could not. */
uint32_t hashtab_intern(struct hashtab *t, const void *key, size_t len, uint32_t fresh);

void hashtab_free(struct hashtab *t);

/* SipHash with c compression and d finalization rounds (2, 4 is the
 * paper's SipHash-2-4; the tables use 1, 3).  Exposed for its test. */
uint64_t siphash(unsigned c, unsigned d, uint64_t k0, uint64_t k1, const void *msg, size_t len);

#endif

/*
 * fuzz/flood.c — programs whose keys collide in the hash functions
 * dispatchlab's tables used before isa/hashtab.c, ordinary programs of the
 * same size, and what the tables do with them (docs/reliability.md,
 * "Chosen keys"; tests/suites/72-chosen-keys.sh).
 *
 *   flood labels N          N labels, each defined and jumped to once, whose
 *                           names agree in the low 24 bits of their FNV-1a
 *                           hash: the assembler's label table used FNV-1a
 *                           and the low bits as the slot, so all N went to
 *                           one slot (up to 2^24 slots)
 *   flood cells N           N `push C` / `drop` pairs whose constants fell in
 *                           slot 0 of indirect threading's old cell table,
 *                           whose slot was (h ^ h >> 29) & (cap - 1) with
 *                           h = (C ^ opcode << 56) * 0x9e3779b97f4a7c15
 *   ... --plain             the same text with ordinary keys: names and
 *                           constants of the same lengths, drawn at random
 *                           (a fixed seed)
 *   ... --old               instead of the program: the slots the old table
 *                           would examine to load it ("old: N slots"), to
 *                           show that the keys do collide
 *   flood --probes FILE     assemble FILE, prepare it for indirect threading
 *                           and print what the tables did:
 *                           "labels: O operations, S slots, longest L, R rebuilds"
 *                           and the same for "cells:"
 *   flood --siphash         check isa/hashtab.c's SipHash against the test
 *                           vectors of the SipHash paper (SipHash-2-4)
 *
 * The colliding names come from a birthday search, stage by stage: from
 * the FNV state (mod 2^24) s, two different 4-letter blocks A and B that
 * lead to the same state s'; k stages give 2^k names of 4k letters that
 * end in the same state.  The constants come from inverting the old hash:
 * the multiplication by an odd number and the xorshift are both bijections.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isa/hashtab.h"
#include "vm/dispatch.h"
#include "vm/readfile.h"

static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
#define NLETTERS 52
#define BLOCK 4                 /* letters per stage */
#define MAX_STAGES 24           /* 2^24 names at most */

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* ---- the old label hash: FNV-1a, its low 24 bits ---------------------------- */

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    while (n--)
        h = (h ^ (uint8_t)*s++) * 1099511628211ull;
    return h;
}

/* FNV-1a's state mod 2^24 depends only on the state mod 2^24 before. */
static uint32_t fnv24(uint32_t h, const char *s, size_t n)
{
    while (n--)
        h = ((h ^ (uint8_t)*s++) * (uint32_t)(1099511628211ull & 0xffffff)) & 0xffffff;
    return h;
}

struct cand {
    uint32_t state, j;
};

static int by_state(const void *a, const void *b)
{
    const struct cand *x = a, *y = b;
    if (x->state != y->state)
        return x->state < y->state ? -1 : 1;
    return x->j < y->j ? -1 : x->j > y->j;
}

static void block(uint32_t j, char *out)
{
    for (int i = 0; i < BLOCK; i++, j /= NLETTERS)
        out[i] = letters[j % NLETTERS];
}

/* Two blocks per stage: name i takes pair[stage][bit stage of i]. */
static void collide_blocks(unsigned stages, char pair[][2][BLOCK])
{
    uint32_t s = fnv24((uint32_t)(14695981039346656037ull & 0xffffff), "L", 1);
    for (unsigned st = 0; st < stages; st++) {
        for (uint32_t m = 1u << 14;; m *= 2) {
            struct cand *c = malloc(m * sizeof *c);
            if (!c)
                abort();
            for (uint32_t j = 0; j < m; j++) {
                char b[BLOCK];
                block(j, b);
                c[j] = (struct cand){ fnv24(s, b, BLOCK), j };
            }
            qsort(c, m, sizeof *c, by_state);
            uint32_t i = 1;
            while (i < m && c[i].state != c[i - 1].state)
                i++;
            if (i < m) {
                block(c[i - 1].j, pair[st][0]);
                block(c[i].j, pair[st][1]);
                s = c[i].state;
                free(c);
                break;
            }
            free(c);
            if (m > 7000000) {          /* 52^4 blocks: cannot fail before */
                fprintf(stderr, "flood: no collision found\n");
                exit(1);
            }
        }
    }
}

/* The names: "L" and 4 letters per stage, colliding or random. */
static char **label_names(size_t n, int plain, size_t *len)
{
    unsigned stages = 1;
    while (stages < MAX_STAGES && ((size_t)1 << stages) < n)
        stages++;
    *len = 1 + BLOCK * (size_t)stages;
    static char pair[MAX_STAGES][2][BLOCK];
    if (!plain)
        collide_blocks(stages, pair);
    char **name = malloc(n * sizeof *name);
    uint64_t seed = 12345;
    for (size_t i = 0; name && i < n; i++) {
        name[i] = malloc(*len + 1);
        if (!name[i])
            abort();
        name[i][0] = 'L';
        for (unsigned st = 0; st < stages; st++) {
            char *at = name[i] + 1 + BLOCK * st;
            if (plain)
                for (int k = 0; k < BLOCK; k++)
                    at[k] = letters[splitmix(&seed) % NLETTERS];
            else
                memcpy(at, pair[st][(i >> st) & 1], BLOCK);
        }
        name[i][*len] = 0;
    }
    if (!name)
        abort();
    if (!plain) {                       /* the point of it: check */
        uint64_t low = fnv1a(name[0], *len) & 0xffffff;
        for (size_t i = 1; i < n; i++)
            if ((fnv1a(name[i], *len) & 0xffffff) != low || strcmp(name[i], name[i - 1]) == 0) {
                fprintf(stderr, "flood: the names do not collide\n");
                exit(1);
            }
    }
    return name;
}

/* Slots the old label table examined: defining every name (pass one),
 * then looking every one up (pass two); 256 slots, doubled before an
 * insertion would make it half full. */
static uint64_t old_labels(char **name, size_t n, size_t len)
{
    size_t cap = 256, used = 0;
    uint64_t *slot = calloc(cap, sizeof *slot);   /* index + 1 */
    uint64_t probes = 0;
    for (int pass = 1; pass <= 2; pass++) {
        for (size_t k = 0; k < n; k++) {
            if (pass == 1 && used * 2 >= cap) {
                uint64_t *ns = calloc(cap * 2, sizeof *ns);
                if (!ns)
                    abort();
                for (size_t i = 0; i < cap; i++) {
                    if (!slot[i])
                        continue;
                    size_t j = fnv1a(name[slot[i] - 1], len) & (2 * cap - 1);
                    while (ns[j])
                        j = (j + 1) & (2 * cap - 1);
                    ns[j] = slot[i];
                }
                free(slot);
                slot = ns;
                cap *= 2;
            }
            size_t i = fnv1a(name[k], len) & (cap - 1);
            probes++;
            while (slot[i] && slot[i] - 1 != k) {
                i = (i + 1) & (cap - 1);
                probes++;
            }
            slot[i] = k + 1;
            used += pass == 1;
        }
    }
    free(slot);
    return probes;
}

/* ---- the old cell hash ---------------------------------------------------------- */

#define PHI 0x9e3779b97f4a7c15ull

static size_t old_cell_slot(uint8_t op, uint64_t operand, size_t cap)
{
    uint64_t h = (operand ^ ((uint64_t)op << 56)) * PHI;
    return (size_t)((h ^ (h >> 29)) & (cap - 1));
}

static uint64_t *cell_constants(size_t n, int plain)
{
    uint64_t *c = malloc((n ? n : 1) * sizeof *c);
    uint64_t inv = PHI;                 /* PHI^-1 mod 2^64, by Newton's method */
    for (int i = 0; i < 6; i++)
        inv *= 2 - PHI * inv;
    uint64_t seed = 54321;
    for (size_t i = 0; c && i < n; i++) {
        if (plain) {
            c[i] = splitmix(&seed);
        } else {
            uint64_t g = (uint64_t)(i + 1) << 32;      /* low 32 bits: slot 0 */
            uint64_t h = g ^ (g >> 29) ^ (g >> 58);    /* h ^ h >> 29 == g */
            c[i] = (h * inv) ^ ((uint64_t)OP_PUSH << 56);
            if (old_cell_slot(OP_PUSH, c[i], (size_t)1 << 32) != 0) {
                fprintf(stderr, "flood: the constants do not collide\n");
                exit(1);
            }
        }
    }
    if (!c)
        abort();
    return c;
}

/* Slots the old cell table examined for the program of push/drop pairs and
 * a halt: a slot per (opcode, operand), at least twice the instructions. */
static uint64_t old_cells(const uint64_t *c, size_t n)
{
    size_t count = 2 * n + 1, cap = 16;
    while (cap < count * 2)
        cap *= 2;
    struct key { uint8_t op; uint64_t operand; bool used; } *slot = calloc(cap, sizeof *slot);
    if (!slot)
        abort();
    uint64_t probes = 0;
    for (size_t k = 0; k < count; k++) {
        uint8_t op = k == count - 1 ? OP_HALT : k % 2 ? OP_DROP : OP_PUSH;
        uint64_t operand = op == OP_PUSH ? c[k / 2] : 0;
        size_t i = old_cell_slot(op, operand, cap);
        probes++;
        while (slot[i].used && !(slot[i].op == op && slot[i].operand == operand)) {
            i = (i + 1) & (cap - 1);
            probes++;
        }
        slot[i] = (struct key){ op, operand, true };
    }
    free(slot);
    return probes;
}

/* ---- what the tables do now ----------------------------------------------------- */

static void report(const char *what)
{
    const struct hashtab_stats *s = &hashtab_totals;
    printf("%s: %" PRIu64 " operations, %" PRIu64 " slots, longest %" PRIu64 ", %" PRIu64 " rebuilds\n",
           what, s->ops, s->probes, s->longest, s->rebuilds);
    memset(&hashtab_totals, 0, sizeof hashtab_totals);
}

static int probes(const char *path)
{
    size_t len;
    char *text = read_file(path, MAX_SOURCE_BYTES, &len);
    if (!text) {
        perror(path);
        return 2;
    }
    struct program p;
    struct load_error err;
    memset(&hashtab_totals, 0, sizeof hashtab_totals);
    if (assemble(path, text, len, &p, &err) < 0 || verify(&p, &err) < 0) {
        fprintf(stderr, "%s:%" PRIu32 ": error: %s\n", path, err.line, err.msg);
        free(text);
        return 2;
    }
    free(text);
    report("labels");
    for (unsigned i = 0; i < ndispatchers; i++) {
        const struct dispatcher *d = dispatchers[i];
        if (strcmp(d->name, "indirect") != 0)
            continue;
        void *prepared = d->prepare(&p);
        if (!prepared) {
            fprintf(stderr, "flood: prepare failed\n");
            return 2;
        }
        d->release(prepared);
    }
    report("cells");
    program_free(&p);
    return 0;
}

static int siphash_vectors(void)
{
    /* SipHash-2-4, key 00 01 .. 0f, messages 00 01 .. (len - 1): the
     * first vector of the reference implementation and the worked
     * example of the paper (Appendix A, 15 bytes). */
    uint8_t key[16], msg[15];
    for (int i = 0; i < 16; i++)
        key[i] = (uint8_t)i;
    for (int i = 0; i < 15; i++)
        msg[i] = (uint8_t)i;
    uint64_t k0 = 0, k1 = 0;
    for (int i = 7; i >= 0; i--) {
        k0 = k0 << 8 | key[i];
        k1 = k1 << 8 | key[8 + i];
    }
    const struct { size_t len; uint64_t want; } v[] = {
        { 0, 0x726fdb47dd0e0e31ull },
        { 15, 0xa129ca6149be45e5ull },
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        uint64_t got = siphash(2, 4, k0, k1, msg, v[i].len);
        printf("siphash-2-4 of %zu bytes: %016" PRIx64 " (expected %016" PRIx64 ")%s\n",
               v[i].len, got, v[i].want, got == v[i].want ? "" : "  WRONG");
        bad |= got != v[i].want;
    }
    return bad;
}

static int usage(void)
{
    fprintf(stderr, "usage: flood labels|cells N [--plain] [--old]\n"
                    "       flood --probes FILE\n"
                    "       flood --siphash\n");
    return 2;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--probes") == 0)
        return probes(argv[2]);
    if (argc == 2 && strcmp(argv[1], "--siphash") == 0)
        return siphash_vectors();
    if (argc < 3)
        return usage();
    int plain = 0, old = 0;
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--plain") == 0)
            plain = 1;
        else if (strcmp(argv[i], "--old") == 0)
            old = 1;
        else
            return usage();
    }
    char *end;
    unsigned long long n = strtoull(argv[2], &end, 10);
    if (*end || n == 0 || n > (1u << MAX_STAGES))
        return usage();

    if (strcmp(argv[1], "labels") == 0) {
        size_t len;
        char **name = label_names((size_t)n, plain, &len);
        if (old) {
            printf("old: %" PRIu64 " slots\n", old_labels(name, (size_t)n, len));
        } else {
            for (size_t i = 0; i < n; i++)
                printf("%s: jmp %s\n", name[i], i + 1 < n ? name[i + 1] : "end");
            printf("end: halt\n");
        }
        for (size_t i = 0; i < n; i++)
            free(name[i]);
        free(name);
    } else if (strcmp(argv[1], "cells") == 0) {
        uint64_t *c = cell_constants((size_t)n, plain);
        if (old) {
            printf("old: %" PRIu64 " slots\n", old_cells(c, (size_t)n));
        } else {
            for (size_t i = 0; i < n; i++)
                printf("    push 0x%016" PRIx64 "\n    drop\n", c[i]);
            printf("    halt\n");
        }
        free(c);
    } else {
        return usage();
    }
    return fflush(stdout) == 0 ? 0 : 1;
}

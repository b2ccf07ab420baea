/*
 * bench/json.h — a small reader for the JSON that bench/report.c writes
 * (summary.json), for bench/results.c.  Whole documents into a tree; no
 * streaming, no \u escapes beyond ASCII, numbers as doubles.
 */
#ifndef DISPATCHLAB_BENCH_JSON_H
#define DISPATCHLAB_BENCH_JSON_H

#include <stdbool.h>
#include <stddef.h>

enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct jnode {
    enum jtype    type;
    double        num;          /* J_NUM; J_BOOL: 0 or 1 */
    char         *str;          /* J_STR */
    char         *key;          /* a member of an object: its name */
    struct jnode *child;        /* J_ARR, J_OBJ: the first element */
    struct jnode *next;         /* the next element of the parent */
};

/* Parse text; NULL with a message ("line N: ...") in err on a syntax error. */
struct jnode *json_parse(const char *text, char *err, size_t errlen);
void json_free(struct jnode *n);

/* Member `key` of object o, or NULL (also when o is not an object). */
const struct jnode *json_get(const struct jnode *o, const char *key);
/* The number / string at key (NAN / "" when missing, null or another type). */
double json_num(const struct jnode *o, const char *key);
const char *json_str(const struct jnode *o, const char *key);
bool json_bool(const struct jnode *o, const char *key);

#endif

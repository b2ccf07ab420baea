/*
 * bench/json.c — recursive descent over RFC 8259 JSON, into struct jnode.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/json.h"

struct parser {
    const char *p, *start;
    char *err;
    size_t errlen;
    int depth;
};

static struct jnode *value(struct parser *ps);

static void *error(struct parser *ps, const char *msg)
{
    if (ps->err[0])
        return NULL;
    unsigned line = 1;
    for (const char *q = ps->start; q < ps->p; q++)
        line += *q == '\n';
    snprintf(ps->err, ps->errlen, "line %u: %s", line, msg);
    return NULL;
}

static void skip(struct parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')
        ps->p++;
}

static struct jnode *node(enum jtype t)
{
    struct jnode *n = calloc(1, sizeof *n);
    if (n)
        n->type = t;
    return n;
}

static char *string(struct parser *ps)
{
    if (*ps->p != '"')
        return error(ps, "expected a string");
    ps->p++;
    size_t cap = 32, len = 0;
    char *s = malloc(cap);
    while (s && *ps->p != '"') {
        char c = *ps->p++;
        if (!c || (unsigned char)c < 0x20) {
            free(s);
            return error(ps, "unterminated string");
        }
        if (c == '\\') {
            char e = *ps->p++;
            switch (e) {
            case '"': case '\\': case '/': c = e; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'u': {
                unsigned v;
                if (sscanf(ps->p, "%4x", &v) != 1 || v > 0x7f) {
                    free(s);
                    return error(ps, "\\u escape outside ASCII");
                }
                ps->p += 4;
                c = (char)v;
                break;
            }
            default:
                free(s);
                return error(ps, "bad escape");
            }
        }
        if (len + 2 > cap) {
            char *t = realloc(s, cap *= 2);
            if (!t) {
                free(s);
                return error(ps, "out of memory");
            }
            s = t;
        }
        s[len++] = c;
    }
    if (!s)
        return error(ps, "out of memory");
    s[len] = 0;
    ps->p++;
    return s;
}

/* Elements of an array or members of an object, up to `close`. */
static struct jnode *items(struct parser *ps, struct jnode *n, char close, bool keys)
{
    struct jnode **tail = &n->child;
    ps->p++;
    skip(ps);
    if (*ps->p == close) {
        ps->p++;
        return n;
    }
    for (;;) {
        char *key = NULL;
        if (keys) {
            skip(ps);
            if (!(key = string(ps)))
                break;
            skip(ps);
            if (*ps->p != ':') {
                free(key);
                error(ps, "expected ':'");
                break;
            }
            ps->p++;
        }
        struct jnode *v = value(ps);
        if (!v) {
            free(key);
            break;
        }
        v->key = key;
        *tail = v;
        tail = &v->next;
        skip(ps);
        if (*ps->p == ',') {
            ps->p++;
            continue;
        }
        if (*ps->p == close) {
            ps->p++;
            return n;
        }
        error(ps, keys ? "expected ',' or '}'" : "expected ',' or ']'");
        break;
    }
    json_free(n);
    return NULL;
}

static struct jnode *value(struct parser *ps)
{
    skip(ps);
    if (++ps->depth > 64)
        return error(ps, "nested too deeply");
    struct jnode *n = NULL;
    const char *p = ps->p;
    if (*p == '{') {
        if ((n = node(J_OBJ)))
            n = items(ps, n, '}', true);
    } else if (*p == '[') {
        if ((n = node(J_ARR)))
            n = items(ps, n, ']', false);
    } else if (*p == '"') {
        char *s = string(ps);
        if (s && (n = node(J_STR)))
            n->str = s;
        else
            free(s);
    } else if (strncmp(p, "null", 4) == 0) {
        ps->p += 4;
        n = node(J_NULL);
    } else if (strncmp(p, "true", 4) == 0 || strncmp(p, "false", 5) == 0) {
        ps->p += *p == 't' ? 4 : 5;
        if ((n = node(J_BOOL)))
            n->num = *p == 't';
    } else if (*p == '-' || isdigit((unsigned char)*p)) {
        char *end;
        double v = strtod(p, &end);
        ps->p = end;
        if ((n = node(J_NUM)))
            n->num = v;
    } else {
        return error(ps, "expected a value");
    }
    ps->depth--;
    return n ? n : error(ps, "out of memory");
}

struct jnode *json_parse(const char *text, char *err, size_t errlen)
{
    struct parser ps = { text, text, err, errlen, 0 };
    err[0] = 0;
    struct jnode *n = value(&ps);
    if (n) {
        skip(&ps);
        if (*ps.p) {
            json_free(n);
            return error(&ps, "text after the value");
        }
    }
    return n;
}

void json_free(struct jnode *n)
{
    while (n) {
        struct jnode *next = n->next;
        json_free(n->child);
        free(n->str);
        free(n->key);
        free(n);
        n = next;
    }
}

const struct jnode *json_get(const struct jnode *o, const char *key)
{
    if (!o || o->type != J_OBJ)
        return NULL;
    for (const struct jnode *c = o->child; c; c = c->next)
        if (strcmp(c->key, key) == 0)
            return c;
    return NULL;
}

double json_num(const struct jnode *o, const char *key)
{
    const struct jnode *n = json_get(o, key);
    return n && n->type == J_NUM ? n->num : NAN;
}

const char *json_str(const struct jnode *o, const char *key)
{
    const struct jnode *n = json_get(o, key);
    return n && n->type == J_STR ? n->str : "";
}

bool json_bool(const struct jnode *o, const char *key)
{
    const struct jnode *n = json_get(o, key);
    return n && n->type == J_BOOL && n->num != 0;
}

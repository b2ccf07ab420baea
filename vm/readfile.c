/* vm/readfile.c — reading a whole input (see readfile.h). */
#include "vm/readfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

char *read_stream(FILE *f, size_t max, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n > max) {
            free(buf);
            buf = NULL;
            errno = EFBIG;
            break;
        }
        if (n + 1 == cap) { /* full but for the '\0': grow, to max + 2 at most */
            size_t want = cap <= (max + 2) / 2 ? cap * 2 : max + 2;
            char *nb = realloc(buf, want);
            if (!nb) {
                free(buf);
                buf = NULL;
                errno = ENOMEM;
                break;
            }
            buf = nb;
            cap = want;
        }
        size_t got = fread(buf + n, 1, cap - 1 - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                int e = errno ? errno : EIO;
                free(buf);
                buf = NULL;
                errno = e;
            }
            break;
        }
    }
    if (buf)
        buf[n] = '\0';
    *len = buf ? n : 0;
    return buf;
}

char *read_file(const char *path, size_t max, size_t *len)
{
    if (strcmp(path, "-") == 0)
        return read_stream(stdin, max, len);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = read_stream(f, max, len);
    int e = errno;
    fclose(f);
    errno = e;
    return buf;
}

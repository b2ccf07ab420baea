/* isa/quote.c — see quote.h. */
#include "isa/quote.h"


const char *quote(char *out, size_t outsz, const char *s, size_t n, size_t most)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    if (outsz == 0)
        return out;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i == most) {
            if (o + 4 <= outsz)
                out[o++] = '.', out[o++] = '.', out[o++] = '.';
            break;
        }
        if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
            if (o + 2 > outsz)
                break;
            out[o++] = (char)c;
        } else {
            if (o + 5 > outsz)
                break;
            out[o++] = '\\', out[o++] = 'x', out[o++] = hex[c >> 4], out[o++] = hex[c & 15];
        }
    }
    out[o] = 0;
    return out;
}

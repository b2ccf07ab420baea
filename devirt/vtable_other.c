/* devirt/vtable_other.c -- a logger in another translation unit: what
 * devirt/vtable.c cannot see unless the program is built with -flto. */
#include "vtable.h"

#include <stdio.h>

static void console_post(const struct logger *self, const char *who,
                         unsigned step)
{
    printf("%-8s %-9s step %u\n", self->name, who, step);
}

static const struct logger_ops console_ops = { console_post };
static const struct logger console = { &console_ops, "console" };

const struct logger *console_logger(void)
{
    return &console;
}

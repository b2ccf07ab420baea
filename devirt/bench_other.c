/* devirt/bench_other.c -- the loggers measured by devirt/bench.c, in their own
 * translation unit so that the calls in bench.c stay calls. */
#include "bench.h"

volatile unsigned bench_sink;

/* The method itself: reached through the vtable ("virtual") and by name
 * ("direct call"), the same machine code both ways. */
void sink_post(const struct sink_logger *self, unsigned step)
{
    sink_post_body(self, step);
}

/* Three more classes, each with its own post(), for the row where the
 * target changes from call to call.  They differ only in the constant so
 * that the linker cannot fold them into one function. */
static void sink_post_1(const struct sink_logger *self, unsigned step)
{
    bench_sink = step + self->bias + 1;
}

static void sink_post_2(const struct sink_logger *self, unsigned step)
{
    bench_sink = step + self->bias + 2;
}

static void sink_post_3(const struct sink_logger *self, unsigned step)
{
    bench_sink = step + self->bias + 3;
}

static const struct sink_ops sink_ops[SINK_KINDS] = {
    { sink_post }, { sink_post_1 }, { sink_post_2 }, { sink_post_3 },
};

static const struct sink_logger sinks[SINK_KINDS] = {
    { &sink_ops[0], 10 }, { &sink_ops[1], 20 },
    { &sink_ops[2], 30 }, { &sink_ops[3], 40 },
};

const struct sink_logger *sink_logger(unsigned kind)
{
    return &sinks[kind % SINK_KINDS];
}

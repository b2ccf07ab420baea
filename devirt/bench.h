/* devirt/bench.h -- the logger measured by devirt/bench.c.
 *
 * Its post() does almost nothing: it stores into a volatile sink, so that
 * the measurement is the cost of reaching post() -- through the vtable,
 * by a direct call, or inlined -- and not the cost of printing. */
#ifndef DEVIRT_BENCH_H
#define DEVIRT_BENCH_H

struct sink_logger;

struct sink_ops {
    void (*post)(const struct sink_logger *self, unsigned step);
};

struct sink_logger {
    const struct sink_ops *ops;
    unsigned bias;
};

/* The store every post() makes; volatile, so no call can be optimized away. */
extern volatile unsigned bench_sink;

/* The body of post(), written once: bench_other.c compiles it into the
 * out-of-line functions, bench.c inlines it for the "inlined" row. */
static inline void sink_post_body(const struct sink_logger *self,
                                  unsigned step)
{
    bench_sink = step + self->bias;
}

/* bench_other.c, a separate translation unit, so that bench.c can neither
 * inline these nor see which vtable a logger has. */
#define SINK_KINDS 4
void sink_post(const struct sink_logger *self, unsigned step);
const struct sink_logger *sink_logger(unsigned kind);  /* kind < SINK_KINDS */

#endif

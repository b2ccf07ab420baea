/*
 * bench/counters.c — hardware counters through perf_event_open(2).
 *
 * One group of four events (cycles is the leader), so that all four count
 * over exactly the same interval; user space only (exclude_kernel,
 * exclude_hv).  If the kernel cannot give us all four at once it would
 * multiplex them; the reading says so (time_running < time_enabled) and
 * the values are scaled, which is an estimate, not a count.
 *
 * Linux only.  Elsewhere, and whenever the syscall fails (no PMU in a
 * virtual machine, perf_event_paranoid above 2, seccomp in a container),
 * counters_open() fails with the reason and the harness prints n/a.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "bench/counters.h"

const char *const counter_names[CTR__COUNT] = {
    "cycles", "instructions", "branches", "branch-misses",
};

static char why[200] = "not opened";
static bool on;

#if defined(__linux__)
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static int fd[CTR__COUNT] = { -1, -1, -1, -1 };

static const uint64_t config[CTR__COUNT] = {
    PERF_COUNT_HW_CPU_CYCLES, PERF_COUNT_HW_INSTRUCTIONS,
    PERF_COUNT_HW_BRANCH_INSTRUCTIONS, PERF_COUNT_HW_BRANCH_MISSES,
};

static int open_one(uint64_t cfg, int group)
{
    struct perf_event_attr a;
    memset(&a, 0, sizeof a);
    a.type = PERF_TYPE_HARDWARE;
    a.size = sizeof a;
    a.config = cfg;
    a.disabled = group < 0;        /* the leader starts the whole group */
    a.exclude_kernel = 1;
    a.exclude_hv = 1;
    a.read_format = PERF_FORMAT_GROUP | PERF_FORMAT_TOTAL_TIME_ENABLED |
                    PERF_FORMAT_TOTAL_TIME_RUNNING;
    /* pid 0, cpu -1: this thread, on whatever processor it runs */
    return (int)syscall(SYS_perf_event_open, &a, 0, -1, group, 0);
}

void counters_close(void)
{
    for (int i = CTR__COUNT - 1; i >= 0; i--) {
        if (fd[i] >= 0)
            close(fd[i]);
        fd[i] = -1;
    }
    on = false;
}

static int paranoid(void)
{
    int level = -99;
    FILE *f = fopen("/proc/sys/kernel/perf_event_paranoid", "r");
    if (f) {
        if (fscanf(f, "%d", &level) != 1)
            level = -99;
        fclose(f);
    }
    return level;
}

bool counters_open(void)
{
    for (int i = 0; i < CTR__COUNT; i++) {
        fd[i] = open_one(config[i], i == 0 ? -1 : fd[0]);
        if (fd[i] < 0) {
            int e = errno;
            int level = paranoid();
            char lv[48] = "";
            if (level != -99)
                snprintf(lv, sizeof lv, ", kernel.perf_event_paranoid = %d", level);
            snprintf(why, sizeof why, "perf_event_open(%s): %s%s%s", counter_names[i], strerror(e), lv,
                     e == ENOENT || e == EOPNOTSUPP ? " (no hardware counters here, e.g. a virtual machine without a virtual PMU)" :
                     e == EACCES || e == EPERM ? " (not allowed: see docs/measuring.md)" : "");
            counters_close();
            return false;
        }
    }
    /* A trial read: some hypervisors accept the events but never count. */
    struct counts c = { { 0 } };
    on = true;
    counters_start();
    volatile unsigned x = 0;
    for (unsigned i = 0; i < 100000; i++)
        x = x + i;
    counters_stop(&c);
    (void)x;
    if (c.v[CTR_INSTRUCTIONS] <= 0) {
        snprintf(why, sizeof why, "perf_event_open works, but the counters stay at 0 (a virtual PMU that does not count?)");
        counters_close();
        return false;
    }
    why[0] = 0;
    return true;
}

void counters_start(void)
{
    if (!on)
        return;
    ioctl(fd[0], PERF_EVENT_IOC_RESET, PERF_IOC_FLAG_GROUP);
    ioctl(fd[0], PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP);
}

void counters_stop(struct counts *acc)
{
    if (!on)
        return;
    ioctl(fd[0], PERF_EVENT_IOC_DISABLE, PERF_IOC_FLAG_GROUP);
    /* PERF_FORMAT_GROUP: nr, time_enabled, time_running, values[nr] */
    uint64_t buf[3 + CTR__COUNT];
    if (read(fd[0], buf, sizeof buf) != (ssize_t)sizeof buf || buf[0] != CTR__COUNT)
        return;
    double scale = buf[2] && buf[2] < buf[1] ? (double)buf[1] / (double)buf[2] : 1.0;
    for (int i = 0; i < CTR__COUNT; i++)
        acc->v[i] += (double)buf[3 + i] * scale;
}

#else  /* not Linux */

bool counters_open(void)
{
    snprintf(why, sizeof why, "perf_event_open is Linux only");
    return false;
}
void counters_start(void) {}
void counters_stop(struct counts *acc) { (void)acc; }
void counters_close(void) {}

#endif

const char *counters_why(void)
{
    return why;
}

bool counters_on(void)
{
    return on;
}

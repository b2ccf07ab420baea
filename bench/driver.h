/*
 * bench/driver.h — what the benchmark driver measures and keeps: shared by
 * bench/driver.c (measuring) and bench/report.c (statistics and output).
 */
#ifndef DISPATCHLAB_BENCH_DRIVER_H
#define DISPATCHLAB_BENCH_DRIVER_H

#include "bench/bench.h"
#include "bench/counters.h"

/* Dispatchers, the native code and up to three peers. */
#define MAX_ENGINES 24

/* One timed sample: `reps` back-to-back runs of a workload on an engine. */
struct sample {
    unsigned round;
    unsigned reps;
    double   ns;                 /* per run (peers: start-up subtracted) */
    double   fastest_ns;         /* the fastest single run of the sample
                                    (not for peers: NAN) */
    double   prepare_ns;         /* dispatchers: one prepare() call */
    double   wall_ns;            /* peers: the whole process, per sample */
    double   cpu_share;          /* processor time / wall time over the sample:
                                    below 1 when something else had the processor */
    struct counts ctr;           /* per run; valid when counters are on */
};

/* All samples of one workload on one engine. */
struct series {
    struct sample *s;
    unsigned n, cap;
    unsigned reps;               /* calibrated runs per sample */
    bool     used;               /* measured (not skipped) */
    /* statistics, filled by report.c: of ns per run */
    double   med, q1, q3, min, max;
    double   fastest;            /* the fastest single run of all samples */
    double   prep_med;
    double   ctr_med[CTR__COUNT];
};

enum ekind { E_VM, E_NATIVE, E_PEER };

struct engine {
    const char *name;            /* dispatcher name, "native", or the peer's label */
    enum ekind  kind;
    const struct dispatcher *d;  /* E_VM */
    /* E_PEER */
    const char *exe;             /* the interpreter, found on PATH */
    const char *flag;            /* an option before the script, or NULL */
    const char *ext;             /* script extension: bench/peers/NAME.EXT */
    char        path[1024];      /* where exe was found */
    char        version[160];
    double     *startup;         /* samples of the empty script's wall time */
    unsigned    nstartup;
    double      startup_med;
};

/* The lecture's figures: x86-32 instructions in each technique's
 * switching overhead (slide "Comparison of CSIM variants"). */
struct slide_figure {
    const char *dispatcher, *technique;
    int         instructions;
};

struct options {
    bool        quick;
    unsigned    rounds;
    double      min_sample_ns;   /* each sample lasts at least this long */
    const char *dirs[4];         /* where the workloads are */
    unsigned    ndirs;
    const char *peers_dir;       /* bench/peers, or NULL: no peers */
    const char *static_dir;      /* the extracted dispatch sequences */
    const char *out_dir;         /* results directory, or NULL */
    const char *no_plots;        /* why there are no plots, or NULL */
    const char *only;            /* comma-separated workloads, or NULL */
    bool        no_counters;
    bool        progress;
};

/* Everything report.c needs. */
struct bench {
    struct options opt;
    struct workload *w[64];
    unsigned nw;
    struct engine e[MAX_ENGINES];
    unsigned ne;
    struct series *ser;          /* ser[wi * ne + ei] */
    char counters_why[200];      /* empty when the counters worked */
    bool counters;
    char skipped[1024];          /* notes about what was skipped */
    char started[64];            /* date and time, ISO 8601 */
    char load_before[64], load_after[64];   /* /proc/loadavg */
    char priority[96];           /* the nice value the samples ran at */
    double elapsed_s;
};

static inline struct series *series_of(struct bench *b, unsigned wi, unsigned ei)
{
    return &b->ser[wi * b->ne + ei];
}

/* bench/report.c */
void report_compute(struct bench *b);
void report_terminal(struct bench *b);
int  report_files(struct bench *b);

#endif

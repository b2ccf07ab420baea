/*
 * bench/driver.h — what the benchmark driver measures and keeps: shared by
 * bench/driver.c (measuring), bench/reanalyse.c (reading a stored run back)
 * and bench/report.c (statistics and output).
 */
#ifndef DISPATCHLAB_BENCH_DRIVER_H
#define DISPATCHLAB_BENCH_DRIVER_H

#include "bench/bench.h"
#include "bench/counters.h"
#include "bench/stats.h"

/* Dispatchers, the native code, the isolated programs and the peers. */
#define MAX_ENGINES 48
#define MAX_WORKLOADS 64

/* One sample.  VM and native code: `reps` back-to-back runs in this
 * process, ns the mean per run.  A peer: one run of its script, as the
 * script's own clock timed it.  An isolated program: one run, ns per
 * dispatch as the program's own clock timed it. */
struct sample {
    unsigned round;
    unsigned reps;
    double   ns;
    double   fastest_ns;         /* VM and native: the fastest run of the sample; else NAN */
    double   prepare_ns;         /* dispatchers: one prepare() call */
    double   units;              /* isolated: dispatches; peers: unused */
    double   cpu_share;          /* processor time / wall time over the sample:
                                    below 1 when something else had the processor */
    struct counts ctr;           /* per run; valid when counters are on */
};

/* All samples of one workload on one engine. */
struct series {
    struct sample *s;
    unsigned n, cap;
    unsigned reps;               /* calibrated runs per sample (peers: per process) */
    bool     used;               /* measured (not skipped) */
    unsigned invalid;            /* runs that reported a time below zero */
    /* filled by report.c */
    struct spread t;             /* ns per run (isolated: per dispatch) */
    double   fastest;            /* the fastest single run of all samples */
    double   prep_med;
    double   ctr_med[CTR__COUNT];
    bool     ok;                 /* trusted: a figure is shown */
    char     why[64];            /* else why not */
};

enum ekind { E_VM, E_NATIVE, E_ISOLATED, E_PEER };

struct engine {
    char        name[64];        /* dispatcher, "native", isolated program, or peer label */
    enum ekind  kind;
    const struct dispatcher *d;  /* E_VM (NULL when reanalysing a dispatcher this build lacks) */
    char        summary[200];    /* E_VM: the dispatcher's one-line description */
    /* E_PEER and E_ISOLATED */
    const char *exe;             /* the program (E_ISOLATED: a path) */
    const char *flag;            /* an option before the script, or NULL */
    const char *ext;             /* script extension: bench/peers/NAME.EXT */
    char        path[1024];      /* where exe was found */
    char        version[160];
};

/* A dispatcher that is registered but cannot run here. */
struct unavailable {
    char name[64], summary[200], why[200];
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
    unsigned    peer_processes;  /* processes per peer and program */
    const char *dirs[4];         /* where the workloads are */
    unsigned    ndirs;
    const char *peers_dir;       /* bench/peers, or NULL: no peers */
    const char *isolated_dir;    /* the built isolated programs, or NULL */
    const char *static_dir;      /* the extracted dispatch sequences */
    const char *counts;          /* counts.csv of valgrind, or NULL */
    const char *devirt;          /* devirt.csv, or NULL */
    const char *ertl;            /* ertl.csv, or NULL */
    const char *out_dir;         /* results directory, or NULL */
    const char *no_plots;        /* why there are no plots, or NULL */
    const char *only;            /* comma-separated workloads, or NULL */
    bool        no_counters;
    bool        progress;
};

/* What describes a run besides its samples: written to meta.txt as
 * "key: value" lines and read back by --reanalyse (bench/reanalyse.c). */
#define META_KEYS(X)                                                         \
    X(machine_name)   X(cpu_model)      X(cores)          X(kernel)          \
    X(os)             X(os_id)          X(host)           X(clocksource)     \
    X(frequency_governor) X(compiler)   X(compiler_version) X(compiler_id)   \
    X(flags)          X(dispatcher_flags) X(date)         X(rounds)          \
    X(min_sample_ms)  X(quick)          X(elapsed_s)      X(loadavg_before)  \
    X(loadavg_after)  X(priority)       X(counters)       X(counters_why)    \
    X(valgrind)       X(notes)          X(provenance)     X(unavailable)     \
    X(peers)
struct meta {
#define X(k) char k[1024];
    META_KEYS(X)
#undef X
};

/* Everything report.c needs. */
struct bench {
    struct options opt;
    struct meta meta;
    struct workload *w[MAX_WORKLOADS];
    unsigned nw;
    struct engine e[MAX_ENGINES];
    unsigned ne;
    struct unavailable unavail[MAX_ENGINES];
    unsigned nunavail;
    struct series *ser;          /* ser[wi * ne + ei] */
    bool counters;
    bool reanalysed;             /* from a stored run, not measured now */
};

static inline struct series *series_of(const struct bench *b, unsigned wi, unsigned ei)
{
    return &b->ser[wi * b->ne + ei];
}

/* Does engine e run workload w?  Native code and peers exist for the real
 * programs only, the isolated programs for themselves only. */
static inline bool applies(const struct engine *e, const struct workload *w)
{
    switch (e->kind) {
    case E_VM:       return w->kind != WL_ISOLATED;
    case E_ISOLATED: return w->kind == WL_ISOLATED;
    default:         return w->kind == WL_PROGRAM;
    }
}

/* The isolated programs (bench/isolated/): file name, the technique, and
 * the dispatcher that is the same technique with the VM around it. */
struct isolated_program {
    const char *name, *technique, *dispatcher;
};
extern const struct isolated_program isolated_programs[];
extern const unsigned nisolated_programs;

/* bench/driver.c: add a note to meta.notes (shown in the report). */
void add_note(struct bench *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* bench/reanalyse.c: fill b from a stored run's samples.csv and meta.txt. */
int reanalyse_load(struct bench *b, const char *dir);

/* bench/report.c */
void report_machine(struct bench *b);      /* fill b->meta from this machine */
void report_compute(struct bench *b);
void report_terminal(struct bench *b);
int  report_files(struct bench *b);

#endif

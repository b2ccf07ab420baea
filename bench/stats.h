/*
 * bench/stats.h — the statistics of the benchmark, on plain arrays: no
 * knowledge of workloads or engines, so that tests/suites/60-bench.sh can
 * check every rule on numbers it chose (through `driver --reanalyse`).
 */
#ifndef DISPATCHLAB_BENCH_STATS_H
#define DISPATCHLAB_BENCH_STATS_H

#include <stdbool.h>

/* Median and quartiles of v[0..n-1] (sorted in place), interpolating
 * linearly; NAN when n = 0. */
struct spread {
    double med, q1, q3, min, max;
    unsigned n;
};
struct spread describe(double *v, unsigned n);

/* The interquartile range relative to the median: the "spread" every table
 * shows; NAN when the median is not positive. */
double rel_spread(const struct spread *s);

/* When a figure is shown as a number.  A series of samples is trusted when
 * it has at least `min_n` of them and its interquartile range is at most
 * MAX_REL_SPREAD of its median; a series with a time below zero (or not a
 * number) is never a figure.  why gets the reason, for the tables. */
#define MAX_REL_SPREAD 0.25
bool trusted(const struct spread *s, unsigned min_n, unsigned invalid, char *why, unsigned whylen);

/* Least squares y = intercept + slope * x over n points, and R^2. */
struct fit {
    bool   ok;
    double slope, intercept, r2;
};
struct fit linear_fit(const double *x, const double *y, unsigned n);

/* The linear part of a ladder: points sorted by x, y[i] the median at x[i],
 * tol[i] how far from a line y[i] may be and still lie on it.  The linear
 * part is the longest run of the highest points, at least LINEAR_MIN_POINTS
 * long, whose least-squares line passes within tol[i] of every y[i].  When
 * not even the top LINEAR_MIN_POINTS points lie on a line, it is the two
 * highest points (the cost of the last step up the ladder), and `linear` is
 * false.  max_dev is the largest distance from the line, relative to the
 * line: over the part, or, when it is not linear, over the top
 * LINEAR_MIN_POINTS points (how far from straight they were). */
#define LINEAR_MIN_POINTS 3
struct linear_part {
    struct fit fit;
    unsigned first;        /* index of its lowest point */
    unsigned npoints;
    bool     linear;
    double   max_dev;
};
struct linear_part find_linear_part(const double *x, const double *y, const double *tol, unsigned n);

/* How far a ladder point may be from the line: its own interquartile range
 * or LINEAR_TOLERANCE of its value, whichever is more. */
#define LINEAR_TOLERANCE 0.02
double linear_tolerance(double y, double q1, double q3);

/* The geometric mean of v[0..n-1] (all > 0); NAN when n = 0. */
double geomean(const double *v, unsigned n);

#endif

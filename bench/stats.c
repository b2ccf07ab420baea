/*
 * bench/stats.c — quantiles, spreads, least squares and the linear part of
 * the NOP ladder (docs/measuring.md, "The figures").
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench/stats.h"

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The q-quantile of sorted v[0..n-1], interpolating linearly. */
static double quantile(const double *v, unsigned n, double q)
{
    double pos = q * (n - 1);
    unsigned i = (unsigned)pos;
    return i + 1 < n ? v[i] + (pos - i) * (v[i + 1] - v[i]) : v[n - 1];
}

struct spread describe(double *v, unsigned n)
{
    struct spread s = { NAN, NAN, NAN, NAN, NAN, n };
    if (n == 0)
        return s;
    qsort(v, n, sizeof *v, cmp_double);
    s.med = quantile(v, n, 0.5);
    s.q1 = quantile(v, n, 0.25);
    s.q3 = quantile(v, n, 0.75);
    s.min = v[0];
    s.max = v[n - 1];
    return s;
}

double rel_spread(const struct spread *s)
{
    return s->med > 0 ? (s->q3 - s->q1) / s->med : NAN;
}

bool trusted(const struct spread *s, unsigned min_n, unsigned invalid, char *why, unsigned whylen)
{
    double r = rel_spread(s);
    if (invalid) {
        snprintf(why, whylen, "invalid: %u time%s below zero", invalid, invalid == 1 ? "" : "s");
        return false;
    }
    if (s->n < min_n) {
        snprintf(why, whylen, "too few runs (%u)", s->n);
        return false;
    }
    if (!(s->med > 0)) {
        snprintf(why, whylen, "no time measured");
        return false;
    }
    if (!(r <= MAX_REL_SPREAD)) {
        snprintf(why, whylen, "spread %.0f%%", 100 * r);
        return false;
    }
    why[0] = 0;
    return true;
}

struct fit linear_fit(const double *x, const double *y, unsigned n)
{
    struct fit f = { false, NAN, NAN, NAN };
    if (n < 2)
        return f;
    double mx = 0, my = 0;
    for (unsigned i = 0; i < n; i++) {
        if (!isfinite(x[i]) || !isfinite(y[i]))
            return f;
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0, sxy = 0, syy = 0;
    for (unsigned i = 0; i < n; i++) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0)
        return f;
    f.slope = sxy / sxx;
    f.intercept = my - f.slope * mx;
    double res = 0;
    for (unsigned i = 0; i < n; i++) {
        double e = y[i] - (f.intercept + f.slope * x[i]);
        res += e * e;
    }
    f.r2 = syy > 0 ? 1 - res / syy : 1;
    f.ok = true;
    return f;
}

double linear_tolerance(double y, double q1, double q3)
{
    double t = LINEAR_TOLERANCE * fabs(y);
    return isfinite(q3 - q1) && q3 - q1 > t ? q3 - q1 : t;
}

/* The largest distance of y from the line f over points first..n-1, relative
 * to the line; *on_line: all within tol. */
static double deviation(const struct fit *f, const double *x, const double *y, const double *tol,
                        unsigned first, unsigned n, bool *on_line)
{
    double dev = 0;
    *on_line = true;
    for (unsigned i = first; i < n; i++) {
        double line = f->intercept + f->slope * x[i];
        double d = fabs(y[i] - line);
        if (!(d <= tol[i]))
            *on_line = false;
        if (line != 0 && d / fabs(line) > dev)
            dev = d / fabs(line);
    }
    return dev;
}

struct linear_part find_linear_part(const double *x, const double *y, const double *tol, unsigned n)
{
    struct linear_part p = { { false, NAN, NAN, NAN }, 0, 0, false, NAN };
    if (n < 2)
        return p;
    /* From the longest candidate down: the first that lies on its line. */
    for (unsigned first = 0; first + LINEAR_MIN_POINTS <= n; first++) {
        struct fit f = linear_fit(x + first, y + first, n - first);
        bool on_line;
        double dev = f.ok ? deviation(&f, x, y, tol, first, n, &on_line) : NAN;
        if (f.ok && on_line) {
            p.fit = f;
            p.first = first;
            p.npoints = n - first;
            p.linear = true;
            p.max_dev = dev;
            return p;
        }
        if (first + LINEAR_MIN_POINTS == n)
            p.max_dev = dev;
    }
    /* Not even the top points are straight: the last step. */
    p.fit = linear_fit(x + n - 2, y + n - 2, 2);
    p.first = n - 2;
    p.npoints = 2;
    p.linear = false;
    return p;
}

double geomean(const double *v, unsigned n)
{
    if (n == 0)
        return NAN;
    double s = 0;
    for (unsigned i = 0; i < n; i++)
        s += log(v[i]);
    return exp(s / n);
}

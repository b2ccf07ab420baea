/*
 * vm/output.c — a program's output: buffered, written with write(2), the
 * end of a run when it cannot be written, and written out when the
 * process is interrupted (docs/reliability.md, "Output").
 *
 * print formats into the 64 KiB buffer of struct out; a full buffer is
 * written in one go.  For a FILE that has a descriptor (the vm's stdout)
 * the bytes go straight to write(2), not through stdio, for two reasons:
 * the errors are exact (EINTR is retried, EAGAIN on a descriptor someone
 * made non-blocking is waited out with poll(), anything else fails for
 * good and stops the run), and a signal handler can write the buffer out,
 * because it is then the only place where output waits.  A FILE without a
 * descriptor (the fuzz harness's memory streams) gets fwrite().
 */
#include "vm/output.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

/* ---- what a signal handler shares with the rest -------------------------
 *
 * The handler may touch only what is async-signal-safe: these three
 * variables, the watched buffer when `busy` is 0, and the system calls
 * write, poll, sigaction, sigprocmask and raise.  It never calls stdio or
 * malloc, which the interrupted code may be in the middle of.
 *
 *   watched, watched_fd   set by out_watch() outside any run, read by the
 *                         handler (a lock-free atomic pointer: C11 lets a
 *                         handler read those)
 *   busy                  1 while vm_print or out_flush change the buffer
 *                         or write it; the handler then only records the
 *                         signal in `pending` and returns, and the code
 *                         that was busy writes the buffer out and dies when
 *                         it is done (its buffer is consistent again then)
 *
 * atomic_signal_fence keeps the compiler from moving the buffer's stores
 * across the changes of `busy`: the handler runs on the same thread, so
 * compiler order is all that matters.
 *
 * Once a signal has come, writing is bounded: a reader that takes nothing
 * for GIVE_UP_MS loses the rest, so that the process ends even when its
 * output is stuck.  Further INT/TERM/HUP signals wait (blocked) until the
 * process dies; `timeout` sends its signal twice, to the vm and to its
 * process group, and the second must not cut the first one's write short.
 */
static _Atomic(struct out *) watched;
_Static_assert(ATOMIC_POINTER_LOCK_FREE == 2, "a signal handler may read only lock-free atomics");
static int watched_fd = -1;
static volatile sig_atomic_t busy, pending;

#define GIVE_UP_MS 1000

static const int caught[] = { SIGINT, SIGTERM, SIGHUP };
#define NCAUGHT (sizeof caught / sizeof caught[0])

static void enter(void)
{
    busy = 1;
    atomic_signal_fence(memory_order_seq_cst);
}

/* Write n bytes at p to fd: 0, or the errno that stops it for good.
 * EINTR is retried; EAGAIN (a descriptor someone made non-blocking) waits
 * with poll().  After a signal (`pending`, or in the handler), every write
 * waits GIVE_UP_MS at most for the descriptor to take something, and is
 * at most PIPE_BUF bytes, which a pipe with room takes without blocking. */
static int write_all(int fd, const char *p, size_t n, bool interrupted)
{
    while (n > 0) {
        size_t chunk = n;
        if (interrupted || pending) {
            struct pollfd pf = { .fd = fd, .events = POLLOUT };
            int r = poll(&pf, 1, GIVE_UP_MS);
            if (r == 0)
                return ETIMEDOUT;
            if (r < 0 && errno != EINTR)
                return errno;
            if (chunk > PIPE_BUF)
                chunk = PIPE_BUF;
        }
        ssize_t w = write(fd, p, chunk);
        if (w > 0) {
            p += w;
            n -= (size_t)w;
        } else if (w < 0 && errno == EINTR) {
            continue;
        } else if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd pf = { .fd = fd, .events = POLLOUT };
            poll(&pf, 1, interrupted || pending ? GIVE_UP_MS : -1);
        } else {
            return w < 0 ? errno : EIO;
        }
    }
    return 0;
}

/* Die of sig as if it had not been caught (the shell reports it; $? is
 * 128 + sig): the default action for the caught signals, unblocked, and
 * sig raised.  Should another of them be waiting, that one ends the
 * process first. */
static void die_of(int sig)
{
    struct sigaction dfl = { .sa_handler = SIG_DFL };
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < NCAUGHT; i++) {
        sigaction(caught[i], &dfl, NULL);
        sigaddset(&set, caught[i]);
    }
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);        /* not reached */
}

/* The end of a busy stretch: if a signal came meanwhile, write out the
 * watched buffer (whichever output was busy: with -d all, the runs after
 * the first print to no file) and die of it. */
static void leave(void)
{
    atomic_signal_fence(memory_order_seq_cst);
    busy = 0;
    atomic_signal_fence(memory_order_seq_cst);
    if (pending) {
        struct out *w = atomic_load_explicit(&watched, memory_order_relaxed);
        sigset_t set;        /* the handler may not run again: block them */
        sigemptyset(&set);
        for (size_t i = 0; i < NCAUGHT; i++)
            sigaddset(&set, caught[i]);
        sigprocmask(SIG_BLOCK, &set, NULL);
        if (w)
            write_all(watched_fd, w->buf, w->len, true);
        die_of(pending);
    }
}

/* ---- the buffer ----------------------------------------------------------------- */

static void flush(struct out *o)
{
    for (size_t i = 0; i < o->len; i++)
        o->hash = (o->hash ^ (uint8_t)o->buf[i]) * 1099511628211ull;
    o->total += o->len;
    if (o->f && o->len && !o->error) {    /* after a failure: count, do not write */
        int fd = fileno(o->f);
        if (fd >= 0) {
            if (fflush(o->f) != 0)        /* anything stdio still holds goes first */
                o->error = errno ? errno : EIO;
            else
                o->error = write_all(fd, o->buf, o->len, false);
        } else if (fwrite(o->buf, 1, o->len, o->f) != o->len) {
            o->error = errno ? errno : EIO;
        }
    }
    o->len = 0;
}

void out_flush(struct out *o)
{
    enter();
    flush(o);
    leave();
}

int vm_print(struct vm *vm, cell v)
{
    struct out *o = &vm->out;
    enter();
    if (sizeof o->buf - o->len < 24)
        flush(o);
    if (o->error) {
        leave();
        return o->error;
    }
    /* decimal, right to left; the magnitude as unsigned handles INT64_MIN */
    char tmp[24];
    int n = 0;
    ucell m = v < 0 ? 0 - (ucell)v : (ucell)v;
    do {
        tmp[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (v < 0)
        tmp[n++] = '-';
    while (n)
        o->buf[o->len++] = tmp[--n];
    o->buf[o->len++] = '\n';
    leave();
    return 0;
}

/* ---- signals ------------------------------------------------------------------------ */

static void on_signal(int sig)
{
    if (busy) {
        pending = sig;       /* leave() writes the buffer and dies */
        return;
    }
    struct out *o = atomic_load_explicit(&watched, memory_order_relaxed);
    if (o)
        write_all(watched_fd, o->buf, o->len, true);
    die_of(sig);
}

void out_catch_signals(void)
{
    struct sigaction sa = { .sa_handler = on_signal };
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < NCAUGHT; i++)    /* one handler at a time */
        sigaddset(&sa.sa_mask, caught[i]);
    /* no SA_RESTART: a write blocked when the signal comes returns, and
     * out_flush goes on with bounded writes, then dies */
    for (size_t i = 0; i < NCAUGHT; i++) {
        struct sigaction old;
        if (sigaction(caught[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaction(caught[i], &sa, NULL);   /* nohup's SIGHUP stays ignored */
    }
}

void out_watch(struct out *o)
{
    int fd = o && o->f ? fileno(o->f) : -1;
    atomic_store(&watched, NULL);
    watched_fd = fd;
    atomic_store(&watched, fd >= 0 ? o : NULL);
}

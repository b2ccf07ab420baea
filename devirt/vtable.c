/* devirt/vtable.c -- when does a C compiler turn a call through a vtable
 * into a direct call by itself?  Each note_* function makes one call of
 * post() on a logger obtained in a different way; devirt/run.sh shows their
 * machine code, built with and without -flto, profile feedback and
 * -fno-devirtualize-speculatively, and tests/suites/50-devirt.sh checks what
 * the compilers did.
 *
 * The short answer: only when the compiler can prove the *value* of the
 * vtable pointer at the call -- knowing which object it is does not suffice
 * if the object is writable (note_writable). */
#include "vtable.h"

#include <stdio.h>

/* Every case function is noinline so that it stays a function of its own
 * under -flto (where it would otherwise vanish into main) and so that a
 * profile is collected for its call site and not for an inlined copy
 * (clang instruments after early inlining). */
#define SUBJECT __attribute__((noinline))

/* Hide a function's body from the optimizer.  GCC's noipa means: no
 * inlining, no cloning, no propagation of what it returns.  Clang has no
 * noipa; its noinline only stops inlining, which is not the same thing --
 * see what note_noipa becomes under clang. */
#if defined(__has_attribute) && __has_attribute(noipa)
#define OPAQUE __attribute__((noipa))
#else
#define OPAQUE __attribute__((noinline))
#endif

/* This file's own logger class: one method, one vtable, one const object. */
static void printer_post(const struct logger *self, const char *who,
                         unsigned step)
{
    printf("%-8s %-9s step %u\n", self->name, who, step);
}

static const struct logger_ops printer_ops = { printer_post };
static const struct logger printer = { &printer_ops, "printer" };

const struct logger *printer_logger(void)
{
    return &printer;
}

/* 1. Opaque: the object is a parameter.  note_param has external linkage, so
 *    any caller may pass any logger; the call goes through the vtable.
 *    Profile feedback can still guess the usual target (see run.sh). */
SUBJECT void note_param(const struct logger *lg, unsigned step)
{
    logger_post(lg, "param", step);
}

/* 2. Known: object and vtable are built right here.  The compiler folds
 *    lg.ops->post to printer_post and inlines it. */
SUBJECT void note_known(unsigned step)
{
    struct logger lg = { &printer_ops, "local" };
    logger_post(&lg, "known", step);
}

/* 3. Known through a helper: find_printer() is inlined, the object is the
 *    const `printer`, and its vtable pointer can be read at compile time. */
static const struct logger *find_printer(void)
{
    return &printer;
}

SUBJECT void note_helper(unsigned step)
{
    logger_post(find_printer(), "helper", step);
}

/* 4. The same helper, made opaque: with noipa GCC must take whatever pointer
 *    comes back, so the call stays indirect. */
OPAQUE static const struct logger *find_printer_opaque(void)
{
    return &printer;
}

SUBJECT void note_noipa(unsigned step)
{
    logger_post(find_printer_opaque(), "noipa", step);
}

/* 5. Writable: the object is known, but it is not const and its address
 *    escapes (every post() receives it as self), so some code might have
 *    stored another vtable pointer into it.  The compiler must load it.
 *    (C++ forbids changing an object's vtable pointer after construction;
 *    C has no such rule.) */
static struct logger scratch = { &printer_ops, "scratch" };

SUBJECT void note_writable(unsigned step)
{
    logger_post(&scratch, "writable", step);
}

/* 6. Other translation unit: console_logger() lives in vtable_other.c.  The
 *    compiler of this file cannot see what it returns -- unless the whole
 *    program is optimized together (-flto). */
SUBJECT void note_other_tu(unsigned step)
{
    logger_post(console_logger(), "other-tu", step);
}

#undef SUBJECT
#undef OPAQUE

/* devirt/vtable.h -- a logger with an explicit vtable, in C.
 *
 * This is what a C++ compiler builds for a class with a virtual post(),
 * written out by hand: every object starts with a pointer to a table of
 * function pointers, and "calling a virtual method" means loading that
 * pointer, loading the slot and calling through it (logger_post below).
 * devirt/vtable.c holds the cases; docs/devirt.md explains them. */
#ifndef DEVIRT_VTABLE_H
#define DEVIRT_VTABLE_H

struct logger;

/* The vtable: one slot per "virtual method". */
struct logger_ops {
    void (*post)(const struct logger *self, const char *who, unsigned step);
};

/* An object: the vtable pointer first, as in C++, then its own data. */
struct logger {
    const struct logger_ops *ops;
    const char *name;
};

/* The virtual call.  Every case in vtable.c goes through here. */
static inline void logger_post(const struct logger *lg, const char *who,
                               unsigned step)
{
    lg->ops->post(lg, who, step);
}

/* vtable.c: the cases, and its own logger for main() to pass around. */
void note_param(const struct logger *lg, unsigned step);
void note_known(unsigned step);
void note_helper(unsigned step);
void note_noipa(unsigned step);
void note_writable(unsigned step);
void note_other_tu(unsigned step);
const struct logger *printer_logger(void);

/* vtable_other.c: a logger defined in another translation unit. */
const struct logger *console_logger(void);

#endif

// devirt/kinds.cc -- which C++ virtual calls a compiler devirtualizes on its
// own.  Each via_* function makes one call of post(); devirt/run.sh shows
// their machine code and tests/suites/50-devirt.sh checks the verdicts.
#include "kinds.h"

#include <cstdio>

// Journal::post is defined here, in the same file as via_single: seeing the
// only known body is what lets GCC guess it (see via_single).
void Journal::post(const char *who, unsigned step) const
{
    std::printf("journal %-7s step %u\n", who, step);
}

// Open hierarchy, object from the caller: any Logger subclass may arrive, so
// the call goes through the vtable.
void via_base(const Logger &lg, unsigned step)
{
    lg.post("base", step);
}

// Console is final: the dynamic type of c is Console, post() is
// Console::post, the call is direct even though the object is unknown.
void via_final(const Console &c, unsigned step)
{
    c.post("final", step);
}

// Journal has one implementation in view.  GCC's speculative
// devirtualization (-fdevirtualize-speculatively, on from -O2) compares the
// vtable slot with Journal::post and runs an inlined copy when they match,
// keeping the indirect call for any other subclass.
void via_single(const Journal &j, unsigned step)
{
    j.post("single", step);
}

// A class in an anonymous namespace cannot be derived from outside this
// file, so the compiler sees its whole hierarchy: Hidden::post is the only
// possible target, even for an object it knows nothing about.
namespace {
class Hidden {
public:
    virtual void post(const char *who, unsigned step) const
    {
        std::printf("hidden  %-7s step %u\n", who, step);
    }
    virtual ~Hidden() = default;
};
} // namespace

// find_hidden() hides the object: noipa tells GCC not to look into it at all
// (no inlining, no propagation of its result).  Clang has no noipa; its
// noinline only stops inlining, so clang still sees which object comes back.
#if defined(__has_attribute) && __has_attribute(noipa)
#define DEVIRT_OPAQUE __attribute__((noipa))
#else
#define DEVIRT_OPAQUE __attribute__((noinline))
#endif

DEVIRT_OPAQUE static const Hidden &find_hidden()
{
    static const Hidden h;
    return h;
}

#undef DEVIRT_OPAQUE

void via_hidden(unsigned step)
{
    find_hidden().post("hidden", step);
}

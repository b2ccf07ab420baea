// devirt/kinds_main.cc -- drives devirt/kinds.cc; a separate translation unit
// so that the case functions cannot see what their callers pass in.
#include "kinds.h"

#include <cstdio>

void Logger::post(const char *who, unsigned step) const
{
    std::printf("logger  %-7s step %u\n", who, step);
}

void Console::post(const char *who, unsigned step) const
{
    std::printf("console %-7s step %u\n", who, step);
}

int main()
{
    static const Logger logger;
    static const Console console;
    static const Journal journal;
    for (unsigned step = 1; step <= 2; step++) {
        via_base(logger, step);
        via_base(console, step);
        via_final(console, step);
        via_single(journal, step);
        via_hidden(step);
    }
    return 0;
}

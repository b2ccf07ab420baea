// devirt/kinds.h -- C++ classes for the "when does the compiler devirtualize
// by itself" cases (devirt/kinds.cc).  See docs/devirt.md.
#ifndef DEVIRT_KINDS_H
#define DEVIRT_KINDS_H

// An open hierarchy: Logger::post and Console::post are two possible targets
// of a call through a Logger, and another translation unit may add more.
class Logger {
public:
    virtual void post(const char *who, unsigned step) const;
    virtual ~Logger() = default;
};

// `final`: nothing can derive from Console, so a call through a Console
// reference has exactly one possible target.
class Console final : public Logger {
public:
    void post(const char *who, unsigned step) const override;
};

// A class with a single implementation in sight.  Others could derive from it
// elsewhere, so the compiler cannot be sure -- but it may guess (speculative
// devirtualization) when it can see that implementation's body.
class Journal {
public:
    virtual void post(const char *who, unsigned step) const;
    virtual ~Journal() = default;
};

// The cases, defined in kinds.cc; main() is in kinds_main.cc so that no case
// function sees its caller.
void via_base(const Logger &lg, unsigned step);
void via_final(const Console &c, unsigned step);
void via_single(const Journal &j, unsigned step);
void via_hidden(unsigned step);

#endif

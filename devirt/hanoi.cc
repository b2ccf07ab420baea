// devirt/hanoi.cc -- the lecture's devirtualization experiment, our version.
//
// Towers of Hanoi whose moves are reported through a journal object with a
// virtual post().  devirt/run.sh compiles this file twice:
//
//     g++ -O3 -fomit-frame-pointer               -c hanoi.cc   (virtual)
//     g++ -O3 -fomit-frame-pointer -Dvirtual=""  -c hanoi.cc   (devirtualized)
//
// The second build deletes the keyword `virtual`: post() becomes an ordinary
// member function, the call in note() is bound at compile time and the
// compiler may inline it.  Compare note() in the two objects.
//
// Everything here is deliberately small and global, as on the slide, so the
// function to look at (note) is a function of its own in the object file.

#include <cstdio>

// The journal prints every move.  post() is the one virtual method.
class Journal {
public:
    virtual void post(unsigned step, unsigned disk, char from, char to)
    {
        std::printf("%4u. move disk %u from %c to %c\n", step, disk, from, to);
    }
};

// A journal that keeps quiet.  It exists so that the call in note() really is
// polymorphic: the pointer `out` may reach either class, chosen at run time.
// No `override` here on purpose: with -Dvirtual="" there is nothing left to
// override and `override` would be a compile error.
class Silent : public Journal {
public:
    void post(unsigned, unsigned, char, char) {}
};

// Both objects are static, so neither build allocates; which one note() talks
// to is decided in main() from the command line.
static Journal loud;
static Silent quiet;
static Journal *out;

// The call site of the experiment.  With `virtual`, out->post() must load the
// vtable pointer from *out, load the slot of post() and call through it.
// Without, it is a direct call to Journal::post, whatever *out really is.
void note(unsigned disk, char from, char to)
{
    static unsigned step = 1;
    out->post(step++, disk, from, to);
}

// Move `disks` disks from peg `from` to peg `to`, using `via` as the spare.
void hanoi(unsigned disks, char from, char to, char via)
{
    if (disks == 0)
        return;
    hanoi(disks - 1, from, via, to);
    note(disks, from, to);
    hanoi(disks - 1, via, to, from);
}

// Usage: hanoi [-q]
// -q selects the silent journal.  The two builds print the same 15 moves by
// default; with -q the virtual build prints nothing while the devirtualized
// build still calls Journal::post -- removing `virtual` changes the meaning
// of the program, which is why a compiler may only devirtualize when it can
// prove the target.
int main(int argc, char **argv)
{
    bool want_quiet = argc > 1 && argv[1][0] == '-' && argv[1][1] == 'q';
    if (want_quiet)
        out = &quiet;
    else
        out = &loud;
    hanoi(4, 'A', 'C', 'B');
    return 0;
}

/* devirt/vtable_main.c -- runs every case of devirt/vtable.c.
 *
 * Usage: vtable [ROUNDS]
 * One round (the default) prints 3 steps of every case.  More rounds are for
 * the training run of the profile-feedback build (devirt/lib.sh), so that the
 * profile records many calls; its output goes to /dev/null. */
#include "vtable.h"

#include <stdlib.h>

int main(int argc, char **argv)
{
    long rounds = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
    for (long r = 0; r < rounds; r++) {
        for (unsigned step = 1; step <= 3; step++) {
            note_param(printer_logger(), step);
            note_known(step);
            note_helper(step);
            note_noipa(step);
            note_writable(step);
            note_other_tu(step);
        }
    }
    return 0;
}

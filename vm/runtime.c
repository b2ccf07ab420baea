/*
 * vm/runtime.c — the run-time support every dispatcher shares: creating a
 * machine and how a run ends (the output is in vm/output.c).  Nothing here
 * is on a dispatch path.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"

struct vm *vm_new(const struct program *prog, int64_t max_steps, FILE *out)
{
    struct vm *vm = calloc(1, sizeof *vm);
    if (!vm)
        return NULL;
    vm->mem = calloc(MEM_CELLS, sizeof(cell));
    if (!vm->mem) {
        free(vm);
        return NULL;
    }
    vm->prog = prog;
    vm->max_steps = max_steps;
    vm->limit = max_steps < STEPS_MAX ? max_steps : STEPS_MAX;
    vm->out.f = out;
    vm->out.hash = 14695981039346656037ull;    /* FNV-1a offset basis */
    return vm;
}

void vm_free(struct vm *vm)
{
    if (vm) {
        free(vm->mem);
        free(vm);
    }
}

void vm_stop(struct vm *vm, enum status st, cell arg, uint32_t ord, int64_t budget)
{
    int64_t base = vm->limit - budget;
    int64_t count = base + (int64_t)ord + 1;
    if (count > vm->limit) {
        /* The limit ran out at or before this instruction, somewhere in the
         * straight-line run that led here: find the first instruction that
         * would have exceeded it (docs/verifier.md, "counting"). */
        st = ST_STEPS;
        arg = 0;
        ord = (uint32_t)(vm->limit - base);
        count = vm->limit;
    }
    vm->result = (struct result){ st, arg, ord, count };
}

void vm_message(const struct vm *vm, char *buf, size_t size)
{
    const struct result *r = &vm->result;
    const struct program *p = vm->prog;
    const struct opinfo *oi = &opinfo[p->code[p->offset[r->ord]]];
    switch (r->status) {
    case ST_HALT:
        snprintf(buf, size, "halted");
        break;
    case ST_DIV_ZERO:
        snprintf(buf, size, "division by zero");
        break;
    case ST_UNDERFLOW:
        snprintf(buf, size, "stack underflow: '%s' needs %u value%s, the stack holds %" PRId64,
                 oi->name, oi->pops, oi->pops == 1 ? "" : "s", r->arg);
        break;
    case ST_OVERFLOW:
        snprintf(buf, size, "stack overflow: '%s' on a full data stack (%d values)",
                 oi->name, STACK_CELLS);
        break;
    case ST_RET_EMPTY:
        snprintf(buf, size, "'ret' with an empty return stack");
        break;
    case ST_ROVERFLOW:
        snprintf(buf, size, "return stack overflow: more than %d nested calls", RSTACK_CELLS);
        break;
    case ST_ADDRESS:
        snprintf(buf, size, "'%s' at address %" PRId64 ", outside memory (0..%d)",
                 oi->name, r->arg, MEM_CELLS - 1);
        break;
    case ST_STEPS:
        snprintf(buf, size, "step limit of %" PRId64 " instructions exceeded", vm->max_steps);
        break;
    case ST_OUTPUT:
        snprintf(buf, size, "cannot write the output: %s", strerror(vm->out.error));
        break;
    }
}

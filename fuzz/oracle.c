/*
 * fuzz/oracle.c — the reference interpreter for differential testing.
 *
 * The plainest possible reading of docs/isa.md, written without looking at
 * isa/ops.inc or vm/interp.h: a loop over the bytecode that counts every
 * instruction before it runs it and checks everything in place.  It is slow
 * and has no tricks, which is the point: the dispatchers count executed
 * instructions only where control leaves straight-line code and share
 * their bodies, and this is what they must be equivalent to.
 *
 *   - Before an instruction runs, if max_steps instructions have already
 *     run, the run ends with ST_STEPS at that instruction (it did not run).
 *   - An instruction that traps counts as executed; so does halt.
 *   - Traps: underflow and overflow report the stack depth; an address
 *     outside memory reports the address; a print whose output cannot be
 *     kept ends the run there.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/harness.h"

struct machine {
    cell     stack[STACK_CELLS];
    uint32_t rstack[RSTACK_CELLS];   /* byte offsets to return to */
    cell     mem[MEM_CELLS];
};

/* Print v; false when the output cannot take it (no memory): the run then
 * ends at this print with ST_OUTPUT, as a vm's run does when its output
 * fails for good. */
static bool out_number(struct run *r, size_t *cap, cell v)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%" PRId64 "\n", v);
    if (r->outlen + (size_t)n > *cap) {
        size_t nc = *cap ? *cap * 2 : 256;
        while (nc < r->outlen + (size_t)n)
            nc *= 2;
        char *o = realloc(r->out, nc);
        if (!o)
            return false;
        r->out = o;
        *cap = nc;
    }
    memcpy(r->out + r->outlen, tmp, (size_t)n);
    r->outlen += (size_t)n;
    return true;
}

void oracle_run(const struct program *p, int64_t max_steps, struct run *r,
                uint64_t *executed)
{
    struct machine *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    memset(r, 0, sizeof *r);
    r->who = "oracle";
    size_t cap = 0;
    int depth = 0, rdepth = 0;
    int64_t count = 0;
    uint32_t at = 0;                  /* byte offset of the instruction */
    enum status st;
    cell arg = 0;

    for (;;) {
        uint8_t op = p->code[at];
        uint32_t next = at + opinfo[op].size;
        if (count == max_steps) {
            st = ST_STEPS;
            break;
        }
        count++;
        if (executed)
            executed[op]++;
        if (depth < opinfo[op].pops) {           /* every underflow, one place */
            st = ST_UNDERFLOW;
            arg = depth;
            break;
        }
        cell *s = m->stack + depth;              /* s[-1] is the top */
        cell a = depth >= 2 ? s[-2] : 0, b = depth >= 1 ? s[-1] : 0;
        ucell ua = (ucell)a, ub = (ucell)b;
        st = ST_HALT;
        switch ((enum opcode)op) {
        case OP_NOP:
            break;
        case OP_PUSH:
        case OP_DUP:
        case OP_OVER:
            if (depth == STACK_CELLS) {
                st = ST_OVERFLOW;
                arg = depth;
                break;
            }
            m->stack[depth] = op == OP_PUSH ? read_int(p->code + at + 1)
                            : op == OP_DUP ? b : a;
            depth++;
            break;
        case OP_DROP:  depth--; break;
        case OP_SWAP:  s[-2] = b; s[-1] = a; break;
        case OP_ROT: {                          /* x a b -- a b x */
            cell x = s[-3];
            s[-3] = a; s[-2] = b; s[-1] = x;
            break;
        }
        case OP_ADD:   s[-2] = (cell)(ua + ub); depth--; break;
        case OP_SUB:   s[-2] = (cell)(ua - ub); depth--; break;
        case OP_MUL:   s[-2] = (cell)(ua * ub); depth--; break;
        case OP_DIV:
        case OP_MOD:
            if (b == 0) {
                st = ST_DIV_ZERO;
                break;
            }
            if (b == -1)             /* INT64_MIN / -1 wraps; % -1 is 0 */
                s[-2] = op == OP_DIV ? (cell)(0 - ua) : 0;
            else
                s[-2] = op == OP_DIV ? a / b : a % b;
            depth--;
            break;
        case OP_NEG:   s[-1] = (cell)(0 - ub); break;
        case OP_NOT:   s[-1] = (cell)~ub; break;
        case OP_AND:   s[-2] = (cell)(ua & ub); depth--; break;
        case OP_OR:    s[-2] = (cell)(ua | ub); depth--; break;
        case OP_XOR:   s[-2] = (cell)(ua ^ ub); depth--; break;
        case OP_SHL:   s[-2] = (cell)(ua << (ub & 63)); depth--; break;
        case OP_SHR: {                          /* arithmetic: copy the sign in */
            unsigned k = (unsigned)(ub & 63);
            ucell v = ua >> k;
            if (a < 0 && k)
                v |= ~(ucell)0 << (64 - k);
            s[-2] = (cell)v;
            depth--;
            break;
        }
        case OP_EQ:    s[-2] = a == b; depth--; break;
        case OP_NE:    s[-2] = a != b; depth--; break;
        case OP_LT:    s[-2] = a < b;  depth--; break;
        case OP_LE:    s[-2] = a <= b; depth--; break;
        case OP_GT:    s[-2] = a > b;  depth--; break;
        case OP_GE:    s[-2] = a >= b; depth--; break;
        case OP_JMP:
            next = read_label(p->code + at + 1);
            break;
        case OP_JZ:
        case OP_JNZ:
            depth--;
            if ((b == 0) == (op == OP_JZ))
                next = read_label(p->code + at + 1);
            break;
        case OP_CALL:
            if (rdepth == RSTACK_CELLS) {
                st = ST_ROVERFLOW;
                break;
            }
            m->rstack[rdepth++] = next;
            next = read_label(p->code + at + 1);
            break;
        case OP_RET:
            if (rdepth == 0) {
                st = ST_RET_EMPTY;
                break;
            }
            next = m->rstack[--rdepth];
            break;
        case OP_LOAD:
            if ((ucell)b >= MEM_CELLS) {
                st = ST_ADDRESS;
                arg = b;
                break;
            }
            s[-1] = m->mem[b];
            break;
        case OP_STORE:
            if ((ucell)b >= MEM_CELLS) {
                st = ST_ADDRESS;
                arg = b;
                break;
            }
            m->mem[b] = a;
            depth -= 2;
            break;
        case OP_PRINT:
            if (!out_number(r, &cap, b)) {
                st = ST_OUTPUT;
                break;
            }
            depth--;
            break;
        case OP_HALT:
            goto stop;
        case OP__COUNT:
            abort();                 /* verified code has no such opcode */
        }
        if (st != ST_HALT)
            break;
        at = next;
    }
stop:
    r->result = (struct result){ st, arg, p->ord[at], count };
    free(m);
}

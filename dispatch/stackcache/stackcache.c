/*
 * dispatch/stackcache/stackcache.c — static stack caching over direct
 * threading.
 *
 * Direct threading (dispatch/direct/direct.c), with the value on top of
 * the data stack kept in a machine register, `tos`, across dispatches
 * wherever that saves work (Ertl's stack caching, as in Gforth; wasm3's
 * _r0).  There are two cache states:
 *
 *     C0   every value is in memory (the register holds nothing)
 *     C1   the top is in `tos`; the values below it are in memory
 *
 * and every instruction has a handler for each pair (state before, state
 * after).  prepare() decides the states statically, per instruction of
 * the thread (Ertl and Gregg's static stack caching): an instruction that
 * leaves a result leaves it in the register (C1); one that only pops
 * (drop, jz, jnz, store, print) leaves the rest in memory (C0) instead of
 * loading the new top that the next instruction may not need (a push
 * would only store it back); and where control can arrive from elsewhere
 * (a jump or call target, a return point, an instruction that keeps its
 * checks) the state is C0, so every branch and call leaves in C0.
 *
 * The bodies are the shared ones (isa/ops.inc) with the stack accessors
 * for state C1 (S, PUSH, POP, DROP redefined below).  The handler for
 * (C0, x) loads the top into the register first, the one for (x, C0)
 * stores it back before its dispatch, and the compiler removes what is
 * redundant: a push from C0 (load the top, store it back, load the
 * constant) compiles to loading the constant; a jz into C0 (pop, load the
 * new top, store it back) compiles to a test and a decrement.
 *
 * sp keeps its meaning, vm->stack + depth, so the depth checks and the
 * verifier's proofs hold unchanged.  In memory the whole stack sits one
 * cell higher: the value at depth index k is at vm->stack[k + 1], the top's
 * own slot is sp[0] (stale while the top is in the register), and
 * vm->stack[0] is where a push on an empty stack stores the top it does not
 * have, so that no push needs a branch.  (struct vm has the one cell more
 * this takes, vm/vm.h.)
 */
#include <stdlib.h>

#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

/* The stack with its top in `tos` (state C1). */
#undef S
#undef PUSH
#undef POP
#undef DROP
#define S(i)        S_##i
#define S_0         tos
#define S_1         sp[-1]
#define S_2         sp[-2]
#define PUSH(v)     do { sp[0] = tos; tos = (v); sp++; } while (0)
#define POP()       ({ cell v_ = tos; sp--; tos = sp[0]; v_; })
#define DROP(n)     (sp -= (n), tos = sp[0])

/* The handler families, by (state before, state after); C the checked
 * handlers, which run in C0 and leave in C0. */
enum { F_00, F_01, F_10, F_11, F_C, NFAMILIES };

/* With labels != NULL, only hand out the handler addresses (prepare needs
 * them; they exist only inside this function). */
static void engine(struct vm *vm, const struct thread *t, const void *const (**labels)[OP__COUNT])
{
    static const void *const table[NFAMILIES][OP__COUNT] = {
#define OP(NAME, ...) [F_00][OP_##NAME] = &&L00_##NAME, [F_01][OP_##NAME] = &&L01_##NAME, \
                      [F_10][OP_##NAME] = &&L10_##NAME, [F_11][OP_##NAME] = &&L11_##NAME, \
                      [F_C][OP_##NAME] = &&C_##NAME,
#include "isa/opcodes.def"
#undef OP
    };
    if (labels) {
        *labels = table;
        return;
    }
    const union slot *const slots = t->slots;
    const uint32_t *const ord = t->ord;
    const union slot *vpc = slots;     /* virtual pc: the next slot */
    cell *sp = vm->stack;
    cell tos = 0;                      /* the top, in state C1 */
    uintptr_t *rsp = vm->rstack;
    int64_t budget = vm->limit;
    enum status st;
    cell arg;

/* Into state C0 (after): the top back to its slot.  From C0 (before): the
 * top into the register. */
#define SPILL()          (sp[0] = tos)
#define FILL()           (tos = sp[0])
#define FILL_IF_USED()   do { if (TOUCHES) FILL(); } while (0)
/* In C0 the register holds nothing: tell the compiler its value is dead
 * (an empty asm that "sets" it), or it keeps loading into it a top that
 * the next handler will load again itself.  No instruction. */
#define FORGET()         __asm__("" : "=r"(tos))
/* The dispatch is direct threading's, after the handler's SPILL if it
 * leaves in C0 (OUT) with a top in the register.  TOUCHES: the instruction
 * uses the data stack (nop, jmp, call, ret and halt do not: from C0 they
 * neither load nor store a top). */
#define DISPATCH()       do { if (OUT == 0) { if (IN == 1 || TOUCHES) SPILL(); FORGET(); } \
                              MARK(dispatch); goto *(vpc++)->code; } while (0)

#define VPC_T            const union slot *
#define OP_END(NAME)     vpc += NSLOTS_##NAME; DISPATCH(); } }
#define IMM()            (vpc->imm)
#define TARGET()         (vpc->target)
#define NEXT_VPC(NAME)   (vpc + NSLOTS_##NAME)
#define JUMP(to)         do { vpc = (to); DISPATCH(); } while (0)
#define ORD_HERE()       ord[vpc - 1 - slots]
#define ORD_OF(to)       ord[(to) - slots]
#define BRANCH_LIMIT()   vpc[1].count
#define BRANCH_DELTA()   vpc[2].count
#define RETURN_LIMIT()   vpc[0].count
#define RETURN_DELTA(to) ((to)[-3].count - vpc[0].count)
#define CALLEE()         vpc[3].frame
/* the checked copy runs in C0: first store a top the register holds */
#define RETRY_CHECKED()  do { if (IN == 1) SPILL(); vpc += t->nslots - 1;  \
                              MARK(dispatch); goto *(vpc++)->code; } while (0)
#define TRAP(s, a)       do { MARK(trap); st = (s); arg = (a); goto trap; } while (0)

    goto *(vpc++)->code;

/* The bodies five times: the checked handlers, then the proven ones for
 * each pair of states.  IN and OUT are the states before and after. */
#define IN 0
#define OUT 0
#define OP_BEGIN(NAME)   C_##NAME: MARK_CHECKED(NAME); {                                 \
                             enum { TOUCHES = POPS_##NAME + PUSHES_##NAME > 0 };  \
                             FILL_IF_USED(); CHECKS(NAME); {
#include "isa/ops.inc"
#undef OP_BEGIN
#define OP_BEGIN(NAME)   L00_##NAME: MARK_HANDLER(NAME); {                                 \
                             enum { TOUCHES = POPS_##NAME + PUSHES_##NAME > 0 };  \
                             FILL_IF_USED(); GUARD(NAME); {
#include "isa/ops.inc"
#undef OUT
#define OUT 1
#undef OP_BEGIN
#define OP_BEGIN(NAME)   L01_##NAME: MARK_HANDLER(NAME); {                                 \
                             enum { TOUCHES = POPS_##NAME + PUSHES_##NAME > 0 };  \
                             FILL_IF_USED(); GUARD(NAME); {
#include "isa/ops.inc"
#undef IN
#define IN 1
#undef OP_BEGIN
#define OP_BEGIN(NAME)   L11_##NAME: MARK_HANDLER(NAME); {                                 \
                             enum { TOUCHES = POPS_##NAME + PUSHES_##NAME > 0 };  \
                             GUARD(NAME); {
#include "isa/ops.inc"
#undef OUT
#define OUT 0
#undef OP_BEGIN
#define OP_BEGIN(NAME)   L10_##NAME: MARK_HANDLER(NAME); {                                 \
                             enum { TOUCHES = POPS_##NAME + PUSHES_##NAME > 0 };  \
                             GUARD(NAME); {
#include "isa/ops.inc"

trap:
    vm_stop(vm, st, arg, ORD_HERE(), budget);
#include "vm/dispatch-end.h"
#undef IN
#undef OUT
#undef SPILL
#undef FILL
#undef FILL_IF_USED
#undef FORGET
}

/* The cache state before instruction i must be C0: control may arrive
 * there from elsewhere than the instruction before it, or it keeps its
 * checks (the checked handlers run in C0). */
static void mark_joins(const struct program *p, uint8_t *join)
{
    join[0] = 1;
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        const struct opinfo *oi = &opinfo[*ins];
        if (oi->operand == OPND_LABEL)
            join[p->ord[read_label(ins + 1)]] = 1;
        if (i + 1 < p->count && (oi->flow != FLOW_NEXT && oi->flow != FLOW_COND))
            join[i + 1] = 1;                 /* after a call, jmp, ret, halt */
        if (!p->proven[i])
            join[i] = 1;
    }
}

static void *prepare(const struct program *p)
{
    const void *const (*labels)[OP__COUNT];
    engine(NULL, NULL, &labels);
    const void *handlers[2 * OP__COUNT];
    for (unsigned op = 0; op < OP__COUNT; op++) {
        handlers[op] = labels[F_C][op];
        handlers[OP_PROVEN + op] = labels[F_00][op];  /* replaced below */
    }
    struct thread *t = thread_new(p, handlers, NULL);
    uint8_t *join = calloc((size_t)p->count + 1, 1);
    if (!t || !join) {
        free(join);
        thread_free(t);
        return NULL;
    }
    mark_joins(p, join);

    /* The verified copy: each proven instruction's handler for its states. */
    int in = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        const struct opinfo *oi = &opinfo[p->code[p->offset[i]]];
        if (join[i])
            in = 0;
        if (!p->proven[i]) {
            in = 0;                          /* its checked handler: C0 to C0 */
            continue;
        }
        /* Keep a result in the register only for an instruction after it
         * that reads it; a call, a jump or a join wants it in memory. */
        const struct opinfo *next = i + 1 < p->count ? &opinfo[p->code[p->offset[i + 1]]] : NULL;
        int out;
        if (oi->flow != FLOW_NEXT || !next || join[i + 1])
            out = 0;
        else if (oi->pushes > 0)
            out = next->pops > 0;
        else if (oi->pops > 0)
            out = 0;                         /* only pops: leave the rest in memory */
        else
            out = in;                        /* nop */
        int family = in ? (out ? F_11 : F_10) : (out ? F_01 : F_00);
        t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
        in = out;
    }
    free(join);
    return t;
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    engine(vm, prepared, NULL);
}

const struct dispatcher dispatcher_stackcache = {
    .name    = "stackcache",
    .summary = "static stack caching: direct threading, the top of the stack in a register where it pays",
    .prepare = prepare,
    .release = thread_free,
    .run     = run,
};

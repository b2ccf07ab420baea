/*
 * dispatch/subroutine/subroutine.c — subroutine-threaded code (PTC).
 *
 * Every instruction is a C function (the shared bodies, compiled as
 * functions: subroutine.h), and prepare() generates native code that calls
 * them one after the other:
 *
 *     call op_PUSH        <- with the constant in the argument register
 *     call op_PUSH
 *     call op_ADD
 *     call op_PRINT
 *     call op_HALT
 *
 * so the dispatch from one instruction to the next is the slide's `ret` (at
 * the end of a handler) + `call` (to the next).  Both are predicted by the
 * processor: a direct call always goes to the same place, and a return goes
 * where the return-stack predictor says.  The machine pointer is loaded
 * into its argument register before each call (subroutine.h): the dispatch
 * is ret; mov; call.
 *
 * Control flow: the handler does the VM's work (pop the flag, count, check
 * the step limit, push the return address on the VM's return stack) and
 * returns whether a conditional branch is taken; the generated code then
 * branches natively (x86-64 shown, rbx holds the machine):
 *
 *     jmp L    mov %rbx,%rdi; call op_JMP;  jmp L'
 *     jz L     mov %rbx,%rdi; call op_JZ;   test %eax,%eax; jnz L'  (L' = native L)
 *     call L   mov %rbx,%rdi; call op_CALL; lea -8(%rsp),%rsp; call L'; lea 8(%rsp),%rsp
 *     ret      mov %rbx,%rdi; call op_RET;  ret
 *     halt     mov %rbx,%rdi; call op_HALT  (never returns)
 *
 * A VM call is a native call (the lea keeps the stack 16-byte aligned for
 * the handlers), so a VM ret is a native ret and the processor predicts
 * both.  halt and traps leave through longjmp.  AArch64 does the same with
 * bl/ret, saving the link register around VM calls (see emit_flow).
 * Context threading (dispatch/context/) takes the next step: it makes the
 * branches' work native code too, instead of calling their handlers.
 *
 * The code is written into memory mapped read+write, then switched to
 * read+execute (vm/codegen.c): never writable and executable at once.
 * On any other architecture the dispatcher reports itself unavailable.
 */
#include "dispatch/subroutine/subroutine.h"

#if CODEGEN
/* The whole program: the entry, then the verified copy, then the checked
 * copy, each instruction a call of its handler and its control flow. */
static void emit_program(struct gen *g, const struct program *p)
{
    struct emit *e = &g->e;
    emit_entry(e);
    add_piece(g, 0, e->at, 0, 0, PIECE_ENTRY, NO_HANDLER);
    for (uint32_t copy = 0; copy < 2; copy++) {
        for (uint32_t i = 0; i < p->count; i++) {
            const uint8_t *ins = p->code + p->offset[i];
            uint8_t op = *ins;
            bool proven = copy == 0 && p->proven[i];
            unsigned h = proven ? OP_PROVEN + op : op;
            size_t k = (size_t)copy * p->count + i, from = e->at;
            g->addr[k] = emit_here(e);
            emit_machine(e);
            if (takes_arg(op))
                emit_arg(e, handler_arg(p, i));
            emit_call_handler(e, table[h]);
            g->ret[k] = emit_here(e);
            uintptr_t target = label_operand[op]
                             ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
            uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
            emit_flow(e, opinfo[op].flow, target, retry);
            add_piece(g, from, e->at, copy, i, PIECE_CALL, h);
        }
    }
}
#endif /* CODEGEN */

/* Compiled with -DSUBROUTINE_FAR_CALLS, every handler call goes through a
 * register, so that the tests can exercise that fallback too. */
static void *prepare(const struct program *p)
{
#ifdef SUBROUTINE_FAR_CALLS
    return native_prepare(p, true, NULL);
#else
    return native_prepare(p, false, NULL);
#endif
}

const struct dispatcher dispatcher_subroutine = {
    .name        = "subroutine",
    .summary     = "subroutine-threaded code (PTC): generated native code, call op_X per instruction",
    .unavailable = codegen_unavailable,
    .prepare     = prepare,
    .release     = release,
    .run         = run,
    .describe    = describe,
};

/*
 * isa/isa.h — the instruction set as C declarations, expanded from
 * isa/opcodes.def, and the limits of the virtual machine.
 */
#ifndef DISPATCHLAB_ISA_H
#define DISPATCHLAB_ISA_H

#include <stdint.h>

typedef int64_t  cell;    /* one value on the stacks or in memory */
typedef uint64_t ucell;   /* the same bits, for wrapping arithmetic */

enum opcode {
#define OP(NAME, name, opnd, pops, pushes, flow, effect, doc) OP_##NAME,
#include "isa/opcodes.def"
#undef OP
    OP__COUNT
};

enum operand { OPND_NONE, OPND_INT, OPND_LABEL };
enum flow { FLOW_NEXT, FLOW_JUMP, FLOW_COND, FLOW_CALL, FLOW_RET, FLOW_STOP };

/* Bytes an operand occupies in the bytecode (see docs/isa.md). */
#define OPND_BYTES_NONE  0
#define OPND_BYTES_INT   8
#define OPND_BYTES_LABEL 4

/* SIZE_ADD, SIZE_PUSH, ...: an instruction's length in bytes, as constants
 * the dispatchers can use to step over operands. */
enum {
#define OP(NAME, name, opnd, pops, pushes, flow, effect, doc) \
    SIZE_##NAME = 1 + OPND_BYTES_##opnd,
#include "isa/opcodes.def"
#undef OP
};

struct opinfo {
    const char  *name;     /* mnemonic, lower case */
    enum operand operand;
    uint8_t      size;     /* bytes in the bytecode: opcode and operand */
    uint8_t      pops, pushes;
    enum flow    flow;
    const char  *effect;   /* stack effect, e.g. "a b -- a+b" */
    const char  *doc;
};
extern const struct opinfo opinfo[OP__COUNT];   /* isa/program.c */

/* Limits of the machine (docs/isa.md). */
#define STACK_CELLS   4096     /* data stack entries */
#define RSTACK_CELLS  4096     /* return stack entries */
#define MEM_CELLS     65536    /* data memory, cells, zero-initialised */
#define MAX_CODE_BYTES (64u << 20)   /* largest program the assembler builds */

#endif

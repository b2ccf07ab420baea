/*
 * vm/dispatch-end.h — include after isa/ops.inc to #undef the macros a
 * dispatcher defined for the bodies (listed in vm/interp.h), so that they
 * do not leak into the rest of the file.
 */
#undef VPC_T
#undef OP_BEGIN
#undef OP_END
#undef IMM
#undef TARGET
#undef NEXT_VPC
#undef JUMP
#undef ORD_HERE
#undef ORD_OF
#undef TRAP
#undef DISPATCH
#undef BR
#undef BRANCH_LIMIT
#undef BRANCH_DELTA
#undef RETURN_LIMIT
#undef RETURN_DELTA
#undef CALLEE
#undef RETRY_CHECKED

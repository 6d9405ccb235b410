/// Grail's bytecode instruction set.
///
/// An instruction is one 32-bit word: the opcode in the low 8 bits and its
/// argument in the high 24 bits (`Instruction`). Unless a comment says
/// otherwise an opcode has exactly the semantics of the CPython 3.11 opcode of
/// the same name (see `dis` in the 3.11 docs), with these global differences:
///
/// * jump arguments are absolute instruction indices (no relative jumps, no
///   JUMP_BACKWARD / EXTENDED_ARG / CACHE / RESUME / PRECALL / KW_NAMES);
/// * calls: `PUSH_NULL; <callable>; <args>; CALL n` or
///   `<obj>; LOAD_METHOD name; <args>; CALL n` exactly as 3.11 lays out the
///   stack; keyword calls push a constant tuple of keyword names last and use
///   `CALL_KW n` (n counts positional and keyword arguments);
/// * generator functions carry `CodeFlags.generator`; calling one creates the
///   generator without running it (no RETURN_GENERATOR/GEN_START);
/// * LOAD_GLOBAL's argument is just the name index (it never pushes NULL);
/// * locals (`LOAD_FAST`) index `varnames`; cells and free variables have
///   their own index space (`LOAD_DEREF i`: `i < cellvars.count` is a cell
///   variable, else `freevars[i - cellvars.count]`). The VM creates the cells
///   when a frame starts (an argument that is also a cell variable starts
///   with the argument's value), so there is no MAKE_CELL/COPY_FREE_VARS.
///
/// Thread-safety: plain values.
public enum Opcode: UInt8, Sendable, CaseIterable {
    case NOP
    case POP_TOP
    /// Push the NULL marker used by calls (and by `LOAD_METHOD`).
    case PUSH_NULL
    /// COPY n: push a copy of the n-th item (1 = top).
    case COPY
    /// SWAP n: swap the top with the n-th item.
    case SWAP

    case LOAD_CONST
    case LOAD_FAST
    case STORE_FAST
    case DELETE_FAST
    case LOAD_DEREF
    case STORE_DEREF
    case DELETE_DEREF
    /// Class bodies: look the name up in the class namespace first, then in the cell.
    case LOAD_CLASSDEREF
    /// Push the cell object itself (to build a closure tuple).
    case LOAD_CLOSURE
    case LOAD_GLOBAL
    case STORE_GLOBAL
    case DELETE_GLOBAL
    case LOAD_NAME
    case STORE_NAME
    case DELETE_NAME
    case LOAD_ATTR
    case STORE_ATTR
    case DELETE_ATTR
    case LOAD_METHOD
    case LOAD_BUILD_CLASS
    case LOAD_ASSERTION_ERROR
    /// Push the namespace of a class body (for `__classcell__` handling etc.).
    case LOAD_LOCALS
    case SETUP_ANNOTATIONS

    /// BINARY_OP op: `op` is a `BinaryOpArg` raw value (CPython's NB_* numbering).
    case BINARY_OP
    case UNARY_POSITIVE
    case UNARY_NEGATIVE
    case UNARY_NOT
    case UNARY_INVERT
    /// COMPARE_OP op: `op` is a `CompareOpArg` raw value.
    case COMPARE_OP
    case IS_OP
    case CONTAINS_OP
    case BINARY_SUBSCR
    case STORE_SUBSCR
    case DELETE_SUBSCR
    case BUILD_SLICE

    case BUILD_TUPLE
    case BUILD_LIST
    case BUILD_SET
    case BUILD_MAP
    case BUILD_CONST_KEY_MAP
    case BUILD_STRING
    case LIST_APPEND
    case SET_ADD
    case MAP_ADD
    case LIST_EXTEND
    case SET_UPDATE
    case DICT_UPDATE
    case DICT_MERGE
    case LIST_TO_TUPLE
    case UNPACK_SEQUENCE
    /// UNPACK_EX: arg = before | (after << 8).
    case UNPACK_EX
    case FORMAT_VALUE

    case GET_ITER
    /// FOR_ITER target: on exhaustion pop the iterator and jump to target.
    case FOR_ITER
    /// JUMP target (forward or backward).
    case JUMP
    case POP_JUMP_IF_FALSE
    case POP_JUMP_IF_TRUE
    case POP_JUMP_IF_NONE
    case POP_JUMP_IF_NOT_NONE
    case JUMP_IF_FALSE_OR_POP
    case JUMP_IF_TRUE_OR_POP
    case RETURN_VALUE

    case CALL
    /// CALL_KW n: like CALL, the top of stack is a tuple of keyword names for the last len(kwnames) arguments.
    case CALL_KW
    case CALL_FUNCTION_EX
    case MAKE_FUNCTION

    case IMPORT_NAME
    case IMPORT_FROM
    case IMPORT_STAR

    case RAISE_VARARGS
    case RERAISE
    case PUSH_EXC_INFO
    case POP_EXCEPT
    case CHECK_EXC_MATCH
    case CHECK_EG_MATCH
    case PREP_RERAISE_STAR
    case WITH_EXCEPT_START
    case BEFORE_WITH

    case YIELD_VALUE
    case GET_YIELD_FROM_ITER
    /// SEND target: as 3.11 (receiver below the value; on return, pop both, push the result, jump).
    case SEND

    case GET_LEN
    case MATCH_MAPPING
    case MATCH_SEQUENCE
    case MATCH_KEYS
    case MATCH_CLASS

    /// PRINT_EXPR: interactive mode, print the top of stack via sys.displayhook and pop it.
    case PRINT_EXPR
}

/// One encoded instruction: opcode in the low byte, argument in the upper 24 bits.
public struct Instruction: Sendable, Equatable {
    public var raw: UInt32
    @inline(__always) public init(_ op: Opcode, _ arg: Int = 0) { raw = UInt32(op.rawValue) | (UInt32(truncatingIfNeeded: arg) << 8) }
    @inline(__always) public var opcode: Opcode { Opcode(rawValue: UInt8(truncatingIfNeeded: raw)) ?? .NOP }
    @inline(__always) public var arg: Int { Int(raw >> 8) }
    /// Largest argument an instruction can carry.
    public static let maxArg = (1 << 24) - 1
}

/// BINARY_OP arguments, CPython 3.11's NB_* numbering (inplace = 13 + op).
public enum BinaryOpArg: Int, Sendable {
    case add = 0, and = 1, floorDivide = 2, lshift = 3, matrixMultiply = 4, multiply = 5, remainder = 6
    case or = 7, power = 8, rshift = 9, subtract = 10, trueDivide = 11, xor = 12
    case inplaceAdd = 13, inplaceAnd, inplaceFloorDivide, inplaceLshift, inplaceMatrixMultiply, inplaceMultiply
    case inplaceRemainder, inplaceOr, inplacePower, inplaceRshift, inplaceSubtract, inplaceTrueDivide, inplaceXor
}

/// COMPARE_OP arguments (CPython's Py_LT..Py_GE order).
public enum CompareOpArg: Int, Sendable {
    case lt = 0, le = 1, eq = 2, ne = 3, gt = 4, ge = 5
}

/// FORMAT_VALUE argument bits, as CPython 3.11.
public enum FormatValueArg {
    public static let conversionMask = 0x3
    public static let noConversion = 0x0, str = 0x1, repr = 0x2, ascii = 0x3
    public static let hasSpec = 0x4
}

/// MAKE_FUNCTION flag bits, as CPython 3.11.
public enum MakeFunctionFlag {
    public static let defaults = 0x01, kwDefaults = 0x02, annotations = 0x04, closure = 0x08
}

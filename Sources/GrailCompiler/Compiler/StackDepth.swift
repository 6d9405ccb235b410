/// Stack effects of Grail's opcodes and CPython's `stackdepth()` flow
/// analysis over a unit's built instructions (following jumps and the
/// exception edges of SETUP_* pseudo-instructions).
/// Thread-safety: stateless functions.
enum StackDepth {
    /// Net stack effect of `op` with `arg`; `jump` selects the effect when
    /// the instruction branches to its target.
    static func effect(_ op: Opcode, _ arg: Int, jump: Bool) -> Int {
        switch op {
        case .NOP, .SWAP, .SETUP_ANNOTATIONS, .UNARY_POSITIVE, .UNARY_NEGATIVE, .UNARY_NOT, .UNARY_INVERT,
             .LOAD_ATTR, .GET_ITER, .JUMP, .LIST_TO_TUPLE, .CHECK_EXC_MATCH, .CHECK_EG_MATCH,
             .YIELD_VALUE, .GET_YIELD_FROM_ITER, .DELETE_FAST, .DELETE_DEREF, .DELETE_GLOBAL, .DELETE_NAME:
            return 0
        case .POP_TOP, .STORE_FAST, .STORE_DEREF, .STORE_GLOBAL, .STORE_NAME, .DELETE_ATTR,
             .BINARY_OP, .COMPARE_OP, .IS_OP, .CONTAINS_OP, .BINARY_SUBSCR, .LIST_APPEND, .SET_ADD,
             .LIST_EXTEND, .SET_UPDATE, .DICT_UPDATE, .DICT_MERGE, .RETURN_VALUE, .IMPORT_NAME,
             .IMPORT_STAR, .POP_EXCEPT, .PREP_RERAISE_STAR, .PRINT_EXPR, .RERAISE,
             .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE:
            return -1
        case .PUSH_NULL, .COPY, .LOAD_CONST, .LOAD_FAST, .LOAD_DEREF, .LOAD_CLASSDEREF, .LOAD_CLOSURE,
             .LOAD_GLOBAL, .LOAD_NAME, .LOAD_METHOD, .LOAD_BUILD_CLASS, .LOAD_ASSERTION_ERROR,
             .LOAD_LOCALS, .IMPORT_FROM, .PUSH_EXC_INFO, .WITH_EXCEPT_START, .BEFORE_WITH,
             .GET_LEN, .MATCH_MAPPING, .MATCH_SEQUENCE, .MATCH_KEYS:
            return 1
        case .STORE_ATTR, .DELETE_SUBSCR, .MAP_ADD, .MATCH_CLASS:
            return -2
        case .STORE_SUBSCR:
            return -3
        case .BUILD_SLICE:
            return arg == 3 ? -2 : -1
        case .BUILD_TUPLE, .BUILD_LIST, .BUILD_SET, .BUILD_STRING:
            return 1 - arg
        case .BUILD_MAP:
            return 1 - 2 * arg
        case .BUILD_CONST_KEY_MAP:
            return -arg
        case .UNPACK_SEQUENCE:
            return arg - 1
        case .UNPACK_EX:
            return (arg & 0xFF) + (arg >> 8)
        case .FORMAT_VALUE:
            return arg & FormatValueArg.hasSpec != 0 ? -1 : 0
        case .FOR_ITER:
            return jump ? -1 : 1
        case .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP:
            return jump ? 0 : -1
        case .CALL:
            return -arg - 1
        case .CALL_KW:
            return -arg - 2
        case .CALL_FUNCTION_EX:
            return -2 - (arg & 1)
        case .MAKE_FUNCTION:
            var n = 0
            for bit in [0x1, 0x2, 0x4, 0x8] where arg & bit != 0 { n += 1 }
            return -n
        case .RAISE_VARARGS:
            return -arg
        case .SEND:
            return jump ? -1 : 0
        }
    }

    /// Whether control never falls through `op`.
    static func isTerminator(_ op: Opcode) -> Bool {
        switch op {
        case .JUMP, .RETURN_VALUE, .RAISE_VARARGS, .RERAISE: return true
        default: return false
        }
    }

    /// Whether `op` carries a jump target.
    static func isJump(_ op: Opcode) -> Bool {
        switch op {
        case .JUMP, .FOR_ITER, .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE,
             .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP, .SEND:
            return true
        default:
            return false
        }
    }

    /// The maximum depth reached from the entry, and which instructions are
    /// reachable; also stores each handler's depth at its SETUP into
    /// `handlers`. Every instruction index is processed at most once, so
    /// this always terminates.
    static func compute(_ instrs: [BuiltInstr], labelPos: [Int], handlers: inout [HandlerRecord]) -> (maxDepth: Int, reached: [Bool]) {
        let n = instrs.count
        var start = [Int](repeating: -1, count: n + 1)
        var work: [Int] = []
        var maxDepth = 0
        func push(_ i: Int, _ d: Int) {
            guard i >= 0 && i <= n && start[i] < 0 else { return }
            start[i] = max(0, d)
            work.append(i)
        }
        func target(_ label: Int) -> Int {
            guard label >= 0 && label < labelPos.count else { return -1 }
            return labelPos[label]
        }
        push(0, 0)
        while let first = work.popLast() {
            var i = first
            var depth = start[i]
            while i < n {
                let ins = instrs[i]
                switch ins.kind {
                case .popBlock:
                    break
                case .setupFinally, .setupCleanup, .setupWith:
                    if ins.arg >= 0 && ins.arg < handlers.count && handlers[ins.arg].depth < 0 {
                        handlers[ins.arg].depth = depth
                    }
                    let t = depth + (ins.kind == .setupCleanup ? 2 : 1)
                    maxDepth = max(maxDepth, t)
                    push(target(ins.target), t)
                case .real:
                    let newDepth = depth + effect(ins.op, ins.arg, jump: false)
                    maxDepth = max(maxDepth, newDepth)
                    if isJump(ins.op) {
                        let t = depth + effect(ins.op, ins.arg, jump: true)
                        maxDepth = max(maxDepth, t)
                        push(target(ins.target), t)
                    }
                    depth = max(0, newDepth)
                    if isTerminator(ins.op) { i = n; continue }
                }
                i += 1
                if i < n && start[i] >= 0 { break }
                if i < n { start[i] = depth }
            }
        }
        return (maxDepth, start.map { $0 >= 0 })
    }
}

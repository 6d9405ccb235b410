import GrailSyntax

/// What an instruction being built is: a real opcode, or one of CPython's
/// pseudo-instructions that only exist until assembly (they delimit the
/// ranges of exception handlers and feed the stack-depth analysis).
/// Thread-safety: a plain value type.
enum InstrKind: UInt8 {
    case real
    /// `SETUP_FINALLY handler`: on exception, pop to the current depth, push the exception.
    case setupFinally
    /// `SETUP_CLEANUP handler`: as SETUP_FINALLY but also pushes lasti.
    case setupCleanup
    /// `SETUP_WITH handler`: depth excludes the `__enter__` result; pushes lasti.
    case setupWith
    /// `POP_BLOCK`: ends the innermost handler's range.
    case popBlock
}

/// One instruction before assembly: jump targets are label ids, locations
/// may be missing (artificial instructions take their predecessor's).
/// Thread-safety: a plain value type.
struct BuiltInstr {
    var kind: InstrKind
    var op: Opcode
    var arg: Int
    /// Label id for jumps and SETUP_*; -1 otherwise.
    var target: Int
    var loc: SourceRange?
    /// Index into `CodeBuilder.handlers` of the handler covering this
    /// instruction; -1 for none.
    var handler: Int
}

/// An exception handler opened by a SETUP_* pseudo-instruction: where it
/// starts, how it was set up and (after the stack-depth pass) the stack depth
/// at the SETUP. Thread-safety: a plain value type.
struct HandlerRecord {
    var label: Int
    var kind: InstrKind
    var depth: Int = -1
}

/// Hashable identity of a constant for deduplication, following CPython's
/// `_PyCode_ConstantKey` (type-sensitive: `1`, `1.0` and `True` differ; floats by bits).
/// Thread-safety: a plain value type.
indirect enum ConstKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(UInt64)
    case complex(UInt64, UInt64)
    case str([UInt32])
    case bytes([UInt8])
    case tuple([ConstKey])
    case frozenset([ConstKey])
    case code(ObjectIdentifier)

    init(_ c: CodeConstant) {
        switch c {
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .bigInt(let s): self = .bigInt(s)
        case .float(let d): self = .float(d.bitPattern)
        case .complex(let r, let i): self = .complex(r.bitPattern, i.bitPattern)
        case .str(let s): self = .str(s)
        case .bytes(let b): self = .bytes(b)
        case .tuple(let items): self = .tuple(items.map(ConstKey.init))
        case .frozenset(let items): self = .frozenset(items.map(ConstKey.init))
        case .code(let u): self = .code(ObjectIdentifier(u))
        }
    }
}

/// The instruction buffer and tables of one code unit under construction
/// (CPython's `compiler_unit` minus the scope bookkeeping): labels, the
/// lexical stack of exception handlers, and the deduplicated constant,
/// name and variable tables.
/// Thread-safety: mutable; owned by one compilation.
final class CodeBuilder {
    var instrs: [BuiltInstr] = []
    /// Label id -> index in `instrs` where it is bound (-1 while unbound).
    var labelPos: [Int] = []
    var handlers: [HandlerRecord] = []
    /// Handler records covering the instructions being emitted (innermost last).
    var handlerStack: [Int] = []
    /// For forward jump targets and handler labels: the handler stack at the
    /// first jump or SETUP to them; binding the label restores it (so code
    /// reached only by jumps, like a handler body, gets the handlers that
    /// cover its predecessors, as CPython's flow-based labelling does).
    private var stackAtLabel: [Int: [Int]] = [:]
    /// Largest instruction index at which some label is bound.
    private var lastBoundPos = -1

    var constants: [CodeConstant] = []
    private var constIndex: [ConstKey: Int] = [:]
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    var varnames: [String] = []
    private var varIndex: [String: Int] = [:]
    let cellvars: [String]
    let freevars: [String]
    private var derefIndex: [String: Int] = [:]

    /// Location given to emitted instructions (nil: artificial).
    var loc: SourceRange?

    init(params: [String], cellvars: [String], freevars: [String]) {
        self.cellvars = cellvars
        self.freevars = freevars
        for p in params { _ = varnameIndex(p) }
        for (i, c) in cellvars.enumerated() where derefIndex[c] == nil { derefIndex[c] = i }
        for (i, f) in freevars.enumerated() where derefIndex[f] == nil { derefIndex[f] = cellvars.count + i }
    }

    // MARK: tables

    func constIndex(_ c: CodeConstant) -> Int {
        let key = ConstKey(c)
        if let i = constIndex[key] { return i }
        let i = constants.count
        constants.append(c)
        constIndex[key] = i
        return i
    }

    func nameIndex(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        let i = names.count
        names.append(n)
        nameIndex[n] = i
        return i
    }

    func varnameIndex(_ n: String) -> Int {
        if let i = varIndex[n] { return i }
        let i = varnames.count
        varnames.append(n)
        varIndex[n] = i
        return i
    }

    /// Index in the cell+free space (cells first).
    func derefIndex(_ n: String) -> Int? { derefIndex[n] }
    func cellIndex(_ n: String) -> Int? { cellvars.firstIndex(of: n) }
    func freeIndex(_ n: String) -> Int? { freevars.firstIndex(of: n).map { $0 + cellvars.count } }

    // MARK: emission

    func newLabel() -> Int {
        labelPos.append(-1)
        return labelPos.count - 1
    }

    /// Binds `label` to the next instruction emitted.
    func bind(_ label: Int) {
        guard label >= 0 && label < labelPos.count else { return }
        labelPos[label] = instrs.count
        lastBoundPos = instrs.count
        if let saved = stackAtLabel[label] { handlerStack = saved }
    }

    private var currentHandler: Int { handlerStack.last ?? -1 }

    func emit(_ op: Opcode, _ arg: Int = 0) {
        if op == .BUILD_TUPLE && foldTuple(arg) { return }
        instrs.append(BuiltInstr(kind: .real, op: op, arg: arg, target: -1, loc: loc, handler: currentHandler))
    }

    func emitJump(_ op: Opcode, _ label: Int) {
        if label >= 0 && label < labelPos.count && labelPos[label] < 0 && stackAtLabel[label] == nil {
            stackAtLabel[label] = handlerStack
        }
        instrs.append(BuiltInstr(kind: .real, op: op, arg: 0, target: label, loc: loc, handler: currentHandler))
    }

    func loadConst(_ c: CodeConstant) {
        emit(.LOAD_CONST, constIndex(c))
    }

    /// Emits a SETUP_* pseudo-instruction and makes `label` the handler of
    /// what follows until the matching `popBlock`.
    func setup(_ kind: InstrKind, _ label: Int) {
        let rec = handlers.count
        handlers.append(HandlerRecord(label: label, kind: kind))
        stackAtLabel[label] = handlerStack
        instrs.append(BuiltInstr(kind: kind, op: .NOP, arg: rec, target: label, loc: loc, handler: currentHandler))
        handlerStack.append(rec)
    }

    /// POP_BLOCK: closes the innermost handler range.
    func popBlock() {
        instrs.append(BuiltInstr(kind: .popBlock, op: .NOP, arg: 0, target: -1, loc: loc, handler: currentHandler))
        if !handlerStack.isEmpty { handlerStack.removeLast() }
    }

    /// The last real instruction, if it ends the flow and nothing jumps past it.
    var endsWithTerminator: Bool {
        guard lastBoundPos < instrs.count, let last = instrs.last(where: { $0.kind == .real }) else { return false }
        switch last.op {
        case .RETURN_VALUE, .RERAISE, .RAISE_VARARGS, .JUMP: return true
        default: return false
        }
    }

    /// CPython's `fold_tuple_on_constants`: `LOAD_CONST a; LOAD_CONST b;
    /// BUILD_TUPLE 2` becomes `LOAD_CONST (a, b)`.
    private func foldTuple(_ n: Int) -> Bool {
        guard n >= 0, instrs.count >= n else { return false }
        let start = instrs.count - n
        if lastBoundPos > start { return false }
        var items: [CodeConstant] = []
        items.reserveCapacity(n)
        for i in start..<instrs.count {
            let ins = instrs[i]
            guard ins.kind == .real, ins.op == .LOAD_CONST, ins.arg < constants.count else { return false }
            items.append(constants[ins.arg])
        }
        instrs.removeLast(n)
        loadConst(.tuple(items))
        return true
    }
}

import GrailCompiler

/// A `code` object: a compiled `CodeUnit` with its constants turned into
/// Python values and its names interned, laid out for the interpreter loop.
/// Thread-safety: immutable after creation (specialisation caches, when they
/// come, are per thread).
public final class PyCode: PyObject {
    public let unit: CodeUnit
    public let instructions: [UInt32]
    public let consts: [Value]
    public let names: [PyStr]
    public let varnames: [PyStr]
    public let cellvars: [PyStr]
    public let freevars: [PyStr]
    public let name: PyStr
    public let qualname: PyStr
    public let filename: String
    /// Untagged copy of the filename's storage address (see PyStr.storageAnchor).
    private let filenameAnchor: UInt
    public let flags: CodeFlags
    public let argCount: Int
    public let posOnlyArgCount: Int
    public let kwOnlyArgCount: Int
    public let nlocals: Int
    public let ncells: Int
    /// No keyword-only parameters, `*args` or `**kwargs` (calls with exactly
    /// `argCount` positional arguments bind by copying them).
    public let simpleParameters: Bool
    /// Calling the function creates a generator, coroutine or async generator.
    public let makesGenerator: Bool
    public let stackSize: Int
    /// Cell index -> argument index for arguments that are also cells.
    public let cell2arg: [Int?]
    /// Total positional+keyword parameter count (without *args/**kwargs).
    public var totalArgs: Int { argCount + kwOnlyArgCount }

    public init(_ u: CodeUnit) {
        unit = u
        instructions = u.instructions.map { $0.raw }
        consts = u.constants.map { PyCode.materialize($0) }
        names = u.names.map { PyStr.intern($0) }
        varnames = u.varnames.map { PyStr.intern($0) }
        cellvars = u.cellvars.map { PyStr.intern($0) }
        freevars = u.freevars.map { PyStr.intern($0) }
        name = PyStr.intern(u.name)
        qualname = PyStr(u.qualname)
        filename = u.filename
        filenameAnchor = PyStr.anchor(u.filename)
        flags = u.flags
        argCount = u.argCount
        posOnlyArgCount = u.posOnlyArgCount
        kwOnlyArgCount = u.kwOnlyArgCount
        nlocals = u.varnames.count
        ncells = u.cellvars.count + u.freevars.count
        makesGenerator = u.flags.contains(.generator) || u.flags.contains(.coroutine) || u.flags.contains(.asyncGenerator)
        simpleParameters = u.kwOnlyArgCount == 0 && !u.flags.contains(.varArgs) && !u.flags.contains(.varKeywords)
        stackSize = u.stackSize
        let nargs = u.argCount + u.kwOnlyArgCount + (u.flags.contains(.varArgs) ? 1 : 0) + (u.flags.contains(.varKeywords) ? 1 : 0)
        cell2arg = u.cellvars.map { c in
            for i in 0..<min(nargs, u.varnames.count) where u.varnames[i] == c { return i }
            return nil
        }
        Immortal.array(instructions); Immortal.array(consts); Immortal.array(names); Immortal.array(varnames)
        Immortal.array(cellvars); Immortal.array(freevars); Immortal.array(cell2arg)
        super.init(type: PyType.code, noDict: ())
    }

    /// Line number of instruction `i` (0 when unknown).
    public func line(at i: Int) -> Int {
        guard i >= 0 && i < unit.positions.count else { return unit.firstLineNo }
        return Int(unit.positions[i].line)
    }

    static func materialize(_ c: CodeConstant) -> Value {
        switch c {
        case .none: return .None
        case .ellipsis: return .obj(PyEllipsis.shared)
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return IntOps.parseDecimalConstant(s)
        case .float(let d): return .float(d)
        case .complex(let re, let im): return .obj(PyComplex(re, im))
        case .str(let cps): return .obj(PyStr.intern(PyStr(codePoints: cps)))
        case .bytes(let b): return .obj(PyBytes(b))
        case .tuple(let items): return .obj(PyTuple(items.map(materialize)))
        case .frozenset(let items):
            // CPython's compiler builds the frozenset, then its constant merger
            // (merge_consts_recursive) rebuilds it from that set's iteration
            // order; doing the same gives identical iteration orders.
            let first = PySet(frozenFrom: items.map(materialize))
            return .obj(PySet(frozenFrom: first.items))
        case .code(let u): return .obj(PyCode(u))
        }
    }
}

/// A Python function: code plus globals, defaults, closure and the
/// writable metadata (`__name__`, `__qualname__`, `__doc__`, `__dict__`...).
/// Thread-safety: fields are single references; assigning them from several
/// threads races like any attribute.
public final class PyFunction: PyObject {
    public var code: PyCode
    public var globals: PyDict
    public var builtins: PyDict
    public var name: PyStr
    public var qualname: PyStr
    public var defaults: [Value] { didSet { Immortal.array(defaults) } }
    public var kwdefaults: PyDict?
    public var closure: [PyCell] { didSet { Immortal.array(closure) } }
    public var doc: Value = .None
    /// The closure tuple MAKE_FUNCTION received (keeps the cells reachable through a tuple as well).
    public var closureKeep: PyObject? = nil
    public var annotations: PyDict?
    public var module: Value

    public init(code: PyCode, globals: PyDict, builtins: PyDict, defaults: [Value] = [], kwdefaults: PyDict? = nil, closure: [PyCell] = []) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.name = code.name
        self.qualname = code.qualname
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.closure = closure
        self.module = globals.getStr(PyStr.intern("__name__")) ?? .None
        Immortal.array(defaults); Immortal.array(closure)
        super.init(type: PyType.function)
        // CPython 3.11 puts a function's docstring (or None) first in co_consts.
        if code.flags.contains(.optimized), let first = code.consts.first, case .obj(let s as PyStr) = first {
            doc = .obj(s)
        }
    }
}

/// A bound method (`obj.meth`): a function and the instance it binds.
/// Thread-safety: immutable.
public final class PyMethod: PyObject {
    public let function: Value
    public let selfValue: Value
    public init(_ f: Value, _ s: Value) {
        function = f
        selfValue = s
        super.init(type: PyType.method, noDict: ())
    }
}

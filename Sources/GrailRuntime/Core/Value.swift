import BigInt

/// A Python value as the VM moves it: small ints and floats unboxed (no heap
/// object per operation), everything else a reference to a `PyObject`
/// (None, True and False are immortal singletons). `.null` is the VM's
/// "no value" marker (unbound local, the NULL of a call) and never reaches
/// Python code. Thread-safety: a plain value; copying is free of ARC writes
/// because every `PyObject` is ARC-immortal.
public enum Value {
    case null
    case int(Int)
    case float(Double)
    case obj(PyObject)

    public static var None: Value { .obj(PyNone.shared) }
    public static var True: Value { .obj(PyBool.trueObj) }
    public static var False: Value { .obj(PyBool.falseObj) }
    public static var notImplemented: Value { .obj(PyNotImplemented.shared) }
    @inline(__always) public static func bool(_ b: Bool) -> Value { .obj(b ? PyBool.trueObj : PyBool.falseObj) }
    @inline(__always) public static func str(_ s: String) -> Value { .obj(PyStr(s)) }

    /// The Python type of the value.
    @inline(__always) public var type: PyType {
        switch self {
        case .int: return PyType.int
        case .float: return PyType.float
        case .obj(let o): return o.type
        case .null: return PyType.nullType
        }
    }

    @inline(__always) public var isNone: Bool { if case .obj(let o) = self { return o === PyNone.shared }; return false }
    @inline(__always) public var isNull: Bool { if case .null = self { return true }; return false }
    @inline(__always) public var object: PyObject? { if case .obj(let o) = self { return o }; return nil }

    /// Python `is`.
    @inline(__always) public func isSame(_ other: Value) -> Bool {
        switch (self, other) {
        case (.obj(let a), .obj(let b)): return a === b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.null, .null): return true
        default: return false
        }
    }

    /// A value from an arbitrary-precision integer (unboxed when it fits).
    public static func int(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .obj(PyLong(b))
    }
}


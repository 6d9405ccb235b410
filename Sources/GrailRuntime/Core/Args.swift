/// The arguments of a call as the VM passes them: a borrowed buffer of
/// values (positional first, then keyword values) and the keyword names.
/// No tuple or dict is built unless the callee asks for one. Valid only
/// during the call. Thread-safety: owned by the calling thread.
public struct Args {
    public let buf: UnsafeBufferPointer<Value>
    /// Names of the trailing keyword arguments (nil when there are none).
    public let kwnames: [PyStr]?

    @inline(__always) public init(_ buf: UnsafeBufferPointer<Value>, kwnames: [PyStr]? = nil) {
        self.buf = buf
        self.kwnames = (kwnames?.isEmpty ?? true) ? nil : kwnames
    }
    /// Number of positional arguments.
    @inline(__always) public var count: Int { buf.count - (kwnames?.count ?? 0) }
    @inline(__always) public subscript(i: Int) -> Value { buf[i] }
    public var positional: [Value] { Array(buf[0..<count]) }
    public var hasKeywords: Bool { kwnames != nil }
    public var keywords: [(String, Value)] {
        guard let k = kwnames else { return [] }
        let base = count
        return k.enumerated().map { ($0.element.value, buf[base + $0.offset]) }
    }
    public func keyword(_ name: String) -> Value? {
        guard let k = kwnames else { return nil }
        for (i, n) in k.enumerated() where n.value == name { return buf[count + i] }
        return nil
    }

    /// Binds to a signature: `names` are the parameter names in order; the
    /// first `posOnly` may only be positional; returns one optional value per
    /// name. Raises TypeError with CPython's messages.
    public func bind(_ fname: String, _ names: [String], required: Int, posOnly: Int = 0, maxPositional: Int? = nil) throws(PyBaseException) -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        let maxPos = maxPositional ?? names.count
        if count > maxPos {
            if maxPos == 0 { throw PyErr.typeError("\(fname)() takes no positional arguments") }
            if required == maxPos {
                throw PyErr.typeError("\(fname)() takes exactly \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(count) given)")
            }
            throw PyErr.typeError("\(fname)() takes at most \(maxPos) argument\(maxPos == 1 ? "" : "s") (\(count) given)")
        }
        for i in 0..<count { out[i] = buf[i] }
        if let k = kwnames {
            for (j, n) in k.enumerated() {
                guard let idx = names.firstIndex(of: n.value), idx >= posOnly else {
                    if let idx = names.firstIndex(of: n.value), idx < posOnly {
                        throw PyErr.typeError("\(fname)() got some positional-only arguments passed as keyword arguments: '\(n.value)'")
                    }
                    throw PyErr.typeError("'\(n.value)' is an invalid keyword argument for \(fname)()")
                }
                if out[idx] != nil { throw PyErr.typeError("argument for \(fname)() given by name ('\(n.value)') and position (\(idx + 1))") }
                out[idx] = buf[count + j]
            }
        }
        for i in 0..<required where out[i] == nil {
            if i < posOnly || kwnames == nil {
                if required == 1 && names.count == 1 {
                    throw PyErr.typeError("\(fname)() takes exactly one argument (\(count) given)")
                }
                throw PyErr.typeError("\(fname)() takes at least \(required) positional argument\(required == 1 ? "" : "s") (\(count) given)")
            }
            throw PyErr.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// Checks a positional-only builtin's argument count (CPython's messages).
    @inline(__always)
    public func expect(_ fname: String, min: Int, max: Int) throws(PyBaseException) {
        if kwnames != nil { throw PyErr.typeError("\(fname)() takes no keyword arguments") }
        let n = count
        if n < min || n > max {
            if min == max {
                if min == 0 { throw PyErr.typeError("\(fname)() takes no arguments (\(n) given)") }
                if min == 1 { throw PyErr.typeError("\(fname)() takes exactly one argument (\(n) given)") }
                throw PyErr.typeError("\(fname) expected \(min) arguments, got \(n)")
            }
            if n < min { throw PyErr.typeError("\(fname) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
            throw PyErr.typeError("\(fname) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }

    /// Calls `body` with `values` as an `Args`.
    @inline(__always)
    public static func with<R>(_ values: [Value], kwnames: [PyStr]? = nil, _ body: (Args) throws(PyBaseException) -> R) throws(PyBaseException) -> R {
        try values.withUnsafeBufferPointer { (b) throws(PyBaseException) -> R in try body(Args(b, kwnames: kwnames)) }
    }
}

/// A function implemented in Swift. Non-capturing closures keep calls free
/// of ARC traffic on shared contexts.
public typealias NativeFunction = (Args) throws(PyBaseException) -> Value

/// A builtin function or method (`builtin_function_or_method`), or, when
/// stored in a type's namespace, a method descriptor that binds `self` as
/// the first argument. Thread-safety: immutable.
public final class PyBuiltinFunction: PyObject {
    public let name: String
    public let fn: NativeFunction
    /// Bound receiver (`[].append`), or nil.
    public let boundSelf: Value?
    /// Owning type for method descriptors (qualname, binding); nil for module functions.
    public let owner: PyType?
    /// `__module__` for module-level functions.
    public let moduleName: String?
    /// Method descriptors of a type bind on attribute access (`isMethod`); `classmethod` natives bind the class.
    public let kind: Kind
    public let doc: String?
    public enum Kind { case function, method, classMethod, staticMethod }

    public init(_ name: String, kind: Kind = .function, owner: PyType? = nil, module: String? = nil, boundSelf: Value? = nil, doc: String? = nil, _ fn: @escaping NativeFunction) {
        self.name = name
        self.fn = fn
        self.boundSelf = boundSelf
        self.owner = owner
        self.moduleName = module
        self.kind = kind
        self.doc = doc
        let t: PyType
        if boundSelf != nil || kind == .function { t = PyType.builtinFunction }
        else if kind == .classMethod { t = PyType.classmethodDescriptor }
        else { t = PyType.methodDescriptor }
        super.init(type: t, noDict: ())
    }

    /// Binds the receiver (attribute access on an instance).
    public func bind(_ obj: Value) -> PyBuiltinFunction {
        PyBuiltinFunction(name, kind: .function, owner: owner, module: moduleName, boundSelf: obj, doc: doc, fn)
    }

    /// Calls with the bound receiver prepended when there is one.
    @inline(__always) public func call(_ args: Args) throws(PyBaseException) -> Value {
        guard let s = boundSelf else { return try fn(args) }
        let n = args.buf.count
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: n + 1) { (tmp) throws(PyBaseException) -> Value in
            tmp.initializeElement(at: 0, to: s)
            for i in 0..<n { tmp.initializeElement(at: i + 1, to: args.buf[i]) }
            return try fn(Args(UnsafeBufferPointer(tmp), kwnames: args.kwnames))
        }
    }
}

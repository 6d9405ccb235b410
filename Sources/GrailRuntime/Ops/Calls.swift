/// Calling objects: functions, builtins, bound methods, types and
/// instances with `__call__`.
extension Ops {
    static let s__call__ = PyStr.intern("__call__")
    static let s__new__ = PyStr.intern("__new__")
    static let s__init__ = PyStr.intern("__init__")

    /// Calls `callable` with borrowed arguments.
    public static func call(_ callable: Value, _ args: Args) throws(PyBaseException) -> Value {
        guard case .obj(let o) = callable else { throw notCallable(callable) }
        if let f = o as? PyFunction { return try Interpreter.callFunction(f, args) }
        if let b = o as? PyBuiltinFunction { return try b.call(args) }
        if let m = o as? PyMethod {
            let n = args.buf.count
            return try withUnsafeTemporaryAllocation(of: Value.self, capacity: n + 1) { (tmp) throws(PyBaseException) -> Value in
                tmp.initializeElement(at: 0, to: m.selfValue)
                for i in 0..<n { tmp.initializeElement(at: i + 1, to: args.buf[i]) }
                return try call(m.function, Args(UnsafeBufferPointer(tmp), kwnames: args.kwnames))
            }
        }
        if let t = o as? PyType, t.type === PyType.type || !t.type.overridesCall {
            return try TypeCall.call(t, args)
        }
        guard let c = o.type.lookup(s__call__) else { throw notCallable(callable) }
        let n = args.buf.count
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: n + 1) { (tmp) throws(PyBaseException) -> Value in
            tmp.initializeElement(at: 0, to: callable)
            for i in 0..<n { tmp.initializeElement(at: i + 1, to: args.buf[i]) }
            return try call(c, Args(UnsafeBufferPointer(tmp), kwnames: args.kwnames))
        }
    }

    static func notCallable(_ v: Value) -> PyBaseException {
        PyErr.typeError("'\(MiscTypes.tpName(v.type))' object is not callable")
    }

    /// Calls with an array of positional arguments (and optional keywords).
    public static func callValues(_ callable: Value, _ args: [Value], kwargs: [(String, Value)] = []) throws(PyBaseException) -> Value {
        if kwargs.isEmpty { return try Args.with(args) { (a) throws(PyBaseException) -> Value in try call(callable, a) } }
        let all = args + kwargs.map { $0.1 }
        let names = kwargs.map { PyStr.intern($0.0) }
        return try Args.with(all, kwnames: names) { (a) throws(PyBaseException) -> Value in try call(callable, a) }
    }

    /// `o.name(*args)`.
    public static func callMethod(_ o: Value, _ name: String, _ args: [Value]) throws(PyBaseException) -> Value {
        let (m, bound) = try loadMethod(o, PyStr.intern(name))
        if bound { return try callValues(m, [o] + args) }
        return try callValues(m, args)
    }

    /// Calls a dunder looked up on the type (not the instance); nil when absent.
    public static func callDunder(_ o: Value, _ name: PyStr, _ args: [Value]) throws(PyBaseException) -> Value? {
        guard let m = o.type.lookup(name) else { return nil }
        if case .obj(let mo) = m, mo is PyFunction || (mo as? PyBuiltinFunction)?.kind == .method {
            return try callValues(m, [o] + args)
        }
        return try callValues(try bindDescriptor(m, o), args)
    }

    /// CALL_FUNCTION_EX: `f(*args, **kwargs)`.
    public static func callEx(_ callable: Value, _ args: Value, _ kwargs: Value) throws(PyBaseException) -> Value {
        var pos: [Value]
        if case .obj(let t as PyTuple) = args { pos = t.items }
        else if case .obj(let l as PyList) = args { pos = l.items }
        else {
            guard isIterable(args) else {
                throw PyErr.typeError("\(funcDescription(callable)) argument after * must be an iterable, not \(MiscTypes.tpName(args.type))")
            }
            pos = try toArray(args)
        }
        guard case .obj(let d as PyDict) = kwargs, d.count > 0 else {
            if !kwargs.isNull && !(kwargs.object is PyDict) {
                let d = PyDict()
                try DictOps.mergeKwargs(d, kwargs, callee: callable)
                return try callEx(callable, .obj(PyTuple(pos)), .obj(d))
            }
            return try Args.with(pos) { (a) throws(PyBaseException) -> Value in try call(callable, a) }
        }
        var names: [PyStr] = []
        for (k, v) in d.items {
            guard case .obj(let ks as PyStr) = k else { throw PyErr.typeError("keywords must be strings") }
            names.append(ks)
            pos.append(v)
        }
        return try Args.with(pos, kwnames: names) { (a) throws(PyBaseException) -> Value in try call(callable, a) }
    }

    /// "f()" / "A.m()" as CPython names a callable in argument errors.
    public static func funcDescription(_ v: Value) -> String {
        switch v.object {
        case let f as PyFunction:
            if case .obj(let m as PyStr) = f.module, m.value != "builtins" { return "\(m.value).\(f.qualname.value)()" }
            return "\(f.qualname.value)()"
        case let b as PyBuiltinFunction: return "\(b.name)()"
        case let m as PyMethod: return funcDescription(m.function)
        case let t as PyType: return "\(t.name)()"
        default: return "\(v.type.name) object"
        }
    }
}

extension PyType {
    /// A metaclass defines its own `__call__`.
    var overridesCall: Bool {
        guard isHeapType, let c = lookup(Ops.s__call__) else { return false }
        return !(c.object is PyBuiltinFunction)
    }
}

/// `type.__call__`: `__new__` then `__init__`.
enum TypeCall {
    static func call(_ t: PyType, _ args: Args) throws(PyBaseException) -> Value {
        if t === PyType.type && args.count == 1 && !args.hasKeywords { return .obj(args[0].type) }
        guard let newFn = t.lookup(Ops.s__new__) else {
            throw PyErr.typeError("cannot create '\(t.name)' instances")
        }
        let n = args.buf.count
        let obj = try withUnsafeTemporaryAllocation(of: Value.self, capacity: n + 1) { (tmp) throws(PyBaseException) -> Value in
            tmp.initializeElement(at: 0, to: .obj(t))
            for i in 0..<n { tmp.initializeElement(at: i + 1, to: args.buf[i]) }
            let callee: Value
            if case .obj(let sm as PyStaticMethod) = newFn { callee = sm.callable } else { callee = newFn }
            return try Ops.call(callee, Args(UnsafeBufferPointer(tmp), kwnames: args.kwnames))
        }
        if !obj.type.isSubtype(t) { return obj }
        if let initFn = obj.type.lookup(Ops.s__init__) {
            if case .obj(let b as PyBuiltinFunction) = initFn, b.owner === PyType.object {
                if args.buf.count > 0 {
                    // object.__init__ with excess args: error only when __new__ is not overridden either.
                    if obj.type.lookup(Ops.s__new__).map({ ($0.object as? PyBuiltinFunction)?.owner === PyType.object }) ?? true {
                        throw PyErr.typeError("\(t.name)() takes no arguments")
                    }
                }
                return obj
            }
            let r = try withUnsafeTemporaryAllocation(of: Value.self, capacity: n + 1) { (tmp) throws(PyBaseException) -> Value in
                tmp.initializeElement(at: 0, to: obj)
                for i in 0..<n { tmp.initializeElement(at: i + 1, to: args.buf[i]) }
                return try Ops.call(initFn, Args(UnsafeBufferPointer(tmp), kwnames: args.kwnames))
            }
            if !r.isNone { throw PyErr.typeError("__init__() should return None, not '\(MiscTypes.tpName(r.type))'") }
        }
        return obj
    }
}

/// raise/except machinery: making raisable instances, `from` causes,
/// matching `except` clauses and except* splitting.
public enum ExceptionOps {
    /// RAISE_VARARGS: an exception class is instantiated; anything else is a TypeError.
    static func makeRaisable(_ v: Value, context: PyBaseException?) throws(PyBaseException) -> PyBaseException {
        let e: PyBaseException
        switch v.object {
        case let x as PyBaseException: e = x
        case let t as PyType where t.isSubtype(ExcTypes.baseException):
            let r = try Ops.callValues(v, [])
            guard case .obj(let x as PyBaseException) = r else {
                throw PyErr.typeError("calling \(try Ops.repr(v).value) should have returned an instance of BaseException, not \(r.type.name)")
            }
            e = x
        default:
            throw PyErr.typeError("exceptions must derive from BaseException")
        }
        return e
    }

    /// Implicit chaining: `e.__context__ = handled`, breaking any cycle CPython breaks.
    static func setContext(_ e: PyBaseException, _ handled: PyBaseException) {
        if e.context === handled { return }
        var o: PyBaseException? = handled
        var steps = 0
        while let cur = o, steps < 10_000 {
            if cur.context === e { cur.context = nil; break }
            o = cur.context
            steps += 1
        }
        e.context = handled
    }

    static func setCause(_ e: PyBaseException, _ cause: Value) throws(PyBaseException) {
        if cause.isNone { e.cause = nil; e.suppressContext = true; return }
        switch cause.object {
        case let c as PyBaseException: e.cause = c
        case let t as PyType where t.isSubtype(ExcTypes.baseException):
            guard case .obj(let c as PyBaseException) = try Ops.callValues(cause, []) else { throw PyErr.typeError("exception causes must derive from BaseException") }
            e.cause = c
        default:
            throw PyErr.typeError("exception causes must derive from BaseException")
        }
        e.suppressContext = true
    }

    static func checkExceptType(_ t: Value, nested: Bool = false) throws(PyBaseException) {
        if !nested, case .obj(let tt as PyTuple) = t {
            for x in tt.items { try checkExceptType(x, nested: true) }
            return
        }
        guard case .obj(let ty as PyType) = t, ty.isSubtype(ExcTypes.baseException) else {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    static func checkExceptStarType(_ t: Value) throws(PyBaseException) {
        try checkExceptType(t)
        var types: [Value] = [t]
        if case .obj(let tt as PyTuple) = t { types = tt.items }
        for x in types {
            if case .obj(let ty as PyType) = x, ty.isSubtype(ExcTypes.baseExceptionGroup) {
                throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
            }
        }
    }

    static func matches(_ exc: Value, _ t: Value) throws(PyBaseException) -> Bool {
        let et = exc.type
        if case .obj(let tt as PyTuple) = t {
            for x in tt.items where try matches(exc, x) { return true }
            return false
        }
        guard case .obj(let ty as PyType) = t else { return false }
        return et.isSubtype(ty)
    }

    /// Splits an exception (group) by a type for except*: (match or None, rest or None).
    static func splitGroup(_ eg: Value, _ t: Value) throws(PyBaseException) -> (Value, Value) {
        guard case .obj(let e as PyBaseException) = eg else { return (.None, eg) }
        if !e.type.isSubtype(ExcTypes.baseExceptionGroup) {
            if try matches(eg, t) {
                // A naked exception is wrapped in an ExceptionGroup("", [e]).
                let g = try ExceptionGroups.make(message: "", excs: [eg], like: nil)
                return (.obj(g), .None)
            }
            return (.None, eg)
        }
        if try matches(eg, t) { return (eg, .None) }
        return try ExceptionGroups.split(e) { (x) throws(PyBaseException) -> Bool in try matches(x, t) }
    }

    static func prepReraiseStar(_ orig: Value, _ excs: Value) throws(PyBaseException) -> Value {
        guard case .obj(let l as PyList) = excs else { return .None }
        let raised = l.items.filter { !$0.isNone }
        if raised.isEmpty { return .None }
        return try ExceptionGroups.prepReraise(orig, raised)
    }

    /// str(exc) for builtin exception layouts.
    static func str(_ e: PyBaseException) throws(PyBaseException) -> String {
        if let s = StrCodec.unicodeErrorMessage(e) { return s }
        if let s = try MiscTypes.exceptionStr(e) { return s }
        if e.type.isSubtype(ExcTypes.keyError) && e.args.count == 1 { return try Ops.repr(e.args.items[0]).value }
        if e.type.isSubtype(ExcTypes.baseExceptionGroup) {
            let msg = e.args.count > 0 ? try Ops.str(e.args.items[0]).value : ""
            var n = 0
            if e.args.count > 1, let c = try? Ops.len(e.args.items[1]) { n = c }
            return "\(msg) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        switch e.args.count {
        case 0: return ""
        case 1: return try Ops.str(e.args.items[0]).value
        default: return try Ops.repr(.obj(e.args)).value
        }
    }
}

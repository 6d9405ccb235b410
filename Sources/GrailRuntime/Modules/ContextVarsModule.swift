import Synchronization
/// `_contextvars` (PEP 567): `ContextVar`, `Token`, `Context` and
/// `copy_context()`. A context is an immutable mapping from variables to
/// values held by a `PyContext`; `ContextVar.set` replaces the current
/// context's mapping, `Context.run` makes a context current for the call.
/// Each thread has its own current context (see `currentContext`).
/// Thread-safety: mappings are immutable values; a context's mapping and
/// its entered flag are guarded by the context's mutex; the current
/// context is per-thread state.
enum ContextVarsModule {
    static func make() -> PyModule {
        installTypes()
        let m = PyModule(name: "_contextvars")
        m.dict?.setStr("__doc__", .str("Context Variables"))
        m.dict?.setStr("ContextVar", .obj(PyContextVar.varType))
        m.dict?.setStr("Token", .obj(PyContextToken.tokenType))
        m.dict?.setStr("Context", .obj(PyContext.contextType))
        m.dict?.setStr("copy_context", .obj(PyBuiltinFunction("copy_context", module: "_contextvars") {
            (a) throws(PyBaseException) -> Value in
            try a.expect("_contextvars.copy_context", min: 0, max: 0)
            return .obj(PyContext(vars: currentContext().vars))
        }))
        return m
    }

    // MARK: per-thread current context

    /// Key of this module's slot in `ThreadState.localDicts` (the serials
    /// of `_thread._local` objects are positive, so this never collides).
    static let threadSlot = Int.min

    /// The calling thread's current context, created empty on first use.
    /// (A dedicated `ThreadState` field would avoid the dictionary lookups;
    /// only this function and `setCurrentContext` would change.)
    static func currentContext() -> PyContext {
        let ts = Runtime.thread
        if let d = ts.localDicts[threadSlot], case .obj(let c as PyContext)? = d.getStr("context") { return c }
        let c = PyContext(vars: ContextMapping())
        setCurrentContext(c)
        return c
    }

    static func setCurrentContext(_ c: PyContext) {
        let ts = Runtime.thread
        if let d = ts.localDicts[threadSlot] {
            d.setStr("context", .obj(c))
        } else {
            let d = PyDict()
            d.setStr("context", .obj(c))
            ts.localDicts[threadSlot] = d
        }
    }

    // MARK: helpers

    static func varSelf(_ a: Args, _ method: String) throws(PyBaseException) -> PyContextVar {
        guard a.buf.count > 0, case .obj(let v as PyContextVar) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(method)' for '_contextvars.ContextVar' objects doesn't apply to a '\(got)' object")
        }
        return v
    }

    static func ctxSelf(_ a: Args, _ method: String) throws(PyBaseException) -> PyContext {
        guard a.buf.count > 0, case .obj(let c as PyContext) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(method)' for '_contextvars.Context' objects doesn't apply to a '\(got)' object")
        }
        return c
    }

    static func key(_ v: Value) throws(PyBaseException) -> PyContextVar {
        if case .obj(let cv as PyContextVar) = v { return cv }
        throw PyErr.typeError("a ContextVar key was expected, got \(try Ops.repr(v).value)")
    }

    static func noArgs(_ a: Args, _ q: String) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("\(q)() takes no keyword arguments") }
        if a.count != 1 { throw PyErr.typeError("\(q)() takes no arguments (\(a.count - 1) given)") }
    }

    static func installTypes() {
        let vt = PyContextVar.varType
        if vt.ns.getStr("get") != nil { return }
        vt.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let n = a.count - 1
            if n > 1 { throw PyErr.typeError("ContextVar() takes at most 1 positional argument (\(n) given)") }
            if n < 1 { throw PyErr.typeError("ContextVar() takes exactly 1 positional argument (0 given)") }
            var def: Value? = nil
            for (k, v) in a.keywords {
                if k == "default" { def = v } else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for ContextVar()") }
            }
            guard case .obj(let name as PyStr) = a[1] else { throw PyErr.typeError("context variable name must be a str") }
            return .obj(PyContextVar(name: name, defaultValue: def))
        }
        vt.getset("name", get: { (v) throws(PyBaseException) -> Value in
            .obj((v.object as? PyContextVar)?.name ?? PyStr.intern(""))
        }, set: { (_, _) throws(PyBaseException) in
            throw PyErr.attributeError("readonly attribute")
        })
        for t in [vt, PyContextToken.tokenType, PyContext.contextType] { t.attr("__module__", .str("_contextvars")) }
        vt.def("get") { (a) throws(PyBaseException) -> Value in
            let v = try varSelf(a, "get")
            if a.hasKeywords { throw PyErr.typeError("ContextVar.get() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("get expected at most 1 argument, got \(a.count - 1)") }
            if let r = currentContext().vars.get(v) { return r }
            if a.count == 2 { return a[1] }
            if let d = v.defaultValue { return d }
            throw PyBaseException(type: ExcTypes.lookupError, args: [.obj(v)])
        }
        vt.def("set") { (a) throws(PyBaseException) -> Value in
            let v = try varSelf(a, "set")
            if a.hasKeywords { throw PyErr.typeError("ContextVar.set() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("ContextVar.set() takes exactly one argument (\(a.count - 1) given)") }
            let ctx = currentContext()
            let old = ctx.update { $0.setting(v, a[1]) }
            return .obj(PyContextToken(context: ctx, variable: v, old: old))
        }
        vt.def("reset") { (a) throws(PyBaseException) -> Value in
            let v = try varSelf(a, "reset")
            if a.hasKeywords { throw PyErr.typeError("ContextVar.reset() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("ContextVar.reset() takes exactly one argument (\(a.count - 1) given)") }
            guard case .obj(let tok as PyContextToken) = a[1] else {
                throw PyErr.typeError("expected an instance of Token, got \(try Ops.repr(a[1]).value)")
            }
            if tok.used.withLock({ $0 }) {
                throw PyErr.runtimeError("\(try Ops.repr(a[1]).value) has already been used once")
            }
            if tok.variable !== v {
                throw PyErr.valueError("\(try Ops.repr(a[1]).value) was created by a different ContextVar")
            }
            let ctx = currentContext()
            if tok.context !== ctx {
                throw PyErr.valueError("\(try Ops.repr(a[1]).value) was created in a different Context")
            }
            tok.used.withLock { $0 = true }
            ctx.update { (m: ContextMapping) -> (ContextMapping, Value?) in
                if let o = tok.old { return m.setting(v, o) }
                return m.removing(v)
            }
            return .None
        }
        vt.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let v = try varSelf(a, "__repr__")
            var s = "<ContextVar name=\(try Ops.repr(.obj(v.name)).value)"
            if let d = v.defaultValue { s += " default=\(try Ops.repr(d).value)" }
            return .str(s + " at \(NativeRepr.addr(v))>")
        }
        vt.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let v = try varSelf(a, "__hash__")
            return .int(v.address >> 4)
        }
        vt.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }

        let tt = PyContextToken.tokenType
        tt.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            throw PyErr.runtimeError("Tokens can only be created by ContextVars")
        }
        tt.attr("MISSING", .obj(PyContextToken.missing))
        tt.getset("var", get: { (v) throws(PyBaseException) -> Value in
            guard let t = v.object as? PyContextToken else { return .None }
            return .obj(t.variable)
        })
        tt.getset("old_value", get: { (v) throws(PyBaseException) -> Value in
            guard let t = v.object as? PyContextToken else { return .None }
            return t.old ?? .obj(PyContextToken.missing)
        })
        tt.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let t as PyContextToken) = a[0] else {
                throw PyErr.typeError("descriptor '__repr__' for '_contextvars.Token' objects doesn't apply to a '\(a.buf.count > 0 ? a[0].type.name : "nothing")' object")
            }
            let used = t.used.withLock { $0 } ? " used" : ""
            return .str("<Token\(used) var=\(try Ops.repr(.obj(t.variable)).value) at \(NativeRepr.addr(t))>")
        }
        tt.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
        let mt = PyContextToken.missingType
        mt.def("__repr__") { (a) throws(PyBaseException) -> Value in .str("<Token.MISSING>") }

        installContextType()
    }

    static func installContextType() {
        let ct = PyContext.contextType
        ct.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            if a.buf.count > 1 { throw PyErr.typeError("Context() does not accept any arguments") }
            return .obj(PyContext(vars: ContextMapping()))
        }
        ct.attr("__hash__", .None)
        ct.def("run") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "run")
            if a.count < 2 { throw PyErr.typeError("run() missing 1 required positional argument") }
            let fn = a[1]
            let args = Array(a.buf[2..<a.count])
            return try c.run(fn, args, a.keywords)
        }
        ct.def("copy") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "copy")
            try noArgs(a, "Context.copy")
            return .obj(PyContext(vars: c.vars))
        }
        ct.def("get") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "get")
            if a.hasKeywords { throw PyErr.typeError("Context.get() takes no keyword arguments") }
            if a.count < 2 { throw PyErr.typeError("get expected at least 1 argument, got \(a.count - 1)") }
            if a.count > 3 { throw PyErr.typeError("get expected at most 2 arguments, got \(a.count - 1)") }
            let k = try key(a[1])
            return c.vars.get(k) ?? (a.count == 3 ? a[2] : .None)
        }
        ct.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "__getitem__")
            try a.expect("__getitem__", min: 2, max: 2)
            let k = try key(a[1])
            if let v = c.vars.get(k) { return v }
            throw PyErr.keyError(a[1])
        }
        ct.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "__contains__")
            try a.expect("__contains__", min: 2, max: 2)
            return .bool(c.vars.get(try key(a[1])) != nil)
        }
        ct.def("__len__") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "__len__")
            return .int(c.vars.count)
        }
        ct.def("__iter__") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "__iter__")
            return try Ops.getIter(.obj(PyList(c.vars.entries.map { .obj($0.0) })))
        }
        ct.def("keys") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "keys")
            try noArgs(a, "Context.keys")
            return .obj(PyList(c.vars.entries.map { .obj($0.0) }))
        }
        ct.def("values") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "values")
            try noArgs(a, "Context.values")
            return .obj(PyList(c.vars.entries.map { $0.1 }))
        }
        ct.def("items") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "items")
            try noArgs(a, "Context.items")
            return .obj(PyList(c.vars.entries.map { .obj(PyTuple([.obj($0.0), $0.1])) }))
        }
        ct.def("__eq__") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "__eq__")
            guard a.count == 2, case .obj(let o as PyContext) = a[1] else { return .notImplemented }
            return .bool(try c.vars.equals(o.vars))
        }
        ct.def("__ne__") { (a) throws(PyBaseException) -> Value in
            let c = try ctxSelf(a, "__ne__")
            guard a.count == 2, case .obj(let o as PyContext) = a[1] else { return .notImplemented }
            return .bool(!(try c.vars.equals(o.vars)))
        }
    }
}

/// An immutable mapping from context variables to values, in insertion
/// order. Thread-safety: a value type; shared copies are never mutated.
struct ContextMapping {
    private(set) var entries: [(PyContextVar, Value)] = []
    private var index: [ObjectIdentifier: Int] = [:]

    var count: Int { entries.count }

    func get(_ v: PyContextVar) -> Value? {
        guard let i = index[ObjectIdentifier(v)] else { return nil }
        return entries[i].1
    }

    /// The mapping with `v` set, and the previous value.
    func setting(_ v: PyContextVar, _ value: Value) -> (ContextMapping, Value?) {
        var m = self
        if let i = index[ObjectIdentifier(v)] {
            let old = m.entries[i].1
            m.entries[i].1 = value
            return (m, old)
        }
        m.index[ObjectIdentifier(v)] = m.entries.count
        m.entries.append((v, value))
        return (m, nil)
    }

    func removing(_ v: PyContextVar) -> (ContextMapping, Value?) {
        guard let i = index[ObjectIdentifier(v)] else { return (self, nil) }
        var m = ContextMapping()
        for (k, (var_, val)) in entries.enumerated() where k != i {
            m.index[ObjectIdentifier(var_)] = m.entries.count
            m.entries.append((var_, val))
        }
        return (m, entries[i].1)
    }

    /// Same variables with equal values (`==` on the values).
    func equals(_ o: ContextMapping) throws(PyBaseException) -> Bool {
        if count != o.count { return false }
        for (v, x) in entries {
            guard let y = o.get(v) else { return false }
            if !(try Ops.richCompareBool(x, y)) { return false }
        }
        return true
    }
}

/// A `contextvars.ContextVar`. Thread-safety: immutable.
final class PyContextVar: PyObject {
    let name: PyStr
    let defaultValue: Value?
    static let varType = PyType(builtin: "ContextVar", base: PyType.object, layout: .other, baseType: false, module: "_contextvars")
    init(name: PyStr, defaultValue: Value?) {
        self.name = name
        self.defaultValue = defaultValue
        super.init(type: PyContextVar.varType, noDict: ())
    }
}

/// A `contextvars.Token` (undo record of `ContextVar.set`). Thread-safety:
/// immutable except the used flag, which is behind a mutex.
final class PyContextToken: PyObject {
    let context: PyContext
    let variable: PyContextVar
    let old: Value?
    let used = GrailMutex(false)
    static let tokenType = PyType(builtin: "Token", base: PyType.object, layout: .other, baseType: false, module: "_contextvars")
    static let missingType = PyType(builtin: "Token.MISSING", base: PyType.object, layout: .other, baseType: false, module: "_contextvars")
    static let missing = PyObject(type: missingType, noDict: ())
    init(context: PyContext, variable: PyContextVar, old: Value?) {
        self.context = context
        self.variable = variable
        self.old = old
        super.init(type: PyContextToken.tokenType, noDict: ())
    }
}

/// A `contextvars.Context`: the current mapping and whether some thread
/// has it entered (`run`). Thread-safety: both are guarded by a mutex;
/// no Python code runs under it.
final class PyContext: PyObject {
    /// The mapping and the entered flag (guarded together).
    struct State {
        var vars: ContextMapping
        var entered = false
    }
    let state: GrailMutex<State>
    static let contextType = PyType(builtin: "Context", base: PyType.object, layout: .other, baseType: false, module: "_contextvars")

    init(vars: ContextMapping) {
        state = GrailMutex(State(vars: vars))
        super.init(type: PyContext.contextType, noDict: ())
    }

    var vars: ContextMapping { state.withLock { $0.vars } }

    /// Replaces the mapping by `f(old)`; returns the value `f` reports.
    @discardableResult
    func update(_ f: (ContextMapping) -> (ContextMapping, Value?)) -> Value? {
        state.withLock { s in
            let (m, r) = f(s.vars)
            s.vars = m
            return r
        }
    }

    /// `Context.run`: enters this context on the calling thread for the call.
    func run(_ fn: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyBaseException) -> Value {
        let ok = state.withLock { s -> Bool in
            if s.entered { return false }
            s.entered = true
            return true
        }
        if !ok {
            throw PyErr.runtimeError("cannot enter context: \(try Ops.repr(.obj(self)).value) is already entered")
        }
        let prev = ContextVarsModule.currentContext()
        ContextVarsModule.setCurrentContext(self)
        defer {
            ContextVarsModule.setCurrentContext(prev)
            state.withLock { $0.entered = false }
        }
        return try Ops.callValues(fn, args, kwargs: kwargs)
    }
}

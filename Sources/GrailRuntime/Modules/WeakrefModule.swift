import CGrailGC
import GrailCompiler
import Synchronization

/// `_weakref`: weak references (`ref`/`ReferenceType`), weak proxies
/// (`ProxyType`, `CallableProxyType`, `proxy`), `getweakrefcount`,
/// `getweakrefs` and `_remove_dead_weakref` — what CPython's `weakref.py`,
/// `_weakrefset.py` and `collections` import. The objects are `PyWeakref`
/// (Objects/PyWeakref.swift) over the collector's disappearing links.
/// `ReferenceType` is a native type; the proxy types are classes written in
/// Python (below), because forwarding every attribute access needs a
/// `__getattribute__` the VM honours only on classes; their methods call the
/// native `_deref`. Callbacks run late (after a collection, when the weakref
/// API is next used), never inside the collector.
/// Thread-safety: the types are created once (`refType` a static let, the
/// proxy types under `proxyStore`'s lock); see PyWeakref.
enum WeakrefModule {
    static func make() -> PyModule {
        let rt = WeakRegistry.refType
        if proxyTypes == nil, let built = buildProxyTypes() {
            proxyStore.withLock { if $0 == nil { $0 = built } }
        }
        let m = PyModule(name: "_weakref")
        guard let d = m.dict else { return m }
        d.setStr("__doc__", .str("Weak-reference support module."))
        func fn(_ name: String, _ doc: String, _ f: @escaping NativeFunction) {
            d.setStr(name, .obj(PyBuiltinFunction(name, module: "_weakref", doc: doc, f)))
        }
        fn("getweakrefcount", "Return the number of weak references to 'object'.", getweakrefcount)
        fn("getweakrefs", "Return a list of all weak reference objects pointing to 'object'.", getweakrefs)
        fn("proxy", "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized.", proxy)
        fn("_remove_dead_weakref", "Atomically remove key from dict if it points to a dead weakref.", removeDeadWeakref)
        d.setStr("ref", .obj(rt))
        d.setStr("ReferenceType", .obj(rt))
        if let (p, c) = proxyTypes {
            d.setStr("ProxyType", .obj(p))
            d.setStr("CallableProxyType", .obj(c))
        }
        return m
    }

    // MARK: module functions

    static func getweakrefcount(_ a: Args) throws(PyBaseException) -> Value {
        try a.expect("_weakref.getweakrefcount", min: 1, max: 1)
        WeakRegistry.runCallbacks()
        guard case .obj(let o) = a[0] else { return .int(0) }
        return .int(WeakRegistry.references(to: o).count)
    }

    static func getweakrefs(_ a: Args) throws(PyBaseException) -> Value {
        try a.expect("_weakref.getweakrefs", min: 1, max: 1)
        WeakRegistry.runCallbacks()
        guard case .obj(let o) = a[0] else { return .obj(PyList()) }
        return .obj(PyList(WeakRegistry.references(to: o).map { .obj($0) }))
    }

    static func proxy(_ a: Args) throws(PyBaseException) -> Value {
        if a.hasKeywords { throw PyErr.typeError("_weakref.proxy() takes no keyword arguments") }
        try a.expect("proxy", min: 1, max: 2)
        WeakRegistry.runCallbacks()
        let cb: Value = a.count > 1 ? a[1] : .None
        guard case .obj(let o) = a[0] else {
            throw PyErr.typeError("cannot create weak reference to '\(a[0].type.name)' object")
        }
        guard let (p, c) = proxyTypes else { throw PyErr.make(ExcTypes.systemError, "weakref proxy types are unavailable") }
        let callable = try MiscTypes.isCallable(a[0])
        return .obj(try PyWeakref.make(o, type: callable ? c : p, kind: callable ? .callableProxy : .proxy, callback: cb))
    }

    static func removeDeadWeakref(_ a: Args) throws(PyBaseException) -> Value {
        try a.expect("_remove_dead_weakref", min: 2, max: 2)
        guard case .obj(let d as PyDict) = a[0] else {
            throw PyErr.typeError("_remove_dead_weakref() argument 1 must be dict, not \(WeakRegistry.typeName(a[0].type))")
        }
        let key = a[1]
        let h = try Ops.hash(key)
        guard let v = try d.get(key, hash: h) else { return .None }
        guard case .obj(let w as PyWeakref) = v else { throw PyErr.typeError("not a weakref") }
        if w.referent == nil {
            // Re-check the value is still that dead reference (another thread may have stored a new one).
            if let now = try d.get(key, hash: h), now.isSame(v) { _ = try d.remove(key, hash: h) }
        }
        return .None
    }

    // MARK: ReferenceType

    /// `self` of a ReferenceType method with CPython's descriptor error.
    static func refSelf(_ a: Args, _ method: String) throws(PyBaseException) -> PyWeakref {
        guard a.buf.count > 0, case .obj(let w as PyWeakref) = a[0], w.type.isSubtype(WeakRegistry.refType) else {
            let got = a.buf.count > 0 ? WeakRegistry.typeName(a[0].type) : "nothing"
            throw PyErr.typeError("descriptor '\(method)' requires a 'weakref.ReferenceType' object but received a '\(got)'")
        }
        return w
    }

    /// `ref(object[, callback])` argument checks shared by __new__ and __init__.
    /// (`__new__` ignores keyword arguments, `__init__` rejects them, as in CPython.)
    static func refArgs(_ a: Args, _ fname: String, first: Int) throws(PyBaseException) -> (Value, Value) {
        if a.hasKeywords && fname == "__init__" { throw PyErr.typeError("ref() takes no keyword arguments") }
        let n = a.count - first
        if n < 1 { throw PyErr.typeError("\(fname) expected at least 1 argument, got \(n)") }
        if n > 2 { throw PyErr.typeError("\(fname) expected at most 2 arguments, got \(n)") }
        return (a[first], n == 2 ? a[first + 1] : .None)
    }

    /// Fills ReferenceType's namespace (from `WeakRegistry.refType`'s initializer, once).
    static func installRefType(_ t: PyType) {
        t.attr("__doc__", .None)
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let rt = WeakRegistry.refType
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else {
                throw PyErr.typeError("weakref.ReferenceType.__new__(X): X is not a type object")
            }
            guard cls.isSubtype(rt) else {
                throw PyErr.typeError("weakref.ReferenceType.__new__(\(cls.name)): \(cls.name) is not a subtype of weakref.ReferenceType")
            }
            let (ob, cb) = try refArgs(a, "__new__", first: 1)
            WeakRegistry.runCallbacks()
            guard case .obj(let o) = ob else {
                throw PyErr.typeError("cannot create weak reference to '\(ob.type.name)' object")
            }
            return .obj(try PyWeakref.make(o, type: cls, kind: .ref, callback: cb))
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            _ = try refSelf(a, "__init__")
            _ = try refArgs(a, "__init__", first: 1)
            return .None
        }
        t.def("__call__") { (a) throws(PyBaseException) -> Value in
            let w = try refSelf(a, "__call__")
            if a.hasKeywords { throw PyErr.typeError("weakref() takes no keyword arguments") }
            if a.count != 1 { throw PyErr.typeError("weakref expected 0 arguments, got \(a.count - 1)") }
            WeakRegistry.runCallbacks()
            guard let o = w.referent else { return .None }
            return .obj(o)
        }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let w = try refSelf(a, "__hash__")
            if w.hashKnown.load(ordering: .acquiring) { return .int(w.hashStore.load(ordering: .relaxed)) }
            guard let o = w.referent else { throw PyErr.typeError("weak object has gone away") }
            let h = try Ops.hash(.obj(o))
            w.hashStore.store(h, ordering: .relaxed)
            w.hashKnown.store(true, ordering: .releasing)
            return .int(h)
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let w = try refSelf(a, "__repr__")
            guard let o = w.referent else { return .str("<weakref at \(NativeRepr.addr(w)); dead>") }
            let tn = WeakRegistry.typeName(o.type)
            if let name = try Ops.lookupAttr(.obj(o), "__name__"), case .obj(let s as PyStr) = name {
                return .str("<weakref at \(NativeRepr.addr(w)); to '\(tn)' at \(NativeRepr.addr(o)) (\(s.value))>")
            }
            return .str("<weakref at \(NativeRepr.addr(w)); to '\(tn)' at \(NativeRepr.addr(o))>")
        }
        // Ordering is not defined: NotImplemented (so `<` raises TypeError).
        t.def("__lt__") { (a) throws(PyBaseException) -> Value in _ = try refSelf(a, "__lt__"); return .notImplemented }
        t.def("__le__") { (a) throws(PyBaseException) -> Value in _ = try refSelf(a, "__le__"); return .notImplemented }
        t.def("__gt__") { (a) throws(PyBaseException) -> Value in _ = try refSelf(a, "__gt__"); return .notImplemented }
        t.def("__ge__") { (a) throws(PyBaseException) -> Value in _ = try refSelf(a, "__ge__"); return .notImplemented }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in try refCompare(a, "__eq__", eq: true) }
        t.def("__ne__") { (a) throws(PyBaseException) -> Value in try refCompare(a, "__ne__", eq: false) }
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
        t.getset("__callback__", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let w as PyWeakref) = v else { return .None }
            return w.callbackAttribute
        }, set: { (v, nv) throws(PyBaseException) in try MiscTypes.readonly(v, nv) })
    }

    /// ref == ref / ref != ref: the referents while both live, else identity.
    static func refCompare(_ a: Args, _ name: String, eq: Bool) throws(PyBaseException) -> Value {
        let w = try refSelf(a, name)
        guard a.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(a.count - 1)") }
        guard case .obj(let other as PyWeakref) = a[1] else { return .notImplemented }
        guard let x = w.referent, let y = other.referent else {
            return .bool((w === other) == eq)
        }
        return try Ops.richCompare(.obj(x), .obj(y), eq ? 2 : 3)
    }

    // MARK: proxies

    /// (ProxyType, CallableProxyType), built by the first `make()` (not in a
    /// lazy static initializer: that runs Python code, which must not happen
    /// inside a once-only initializer other threads could block on).
    static let proxyStore = GrailMutex<(PyType, PyType)?>(nil)
    static var proxyTypes: (PyType, PyType)? { proxyStore.withLock { $0 } }

    static func isProxyType(_ t: PyType) -> Bool {
        guard let (p, c) = proxyTypes else { return false }
        return t === p || t === c
    }

    /// The referent of a proxy (ReferenceError once it is gone).
    static func deref(_ v: Value) throws(PyBaseException) -> Value {
        guard case .obj(let w as PyWeakref) = v, w.kind != .ref else {
            throw PyErr.typeError("descriptor requires a 'weakref.ProxyType' object but received a '\(WeakRegistry.typeName(v.type))'")
        }
        guard let o = w.referent else { throw PyErr.make(ExcTypes.referenceError, "weakly-referenced object no longer exists") }
        return .obj(o)
    }

    /// The Python side of the proxy types: one class body, with `__call__`
    /// for the callable variant (and `__bytes__`/`__reversed__` only for the
    /// plain one, as in CPython).
    static func proxySource(_ name: String, callable: Bool) -> String {
        var s = "class \(name):\n"
        s += "    __slots__ = ()\n"
        s += "    def __new__(cls, *args, **kwargs):\n        raise TypeError(\"cannot create 'weakref.\(name)' instances\")\n"
        s += "    def __getattribute__(self, name):\n        return getattr(_deref(self), name)\n"
        s += "    def __setattr__(self, name, value):\n        setattr(_deref(self), name, value)\n"
        s += "    def __delattr__(self, name):\n        delattr(_deref(self), name)\n"
        s += "    def __repr__(self):\n        return _proxy_repr(self)\n"
        s += "    def __str__(self):\n        return str(_deref(self))\n"
        s += "    def __hash__(self):\n        raise TypeError(\"unhashable type: 'weakref.\(name)'\")\n"
        if callable {
            s += "    def __call__(self, /, *args, **kwargs):\n        return _deref(self)(*args, **kwargs)\n"
        } else {
            s += "    def __bytes__(self):\n        return bytes(_deref(self))\n"
            s += "    def __reversed__(self):\n        return reversed(_deref(self))\n"
        }
        s += "    def __bool__(self):\n        return bool(_deref(self))\n"
        s += "    def __len__(self):\n        return len(_deref(self))\n"
        s += "    def __contains__(self, value):\n        return value in _deref(self)\n"
        s += "    def __getitem__(self, key):\n        return _deref(self)[key]\n"
        s += "    def __setitem__(self, key, value):\n        _deref(self)[key] = value\n"
        s += "    def __delitem__(self, key):\n        del _deref(self)[key]\n"
        s += "    def __iter__(self):\n        return iter(_deref(self))\n"
        s += "    def __next__(self):\n        o = _deref(self)\n        if not hasattr(type(o), '__next__'):\n"
        s += "            raise TypeError(\"Weakref proxy referenced a non-iterator '%s' object\" % _tpname(o))\n"
        s += "        return next(o)\n"
        for (n, op) in [("lt", "<"), ("le", "<="), ("eq", "=="), ("ne", "!="), ("gt", ">"), ("ge", ">=")] {
            s += "    def __\(n)__(self, other):\n        return _deref(self) \(op) _unwrap(other)\n"
        }
        let binary = [("add", "+"), ("sub", "-"), ("mul", "*"), ("mod", "%"), ("floordiv", "//"), ("truediv", "/"),
                      ("lshift", "<<"), ("rshift", ">>"), ("and", "&"), ("xor", "^"), ("or", "|"), ("matmul", "@")]
        for (n, op) in binary {
            s += "    def __\(n)__(self, other):\n        return _deref(self) \(op) _unwrap(other)\n"
            s += "    def __r\(n)__(self, other):\n        return _unwrap(other) \(op) _deref(self)\n"
            s += "    def __i\(n)__(self, other):\n        o = _deref(self)\n        o \(op)= _unwrap(other)\n        return o\n"
        }
        s += "    def __divmod__(self, other):\n        return divmod(_deref(self), _unwrap(other))\n"
        s += "    def __rdivmod__(self, other):\n        return divmod(_unwrap(other), _deref(self))\n"
        s += "    def __pow__(self, other, mod=None):\n        return pow(_deref(self), _unwrap(other), _unwrap(mod))\n"
        s += "    def __rpow__(self, other, mod=None):\n        return pow(_unwrap(other), _deref(self), _unwrap(mod))\n"
        s += "    def __ipow__(self, other, mod=None):\n        o = _deref(self)\n        o **= _unwrap(other)\n        return o\n"
        for (n, expr) in [("neg", "-o"), ("pos", "+o"), ("invert", "~o"), ("abs", "abs(o)"), ("int", "int(o)"),
                          ("float", "float(o)"), ("index", "_index(o)")] {
            s += "    def __\(n)__(self):\n        o = _deref(self)\n        return \(expr)\n"
        }
        return s
    }

    static func buildProxyTypes() -> (PyType, PyType)? {
        let ns = PyDict()
        ns.setStr("__builtins__", .obj(Runtime.shared.builtins))
        ns.setStr("__name__", .str("weakref"))
        func helper(_ name: String, _ f: @escaping NativeFunction) {
            ns.setStr(name, .obj(PyBuiltinFunction(name, module: "_weakref", f)))
        }
        helper("_deref") { (a) throws(PyBaseException) -> Value in try deref(a[0]) }
        helper("_unwrap") { (a) throws(PyBaseException) -> Value in
            if case .obj(let w as PyWeakref) = a[0], w.kind != .ref { return try deref(a[0]) }
            return a[0]
        }
        helper("_tpname") { (a) throws(PyBaseException) -> Value in .str(WeakRegistry.typeName(a[0].type)) }
        helper("_index") { (a) throws(PyBaseException) -> Value in try IntOps.indexValue(a[0]) }
        helper("_proxy_repr") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let w as PyWeakref) = a[0] else { return .str("<weakproxy>") }
            let target: PyObject = w.referent ?? PyNone.shared
            return .str("<weakproxy at \(NativeRepr.addr(w)) to \(WeakRegistry.typeName(target.type)) at \(NativeRepr.addr(target))>")
        }
        let src = proxySource("ProxyType", callable: false) + proxySource("CallableProxyType", callable: true)
        do throws(PyBaseException) {
            let code = try Eval.compile(Array(src.utf8), filename: "<weakref>", mode: .exec)
            _ = try Interpreter.runCode(code, globals: ns, locals: ns)
        } catch {
            return nil
        }
        guard case .obj(let p as PyType)? = ns.getStr("ProxyType"),
              case .obj(let c as PyType)? = ns.getStr("CallableProxyType") else { return nil }
        for t in [p, c] {
            t.isBaseType = false
            _ = t.dict?.removeStr("__slots__")
            t.modified()
        }
        return (p, c)
    }
}

/// Installs the methods and attributes of the "miscellaneous" builtin types:
/// functions, methods, builtins, code, cells, frames, tracebacks, modules,
/// descriptors (property, classmethod, staticmethod, super, member/getset
/// descriptors, mappingproxy), singletons' types, SimpleNamespace,
/// GenericAlias/UnionType, generators and the exception extras
/// (exception groups, OSError, SyntaxError...). Each family lives in its own
/// `MiscTypes+*.swift` file. Thread-safety: runs once at bootstrap; the
/// installed natives are non-capturing closures.
enum MiscTypes {
    static func install() {
        installFunctions()
        installCode()
        installFrames()
        installModules()
        installSingletons()
        installDescriptors()
        installSuper()
        installMappingProxy()
        installAliases()
        installGenerators()
        installExceptions()
    }

    // MARK: - shared helpers

    /// Positional arguments after `self` as an `Args` (keywords kept).
    static func rest(_ a: Args) -> Args {
        if a.buf.isEmpty { return a }
        return Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames)
    }

    /// A type's `tp_name` as CPython's messages show it (`types.SimpleNamespace`).
    static func tpName(_ t: PyType) -> String {
        if !t.isHeapType && t.moduleName != "builtins" { return t.moduleName + "." + t.name }
        return t.name
    }

    /// Raises CPython's "readonly attribute" AttributeError (member descriptors).
    static func readonly(_ v: Value, _ nv: Value?) throws(PyBaseException) {
        throw PyErr.attributeError("readonly attribute")
    }

    /// `getattr(o, name)` or nil when it is missing.
    static func optAttr(_ o: Value, _ name: String) throws(PyBaseException) -> Value? {
        try Ops.lookupAttr(o, name)
    }

    /// The `repr` of an object's type-qualified name used by alias and union reprs
    /// (CPython's `ga_repr_item`): `int`, `mod.Cls`, `list[int]`, `...`.
    static func reprItem(_ p: Value) throws(PyBaseException) -> String {
        if case .obj(let o) = p, o is PyEllipsis { return "..." }
        if try optAttr(p, "__origin__") != nil, try optAttr(p, "__args__") != nil {
            return try Ops.repr(p).value
        }
        guard let qn = try optAttr(p, "__qualname__") else { return try Ops.repr(p).value }
        guard let mod = try optAttr(p, "__module__"), !mod.isNone else { return try Ops.repr(p).value }
        if case .obj(let ms as PyStr) = mod, ms.value == "builtins" { return try Ops.str(qn).value }
        return try Ops.str(mod).value + "." + (try Ops.str(qn).value)
    }
}

/// Entry points the core operations call for the types installed here (see
/// the hooks named in each doc comment). They dispatch to the native dunders
/// a builtin type defines itself, which the generic fast paths otherwise skip.
/// Thread-safety: stateless.
extension MiscTypes {
    /// The type's own native dunder `name` (not `object`'s), if any.
    static func ownNative(_ t: PyType, _ name: PyStr) -> PyBuiltinFunction? {
        guard let f = t.lookup(name), case .obj(let bf as PyBuiltinFunction) = f, bf.kind == .method,
              let owner = bf.owner, owner !== PyType.object else { return nil }
        return bf
    }

    /// For `NativeRepr.repr`'s fallback: a builtin type's native `__repr__`.
    static func nativeRepr(_ o: PyObject) throws(PyBaseException) -> PyStr? {
        guard let bf = ownNative(o.type, Ops.s__repr__) else { return nil }
        let r = try Args.with([.obj(o)]) { (a) throws(PyBaseException) -> Value in try bf.fn(a) }
        guard case .obj(let s as PyStr) = r else { throw PyErr.typeError("__repr__ returned non-string (type \(r.type.name))") }
        return s
    }

    /// For `NativeRepr.str`'s fallback (before `repr`): a builtin type's native `__str__`.
    static func nativeStr(_ o: PyObject) throws(PyBaseException) -> PyStr? {
        guard let bf = ownNative(o.type, Ops.s__str__) else { return nil }
        let r = try Args.with([.obj(o)]) { (a) throws(PyBaseException) -> Value in try bf.fn(a) }
        guard case .obj(let s as PyStr) = r else { throw PyErr.typeError("__str__ returned non-string (type \(r.type.name))") }
        return s
    }

    /// For `NativeCompare.compare`'s fallback: a builtin type's native rich
    /// comparison (nil = NotImplemented), tried on `a` then reflected on `b`.
    static func nativeCompare(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Bool? {
        if case .obj = a, let bf = ownNative(a.type, Ops.cmpDunders[op]) {
            let r = try Args.with([a, b]) { (x) throws(PyBaseException) -> Value in try bf.fn(x) }
            if !r.isNotImplemented { return try Ops.isTrue(r) }
        }
        let sw = Ops.cmpSwapped[op]
        if case .obj = b, let bf = ownNative(b.type, Ops.cmpDunders[sw]) {
            let r = try Args.with([b, a]) { (x) throws(PyBaseException) -> Value in try bf.fn(x) }
            if !r.isNotImplemented { return try Ops.isTrue(r) }
        }
        return nil
    }

    /// For `NativeHash.hash`'s fallback: a builtin type's native `__hash__`
    /// (a `__hash__ = None` makes it unhashable).
    static func nativeHash(_ o: PyObject) throws(PyBaseException) -> Int? {
        guard let h = o.type.lookup(Ops.s__hash__) else { return nil }
        if h.isNone { throw PyErr.typeError("unhashable type: '\(tpName(o.type))'") }
        guard case .obj(let bf as PyBuiltinFunction) = h, bf.kind == .method, let owner = bf.owner, owner !== PyType.object else { return nil }
        let r = try Args.with([.obj(o)]) { (a) throws(PyBaseException) -> Value in try bf.fn(a) }
        guard let i = IntOps.small(r) else { throw PyErr.typeError("__hash__ method should return an integer") }
        return i
    }

    /// For `Ops.getattr` after the generic lookup failed: a module's
    /// `__getattr__` (PEP 562) and a bound method's forwarding to its function.
    static func getattrFallback(_ o: Value, _ name: PyStr) throws(PyBaseException) -> Value? {
        switch o.object {
        case let m as PyModule:
            guard let g = m.dict?.getStr("__getattr__") else { return nil }
            return try Ops.callValues(g, [.obj(name)])
        case let m as PyMethod:
            return try Ops.getattr(m.function, name)
        default:
            return nil
        }
    }
}

extension MiscTypes {
    /// For `Ops.binary1`'s builtin-only path when `NativeOps.binary` gives
    /// up: a builtin type's own native `__op__` on `a`, then `__rop__` on `b`
    /// (`int | str` through `type.__or__`, `list[int] | None`, `mappingproxy | dict`).
    static func nativeBinary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        guard op >= 0 && op < Ops.dunders.count else { return nil }
        // `seq * n`: NativeOps.binary has done the builtin sequences'
        // repetition; CPython's nb_multiply never reaches their `__mul__`/
        // `__rmul__` wrappers (index errors): Ops.binaryOp reports the count.
        let skipA = op == 5 && NativeOps.isRepeatable(a)
        let skipB = op == 5 && NativeOps.isRepeatable(b)
        // A builtin subclass's own reflected method goes first (CPython's rule).
        if !skipB, a.type !== b.type, b.type.isSubtype(a.type), let bf = ownNative(b.type, Ops.rdunders[op]),
           !Ops.sameFunction(.obj(bf), a.type.lookup(Ops.rdunders[op])) {
            let r = try Args.with([b, a]) { (x) throws(PyBaseException) -> Value in try bf.fn(x) }
            if !r.isNotImplemented { return r }
        }
        if !skipA, let bf = ownNative(a.type, Ops.dunders[op]) {
            let r = try Args.with([a, b]) { (x) throws(PyBaseException) -> Value in try bf.fn(x) }
            if !r.isNotImplemented { return r }
        }
        if !skipB, a.type !== b.type, let bf = ownNative(b.type, Ops.rdunders[op]) {
            let r = try Args.with([b, a]) { (x) throws(PyBaseException) -> Value in try bf.fn(x) }
            if !r.isNotImplemented { return r }
        }
        return nil
    }
}

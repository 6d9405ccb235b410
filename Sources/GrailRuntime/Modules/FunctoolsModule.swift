/// `_functools`: reduce, partial and cmp_to_key with CPython 3.11's
/// behaviour and messages (functools.py falls back to its pure-Python
/// lru_cache: `_lru_cache_wrapper` is not provided).
/// Thread-safety: module functions are pure; see each type.
enum FunctoolsModule {
    static func make() -> PyModule {
        FtPartial.install()
        FtKey.install()
        let m = NativeModules.module("_functools", [
            ("reduce", reduce),
            ("cmp_to_key", { (a) throws(PyBaseException) -> Value in
                let n = a.buf.count
                if n > 1 { throw PyErr.typeError("cmp_to_key() takes at most 1 argument (\(n) given)") }
                if n == 0 { throw PyErr.typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)") }
                if let k = a.kwnames, k[0].value != "mycmp" {
                    throw PyErr.typeError("'\(k[0].value)' is an invalid keyword argument for cmp_to_key()")
                }
                return .obj(FtKey(cmp: a.buf[0], obj: nil))
            }),
        ])
        guard let d = m.dict else { return m }
        d.setStr("partial", .obj(FtPartial.partialType))
        d.setStr("__doc__", .str("Tools that operate on functions."))
        return m
    }

    /// `reduce(function, iterable[, initial], /)`.
    static func reduce(_ a: Args) throws(PyBaseException) -> Value {
        if a.hasKeywords { throw PyErr.typeError("reduce() takes no keyword arguments") }
        if a.count < 2 { throw PyErr.typeError("reduce expected at least 2 arguments, got \(a.count)") }
        if a.count > 3 { throw PyErr.typeError("reduce expected at most 3 arguments, got \(a.count)") }
        let fn = a[0]
        guard Ops.isIterable(a[1]) else { throw PyErr.typeError("reduce() arg 2 must support iteration") }
        let it = try Ops.getIter(a[1])
        var acc: Value? = a.count == 3 ? a[2] : nil
        while let v = try Ops.next(it) {
            if let cur = acc { acc = try Ops.callValues(fn, [cur, v]) } else { acc = v }
        }
        guard let r = acc else { throw PyErr.typeError("reduce() of empty iterable with no initial value") }
        return r
    }
}

/// `functools.partial`: a callable with frozen leading arguments and
/// keywords. Nested partials are flattened when the inner one has no
/// instance attributes. Instances have a `__dict__`; the type is not a
/// descriptor (no `__get__`), as in C.
/// Thread-safety: (func, args, keywords) live in one immutable tuple
/// replaced as a whole by `__setstate__`, so calls see a consistent state.
final class FtPartial: PyObject {
    /// (func, args tuple, keywords dict)
    private var state: PyTuple

    static let partialType = PyType(builtin: "partial", base: PyType.object, layout: .other, hasDict: true, module: "functools")

    init(cls: PyType, fn: Value, args: [Value], kw: PyDict) {
        state = PyTuple([fn, .obj(PyTuple(args)), .obj(kw)])
        super.init(type: cls)
        if cls.isHeapType && cls.slotCount > 0 { slotValues = SlotValues(count: cls.slotCount) }
    }

    var fn: Value { state.items[0] }
    var args: PyTuple { (state.items[1].object as? PyTuple) ?? PyTuple([]) }
    var keywords: PyDict { (state.items[2].object as? PyDict) ?? PyDict() }

    static func me(_ a: Args, _ m: String) throws(PyBaseException) -> FtPartial {
        try a.selfAs(partialType, FtPartial.self, m)
    }

    static func install() {
        let t = partialType
        if t.ns.getStr("__call__") != nil { return }
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try CArgs.cls(a, "partial")
            if a.count < 2 { throw PyErr.typeError("type 'partial' takes at least one argument") }
            var fn = a[1]
            var pargs: [Value] = []
            let kw = PyDict()
            if case .obj(let inner as FtPartial) = fn, inner.type.lookup("__new__").map({ isPartialNew($0) }) ?? false,
               (inner.dict?.count ?? 0) == 0 {
                fn = inner.fn
                pargs = inner.args.items
                for (k, v) in inner.keywords.items { try kw.set(k, v) }
            }
            if !(try MiscTypes.isCallable(fn)) { throw PyErr.typeError("the first argument must be callable") }
            if a.count > 2 { for i in 2..<a.count { pargs.append(a[i]) } }
            for (k, v) in a.keywords { try kw.set(.str(k), v) }
            return .obj(FtPartial(cls: cls, fn: fn, args: pargs, kw: kw))
        }
        t.def("__call__") { (a) throws(PyBaseException) -> Value in
            let p = try me(a, "__call__")
            let st = p.state
            let fn = st.items[0]
            let pargs = (st.items[1].object as? PyTuple)?.items ?? []
            let pkw = (st.items[2].object as? PyDict) ?? PyDict()
            var all = pargs
            let extra = a.count - 1
            if extra > 0 { for i in 1..<a.count { all.append(a[i]) } }
            if pkw.count == 0 {
                if let k = a.kwnames {
                    for j in 0..<k.count { all.append(a.buf[a.count + j]) }
                    return try Args.with(all, kwnames: k) { (x) throws(PyBaseException) -> Value in try Ops.call(fn, x) }
                }
                return try Args.with(all) { (x) throws(PyBaseException) -> Value in try Ops.call(fn, x) }
            }
            let merged = pkw.copy()
            for (k, v) in a.keywords { try merged.set(.str(k), v) }
            var names: [PyStr] = []
            for (k, v) in merged.items {
                guard case .obj(let ks as PyStr) = k else { throw PyErr.typeError("keywords must be strings") }
                names.append(ks)
                all.append(v)
            }
            return try Args.with(all, kwnames: names) { (x) throws(PyBaseException) -> Value in try Ops.call(fn, x) }
        }
        t.getset("func", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let p as FtPartial) = v else { throw PyErr.typeError("expected partial") }
            return p.fn
        }, set: { (_, _) throws(PyBaseException) in throw PyErr.attributeError("readonly attribute") })
        t.getset("args", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let p as FtPartial) = v else { throw PyErr.typeError("expected partial") }
            return .obj(p.args)
        }, set: { (_, _) throws(PyBaseException) in throw PyErr.attributeError("readonly attribute") })
        t.getset("keywords", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let p as FtPartial) = v else { throw PyErr.typeError("expected partial") }
            return .obj(p.keywords)
        }, set: { (_, _) throws(PyBaseException) in throw PyErr.attributeError("readonly attribute") })
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let p = try me(a, "__repr__")
            let body = try NativeRepr.guarded(p, "...") { () throws(PyBaseException) -> String in
                var s = try Ops.repr(p.fn).value
                for v in p.args.items { s += ", " + (try Ops.repr(v).value) }
                for (k, v) in p.keywords.items { s += ", " + (try Ops.str(k).value) + "=" + (try Ops.repr(v).value) }
                let name = p.type.isHeapType ? p.type.name : "functools.partial"
                return "\(name)(\(s))"
            }
            return .str(body)
        }
        t.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let p = try me(a, "__reduce__")
            let kw = p.keywords
            let d: Value = (p.dict?.count ?? 0) > 0 ? .obj(p.dict ?? PyDict()) : .None
            return .obj(PyTuple([.obj(p.type), .obj(PyTuple([p.fn])),
                                 .obj(PyTuple([p.fn, .obj(p.args), kw.count > 0 ? .obj(kw) : .None, d]))]))
        }
        t.def("__setstate__") { (a) throws(PyBaseException) -> Value in
            let p = try me(a, "__setstate__")
            try CArgs.fixed(a, "partial.__setstate__", 1)
            guard case .obj(let st as PyTuple) = a[1], st.count == 4 else { throw PyErr.typeError("invalid partial state") }
            let fn = st.items[0], fnargs = st.items[1], kw = st.items[2], dict = st.items[3]
            guard try MiscTypes.isCallable(fn), fnargs.object is PyTuple, kw.isNone || kw.object is PyDict else {
                throw PyErr.typeError("invalid partial state")
            }
            let argsCopy = PyTuple((fnargs.object as? PyTuple)?.items ?? [])
            let kwd: PyDict
            if case .obj(let kd as PyDict) = kw { kwd = kd.type === PyType.dict ? kd : kd.copy() } else { kwd = PyDict() }
            if !dict.isNone {
                guard case .obj(let dd as PyDict) = dict else { throw PyErr.typeError("setting partial object's dictionary to a non-dict") }
                p.dict = dd
            }
            p.state = PyTuple([fn, .obj(argsCopy), .obj(kwd)])
            return .None
        }
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
        t.getset("__dict__", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let x) = v, let d = x.dict else { throw PyErr.attributeError("'partial' object has no attribute '__dict__'") }
            return .obj(d)
        }, set: { (v, nv) throws(PyBaseException) in
            guard case .obj(let x) = v, let nv = nv, case .obj(let d as PyDict) = nv else {
                throw PyErr.typeError("__dict__ must be set to a dictionary, not a '\(nv?.type.name ?? "NULL")'")
            }
            x.dict = d
        })
    }

    /// True when a `__new__` is partial's own (CPython flattens only then).
    static func isPartialNew(_ v: Value) -> Bool {
        if case .obj(let bf as PyBuiltinFunction) = v { return bf.owner === partialType }
        return false
    }
}

/// `functools.KeyWrapper` (what `cmp_to_key` returns): calling it wraps an
/// object; wrapped objects compare through the user's cmp function.
/// Thread-safety: immutable.
final class FtKey: PyObject {
    let cmp: Value
    let obj: Value?
    static let keyType = PyType(builtin: "KeyWrapper", base: PyType.object, layout: .other, baseType: false, module: "functools")

    init(cmp: Value, obj: Value?) {
        self.cmp = cmp; self.obj = obj
        super.init(type: FtKey.keyType, noDict: ())
    }

    static func install() {
        let t = keyType
        if t.ns.getStr("__call__") != nil { return }
        t.def("__call__") { (a) throws(PyBaseException) -> Value in
            let k = try a.selfAs(keyType, FtKey.self, "__call__")
            let b = try CArgs.bind(a, "K", ["obj"], required: 1)
            return .obj(FtKey(cmp: k.cmp, obj: b[0]))
        }
        t.getset("obj", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let k as FtKey) = v, let o = k.obj else {
                throw PyErr.attributeError("'functools.KeyWrapper' object has no attribute 'obj'")
            }
            return o
        }, set: nil)
        let names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        for (op, n) in names.enumerated() {
            t.def(n, compare(op))
        }
        t.attr("__hash__", .None)
    }

    static func compare(_ op: Int) -> NativeFunction {
        switch op {
        case 0: return { (a) throws(PyBaseException) -> Value in try doCompare(a, 0) }
        case 1: return { (a) throws(PyBaseException) -> Value in try doCompare(a, 1) }
        case 2: return { (a) throws(PyBaseException) -> Value in try doCompare(a, 2) }
        case 3: return { (a) throws(PyBaseException) -> Value in try doCompare(a, 3) }
        case 4: return { (a) throws(PyBaseException) -> Value in try doCompare(a, 4) }
        default: return { (a) throws(PyBaseException) -> Value in try doCompare(a, 5) }
        }
    }

    static func doCompare(_ a: Args, _ op: Int) throws(PyBaseException) -> Value {
        let k = try a.selfAs(keyType, FtKey.self, Ops.cmpDunders[op].value)
        try CArgs.fixed(a, "KeyWrapper.\(Ops.cmpDunders[op].value)", 1)
        guard case .obj(let other as FtKey) = a[1] else { throw PyErr.typeError("other argument must be K instance") }
        guard let x = k.obj, let y = other.obj else { throw PyErr.attributeError("object") }
        let r = try Ops.callValues(k.cmp, [x, y])
        return try Ops.richCompare(r, .int(0), op)
    }
}

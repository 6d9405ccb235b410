/// `_collections`: deque (CollectionsDeque.swift), defaultdict and
/// `_count_elements`, the native parts `collections` imports.
/// Thread-safety: see each type; the module's type objects are immutable
/// after the one-time installation.
enum CollectionsModule {
    static func make() -> PyModule {
        DequeType.install()
        DefaultDict.install()
        let m = NativeModules.module("_collections", [
            ("_count_elements", countElements),
        ])
        guard let d = m.dict else { return m }
        d.setStr("deque", .obj(PyDeque.dequeType))
        d.setStr("defaultdict", .obj(DefaultDict.type))
        d.setStr("_deque_iterator", .obj(DequeIterator.forwardType))
        d.setStr("_deque_reverse_iterator", .obj(DequeIterator.reverseType))
        d.setStr("__doc__", .str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
        return m
    }

    /// `_count_elements(mapping, iterable)`: counts into `mapping` (Counter's helper).
    static func countElements(_ a: Args) throws(PyBaseException) -> Value {
        if a.hasKeywords { throw PyErr.typeError("_count_elements() takes no keyword arguments") }
        if a.count != 2 { throw PyErr.typeError("_count_elements expected 2 arguments, got \(a.count)") }
        let mapping = a[0]
        let it = try Ops.getIter(a[1])
        if case .obj(let d as PyDict) = mapping, isDictMethod(d.type, "get"), isDictMethod(d.type, "__setitem__") {
            while let k = try Ops.next(it) {
                let h = try Ops.hash(k)
                if let old = try d.get(k, hash: h) {
                    try d.set(k, try Ops.binaryOp(old, .int(1), 0), hash: h)
                } else {
                    try d.set(k, .int(1), hash: h)
                }
            }
            return .None
        }
        let get = try Ops.getattr(mapping, PyStr.intern("get"))
        while let k = try Ops.next(it) {
            let old = try Ops.callValues(get, [k, .int(0)])
            try Ops.setitem(mapping, k, try Ops.binaryOp(old, .int(1), 0))
        }
        return .None
    }

    /// True when `t.name` resolves to dict's own method.
    static func isDictMethod(_ t: PyType, _ name: String) -> Bool {
        guard let m = t.lookup(name), let base = PyType.dict.lookup(name) else { return false }
        return m.isSame(base)
    }
}

/// `collections.defaultdict`: a dict whose `__missing__` calls
/// `default_factory`. Instances are `PyDict`s of this type; the factory is
/// kept in a hidden slot (slot 0; Python subclasses' `__slots__` follow it).
/// Thread-safety: the dict is a PyDict (its own locking); the factory slot
/// is read and written atomically (SlotValues).
enum DefaultDict {
    static let type: PyType = {
        let t = PyType(builtin: "defaultdict", base: PyType.dict, layout: .dict, module: "collections")
        t.slotCount = 1
        return t
    }()

    static func factory(_ d: PyDict) -> Value {
        guard let sv = d.slotValues, sv.count > 0, !sv[0].isNull else { return .None }
        return sv[0]
    }

    static func setFactory(_ d: PyDict, _ v: Value) {
        if let sv = d.slotValues, sv.count > 0 { sv[0] = v; return }
        let sv = SlotValues(count: max(1, d.type.slotCount))
        sv[0] = v
        d.slotValues = sv
    }

    static func me(_ a: Args, _ m: String) throws(PyBaseException) -> PyDict {
        guard a.buf.count > 0, case .obj(let d as PyDict) = a[0], d.type.isSubtype(type) else {
            let got = a.buf.count > 0 ? MiscTypes.tpName(a[0].type) : "nothing"
            throw PyErr.typeError("descriptor '\(m)' for 'collections.defaultdict' objects doesn't apply to a '\(got)' object")
        }
        return d
    }

    /// `type(dd)(dd.default_factory, arg)` (copy, `|`).
    static func newLike(_ d: PyDict, _ arg: Value) throws(PyBaseException) -> Value {
        try Ops.callValues(.obj(d.type), [factory(d), arg])
    }

    static func install() {
        let t = type
        if t.ns.getStr("__missing__") != nil { return }
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try CArgs.cls(a, "defaultdict")
            if !cls.isSubtype(type) { throw PyErr.typeError("defaultdict.__new__(\(cls.name)): \(cls.name) is not a subtype of defaultdict") }
            let d = PyDict(subtype: cls)
            d.slotValues = SlotValues(count: max(1, cls.slotCount))
            d.slotValues?[0] = .None
            return .obj(d)
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__init__")
            var rest: [Value] = []
            if a.count > 1 {
                let f = a[1]
                let callable = try MiscTypes.isCallable(f)
                if !f.isNone && !callable {
                    throw PyErr.typeError("first argument must be callable or None")
                }
                setFactory(d, f)
                if a.count > 2 { for i in 2..<a.count { rest.append(a[i]) } }
            }
            if rest.count > 1 { throw PyErr.typeError("dict expected at most 1 argument, got \(rest.count)") }
            if rest.count == 1 { try DictUpdate.updateArg(d, rest[0]) }
            for (k, v) in a.keywords { try d.set(.str(k), v) }
            return .None
        }
        t.def("__missing__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__missing__")
            try CArgs.fixed(a, "defaultdict.__missing__", 1)
            let f = factory(d)
            if f.isNone { throw PyErr.keyError(a[1]) }
            let v = try Ops.callValues(f, [])
            try Ops.setitem(a[0], a[1], v)
            return v
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__repr__")
            let dictRepr = try NativeRepr.guarded(d, "{...}") { () throws(PyBaseException) -> String in
                var parts: [String] = []
                for (k, v) in d.items { parts.append(try Ops.repr(k).value + ": " + (try Ops.repr(v).value)) }
                return "{" + parts.joined(separator: ", ") + "}"
            }
            let f = factory(d)
            var fr = "None"
            if case .obj(let fo) = f, !f.isNone {
                // CPython's Py_ReprEnter(default_factory): a factory whose own
                // repr is guarded (a partial) prints as "...".
                fr = try NativeRepr.guarded(fo, "...") { () throws(PyBaseException) -> String in try Ops.repr(f).value }
            } else if !f.isNone {
                fr = try Ops.repr(f).value
            }
            return .str("\(d.type.name)(\(fr), \(dictRepr))")
        }
        for name in ["copy", "__copy__"] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                let d = try me(a, "copy")
                return try newLike(d, a[0])
            }
        }
        t.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__reduce__")
            let f = factory(d)
            let args: PyTuple = f.isNone ? PyTuple([]) : PyTuple([f])
            let items = try Ops.getIter(.obj(DictView(d, .items)))
            return .obj(PyTuple([.obj(d.type), .obj(args), .None, .None, items]))
        }
        t.def("__or__") { (a) throws(PyBaseException) -> Value in
            try CArgs.fixed(a, "defaultdict.__or__", 1)
            return try orOp(a[0], a[1])
        }
        t.def("__ror__") { (a) throws(PyBaseException) -> Value in
            try CArgs.fixed(a, "defaultdict.__ror__", 1)
            return try orOp(a[1], a[0])
        }
        t.getset("default_factory", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let d as PyDict) = v else { return .None }
            return factory(d)
        }, set: { (v, nv) throws(PyBaseException) in
            guard case .obj(let d as PyDict) = v else { return }
            setFactory(d, nv ?? .None)
        })
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
        t.attr("__doc__", .str("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n"))
    }

    /// CPython's defdict_or: `left | right` where one side is a defaultdict.
    static func orOp(_ left: Value, _ right: Value) throws(PyBaseException) -> Value {
        let selfV: Value, other: Value
        if left.type.isSubtype(type) { selfV = left; other = right } else { selfV = right; other = left }
        guard case .obj(let sd as PyDict) = selfV, other.object is PyDict else { return .notImplemented }
        let new = try newLike(sd, left)
        guard case .obj(let nd as PyDict) = new else { return new }
        try DictUpdate.updateArg(nd, right)
        return new
    }
}

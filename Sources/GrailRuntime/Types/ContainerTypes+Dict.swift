/// `dict` methods with CPython 3.11's semantics and messages, plus the
/// update/merge helpers they share. Thread-safety: each method is one
/// operation on one dict (keys' `__hash__`/`__eq__` may run Python code).
extension ContainerTypes {
    @inline(__always)
    static func dictSelf(_ a: Args, _ name: String) throws(PyBaseException) -> PyDict {
        guard a.buf.count > 0, case .obj(let d as PyDict) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(name)' for 'dict' objects doesn't apply to a '\(got)' object")
        }
        return d
    }

    static func installDict() {
        let d = PyType.dict
        d.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let ty = try CArgs.cls(a, "dict")
            if !ty.isSubtype(PyType.dict) { throw PyErr.typeError("dict.__new__(\(ty.name)): \(ty.name) is not a subtype of dict") }
            return .obj(ty === PyType.dict ? PyDict() : PyDict(subtype: ty))
        }
        d.def("__init__") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "__init__")
            if a.count > 2 { throw PyErr.typeError("dict expected at most 1 argument, got \(a.count - 1)") }
            if a.count == 2 { try DictUpdate.updateArg(dd, a[1]) }
            for (k, v) in a.keywords { try dd.set(.str(k), v) }
            return .None
        }
        d.def("update") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "update")
            if a.count > 2 { throw PyErr.typeError("update expected at most 1 argument, got \(a.count - 1)") }
            if a.count == 2 { try DictUpdate.updateArg(dd, a[1]) }
            for (k, v) in a.keywords { try dd.set(.str(k), v) }
            return .None
        }
        d.defClass("fromkeys") { (a) throws(PyBaseException) -> Value in
            try CArgs.range(a, "fromkeys", "dict.fromkeys", 1, 2)
            let value: Value = a.count > 2 ? a[2] : .None
            let r = try Ops.callValues(a[0], [])
            if case .obj(let rd as PyDict) = r, rd.type === PyType.dict {
                if case .obj(let src as PyDict) = a[1], src.type === PyType.dict {
                    var i = 0
                    while i < src.entryCapacity {
                        if let e = src.entry(at: i) { try rd.set(e.key, value, hash: e.hash) }
                        i += 1
                    }
                    return r
                }
                if case .obj(let s as PySet) = a[1], !s.type.isHeapType {
                    for (k, h) in s.entries { try rd.set(k, value, hash: h) }
                    return r
                }
                try Ops.iterate(a[1]) { (k) throws(PyBaseException) in try rd.set(k, value) }
                return r
            }
            try Ops.iterate(a[1]) { (k) throws(PyBaseException) in try Ops.setitem(r, k, value) }
            return r
        }
        d.def("get") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "get")
            try CArgs.range(a, "get", "dict.get", 1, 2)
            if let v = try dd.get(a[1]) { return v }
            return a.count > 2 ? a[2] : .None
        }
        d.def("setdefault") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "setdefault")
            try CArgs.range(a, "setdefault", "dict.setdefault", 1, 2)
            let h = try Ops.hash(a[1])
            return try dd.setDefault(a[1], a.count > 2 ? a[2] : .None, hash: h)
        }
        d.def("pop") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "pop")
            try CArgs.range(a, "pop", "dict.pop", 1, 2)
            if dd.count == 0 {
                if a.count > 2 { return a[2] }
                throw PyErr.keyError(a[1])
            }
            if let v = try dd.remove(a[1]) { return v }
            if a.count > 2 { return a[2] }
            throw PyErr.keyError(a[1])
        }
        d.def("popitem") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "popitem")
            try CArgs.fixed(a, "dict.popitem", 0)
            guard let (k, v) = dd.popLast() else {
                throw PyBaseException(type: ExcTypes.keyError, args: [.str("popitem(): dictionary is empty")])
            }
            return .obj(PyTuple([k, v]))
        }
        d.def("keys") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "keys")
            try CArgs.fixed(a, "dict.keys", 0)
            return .obj(DictView(dd, .keys))
        }
        d.def("values") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "values")
            try CArgs.fixed(a, "dict.values", 0)
            return .obj(DictView(dd, .values))
        }
        d.def("items") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "items")
            try CArgs.fixed(a, "dict.items", 0)
            return .obj(DictView(dd, .items))
        }
        d.def("copy") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "copy")
            try CArgs.fixed(a, "dict.copy", 0)
            return .obj(dd.copy())
        }
        d.def("clear") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "clear")
            try CArgs.fixed(a, "dict.clear", 0)
            dd.clear()
            return .None
        }
        d.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try dictSelf(a, "__len__").count) }
        d.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "__getitem__")
            try CArgs.fixed(a, "dict.__getitem__", 1)
            if let v = try dd.get(a[1]) { return v }
            if dd.type !== PyType.dict, let m = dd.type.lookup("__missing__") {
                return try Ops.callValues(try Ops.bindDescriptor(m, a[0]), [a[1]])
            }
            throw PyErr.keyError(a[1])
        }
        d.def("__setitem__") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "__setitem__")
            try CArgs.range(a, "__setitem__", "dict.__setitem__", 2, 2)
            try dd.set(a[1], a[2])
            return .None
        }
        d.def("__delitem__") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "__delitem__")
            try CArgs.fixed(a, "dict.__delitem__", 1)
            if try dd.remove(a[1]) == nil { throw PyErr.keyError(a[1]) }
            return .None
        }
        d.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "__contains__")
            try CArgs.fixed(a, "dict.__contains__", 1)
            return .bool(try dd.get(a[1]) != nil)
        }
        d.def("__iter__") { (a) throws(PyBaseException) -> Value in
            .obj(DictIterator(try dictSelf(a, "__iter__"), .keys, reversed: false))
        }
        d.def("__reversed__") { (a) throws(PyBaseException) -> Value in
            .obj(DictIterator(try dictSelf(a, "__reversed__"), .keys, reversed: true))
        }
        d.def("__or__") { (a) throws(PyBaseException) -> Value in
            try CArgs.fixed(a, "dict.__or__", 1)
            return try dictOr(a[0], a[1]) ?? .notImplemented
        }
        d.def("__ror__") { (a) throws(PyBaseException) -> Value in
            try CArgs.fixed(a, "dict.__ror__", 1)
            return try dictOr(a[1], a[0]) ?? .notImplemented
        }
        d.def("__ior__") { (a) throws(PyBaseException) -> Value in
            let dd = try dictSelf(a, "__ior__")
            try CArgs.fixed(a, "dict.__ior__", 1)
            try DictUpdate.updateArg(dd, a[1])
            return a[0]
        }
        d.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try dictSelf(a, "__repr__"))) }
        d.def("__sizeof__") { (a) throws(PyBaseException) -> Value in .int(48 + 24 * (try dictSelf(a, "__sizeof__").entryCapacity)) }
        defRichCompare(d)
        d.attr("__hash__", .None)
        d.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
    }

    /// `a | b` for two dicts (a plain dict copy of `a` updated with `b`); nil = NotImplemented.
    static func dictOr(_ a: Value, _ b: Value) throws(PyBaseException) -> Value? {
        guard case .obj(let x as PyDict) = a, case .obj(let y as PyDict) = b else { return nil }
        let r = x.copy()
        try DictUpdate.merge(r, y)
        return .obj(r)
    }
}

/// dict.update / dict(...) argument handling (CPython's dict_update_arg,
/// PyDict_Merge and PyDict_MergeFromSeq2). Thread-safety: pure helpers.
enum DictUpdate {
    /// True when `d`'s type iterates like a plain dict (merge may read entries directly).
    static func iteratesNatively(_ d: PyDict) -> Bool {
        if d.type === PyType.dict { return true }
        guard case .obj(let f as PyBuiltinFunction)? = d.type.lookup(Ops.s__iter__) else { return false }
        return f.owner === PyType.dict
    }

    /// `target.update(arg)`.
    static func updateArg(_ target: PyDict, _ arg: Value) throws(PyBaseException) {
        if case .obj(let src as PyDict) = arg, src.type === PyType.dict { try merge(target, src); return }
        if try Ops.lookupAttr(arg, "keys") != nil { try mergeMapping(target, arg); return }
        try mergeFromPairs(target, arg)
    }

    /// PyDict_Merge from a dict (entries read directly, hashes reused).
    static func merge(_ target: PyDict, _ src: PyDict) throws(PyBaseException) {
        if target === src || src.count == 0 { return }
        for e in src.liveEntries { try target.set(e.key, e.value, hash: e.hash) }
    }

    /// PyDict_Merge from any mapping: `keys()` then `m[k]`.
    static func mergeMapping(_ target: PyDict, _ m: Value) throws(PyBaseException) {
        if case .obj(let src as PyDict) = m, iteratesNatively(src) { try merge(target, src); return }
        let keys = try Ops.callMethod(m, "keys", [])
        let it = try Ops.getIter(keys)
        while let k = try Ops.next(it) { try target.set(k, try Ops.getitem(m, k)) }
    }

    /// PyDict_MergeFromSeq2: an iterable of 2-item iterables.
    static func mergeFromPairs(_ target: PyDict, _ seq: Value) throws(PyBaseException) {
        let it = try Ops.getIter(seq)
        var i = 0
        while let pair = try Ops.next(it) {
            let items: [Value]
            if case .obj(let o) = pair, let t = o as? PyTuple { items = t.items }
            else if case .obj(let o) = pair, let l = o as? PyList { items = l.items }
            else {
                if !Ops.isIterable(pair) {
                    throw PyErr.typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
                }
                items = try Ops.toArray(pair)
            }
            if items.count != 2 {
                throw PyErr.valueError("dictionary update sequence element #\(i) has length \(items.count); 2 is required")
            }
            try target.set(items[0], items[1])
            i += 1
        }
    }
}

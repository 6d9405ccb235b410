/// Access to a locals mapping of a module or class body: a `PyDict` fast
/// path, any mapping via `__getitem__`/`__setitem__`/`__delitem__`.
enum Namespace {
    static func get(_ l: PyObject, _ name: PyStr) throws(PyBaseException) -> Value? {
        if let d = l as? PyDict, d.type === PyType.dict { return d.getStr(name) }
        do throws(PyBaseException) { return try Ops.getitem(.obj(l), .obj(name)) }
        catch let e where e.type.isSubtype(ExcTypes.keyError) { return nil }
    }
    static func set(_ l: PyObject, _ name: PyStr, _ v: Value) throws(PyBaseException) {
        if let d = l as? PyDict, d.type === PyType.dict { d.setStr(name, v); return }
        try Ops.setitem(.obj(l), .obj(name), v)
    }
    static func delete(_ l: PyObject, _ name: PyStr) throws(PyBaseException) {
        if let d = l as? PyDict, d.type === PyType.dict {
            if d.removeStr(name) == nil { throw PyErr.nameError(name.value) }
            return
        }
        do throws(PyBaseException) { try Ops.delitem(.obj(l), .obj(name)) }
        catch let e where e.type.isSubtype(ExcTypes.keyError) { throw PyErr.nameError(name.value) }
    }
}

/// dict helpers used by the VM and builtins.
public enum DictOps {
    /// `d.update(m)` for a mapping (keys()/__getitem__) or dict.
    public static func update(_ d: PyDict, _ m: Value) throws(PyBaseException) {
        if case .obj(let src as PyDict) = m {
            try DictUpdate.mergeMapping(d, .obj(src))
            return
        }
        guard let keysFn = try Ops.lookupAttr(m, "keys") else {
            throw PyErr.attributeError("'\(m.type.name)' object has no attribute 'keys'")
        }
        let keys = try Ops.callValues(keysFn, [])
        try Ops.iterate(keys) { (k) throws(PyBaseException) in try d.set(k, try Ops.getitem(m, k)) }
    }

    /// `d.update(iterable_of_pairs)`.
    public static func updateFromPairs(_ d: PyDict, _ it: Value) throws(PyBaseException) {
        var i = 0
        try Ops.iterate(it) { (pair) throws(PyBaseException) in
            let items: [Value]
            do throws(PyBaseException) { items = try Ops.toArray(pair, forUnpack: true) }
            catch let e where e.type === ExcTypes.typeError {
                throw PyErr.typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            if items.count != 2 {
                throw PyErr.valueError("dictionary update sequence element #\(i) has length \(items.count); 2 is required")
            }
            try d.set(items[0], items[1])
            i += 1
        }
    }

    /// DICT_MERGE for `f(**m)`: duplicate keys are an error.
    /// `callee` names the function in error messages (described only when one is raised).
    public static func mergeKwargs(_ d: PyDict, _ m: Value, callee: Value) throws(PyBaseException) {
        var pairs: [(Value, Value)] = []
        if case .obj(let src as PyDict) = m { pairs = src.items.map { ($0.key, $0.value) } }
        else {
            guard let keysFn = try Ops.lookupAttr(m, "keys") else {
                throw PyErr.typeError("\(Ops.funcDescription(callee)) argument after ** must be a mapping, not \(m.type.name)")
            }
            try Ops.iterate(try Ops.callValues(keysFn, [])) { (k) throws(PyBaseException) in pairs.append((k, try Ops.getitem(m, k))) }
        }
        for (k, v) in pairs {
            guard case .obj(let ks as PyStr) = k else { throw PyErr.typeError("keywords must be strings") }
            if d.getStr(ks) != nil { throw PyErr.typeError("\(Ops.funcDescription(callee)) got multiple values for keyword argument '\(ks.value)'") }
            try d.set(k, v)
        }
    }

    public static func equal(_ a: PyDict, _ b: PyDict) throws(PyBaseException) -> Bool {
        if a.count != b.count { return false }
        for (k, v) in a.items {
            guard let w = try b.get(k) else { return false }
            if !(try Ops.sameOrEq(v, w)) { return false }
        }
        return true
    }
}

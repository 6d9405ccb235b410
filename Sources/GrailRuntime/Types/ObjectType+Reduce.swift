/// `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`:
/// the default pickling protocol that `copy` and `pickle` use (CPython's
/// typeobject.c reduce_newobj / _common_reduce / object_getstate).
/// Thread-safety: stateless; reads the object's dict and slots.
enum ObjectReduce {
    static func install() {
        let o = PyType.object
        o.def("__reduce_ex__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__reduce_ex__", min: 2, max: 2)
            let proto = try IOModule.ssize(a[1])
            if let r = a[0].type.lookup("__reduce__"), !((r.object as? PyBuiltinFunction)?.owner === PyType.object) {
                return try Ops.callMethod(a[0], "__reduce__", [])
            }
            return try commonReduce(a[0], proto)
        }
        o.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__reduce__", min: 1, max: 1)
            return try commonReduce(a[0], 0)
        }
        o.def("__getstate__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__getstate__", min: 1, max: 1)
            return try defaultState(a[0])
        }
    }

    static func copyreg(_ name: String) throws(PyBaseException) -> Value {
        let m = try Importer.importModule("copyreg")
        return try Ops.getattr(m, PyStr.intern(name))
    }

    static func commonReduce(_ obj: Value, _ proto: Int) throws(PyBaseException) -> Value {
        if proto >= 2 { return try reduceNewobj(obj) }
        return try Ops.callValues(try copyreg("_reduce_ex"), [obj, .int(proto)])
    }

    /// The names of the `__slots__` members of `t` and its bases.
    static func slotNames(_ t: PyType) -> [String] {
        var out: [String] = []
        for c in t.mro {
            guard let d = c.dict else { continue }
            for (k, v) in d.items where v.object is PyMemberDescriptor {
                if case .obj(let ks as PyStr) = k, !out.contains(ks.value) { out.append(ks.value) }
            }
        }
        return out
    }

    static func defaultState(_ obj: Value) throws(PyBaseException) -> Value {
        let t = obj.type
        if !t.isHeapType && t.solidBase !== PyType.object && t.layout == .other && obj.object?.dict == nil {
            throw PyErr.typeError("cannot pickle '\(t.name)' object")
        }
        var state: Value = .None
        if let d = obj.object?.dict, d.count > 0 { state = .obj(d) }
        let names = slotNames(t)
        if !names.isEmpty {
            let slots = PyDict()
            for n in names {
                if let v = try Ops.lookupAttr(obj, n) { try slots.set(.str(n), v) }
            }
            if slots.count > 0 { state = .obj(PyTuple([state, .obj(slots)])) }
        }
        return state
    }

    static func reduceNewobj(_ obj: Value) throws(PyBaseException) -> Value {
        let t = obj.type
        if t.lookup("__new__") == nil { throw PyErr.typeError("cannot pickle '\(t.name)' object") }
        var args: [Value] = []
        var kwargs: Value = .None
        if let gx = try Ops.lookupAttr(obj, "__getnewargs_ex__") {
            let r = try Ops.callValues(gx, [])
            guard case .obj(let tup as PyTuple) = r else {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '\(r.type.name)'")
            }
            guard tup.items.count == 2 else {
                throw PyErr.valueError("__getnewargs_ex__ should return a tuple of length 2, not \(tup.items.count)")
            }
            guard case .obj(let at as PyTuple) = tup.items[0] else {
                throw PyErr.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '\(tup.items[0].type.name)'")
            }
            guard tup.items[1].object is PyDict else {
                throw PyErr.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '\(tup.items[1].type.name)'")
            }
            args = at.items
            kwargs = tup.items[1]
        } else if let gn = try Ops.lookupAttr(obj, "__getnewargs__") {
            let r = try Ops.callValues(gn, [])
            guard case .obj(let at as PyTuple) = r else {
                throw PyErr.typeError("__getnewargs__ should return a tuple, not '\(r.type.name)'")
            }
            args = at.items
        }
        let newobj: Value
        let newargs: Value
        if case .obj(let kd as PyDict) = kwargs, kd.count > 0 {
            newobj = try copyreg("__newobj_ex__")
            newargs = .obj(PyTuple([.obj(t), .obj(PyTuple(args)), kwargs]))
        } else {
            newobj = try copyreg("__newobj__")
            newargs = .obj(PyTuple([.obj(t)] + args))
        }
        let state = try Ops.callMethod(obj, "__getstate__", [])
        var listitems: Value = .None
        var dictitems: Value = .None
        if t.isSubtype(PyType.list) { listitems = try Ops.getIter(obj) }
        if t.isSubtype(PyType.dict) { dictitems = try Ops.getIter(try Ops.callMethod(obj, "items", [])) }
        return .obj(PyTuple([newobj, newargs, state, listitems, dictitems]))
    }
}

/// `set` and `frozenset` methods with CPython 3.11's algorithms (so results
/// iterate in CPython's order) and messages. Thread-safety: each method is
/// one operation on one set (keys' `__hash__`/`__eq__` may run Python code).
extension ContainerTypes {
    static func anySetSelf(_ a: Args, _ t: PyType, _ name: String) throws(PyBaseException) -> PySet {
        guard a.buf.count > 0, case .obj(let s as PySet) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(name)' for '\(t.name)' objects doesn't apply to a '\(got)' object")
        }
        return s
    }

    static func setSelf(_ a: Args, _ name: String) throws(PyBaseException) -> PySet {
        let s = try anySetSelf(a, PyType.set, name)
        if s.frozen { throw PyErr.typeError("descriptor '\(name)' for 'set' objects doesn't apply to a 'frozenset' object") }
        return s
    }

    /// Positional arguments after self of a METH_VARARGS set method.
    static func varargs(_ a: Args, _ qual: String) throws(PyBaseException) -> [Value] {
        if a.kwnames != nil { throw PyErr.typeError("\(qual)() takes no keyword arguments") }
        return Array(a.buf[1..<a.count])
    }

    /// remove/discard key, retrying an unhashable set key as a frozenset.
    static func setDiscard(_ s: PySet, _ key: Value) throws(PyBaseException) -> Bool {
        do throws(PyBaseException) { return try s.remove(key) }
        catch let e where e.type.isSubtype(ExcTypes.typeError) {
            guard case .obj(let ks as PySet) = key, !ks.frozen else { throw e }
            let fs = PySet(frozen: true)
            try fs.merge(ks)
            return try s.remove(.obj(fs))
        }
    }

    static func installSet() {
        let st = PyType.set, fz = PyType.frozenset
        st.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let ty = try CArgs.cls(a, "set")
            if !ty.isSubtype(PyType.set) { throw PyErr.typeError("set.__new__(\(ty.name)): \(ty.name) is not a subtype of set") }
            if ty === PyType.set && a.hasKeywords { throw PyErr.typeError("set() takes no keyword arguments") }
            return .obj(PySet(frozen: false, type: ty))
        }
        st.def("__init__") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "__init__")
            if a.hasKeywords { throw PyErr.typeError("set() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("\(se.type.name) expected at most 1 argument, got \(a.count - 1)") }
            se.clearIfFilled()
            if a.count == 2 { try se.update(a[1]) }
            return .None
        }
        fz.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let ty = try CArgs.cls(a, "frozenset")
            if !ty.isSubtype(PyType.frozenset) { throw PyErr.typeError("frozenset.__new__(\(ty.name)): \(ty.name) is not a subtype of frozenset") }
            if ty === PyType.frozenset && a.hasKeywords { throw PyErr.typeError("frozenset() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("\(ty.name) expected at most 1 argument, got \(a.count - 1)") }
            if ty === PyType.frozenset, a.count == 2, case .obj(let f as PySet) = a[1], f.type === PyType.frozenset { return a[1] }
            let r = PySet(frozen: true, type: ty)
            if a.count == 2 { try r.update(a[1]) }
            return .obj(r)
        }
        st.def("add") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "add")
            try CArgs.fixed(a, "set.add", 1)
            try se.add(a[1])
            return .None
        }
        st.def("discard") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "discard")
            try CArgs.fixed(a, "set.discard", 1)
            _ = try setDiscard(se, a[1])
            return .None
        }
        st.def("remove") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "remove")
            try CArgs.fixed(a, "set.remove", 1)
            if !(try setDiscard(se, a[1])) { throw PyErr.keyError(a[1]) }
            return .None
        }
        st.def("pop") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "pop")
            try CArgs.fixed(a, "set.pop", 0)
            guard let v = se.pop() else {
                throw PyBaseException(type: ExcTypes.keyError, args: [.str("pop from an empty set")])
            }
            return v
        }
        st.def("clear") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "clear")
            try CArgs.fixed(a, "set.clear", 0)
            se.clear()
            return .None
        }
        st.def("update") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "update")
            for o in try varargs(a, "set.update") { try se.update(o) }
            return .None
        }
        st.def("intersection_update") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "intersection_update")
            let others = try varargs(a, "set.intersection_update")
            let tmp = try intersectionMulti(se, others)
            se.swapBodies(tmp)
            return .None
        }
        st.def("difference_update") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "difference_update")
            for o in try varargs(a, "set.difference_update") { try se.differenceUpdate(o) }
            return .None
        }
        st.def("symmetric_difference_update") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "symmetric_difference_update")
            try CArgs.fixed(a, "set.symmetric_difference_update", 1)
            try se.symmetricDifferenceUpdate(a[1])
            return .None
        }
        st.def("__ior__") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "__ior__")
            try CArgs.fixed(a, "set.__ior__", 1)
            guard a[1].object is PySet else { return .notImplemented }
            try se.update(a[1])
            return a[0]
        }
        st.def("__iand__") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "__iand__")
            try CArgs.fixed(a, "set.__iand__", 1)
            guard a[1].object is PySet else { return .notImplemented }
            se.swapBodies(try se.intersection(a[1]))
            return a[0]
        }
        st.def("__isub__") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "__isub__")
            try CArgs.fixed(a, "set.__isub__", 1)
            guard a[1].object is PySet else { return .notImplemented }
            try se.differenceUpdate(a[1])
            return a[0]
        }
        st.def("__ixor__") { (a) throws(PyBaseException) -> Value in
            let se = try setSelf(a, "__ixor__")
            try CArgs.fixed(a, "set.__ixor__", 1)
            guard a[1].object is PySet else { return .notImplemented }
            try se.symmetricDifferenceUpdate(a[1])
            return a[0]
        }
        st.attr("__hash__", .None)
        fz.def("__hash__") { (a) throws(PyBaseException) -> Value in
            .int(try anySetSelf(a, PyType.frozenset, "__hash__").frozenHash())
        }
        installSetCommon(st, "set")
        installSetCommon(fz, "frozenset")
    }

    /// CPython's set_intersection_multi.
    static func intersectionMulti(_ s: PySet, _ others: [Value]) throws(PyBaseException) -> PySet {
        if others.isEmpty { return try s.copyBase() }
        var r = s
        for o in others { r = try r.intersection(o) }
        return r
    }

    /// Methods shared by set and frozenset (closures are separate per type for descriptor messages).
    static func installSetCommon(_ t: PyType, _ n: String) {
        if n == "set" {
            t.def("copy") { (a) throws(PyBaseException) -> Value in
                let s = try anySetSelf(a, PyType.set, "copy")
                try CArgs.fixed(a, "set.copy", 0)
                return .obj(try s.copyBase())
            }
        } else {
            t.def("copy") { (a) throws(PyBaseException) -> Value in
                let s = try anySetSelf(a, PyType.frozenset, "copy")
                try CArgs.fixed(a, "frozenset.copy", 0)
                if s.type === PyType.frozenset { return a[0] }
                return .obj(try s.copyBase())
            }
        }
        t.def("union") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "union")
            let others = try varargs(a, "\(s.frozen ? "frozenset" : "set").union")
            let r = try s.copyBase()
            for o in others {
                if case .obj(let oo) = o, oo === s { continue }
                try r.update(o)
            }
            return .obj(r)
        }
        t.def("intersection") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "intersection")
            let others = try varargs(a, "\(s.frozen ? "frozenset" : "set").intersection")
            return .obj(try intersectionMulti(s, others))
        }
        t.def("difference") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "difference")
            let others = try varargs(a, "\(s.frozen ? "frozenset" : "set").difference")
            if others.isEmpty { return .obj(try s.copyBase()) }
            let r = try s.difference(others[0])
            for o in others.dropFirst() { try r.differenceUpdate(o) }
            return .obj(r)
        }
        t.def("symmetric_difference") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "symmetric_difference")
            try CArgs.fixed(a, "\(s.frozen ? "frozenset" : "set").symmetric_difference", 1)
            return .obj(try s.symmetricDifference(a[1]))
        }
        t.def("issubset") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "issubset")
            try CArgs.fixed(a, "\(s.frozen ? "frozenset" : "set").issubset", 1)
            return .bool(try s.isSubset(a[1]))
        }
        t.def("issuperset") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "issuperset")
            try CArgs.fixed(a, "\(s.frozen ? "frozenset" : "set").issuperset", 1)
            return .bool(try s.isSuperset(a[1]))
        }
        t.def("isdisjoint") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "isdisjoint")
            try CArgs.fixed(a, "\(s.frozen ? "frozenset" : "set").isdisjoint", 1)
            return .bool(try s.isDisjoint(a[1]))
        }
        t.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try anySetSelf(a, PyType.set, "__len__").count) }
        t.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let s = try anySetSelf(a, PyType.set, "__contains__")
            try CArgs.fixed(a, "__contains__", 1)
            return .bool(try s.contains(a[1]))
        }
        t.def("__iter__") { (a) throws(PyBaseException) -> Value in .obj(SetIterator(try anySetSelf(a, PyType.set, "__iter__"))) }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try anySetSelf(a, PyType.set, "__repr__"))) }
        t.def("__sizeof__") { (a) throws(PyBaseException) -> Value in .int(200 + 16 * (try anySetSelf(a, PyType.set, "__sizeof__").tableSize)) }
        defRichCompare(t)
        t.def("__or__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 7, false) }
        t.def("__ror__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 7, true) }
        t.def("__and__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 1, false) }
        t.def("__rand__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 1, true) }
        t.def("__sub__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 10, false) }
        t.def("__rsub__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 10, true) }
        t.def("__xor__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 12, false) }
        t.def("__rxor__") { (a) throws(PyBaseException) -> Value in try setBinarySlot(a, 12, true) }
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
    }

    static func setBinarySlot(_ a: Args, _ op: Int, _ reflected: Bool) throws(PyBaseException) -> Value {
        try CArgs.fixed(a, "set", 1)
        let r = reflected ? try setBinary(a[1], a[0], op) : try setBinary(a[0], a[1], op)
        return r.map { .obj($0) } ?? .notImplemented
    }

    /// `a op b` for two sets (set_or / set_and / set_sub / set_xor); nil = NotImplemented.
    static func setBinary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> PySet? {
        guard case .obj(let x as PySet) = a, case .obj(let y as PySet) = b else { return nil }
        switch op {
        case 7:
            let r = try x.copyBase()
            if x !== y { try r.merge(y) }
            return r
        case 1: return try x.intersection(b)
        case 10: return try x.difference(b)
        case 12: return try x.symmetricDifference(b)
        default: return nil
        }
    }

    /// set_richcompare (nil = NotImplemented).
    static func setCompare(_ x: PySet, _ y: PySet, _ op: Int) throws(PyBaseException) -> Bool {
        switch op {
        case 2, 3:
            var eq = false
            if x.count == y.count {
                if let hx = x.cachedHash, let hy = y.cachedHash, hx != hy { eq = false }
                else { eq = try x.isSubset(.obj(y)) }
            }
            return op == 2 ? eq : !eq
        case 1: return try x.isSubset(.obj(y))
        case 5: return try x.isSuperset(.obj(y))
        case 0: return x.count < y.count ? try x.isSubset(.obj(y)) : false
        default: return x.count > y.count ? try x.isSuperset(.obj(y)) : false
        }
    }
}

/// Iterator over a set's table (CPython's setiterobject, with its
/// "Set changed size during iteration" check). Thread-safety: one consumer at a time.
final class SetIterator: NativeIterator {
    var set: PySet?
    var pos = 0
    let used: Int
    var left: Int
    init(_ s: PySet) {
        set = s
        used = s.count
        left = s.count
        super.init(type: PyType.setIterator, noDict: ())
    }
    override func next() throws(PyBaseException) -> Value? {
        guard let s = set else { return nil }
        if s.count != used { throw PyErr.runtimeError("Set changed size during iteration") }
        let n = s.tableSize
        while pos < n {
            let i = pos
            pos += 1
            if let k = s.slotKey(i) { left -= 1; return k }
        }
        set = nil
        return nil
    }
    var lengthHint: Int {
        guard let s = set, s.count == used else { return 0 }
        return left
    }
}

/// `list[int]`-style aliases (types.GenericAlias, PEP 585): the origin class
/// and the argument tuple, with CPython 3.11's repr, equality, hashing,
/// `__parameters__` (type variables found in the arguments) and calling
/// (creates an instance of the origin and records `__orig_class__`).
/// Thread-safety: immutable.
public final class GenericAlias: PyObject {
    public let origin: Value
    /// Always a tuple.
    public let args: Value
    init(_ o: Value, _ a: Value, cls: PyType = GenericAlias.aliasType) {
        origin = o
        if case .obj(let t as PyTuple) = a, t.type === PyType.tuple { args = a } else { args = .obj(PyTuple([a])) }
        if cls.isHeapType { super.init(type: cls) } else { super.init(type: cls, noDict: ()) }
    }
    /// Subclassable, as in CPython (collections.abc's _CallableGenericAlias).
    static let aliasType = PyType(builtin: "GenericAlias", base: PyType.object, layout: .other, baseType: true, module: "types")
    static func make(_ o: Value, _ a: Value) -> GenericAlias { GenericAlias(o, a) }

    var argItems: [Value] { (args.object as? PyTuple)?.items ?? [] }

    /// Type variables among the arguments (CPython's _Py_make_parameters).
    func parameters() throws(PyBaseException) -> [Value] {
        var out: [Value] = []
        for a in argItems {
            if a.object is PyType { continue }
            if try Ops.lookupAttr(a, "__typing_subst__") != nil {
                if !out.contains(where: { $0.isSame(a) }) { out.append(a) }
                continue
            }
            if let ps = try Ops.lookupAttr(a, "__parameters__"), case .obj(let pt as PyTuple) = ps {
                for p in pt.items where !out.contains(where: { $0.isSame(p) }) { out.append(p) }
            }
        }
        return out
    }

    /// `list[int]`, `dict[str, list[int]]`, `tuple[()]`.
    func repr() throws(PyBaseException) -> String {
        var s = try MiscTypes.reprItem(origin) + "["
        let items = argItems
        if items.isEmpty { s += "()" }
        for (i, a) in items.enumerated() {
            if i > 0 { s += ", " }
            if case .obj(let l as PyList) = a {
                s += "[" + (try l.items.map { (x) throws(PyBaseException) -> String in try MiscTypes.reprItem(x) }.joined(separator: ", ")) + "]"
            } else {
                s += try MiscTypes.reprItem(a)
            }
        }
        return s + "]"
    }
}

extension MiscTypes {
    static func alias(_ v: Value) throws(PyBaseException) -> GenericAlias {
        guard case .obj(let g as GenericAlias) = v else { throw PyErr.typeError("descriptor for 'types.GenericAlias' objects doesn't apply to a '\(v.type.name)' object") }
        return g
    }
    static func union(_ v: Value) throws(PyBaseException) -> UnionType {
        guard case .obj(let u as UnionType) = v else { throw PyErr.typeError("descriptor for 'types.UnionType' objects doesn't apply to a '\(v.type.name)' object") }
        return u
    }

    static func installAliases() {
        let g = GenericAlias.aliasType
        g.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let r = rest(a)
            if r.hasKeywords { throw PyErr.typeError("GenericAlias() takes no keyword arguments") }
            guard r.count == 2 else { throw PyErr.typeError("GenericAlias expected 2 arguments, got \(r.count)") }
            if a.buf.count > 0, case .obj(let cls as PyType) = a[0], cls !== GenericAlias.aliasType {
                return .obj(GenericAlias(r[0], r[1], cls: cls))
            }
            return .obj(GenericAlias.make(r[0], r[1]))
        }
        g.getset("__origin__", get: { (v) throws(PyBaseException) -> Value in try alias(v).origin })
        g.getset("__args__", get: { (v) throws(PyBaseException) -> Value in try alias(v).args })
        g.getset("__parameters__", get: { (v) throws(PyBaseException) -> Value in .obj(PyTuple(try alias(v).parameters())) })
        g.getset("__unpacked__", get: { (_) throws(PyBaseException) -> Value in .False })
        g.def("__repr__") { (a) throws(PyBaseException) -> Value in .str(try alias(a[0]).repr()) }
        g.def("__eq__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let x as GenericAlias) = a[0], case .obj(let y as GenericAlias) = a[1] else { return .notImplemented }
            return .bool(try aliasEqual(x, y))
        }
        g.def("__ne__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let x as GenericAlias) = a[0], case .obj(let y as GenericAlias) = a[1] else { return .notImplemented }
            return .bool(!(try aliasEqual(x, y)))
        }
        g.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let x = try alias(a[0])
            let h = (try Ops.hash(x.origin)) ^ (try Ops.hash(x.args))
            return .int(h == -1 ? -2 : h)
        }
        g.def("__call__") { (a) throws(PyBaseException) -> Value in
            let x = try alias(a[0])
            let obj = try Ops.call(x.origin, rest(a))
            do throws(PyBaseException) {
                try Ops.setattr(obj, PyStr.intern("__orig_class__"), a[0])
            } catch let e where e.type.isSubtype(ExcTypes.attributeError) || e.type.isSubtype(ExcTypes.typeError) {}
            return obj
        }
        g.def("__mro_entries__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__mro_entries__", min: 2, max: 2)
            return .obj(PyTuple([try alias(a[0]).origin]))
        }
        g.def("__instancecheck__") { (_) throws(PyBaseException) -> Value in
            throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic")
        }
        g.def("__subclasscheck__") { (_) throws(PyBaseException) -> Value in
            throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic")
        }
        g.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__getitem__", min: 2, max: 2)
            let x = try alias(a[0])
            let params = try x.parameters()
            if params.isEmpty { throw PyErr.typeError("\(try x.repr()) is not a generic class") }
            var subs: [Value] = []
            if case .obj(let t as PyTuple) = a[1] { subs = t.items } else { subs = [a[1]] }
            if subs.count != params.count {
                throw PyErr.typeError("Too \(subs.count > params.count ? "many" : "few") arguments for \(try x.repr()); actual \(subs.count), expected \(params.count)")
            }
            var newArgs: [Value] = []
            for arg in x.argItems {
                if let i = params.firstIndex(where: { $0.isSame(arg) }) { newArgs.append(subs[i]); continue }
                if case .obj(let inner as GenericAlias) = arg, !(try inner.parameters()).isEmpty {
                    let innerParams = try inner.parameters()
                    var innerSubs: [Value] = []
                    for p in innerParams {
                        if let i = params.firstIndex(where: { $0.isSame(p) }) { innerSubs.append(subs[i]) } else { innerSubs.append(p) }
                    }
                    newArgs.append(try Ops.getitem(arg, innerSubs.count == 1 ? innerSubs[0] : .obj(PyTuple(innerSubs))))
                    continue
                }
                newArgs.append(arg)
            }
            return .obj(GenericAlias.make(x.origin, .obj(PyTuple(newArgs))))
        }
        g.def("__or__") { (a) throws(PyBaseException) -> Value in .obj(UnionType.make(a[0], a[1])) }
        g.def("__ror__") { (a) throws(PyBaseException) -> Value in .obj(UnionType.make(a[1], a[0])) }
        g.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let x = try alias(a[0])
            return .obj(PyTuple([.obj(GenericAlias.aliasType), .obj(PyTuple([x.origin, x.args]))]))
        }

        let u = UnionType.unionType
        u.getset("__args__", get: { (v) throws(PyBaseException) -> Value in .obj(PyTuple(try union(v).args)) })
        u.getset("__parameters__", get: { (v) throws(PyBaseException) -> Value in
            let un = try union(v)
            return .obj(PyTuple(try GenericAlias.make(.None, .obj(PyTuple(un.args))).parameters()))
        })
        u.def("__repr__") { (a) throws(PyBaseException) -> Value in .str(try unionRepr(try union(a[0]))) }
        u.def("__eq__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let x as UnionType) = a[0], case .obj(let y as UnionType) = a[1] else { return .notImplemented }
            return .bool(try unionEqual(x, y))
        }
        u.def("__ne__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let x as UnionType) = a[0], case .obj(let y as UnionType) = a[1] else { return .notImplemented }
            return .bool(!(try unionEqual(x, y)))
        }
        u.def("__hash__") { (a) throws(PyBaseException) -> Value in
            return .int(try unionHash(try union(a[0])))
        }
        u.def("__or__") { (a) throws(PyBaseException) -> Value in .obj(UnionType.make(a[0], a[1])) }
        u.def("__ror__") { (a) throws(PyBaseException) -> Value in .obj(UnionType.make(a[1], a[0])) }
        u.def("__instancecheck__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__instancecheck__", min: 2, max: 2)
            return .bool(try Builtins.isInstance(a[1], a[0]))
        }
        u.def("__subclasscheck__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__subclasscheck__", min: 2, max: 2)
            return .bool(try Builtins.isSubclass(a[1], a[0]))
        }
    }

    static func aliasEqual(_ x: GenericAlias, _ y: GenericAlias) throws(PyBaseException) -> Bool {
        if !(try Ops.sameOrEq(x.origin, y.origin)) { return false }
        return try Ops.sameOrEq(x.args, y.args)
    }

    static func unionRepr(_ u: UnionType) throws(PyBaseException) -> String {
        var parts: [String] = []
        for a in u.args {
            if case .obj(let t as PyType) = a, t === PyType.noneType { parts.append("None"); continue }
            parts.append(try reprItem(a))
        }
        return parts.joined(separator: " | ")
    }

    /// hash(frozenset(args)) with CPython's frozenset hash (order-independent).
    static func unionHash(_ u: UnionType) throws(PyBaseException) -> Int {
        var uniq: [Value] = []
        for a in u.args {
            var dup = false
            for x in uniq where try Ops.sameOrEq(x, a) { dup = true; break }
            if !dup { uniq.append(a) }
        }
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var size = 8
        var fill = 0
        for _ in uniq {
            fill += 1
            if fill * 5 >= (size - 1) * 3 { var ns = 8; while ns <= fill * 4 { ns <<= 1 }; size = ns }
        }
        var h: UInt = 0
        for a in uniq { h ^= shuffle(UInt(bitPattern: try Ops.hash(a))) }
        if (size - fill) & 1 != 0 { h ^= shuffle(0) }
        h ^= UInt(uniq.count + 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        let r = Int(bitPattern: h)
        return r == -1 ? 590923713 : r
    }

    static func unionEqual(_ x: UnionType, _ y: UnionType) throws(PyBaseException) -> Bool {
        let a = PySet(frozenFrom: x.args), b = PySet(frozenFrom: y.args)
        if a.count != b.count { return false }
        for v in b.items where !(try a.contains(v)) { return false }
        return true
    }
}

/// `tuple` methods with CPython 3.11's semantics and messages.
/// Thread-safety: tuples are immutable; methods only read.
extension ContainerTypes {
    @inline(__always)
    static func tupleSelf(_ a: Args, _ name: String) throws(PyBaseException) -> PyTuple {
        guard a.buf.count > 0, case .obj(let t as PyTuple) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(name)' for 'tuple' objects doesn't apply to a '\(got)' object")
        }
        return t
    }

    static func installTuple() {
        let t = PyType.tuple
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let ty = try CArgs.cls(a, "tuple")
            if !ty.isSubtype(PyType.tuple) { throw PyErr.typeError("tuple.__new__(\(ty.name)): \(ty.name) is not a subtype of tuple") }
            if a.hasKeywords { throw PyErr.typeError("tuple() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("tuple expected at most 1 argument, got \(a.count - 1)") }
            if ty === PyType.tuple {
                if a.count == 1 { return .obj(PyTuple.empty) }
                if case .obj(let tt as PyTuple) = a[1], tt.type === PyType.tuple { return a[1] }
                let items = try Ops.toArray(a[1])
                return .obj(items.isEmpty ? PyTuple.empty : PyTuple(items))
            }
            let items = a.count > 1 ? try Ops.toArray(a[1]) : []
            return .obj(PyTuple(items, type: ty))
        }
        t.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try tupleSelf(a, "__len__").count) }
        t.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let tu = try tupleSelf(a, "__getitem__")
            guard a.count == 2 else { throw PyErr.typeError("tuple.__getitem__() takes exactly one argument (\(a.count - 1) given)") }
            if let i = try CArgs.seqIndex(a[1], tu.count, "tuple", "tuple index out of range") { return tu.items[i] }
            guard case .obj(let s as PySlice) = a[1] else { throw PyErr.typeError("tuple indices must be integers or slices, not \(MiscTypes.tpName(a[1].type))") }
            let (start, _, step, n) = try SliceIndices.adjust(s, tu.count)
            if start == 0 && step == 1 && n == tu.count && tu.type === PyType.tuple { return a[0] }
            let items = try sliceItems(tu.items, s)
            return .obj(items.isEmpty ? PyTuple.empty : PyTuple(items))
        }
        t.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let tu = try tupleSelf(a, "__contains__")
            try CArgs.fixed(a, "tuple.__contains__", 1)
            for v in tu.items where try Ops.richCompareBool(v, a[1]) { return .True }
            return .False
        }
        t.def("__iter__") { (a) throws(PyBaseException) -> Value in .obj(PySeqIterator(tuple: try tupleSelf(a, "__iter__"))) }
        t.def("count") { (a) throws(PyBaseException) -> Value in
            let tu = try tupleSelf(a, "count")
            try CArgs.fixed(a, "tuple.count", 1)
            var c = 0
            for v in tu.items where try Ops.richCompareBool(v, a[1]) { c += 1 }
            return .int(c)
        }
        t.def("index") { (a) throws(PyBaseException) -> Value in
            let tu = try tupleSelf(a, "index")
            try CArgs.range(a, "index", "tuple.index", 1, 3)
            var start = 0, stop = Int.max
            if a.count > 2 { start = try CArgs.clampedArg(a[2]) }
            if a.count > 3 { stop = try CArgs.clampedArg(a[3]) }
            let n = tu.count
            if start < 0 { start += n; if start < 0 { start = 0 } }
            if stop < 0 { stop += n } else if stop > n { stop = n }
            var i = start
            while i < stop {
                if try Ops.richCompareBool(tu.items[i], a[1]) { return .int(i) }
                i += 1
            }
            throw PyErr.valueError("tuple.index(x): x not in tuple")
        }
        t.def("__add__") { (a) throws(PyBaseException) -> Value in
            let tu = try tupleSelf(a, "__add__")
            try CArgs.fixed(a, "tuple.__add__", 1)
            guard case .obj(let o as PyTuple) = a[1] else {
                throw PyErr.typeError("can only concatenate tuple (not \"\(a[1].type.name)\") to tuple")
            }
            if o.count == 0 && tu.type === PyType.tuple { return a[0] }
            if tu.count == 0 && o.type === PyType.tuple { return a[1] }
            return .obj(PyTuple(tu.items + o.items))
        }
        t.def("__mul__") { (a) throws(PyBaseException) -> Value in try tupleRepeat(a, "__mul__") }
        t.def("__rmul__") { (a) throws(PyBaseException) -> Value in try tupleRepeat(a, "__rmul__") }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let tu = try tupleSelf(a, "__hash__")
            return .int(try NativeHash.hash(tu))
        }
        t.def("__getnewargs__") { (a) throws(PyBaseException) -> Value in
            let tu = try tupleSelf(a, "__getnewargs__")
            try CArgs.fixed(a, "tuple.__getnewargs__", 0)
            return .obj(PyTuple([.obj(PyTuple(tu.items))]))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try tupleSelf(a, "__repr__"))) }
        defRichCompare(t)
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
    }

    static func tupleRepeat(_ a: Args, _ name: String) throws(PyBaseException) -> Value {
        let tu = try tupleSelf(a, name)
        try CArgs.fixed(a, "tuple.\(name)", 1)
        let n = try SliceIndices.ssize(a[1])
        if n == 1 && tu.type === PyType.tuple { return a[0] }
        let items = try repeated(tu.items, n)
        return .obj(items.isEmpty ? PyTuple.empty : PyTuple(items))
    }
}

import BigInt

/// The iterator protocol of the native iterator types and the builtin
/// iterable classes `enumerate`, `zip`, `map`, `filter` and `reversed`
/// (real, subclassable types whose `__new__` builds a native iterator).
/// Thread-safety: an iterator has one consumer at a time; concurrent `next`
/// calls may repeat or skip items but never crash.
extension ContainerTypes {
    static func installIterators() {
        let iterTypes: [PyType] = [
            PyType.listIterator, PyType.listReverseIterator, PyType.tupleIterator, PyType.rangeIterator,
            PyType.setIterator, PyType.bytesIterator, PyType.dictKeyIterator, PyType.dictValueIterator,
            PyType.dictItemIterator, PyType.iterator, PyType.callableIterator,
            DictIterator.reverseKeyType, DictIterator.reverseValueType, DictIterator.reverseItemType,
            LongRangeIterator.longRangeIteratorType, BytesIterator.byteArrayIteratorType,
        ]
        for t in iterTypes {
            t.defIteratorProtocol()
            if t === PyType.callableIterator { continue }
            t.def("__length_hint__") { (a) throws(PyBaseException) -> Value in
                guard a.buf.count > 0, case .obj(let o) = a[0] else { throw PyErr.typeError("__length_hint__ needs an argument") }
                return try lengthHint(o)
            }
        }
    }

    /// `__length_hint__` of the native iterators.
    static func lengthHint(_ o: PyObject) throws(PyBaseException) -> Value {
        switch o {
        case let s as PySeqIterator: return .int(s.remaining)
        case let r as PyRangeIterator: return .int(max(0, r.left))
        case let r as LongRangeIterator: return .int(r.left.sign == .minus ? 0 : r.left)
        case let l as ListReverseIterator: return .int(l.lengthHint)
        case let s as SetIterator: return .int(s.lengthHint)
        case let d as DictIterator: return .int(d.lengthHint)
        case let b as BytesIterator: return .int(b.lengthHint)
        case let r as PyReversed: return .int(try r.lengthHint())
        default: return .int(0)
        }
    }

    static func installBuiltinIterables() {
        PyType.enumerate.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let t = try CArgs.cls(a, "enumerate")
            let n = a.count - 1
            var iterable: Value? = n >= 1 ? a[1] : nil
            var start: Value? = n >= 2 ? a[2] : nil
            if n > 2 { throw PyErr.typeError("enumerate() takes at most 2 arguments (\(n) given)") }
            for (k, v) in a.keywords {
                if k == "iterable" && iterable == nil { iterable = v }
                else if k == "start" && start == nil { start = v }
                else if k == "iterable" || k == "start" {
                    throw PyErr.typeError("argument for enumerate() given by name ('\(k)') and position (\(k == "iterable" ? 1 : 2))")
                } else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for enumerate()") }
            }
            guard let src = iterable else { throw PyErr.typeError("enumerate() missing required argument 'iterable'") }
            var first: BigInt = 0
            if let s = start { first = try IntOps.index(s) }
            let it = try Ops.getIter(src)
            return .obj(PyEnumerate(it, first, type: t))
        }
        PyType.zip.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let t = try CArgs.cls(a, "zip")
            var strict = false
            for (k, v) in a.keywords {
                guard k == "strict" else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for zip()") }
                strict = try Ops.isTrue(v)
            }
            var its: [Value] = []
            for i in 1..<max(1, a.count) { its.append(try Ops.getIter(a[i])) }
            return .obj(PyZip(its, strict: strict, type: t))
        }
        PyType.map.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let t = try CArgs.cls(a, "map")
            if t === PyType.map && a.hasKeywords { throw PyErr.typeError("map() takes no keyword arguments") }
            if a.count < 3 { throw PyErr.typeError("map() must have at least two arguments.") }
            var its: [Value] = []
            for i in 2..<a.count { its.append(try Ops.getIter(a[i])) }
            return .obj(PyMap(a[1], its, type: t))
        }
        PyType.filter.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let t = try CArgs.cls(a, "filter")
            if t === PyType.filter && a.hasKeywords { throw PyErr.typeError("filter() takes no keyword arguments") }
            if a.count != 3 { throw PyErr.typeError("filter expected 2 arguments, got \(a.count - 1)") }
            return .obj(PyFilter(a[1], try Ops.getIter(a[2]), type: t))
        }
        PyType.reversed.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let t = try CArgs.cls(a, "reversed")
            if t === PyType.reversed && a.hasKeywords { throw PyErr.typeError("reversed() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("reversed expected 1 argument, got \(a.count - 1)") }
            let seq = a[1]
            if let m = seq.type.lookup("__reversed__") {
                if m.isNone { throw PyErr.typeError("'\(seq.type.name)' object is not reversible") }
                return try Ops.callValues(try Ops.bindDescriptor(m, seq), [])
            }
            guard seq.type.lookup(Ops.s__getitem__) != nil, !(seq.object is PyDict) else {
                throw PyErr.typeError("'\(seq.type.name)' object is not reversible")
            }
            let n = try Ops.len(seq)
            return .obj(PyReversed(seq, n - 1, type: t))
        }
        for t in [PyType.enumerate, PyType.zip, PyType.map, PyType.filter, PyType.reversed] {
            t.defIteratorProtocol()
        }
        PyType.reversed.def("__length_hint__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let r as PyReversed) = a[0] else { throw PyErr.typeError("__length_hint__ needs a reversed object") }
            return .int(try r.lengthHint())
        }
        PyType.enumerate.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
    }
}

/// `enumerate(iterable, start)`. Thread-safety: one consumer at a time.
final class PyEnumerate: NativeIterator {
    let it: Value
    var index: Int
    var bigIndex: BigInt?
    init(_ it: Value, _ start: BigInt, type: PyType) {
        self.it = it
        if let s = Int(exactly: start), s < Int.max { index = s; bigIndex = nil } else { index = 0; bigIndex = start }
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
    override func next() throws(PyBaseException) -> Value? {
        guard let v = try Ops.next(it) else { return nil }
        if let b = bigIndex {
            bigIndex = b + 1
            return .obj(PyTuple([.int(b), v]))
        }
        let i = index
        if i == Int.max - 1 { bigIndex = BigInt(i) + 1 } else { index = i + 1 }
        return .obj(PyTuple([.int(i), v]))
    }
}

/// `zip(*iterables, strict=False)` with CPython's strict-mode messages.
final class PyZip: NativeIterator {
    var its: [Value]
    let strict: Bool
    var done = false
    init(_ its: [Value], strict: Bool, type: PyType) {
        self.its = its
        self.strict = strict
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
    override func next() throws(PyBaseException) -> Value? {
        if done || its.isEmpty { return nil }
        var items: [Value] = []
        items.reserveCapacity(its.count)
        for (i, it) in its.enumerated() {
            guard let v = try Ops.next(it) else {
                done = true
                if strict {
                    if i > 0 {
                        let plural = i == 1 ? " " : "s 1-"
                        throw PyErr.valueError("zip() argument \(i + 1) is shorter than argument\(plural)\(i)")
                    }
                    for j in 1..<its.count where try Ops.next(its[j]) != nil {
                        let plural = j == 1 ? " " : "s 1-"
                        throw PyErr.valueError("zip() argument \(j + 1) is longer than argument\(plural)\(j)")
                    }
                }
                return nil
            }
            items.append(v)
        }
        return .obj(PyTuple(items))
    }
}

/// `map(function, *iterables)`.
final class PyMap: NativeIterator {
    let fn: Value
    let its: [Value]
    init(_ fn: Value, _ its: [Value], type: PyType) {
        self.fn = fn
        self.its = its
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
    override func next() throws(PyBaseException) -> Value? {
        if its.count == 1 {
            guard let v = try Ops.next(its[0]) else { return nil }
            return try Ops.callValues(fn, [v])
        }
        var args: [Value] = []
        args.reserveCapacity(its.count)
        for it in its {
            guard let v = try Ops.next(it) else { return nil }
            args.append(v)
        }
        return try Ops.callValues(fn, args)
    }
}

/// `filter(function or None, iterable)`.
final class PyFilter: NativeIterator {
    let fn: Value
    let it: Value
    init(_ fn: Value, _ it: Value, type: PyType) {
        self.fn = fn
        self.it = it
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
    override func next() throws(PyBaseException) -> Value? {
        let plain = fn.isNone || fn.isSame(.obj(PyType.bool))
        while let v = try Ops.next(it) {
            let ok = plain ? try Ops.isTrue(v) : try Ops.isTrue(try Ops.callValues(fn, [v]))
            if ok { return v }
        }
        return nil
    }
}

/// `reversed(sequence)` for sequences without `__reversed__` (len + getitem).
final class PyReversed: NativeIterator {
    var seq: Value?
    var index: Int
    init(_ seq: Value, _ start: Int, type: PyType) {
        self.seq = seq
        index = start
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
    override func next() throws(PyBaseException) -> Value? {
        guard let s = seq, index >= 0 else { seq = nil; return nil }
        do throws(PyBaseException) {
            let v = try Ops.getitem(s, .int(index))
            index -= 1
            return v
        } catch let e where e.type.isSubtype(ExcTypes.indexError) || e.type.isSubtype(ExcTypes.stopIteration) {
            seq = nil
            index = -1
            return nil
        }
    }
    func lengthHint() throws(PyBaseException) -> Int {
        guard let s = seq else { return 0 }
        let n = try Ops.len(s)
        let pos = index + 1
        return pos <= n ? pos : 0
    }
}

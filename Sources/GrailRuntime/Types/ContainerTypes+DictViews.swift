/// `dict_keys` / `dict_values` / `dict_items` views and the dict iterators
/// (forward and reversed), with CPython 3.11's set operations on key and
/// item views. Thread-safety: views read their dict live; an iterator has
/// one consumer at a time (concurrent `next` may repeat an item, never crash).
public final class DictView: PyObject {
    public enum Kind { case keys, values, items }
    public let mapping: PyDict
    public let kind: Kind
    init(_ d: PyDict, _ k: Kind) {
        mapping = d
        kind = k
        let t: PyType
        switch k {
        case .keys: t = PyType.dictKeys
        case .values: t = PyType.dictValues
        case .items: t = PyType.dictItems
        }
        super.init(type: t, noDict: ())
    }

    /// `x in view`.
    func contains(_ x: Value) throws(PyBaseException) -> Bool {
        switch kind {
        case .keys: return try mapping.get(x) != nil
        case .items:
            guard case .obj(let t as PyTuple) = x, t.count == 2 else { return false }
            guard let v = try mapping.get(t.items[0]) else { return false }
            return try Ops.richCompareBool(v, t.items[1])
        case .values:
            for v in mapping.values where try Ops.richCompareBool(v, x) { return true }
            return false
        }
    }

    /// The live items as an array (keys, values or (key, value) tuples).
    var array: [Value] {
        switch kind {
        case .keys: return mapping.keys
        case .values: return mapping.values
        case .items: return mapping.items.map { .obj(PyTuple([$0.key, $0.value])) }
        }
    }

    var isSetLike: Bool { kind != .values }
}

/// Iterator over a dict's keys, values or items (forward or reversed).
final class DictIterator: NativeIterator {
    let mapping: PyDict
    let kind: DictView.Kind
    let reversed: Bool
    var pos: Int
    var used: Int
    var left: Int
    var done = false

    static let reverseKeyType = PyType(builtin: "dict_reversekeyiterator", base: .object, layout: .other, baseType: false)
    static let reverseValueType = PyType(builtin: "dict_reversevalueiterator", base: .object, layout: .other, baseType: false)
    static let reverseItemType = PyType(builtin: "dict_reverseitemiterator", base: .object, layout: .other, baseType: false)

    init(_ d: PyDict, _ k: DictView.Kind, reversed: Bool) {
        mapping = d
        kind = k
        self.reversed = reversed
        used = d.count
        left = d.count
        pos = reversed ? d.entryCapacity - 1 : 0
        let t: PyType
        switch (k, reversed) {
        case (.keys, false): t = PyType.dictKeyIterator
        case (.values, false): t = PyType.dictValueIterator
        case (.items, false): t = PyType.dictItemIterator
        case (.keys, true): t = DictIterator.reverseKeyType
        case (.values, true): t = DictIterator.reverseValueType
        case (.items, true): t = DictIterator.reverseItemType
        }
        super.init(type: t, noDict: ())
    }

    override func next() throws(PyBaseException) -> Value? {
        if done { return nil }
        if mapping.count != used {
            throw PyErr.runtimeError("dictionary changed size during iteration")
        }
        let cap = mapping.entryCapacity
        var found: PyDict.Entry? = nil
        if reversed {
            if pos >= cap { pos = cap - 1 }
            while pos >= 0 {
                if let e = mapping.entry(at: pos) { found = e; pos -= 1; break }
                pos -= 1
            }
        } else {
            while pos < cap {
                if let e = mapping.entry(at: pos) { found = e; pos += 1; break }
                pos += 1
            }
        }
        guard let e = found else { done = true; return nil }
        if left == 0 {
            done = true
            throw PyErr.runtimeError("dictionary keys changed during iteration")
        }
        left -= 1
        switch kind {
        case .keys: return e.key
        case .values: return e.value
        case .items: return .obj(PyTuple([e.key, e.value]))
        }
    }

    var lengthHint: Int { (done || mapping.count != used) ? 0 : left }
}

extension ContainerTypes {
    static func viewSelf(_ a: Args, _ name: String) throws(PyBaseException) -> DictView {
        guard a.buf.count > 0, case .obj(let v as DictView) = a[0] else {
            throw PyErr.typeError("descriptor '\(name)' requires a dict view object")
        }
        return v
    }

    static func installDictViews() {
        for t in [PyType.dictKeys, PyType.dictValues, PyType.dictItems] {
            t.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try viewSelf(a, "__len__").mapping.count) }
            t.def("__iter__") { (a) throws(PyBaseException) -> Value in
                let v = try viewSelf(a, "__iter__")
                return .obj(DictIterator(v.mapping, v.kind, reversed: false))
            }
            t.def("__reversed__") { (a) throws(PyBaseException) -> Value in
                let v = try viewSelf(a, "__reversed__")
                return .obj(DictIterator(v.mapping, v.kind, reversed: true))
            }
            t.getset("mapping") { (v) throws(PyBaseException) -> Value in
                guard case .obj(let dv as DictView) = v else { throw PyErr.typeError("mapping") }
                return .obj(MappingProxy(dv.mapping))
            }
            t.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try viewSelf(a, "__repr__"))) }
        }
        for t in [PyType.dictKeys, PyType.dictItems] {
            t.def("__contains__") { (a) throws(PyBaseException) -> Value in
                let v = try viewSelf(a, "__contains__")
                try CArgs.fixed(a, "__contains__", 1)
                return .bool(try v.contains(a[1]))
            }
            t.def("isdisjoint") { (a) throws(PyBaseException) -> Value in
                let v = try viewSelf(a, "isdisjoint")
                try CArgs.fixed(a, "isdisjoint", 1)
                return .bool(try viewIsDisjoint(v, a[1]))
            }
            defRichCompare(t)
            t.def("__and__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 1, false) }
            t.def("__rand__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 1, true) }
            t.def("__or__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 7, false) }
            t.def("__ror__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 7, true) }
            t.def("__sub__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 10, false) }
            t.def("__rsub__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 10, true) }
            t.def("__xor__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 12, false) }
            t.def("__rxor__") { (a) throws(PyBaseException) -> Value in try viewBinarySlot(a, 12, true) }
            t.attr("__hash__", .None)
        }
    }

    static func viewBinarySlot(_ a: Args, _ op: Int, _ reflected: Bool) throws(PyBaseException) -> Value {
        try CArgs.fixed(a, "view", 1)
        let r = reflected ? try viewBinary(a[1], a[0], op) : try viewBinary(a[0], a[1], op)
        return r ?? .notImplemented
    }

    /// `set(x)` the way dictviews_to_set builds it (a keys view contributes its dict).
    static func viewToSet(_ x: Value) throws(PyBaseException) -> PySet {
        let s = PySet()
        if case .obj(let v as DictView) = x, v.kind == .keys { try s.update(.obj(v.mapping)) }
        else { try s.update(x) }
        return s
    }

    /// Set operators where either operand is a keys/items view (nil = NotImplemented).
    static func viewBinary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        switch op {
        case 1: // &
            return .obj(try viewIntersect(a, b))
        case 7: // |
            let r = try viewToSet(a)
            try r.update(b)
            return .obj(r)
        case 10: // -
            let r = try viewToSet(a)
            try r.differenceUpdate(b)
            return .obj(r)
        case 12: // ^
            if case .obj(let x as DictView) = a, x.kind == .items, case .obj(let y as DictView) = b, y.kind == .items {
                return .obj(try itemsXor(x.mapping, y.mapping))
            }
            let r = try viewToSet(a)
            try r.symmetricDifferenceUpdate(b)
            return .obj(r)
        default:
            return nil
        }
    }

    /// CPython's _PyDictView_Intersect.
    static func viewIntersect(_ a: Value, _ b: Value) throws(PyBaseException) -> PySet {
        var selfV = a, other = b
        if !(selfV.object is DictView) { swap(&selfV, &other) }
        guard case .obj(var view as DictView) = selfV else { return PySet() }
        let lenSelf = view.mapping.count
        if case .obj(let s as PySet) = other, s.type === PyType.set, lenSelf <= s.count {
            return try s.intersection(selfV)
        }
        if case .obj(let ov as DictView) = other, ov.isSetLike, ov.mapping.count > lenSelf {
            other = selfV
            view = ov
        }
        let result = PySet()
        let it = try Ops.getIter(other)
        while let k = try Ops.next(it) {
            if try view.contains(k) { try result.add(k) }
        }
        return result
    }

    /// CPython's dictitems_xor.
    static func itemsXor(_ d1: PyDict, _ d2: PyDict) throws(PyBaseException) -> PySet {
        let temp = d1.copy()
        let result = PySet()
        for e in d2.liveEntries {
            let v1 = try temp.get(e.key, hash: e.hash)
            var toDelete = false
            if let v1 = v1 { toDelete = try Ops.richCompareBool(v1, e.value) }
            if toDelete { try temp.remove(e.key, hash: e.hash) }
            else { try result.add(.obj(PyTuple([e.key, e.value]))) }
        }
        for (k, v) in temp.items { try result.add(.obj(PyTuple([k, v]))) }
        return result
    }

    static func viewIsDisjoint(_ v: DictView, _ other: Value) throws(PyBaseException) -> Bool {
        if case .obj(let o) = other, o === v { return v.mapping.count == 0 }
        var lenOther = -1
        if case .obj(let o) = other, o is PySet || o is DictView { lenOther = try Ops.len(other) }
        if lenOther >= 0 && v.mapping.count > lenOther {
            for x in v.array where try Ops.contains(other, x) { return false }
            return true
        }
        let it = try Ops.getIter(other)
        while let x = try Ops.next(it) { if try v.contains(x) { return false } }
        return true
    }

    /// dictview_richcompare (nil = NotImplemented).
    static func viewCompare(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Bool? {
        func setLike(_ v: Value) -> Bool {
            if case .obj(let o) = v {
                if o is PySet { return true }
                if let dv = o as? DictView { return dv.isSetLike }
            }
            return false
        }
        guard setLike(a) && setLike(b) else { return nil }
        let la = try Ops.len(a), lb = try Ops.len(b)
        func allIn(_ x: Value, _ y: Value) throws(PyBaseException) -> Bool {
            let it = try Ops.getIter(x)
            while let v = try Ops.next(it) { if !(try Ops.contains(y, v)) { return false } }
            return true
        }
        switch op {
        case 2: return la == lb ? try allIn(a, b) : false
        case 3: return la == lb ? !(try allIn(a, b)) : true
        case 0: return la < lb ? try allIn(a, b) : false
        case 1: return la <= lb ? try allIn(a, b) : false
        case 4: return la > lb ? try allIn(b, a) : false
        default: return la >= lb ? try allIn(b, a) : false
        }
    }
}

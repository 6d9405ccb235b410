/// `list` methods with CPython 3.11's semantics and messages. Mutations
/// work in place on `PyList.items` (no whole-array copies for one element).
/// Thread-safety: each method is one operation on one list object.
extension ContainerTypes {
    @inline(__always)
    static func listSelf(_ a: Args, _ name: String) throws(PyBaseException) -> PyList {
        guard a.buf.count > 0, case .obj(let l as PyList) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(name)' for 'list' objects doesn't apply to a '\(got)' object")
        }
        return l
    }

    /// Defines the six rich comparison dunders using `NativeCompare` (NotImplemented otherwise).
    static func defRichCompare(_ t: PyType) {
        t.def("__lt__") { (a) throws(PyBaseException) -> Value in try cmpSlot(a, 0) }
        t.def("__le__") { (a) throws(PyBaseException) -> Value in try cmpSlot(a, 1) }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in try cmpSlot(a, 2) }
        t.def("__ne__") { (a) throws(PyBaseException) -> Value in try cmpSlot(a, 3) }
        t.def("__gt__") { (a) throws(PyBaseException) -> Value in try cmpSlot(a, 4) }
        t.def("__ge__") { (a) throws(PyBaseException) -> Value in try cmpSlot(a, 5) }
    }

    static func cmpSlot(_ a: Args, _ op: Int) throws(PyBaseException) -> Value {
        if a.kwnames != nil || a.count != 2 { throw PyErr.typeError("expected 1 argument, got \(max(0, a.count - 1))") }
        if let r = try NativeCompare.compare(a[0], a[1], op) { return .bool(r) }
        return .notImplemented
    }

    /// Items of a slice of `items` (CPython's list_subscript / tuple_subscript).
    static func sliceItems(_ items: [Value], _ s: PySlice) throws(PyBaseException) -> [Value] {
        let (start, _, step, n) = try SliceIndices.adjust(s, items.count)
        if n <= 0 { return [] }
        if step == 1 { return Array(items[start..<(start + n)]) }
        var out: [Value] = []
        out.reserveCapacity(n)
        var i = start
        for _ in 0..<n { out.append(items[i]); i += step }
        return out
    }

    /// `l[slice] = value` (CPython's list_ass_subscript for slices).
    static func listAssignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws(PyBaseException) {
        var (start, stop, step, n) = try SliceIndices.adjust(s, l.count)
        if step == 1 {
            let seq: [Value]
            if case .obj(let o) = value, o === l { seq = l.items }
            else { seq = try fastSequence(value, "can only assign an iterable") }
            let lo = min(max(start, 0), l.count)
            let hi = min(max(stop, lo), l.count)
            l.items.replaceSubrange(lo..<hi, with: seq)
            return
        }
        if (step < 0 && start < stop) || (step > 0 && start > stop) { stop = start }
        let seq: [Value]
        if case .obj(let o) = value, o === l { seq = l.items }
        else { seq = try fastSequence(value, "must assign iterable to extended slice") }
        if seq.count != n {
            throw PyErr.valueError("attempt to assign sequence of size \(seq.count) to extended slice of size \(n)")
        }
        var i = start
        for v in seq {
            if i >= 0 && i < l.items.count { l.items[i] = v }
            i += step
        }
    }

    /// `del l[slice]`.
    static func listDeleteSlice(_ l: PyList, _ s: PySlice) throws(PyBaseException) {
        var (start, _, step, n) = try SliceIndices.adjust(s, l.count)
        if n <= 0 { return }
        if step == 1 { l.items.removeSubrange(start..<(start + n)); return }
        if step < 0 { start = start + step * (n - 1); step = -step }
        var out: [Value] = []
        out.reserveCapacity(l.count - n)
        var next = start, removed = 0
        for (i, v) in l.items.enumerated() {
            if removed < n && i == next { removed += 1; next += step; continue }
            out.append(v)
        }
        l.items = out
    }

    /// PySequence_Fast: items of a list/tuple, or of any iterable (TypeError `msg` otherwise).
    static func fastSequence(_ v: Value, _ msg: String) throws(PyBaseException) -> [Value] {
        if case .obj(let o) = v {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        if !Ops.isIterable(v) { throw PyErr.typeError(msg) }
        return try Ops.toArray(v)
    }

    /// `l.extend(v)` / `l += v`.
    static func listExtend(_ l: PyList, _ v: Value) throws(PyBaseException) {
        if case .obj(let o) = v {
            if let t = o as? PyList { l.items.append(contentsOf: t.items); return }
            if let t = o as? PyTuple { l.items.append(contentsOf: t.items); return }
        }
        let it = try Ops.getIter(v)
        while let x = try Ops.next(it) { l.items.append(x) }
    }

    static func repeated(_ items: [Value], _ n: Int) throws(PyBaseException) -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        let (total, o) = items.count.multipliedReportingOverflow(by: n)
        if o || total > (1 << 40) { throw PyErr.memoryError() }
        if items.count == 1 { return [Value](repeating: items[0], count: n) }
        var out: [Value] = []
        out.reserveCapacity(total)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    static func installList() {
        let l = PyType.list
        l.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let t = try CArgs.cls(a, "list")
            if !t.isSubtype(PyType.list) { throw PyErr.typeError("list.__new__(\(t.name)): \(t.name) is not a subtype of list") }
            return .obj(t === PyType.list ? PyList() : PyList([], type: t))
        }
        l.def("__init__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__init__")
            if a.hasKeywords { throw PyErr.typeError("list() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("list expected at most 1 argument, got \(a.count - 1)") }
            if !lst.items.isEmpty { lst.items.removeAll() }
            if a.count == 2 { try listExtend(lst, a[1]) }
            return .None
        }
        l.def("append") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "append")
            try CArgs.fixed(a, "list.append", 1)
            lst.items.append(a[1])
            return .None
        }
        l.def("extend") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "extend")
            try CArgs.fixed(a, "list.extend", 1)
            try listExtend(lst, a[1])
            return .None
        }
        l.def("insert") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "insert")
            try CArgs.range(a, "insert", "list.insert", 2, 2)
            var i = try SliceIndices.ssize(a[1])
            let n = lst.items.count
            if i < 0 { i += n; if i < 0 { i = 0 } }
            if i > n { i = n }
            lst.items.insert(a[2], at: i)
            return .None
        }
        l.def("remove") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "remove")
            try CArgs.fixed(a, "list.remove", 1)
            var i = 0
            while i < lst.items.count {
                if try Ops.richCompareBool(lst.items[i], a[1]) {
                    if i < lst.items.count { lst.items.remove(at: i) }
                    return .None
                }
                i += 1
            }
            throw PyErr.valueError("list.remove(x): x not in list")
        }
        l.def("pop") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "pop")
            try CArgs.range(a, "pop", "list.pop", 0, 1)
            let n = lst.items.count
            if a.count == 1 {
                guard n > 0 else { throw PyErr.indexError("pop from empty list") }
                return lst.items.removeLast()
            }
            var i = try SliceIndices.ssize(a[1])
            if n == 0 { throw PyErr.indexError("pop from empty list") }
            if i < 0 { i += n }
            if i < 0 || i >= n { throw PyErr.indexError("pop index out of range") }
            return lst.items.remove(at: i)
        }
        l.def("clear") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "clear")
            try CArgs.fixed(a, "list.clear", 0)
            lst.items.removeAll()
            return .None
        }
        l.def("copy") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "copy")
            try CArgs.fixed(a, "list.copy", 0)
            return .obj(PyList(lst.items))
        }
        l.def("reverse") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "reverse")
            try CArgs.fixed(a, "list.reverse", 0)
            lst.items.reverse()
            return .None
        }
        l.def("count") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "count")
            try CArgs.fixed(a, "list.count", 1)
            var c = 0, i = 0
            while i < lst.items.count {
                if try Ops.richCompareBool(lst.items[i], a[1]) { c += 1 }
                i += 1
            }
            return .int(c)
        }
        l.def("index") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "index")
            try CArgs.range(a, "index", "list.index", 1, 3)
            var start = 0, stop = Int.max
            if a.count > 2 { start = try CArgs.clampedArg(a[2]) }
            if a.count > 3 { stop = try CArgs.clampedArg(a[3]) }
            let n = lst.items.count
            if start < 0 { start += n; if start < 0 { start = 0 } }
            if stop < 0 { stop += n; if stop < 0 { stop = 0 } }
            var i = start
            while i < stop && i < lst.items.count {
                if try Ops.richCompareBool(lst.items[i], a[1]) { return .int(i) }
                i += 1
            }
            throw PyErr.valueError("\(try Ops.repr(a[1]).value) is not in list")
        }
        l.def("sort") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "sort")
            if a.count > 1 { throw PyErr.typeError("sort() takes no positional arguments") }
            var key: Value? = nil
            var reverse = false
            for (k, v) in a.keywords {
                if k == "key" { key = v.isNone ? nil : v }
                else if k == "reverse" { reverse = try IntOps.index(v) != 0 }
                else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for sort()") }
            }
            var items = lst.items
            lst.items = []
            do throws(PyBaseException) {
                try ListSort.sort(&items, key: key, reverse: reverse)
            } catch {
                if lst.items.isEmpty { lst.items = items }
                throw error
            }
            let modified = !lst.items.isEmpty
            lst.items = items
            if modified { throw PyErr.valueError("list modified during sort") }
            return .None
        }
        l.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try listSelf(a, "__len__").items.count) }
        l.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__getitem__")
            guard a.count == 2 else { throw PyErr.typeError("list.__getitem__() takes exactly one argument (\(a.count - 1) given)") }
            let key = a[1]
            if let i = try CArgs.seqIndex(key, lst.items.count, "list", "list index out of range") { return lst.items[i] }
            guard case .obj(let s as PySlice) = key else { throw PyErr.typeError("list indices must be integers or slices, not \(key.type.name)") }
            return .obj(PyList(try sliceItems(lst.items, s)))
        }
        l.def("__setitem__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__setitem__")
            try CArgs.range(a, "__setitem__", "list.__setitem__", 2, 2)
            if let i = try CArgs.seqIndex(a[1], lst.items.count, "list", "list assignment index out of range") {
                lst.items[i] = a[2]
                return .None
            }
            guard case .obj(let s as PySlice) = a[1] else { throw PyErr.typeError("list indices must be integers or slices, not \(a[1].type.name)") }
            try listAssignSlice(lst, s, a[2])
            return .None
        }
        l.def("__delitem__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__delitem__")
            try CArgs.fixed(a, "list.__delitem__", 1)
            if let i = try CArgs.seqIndex(a[1], lst.items.count, "list", "list assignment index out of range") {
                lst.items.remove(at: i)
                return .None
            }
            guard case .obj(let s as PySlice) = a[1] else { throw PyErr.typeError("list indices must be integers or slices, not \(a[1].type.name)") }
            try listDeleteSlice(lst, s)
            return .None
        }
        l.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__contains__")
            try CArgs.fixed(a, "list.__contains__", 1)
            var i = 0
            while i < lst.items.count {
                if try Ops.richCompareBool(lst.items[i], a[1]) { return .True }
                i += 1
            }
            return .False
        }
        l.def("__iter__") { (a) throws(PyBaseException) -> Value in .obj(PySeqIterator(list: try listSelf(a, "__iter__"))) }
        l.def("__reversed__") { (a) throws(PyBaseException) -> Value in .obj(ListReverseIterator(try listSelf(a, "__reversed__"))) }
        l.def("__add__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__add__")
            try CArgs.fixed(a, "list.__add__", 1)
            guard case .obj(let o as PyList) = a[1] else {
                throw PyErr.typeError("can only concatenate list (not \"\(a[1].type.name)\") to list")
            }
            return .obj(PyList(lst.items + o.items))
        }
        l.def("__iadd__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__iadd__")
            try CArgs.fixed(a, "list.__iadd__", 1)
            try listExtend(lst, a[1])
            return a[0]
        }
        l.def("__mul__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__mul__")
            try CArgs.fixed(a, "list.__mul__", 1)
            let n = try SliceIndices.ssize(a[1])
            return .obj(PyList(try repeated(lst.items, n)))
        }
        l.def("__rmul__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__rmul__")
            try CArgs.fixed(a, "list.__rmul__", 1)
            let n = try SliceIndices.ssize(a[1])
            return .obj(PyList(try repeated(lst.items, n)))
        }
        l.def("__imul__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__imul__")
            try CArgs.fixed(a, "list.__imul__", 1)
            let n = try SliceIndices.ssize(a[1])
            if n <= 0 { lst.items.removeAll() }
            else if n > 1 { lst.items = try repeated(lst.items, n) }
            return a[0]
        }
        l.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try listSelf(a, "__repr__"))) }
        l.def("__sizeof__") { (a) throws(PyBaseException) -> Value in .int(40 + 8 * (try listSelf(a, "__sizeof__").items.capacity)) }
        defRichCompare(l)
        l.attr("__hash__", .None)
        l.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
    }
}

/// `reversed(list)`: walks a list backwards by index, tolerating mutation
/// like CPython's listreviterobject. Thread-safety: one consumer at a time.
final class ListReverseIterator: NativeIterator {
    var list: PyList?
    var index: Int
    init(_ l: PyList) {
        list = l
        index = l.items.count - 1
        super.init(type: PyType.listReverseIterator, noDict: ())
    }
    override func next() throws(PyBaseException) -> Value? {
        guard let l = list else { return nil }
        if index >= 0 && index < l.items.count {
            let v = l.items[index]
            index -= 1
            return v
        }
        index = -1
        list = nil
        return nil
    }
    var lengthHint: Int {
        guard let l = list, index >= 0, index < l.items.count else { return 0 }
        return index + 1
    }
}

/// `list` methods with CPython 3.11's semantics and messages. Mutations
/// go through `PyList`'s locked operations (no whole-array copies for one
/// element). Thread-safety: each mutation is one atomic `PyList` operation;
/// anything that runs Python code (`__eq__`, `__index__`, key functions)
/// happens outside the list's lock, reading elements lock-free.
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

    /// Items of a slice of a list (lock-free reads; a contiguous slice is
    /// one range snapshot).
    static func listSliceItems(_ l: PyList, _ s: PySlice) throws(PyBaseException) -> [Value] {
        let (start, _, step, n) = try SliceIndices.adjust(s, l.count)
        if n <= 0 { return [] }
        if step == 1 { return l.items(start..<(start + n)) }
        var out: [Value] = []
        out.reserveCapacity(n)
        var i = start
        for _ in 0..<n {
            guard let v = l.get(i) else { break }
            out.append(v)
            i += step
        }
        return out
    }

    /// `l[slice] = value` (CPython's list_ass_subscript for slices). The
    /// indices and the new items are computed first (they may run Python
    /// code); the replacement is one locked operation.
    static func listAssignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws(PyBaseException) {
        if s.step.isNone || IntOps.small(s.step) == 1 {
            // Step 1: the bounds are resolved against the length under the list's lock.
            let lo = try SliceIndices.optionalIndex(s.start), hi = try SliceIndices.optionalIndex(s.stop)
            let seq: [Value]
            if case .obj(let o) = value, o === l { seq = l.items }
            else { seq = try fastSequence(value, "can only assign an iterable") }
            l.replaceSlice(start: lo, stop: hi, with: seq)
            return
        }
        var (start, stop, step, n) = try SliceIndices.adjust(s, l.count)
        if step == 1 {
            let seq: [Value]
            if case .obj(let o) = value, o === l { seq = l.items }
            else { seq = try fastSequence(value, "can only assign an iterable") }
            let lo = max(start, 0)
            let hi = max(stop, lo)
            l.replaceSubrange(lo..<hi, with: seq)
            return
        }
        if (step < 0 && start < stop) || (step > 0 && start > stop) { stop = start }
        let seq: [Value]
        if case .obj(let o) = value, o === l { seq = l.items }
        else { seq = try fastSequence(value, "must assign iterable to extended slice") }
        if seq.count != n {
            throw PyErr.valueError("attempt to assign sequence of size \(seq.count) to extended slice of size \(n)")
        }
        if n == 0 { return }
        try l.transform { (a) throws(PyBaseException) in
            var i = start
            for v in seq {
                if i >= 0 && i < a.count { a[i] = v }
                i += step
            }
        }
    }

    /// `del l[slice]`.
    static func listDeleteSlice(_ l: PyList, _ s: PySlice) throws(PyBaseException) {
        if s.step.isNone || IntOps.small(s.step) == 1 {
            let lo = try SliceIndices.optionalIndex(s.start), hi = try SliceIndices.optionalIndex(s.stop)
            l.replaceSlice(start: lo, stop: hi, with: [])
            return
        }
        var (start, _, step, n) = try SliceIndices.adjust(s, l.count)
        if n <= 0 { return }
        if step == 1 { l.removeSubrange(start..<(start + n)); return }
        if step < 0 { start = start + step * (n - 1); step = -step }
        try l.transform { (a) throws(PyBaseException) in
            var out: [Value] = []
            out.reserveCapacity(max(0, a.count - n))
            var next = start, removed = 0
            for (i, v) in a.enumerated() {
                if removed < n && i == next { removed += 1; next += step; continue }
                out.append(v)
            }
            a = out
        }
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
            if let t = o as? PyList { l.extend(t.items); return }
            if let t = o as? PyTuple { l.extend(t.items); return }
        }
        let it = try Ops.getIter(v)
        while let x = try Ops.next(it) { l.append(x) }
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
            if !lst.isEmpty { lst.removeAll() }
            if a.count == 2 { try listExtend(lst, a[1]) }
            return .None
        }
        l.def("append") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "append")
            try CArgs.fixed(a, "list.append", 1)
            lst.append(a[1])
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
            let i = try SliceIndices.ssize(a[1])
            lst.insert(a[2], at: i)
            return .None
        }
        l.def("remove") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "remove")
            try CArgs.fixed(a, "list.remove", 1)
            var i = 0
            while let v = lst.get(i) {
                if try Ops.richCompareBool(v, a[1]) {
                    _ = lst.pop(at: i)
                    return .None
                }
                i += 1
            }
            throw PyErr.valueError("list.remove(x): x not in list")
        }
        l.def("pop") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "pop")
            try CArgs.range(a, "pop", "list.pop", 0, 1)
            let i = a.count == 1 ? -1 : try SliceIndices.ssize(a[1])
            if let v = lst.pop(at: i) { return v }
            throw PyErr.indexError(lst.isEmpty ? "pop from empty list" : "pop index out of range")
        }
        l.def("clear") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "clear")
            try CArgs.fixed(a, "list.clear", 0)
            lst.removeAll()
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
            lst.reverse()
            return .None
        }
        l.def("count") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "count")
            try CArgs.fixed(a, "list.count", 1)
            var c = 0, i = 0
            while let v = lst.get(i) {
                if try Ops.richCompareBool(v, a[1]) { c += 1 }
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
            let n = lst.count
            if start < 0 { start += n; if start < 0 { start = 0 } }
            if stop < 0 { stop += n; if stop < 0 { stop = 0 } }
            var i = start
            while i < stop, let v = lst.get(i) {
                if try Ops.richCompareBool(v, a[1]) { return .int(i) }
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
            // The list reads as empty while the key function and comparisons
            // (Python code, run without the list's lock) work on the taken items.
            let (taken, token) = lst.beginSort()
            var items = taken
            do throws(PyBaseException) {
                try ListSort.sort(&items, key: key, reverse: reverse)
            } catch {
                _ = lst.endSort(taken, token: token)
                throw error
            }
            if lst.endSort(items, token: token) { throw PyErr.valueError("list modified during sort") }
            return .None
        }
        l.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try listSelf(a, "__len__").count) }
        l.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__getitem__")
            guard a.count == 2 else { throw PyErr.typeError("list.__getitem__() takes exactly one argument (\(a.count - 1) given)") }
            let key = a[1]
            if let i = try CArgs.seqIndex(key, lst.count, "list", "list index out of range") {
                guard let v = lst.get(i) else { throw PyErr.indexError("list index out of range") }
                return v
            }
            guard case .obj(let s as PySlice) = key else { throw PyErr.typeError("list indices must be integers or slices, not \(MiscTypes.tpName(key.type))") }
            return .obj(PyList(try listSliceItems(lst, s)))
        }
        l.def("__setitem__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__setitem__")
            try CArgs.range(a, "__setitem__", "list.__setitem__", 2, 2)
            if let i = try CArgs.seqIndex(a[1], lst.count, "list", "list assignment index out of range") {
                if !lst.set(i, a[2]) { throw PyErr.indexError("list assignment index out of range") }
                return .None
            }
            guard case .obj(let s as PySlice) = a[1] else { throw PyErr.typeError("list indices must be integers or slices, not \(MiscTypes.tpName(a[1].type))") }
            try listAssignSlice(lst, s, a[2])
            return .None
        }
        l.def("__delitem__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__delitem__")
            try CArgs.fixed(a, "list.__delitem__", 1)
            if let i = try CArgs.seqIndex(a[1], lst.count, "list", "list assignment index out of range") {
                if lst.pop(at: i) == nil { throw PyErr.indexError("list assignment index out of range") }
                return .None
            }
            guard case .obj(let s as PySlice) = a[1] else { throw PyErr.typeError("list indices must be integers or slices, not \(MiscTypes.tpName(a[1].type))") }
            try listDeleteSlice(lst, s)
            return .None
        }
        l.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let lst = try listSelf(a, "__contains__")
            try CArgs.fixed(a, "list.__contains__", 1)
            var i = 0
            while let v = lst.get(i) {
                if try Ops.richCompareBool(v, a[1]) { return .True }
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
            if n <= 0 { lst.removeAll() }
            else if n > 1 { try lst.transform { (items) throws(PyBaseException) in items = try repeated(items, n) } }
            return a[0]
        }
        l.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try listSelf(a, "__repr__"))) }
        l.def("__sizeof__") { (a) throws(PyBaseException) -> Value in .int(40 + 8 * (try listSelf(a, "__sizeof__").capacity)) }
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
        index = l.count - 1
        super.init(type: PyType.listReverseIterator, noDict: ())
    }
    override func next() throws(PyBaseException) -> Value? {
        guard let l = list else { return nil }
        if index >= 0, let v = l.get(index) {
            index -= 1
            return v
        }
        index = -1
        list = nil
        return nil
    }
    var lengthHint: Int {
        guard let l = list, index >= 0, index < l.count else { return 0 }
        return index + 1
    }
}

import Synchronization
/// The methods of `collections.deque` with CPython 3.11's messages.
/// Thread-safety: see `PyDeque` (each structural operation runs under the
/// deque's mutex; comparisons of items run outside it).
enum DequeType {
    static func me(_ a: Args, _ m: String) throws(PyBaseException) -> PyDeque {
        guard a.buf.count > 0, case .obj(let d as PyDeque) = a[0] else {
            let got = a.buf.count > 0 ? MiscTypes.tpName(a[0].type) : "nothing"
            throw PyErr.typeError("descriptor '\(m)' for 'collections.deque' objects doesn't apply to a '\(got)' object")
        }
        return d
    }

    /// All items of an iterable (the deque's own items when it is `d`).
    static func source(_ d: PyDeque, _ v: Value) throws(PyBaseException) -> [Value]? {
        if case .obj(let o) = v, o === d { return d.items }
        if case .obj(let o) = v, !o.type.isHeapType {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        return nil
    }

    static func extend(_ d: PyDeque, _ v: Value, left: Bool) throws(PyBaseException) {
        if let items = try source(d, v) {
            if left { d.extendLeft(items) } else { d.extend(items) }
            return
        }
        let it = try Ops.getIter(v)
        while let x = try Ops.next(it) {
            if left { d.appendLeft(x) } else { d.append(x) }
        }
    }

    /// A sequence index (`d[i]`): CPython's sq_item conversions and messages.
    static func index(_ d: PyDeque, _ key: Value) throws(PyBaseException) -> Int {
        let i: Int
        switch key {
        case .int(let v): i = v
        case .obj(let l as PyLong):
            guard let v = Int(exactly: l.big) else { throw PyErr.indexError("cannot fit 'int' into an index-sized integer") }
            i = v
        default:
            guard key.type.lookup("__index__") != nil else {
                throw PyErr.typeError("sequence index must be integer, not '\(key.type.name)'")
            }
            guard let v = Int(exactly: try IntOps.index(key)) else { throw PyErr.indexError("cannot fit 'int' into an index-sized integer") }
            i = v
        }
        return i
    }

    /// Repetition count for `*` (`nil`: not an integer).
    static func repeatCount(_ v: Value) throws(PyBaseException) -> Int? {
        try CArgs.repeatCount(v)
    }

    /// items * n, keeping the last `maxlen` when bounded.
    static func repeated(_ items: [Value], _ n: Int, maxlen: Int) throws(PyBaseException) -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        if n == 1 { return items }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
        if overflow { throw PyErr.memoryError() }
        if maxlen >= 0 && total > maxlen {
            var out: [Value] = []
            out.reserveCapacity(maxlen)
            var i = total - maxlen
            while i < total { out.append(items[i % items.count]); i += 1 }
            return out
        }
        if total > 1 << 40 { throw PyErr.memoryError() }
        return try ContainerTypes.repeated(items, n)
    }

    /// A copy of `d` (same type: `type(d)(d[, maxlen])` for subclasses).
    static func copy(_ d: PyDeque) throws(PyBaseException) -> Value {
        let (items, ml) = d.store.withLock { ($0.items, $0.maxlen) }
        if d.type === PyDeque.dequeType {
            let n = PyDeque(cls: PyDeque.dequeType)
            n.store.withLock { s in s.maxlen = ml; s.setItems(items) }
            return .obj(n)
        }
        if ml < 0 { return try Ops.callValues(.obj(d.type), [.obj(d)]) }
        return try Ops.callValues(.obj(d.type), [.obj(d), .int(ml)])
    }

    static func install() {
        let t = PyDeque.dequeType
        if t.ns.getStr("append") != nil { return }
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try CArgs.cls(a, "deque")
            if !cls.isSubtype(PyDeque.dequeType) { throw PyErr.typeError("deque.__new__(\(cls.name)): \(cls.name) is not a subtype of deque") }
            return .obj(PyDeque(cls: cls))
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__init__")
            let b = try ItArgs.bind(a, "deque", ["iterable", "maxlen"], required: 0)
            var ml = -1
            if let m = b[1], !m.isNone {
                guard IntOps.isInt(m) else { throw PyErr.typeError("an integer is required") }
                guard let x = IntOps.small(m) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
                if x < 0 { throw PyErr.valueError("maxlen must be non-negative") }
                ml = x
            }
            let pre = (b[0].map { try? source(d, $0) }) ?? nil
            d.store.withLock { s in
                s.maxlen = ml
                if s.count > 0 { s.clear() }
            }
            if let it = b[0] {
                if let items = pre { d.extend(items) } else { try extend(d, it, left: false) }
            }
            return .None
        }
        t.def("append") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "append")
            try CArgs.fixed(a, "deque.append", 1)
            d.append(a[1])
            return .None
        }
        t.def("appendleft") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "appendleft")
            try CArgs.fixed(a, "deque.appendleft", 1)
            d.appendLeft(a[1])
            return .None
        }
        t.def("pop") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "pop")
            try CArgs.fixed(a, "deque.pop", 0)
            guard let v = d.store.withLock({ $0.popBack() }) else { throw PyErr.indexError("pop from an empty deque") }
            return v
        }
        t.def("popleft") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "popleft")
            try CArgs.fixed(a, "deque.popleft", 0)
            guard let v = d.store.withLock({ $0.popFront() }) else { throw PyErr.indexError("pop from an empty deque") }
            return v
        }
        t.def("extend") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "extend")
            try CArgs.fixed(a, "deque.extend", 1)
            try extend(d, a[1], left: false)
            return .None
        }
        t.def("extendleft") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "extendleft")
            try CArgs.fixed(a, "deque.extendleft", 1)
            try extend(d, a[1], left: true)
            return .None
        }
        t.def("clear") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "clear")
            try CArgs.fixed(a, "deque.clear", 0)
            d.store.withLock { $0.clear() }
            return .None
        }
        for name in ["copy", "__copy__"] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                let d = try me(a, "copy")
                try CArgs.fixed(a, "deque.copy", 0)
                return try copy(d)
            }
        }
        t.def("rotate") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "rotate")
            if a.hasKeywords { throw PyErr.typeError("deque.rotate() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("deque.rotate expected at most 1 argument, got \(a.count - 1)") }
            let n = a.count == 2 ? try ItArgs.ssize(a[1]) : 1
            d.store.withLock { $0.rotate(n) }
            return .None
        }
        t.def("reverse") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "reverse")
            try CArgs.fixed(a, "deque.reverse", 0)
            d.store.withLock { s in
                var i = 0, j = s.count - 1
                while i < j {
                    let x = s.get(i)
                    s.put(i, s.get(j))
                    s.put(j, x)
                    i += 1; j -= 1
                }
            }
            return .None
        }
        t.def("count") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "count")
            try CArgs.fixed(a, "deque.count", 1)
            let (st, n) = d.store.withLock { ($0.state, $0.count) }
            var c = 0
            for i in 0..<n {
                guard let got = d.item(i, ifState: st), let v = got else { throw PyErr.runtimeError("deque mutated during iteration") }
                if try Ops.sameOrEq(v, a[1]) { c += 1 }
                if d.state != st { throw PyErr.runtimeError("deque mutated during iteration") }
            }
            return .int(c)
        }
        t.def("index") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "index")
            if a.hasKeywords { throw PyErr.typeError("index() takes no keyword arguments") }
            let nargs = a.count - 1
            if nargs < 1 { throw PyErr.typeError("index() takes at least 1 argument (0 given)") }
            if nargs > 3 { throw PyErr.typeError("index() takes at most 3 arguments (\(nargs) given)") }
            var start = 0, stop = Int.max
            if nargs >= 2 { start = try CArgs.clampedArg(a[2]) }
            if nargs >= 3 { stop = try CArgs.clampedArg(a[3]) }
            let (st, n) = d.store.withLock { ($0.state, $0.count) }
            if start < 0 { start += n; if start < 0 { start = 0 } }
            if stop < 0 { stop += n; if stop < 0 { stop = 0 } }
            if stop > n { stop = n }
            if start > stop { start = stop }
            var i = start
            while i < stop {
                guard let got = d.item(i, ifState: st), let v = got else { throw PyErr.runtimeError("deque mutated during iteration") }
                if try Ops.sameOrEq(v, a[1]) { return .int(i) }
                if d.state != st { throw PyErr.runtimeError("deque mutated during iteration") }
                i += 1
            }
            throw PyErr.valueError("\(try Ops.repr(a[1]).value) is not in deque")
        }
        t.def("insert") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "insert")
            if a.hasKeywords { throw PyErr.typeError("insert() takes no keyword arguments") }
            if a.count != 3 { throw PyErr.typeError("insert() takes exactly 2 arguments (\(a.count - 1) given)") }
            let i = try ItArgs.ssize(a[1])
            let full: Bool = d.store.withLock { (s: inout DequeStore) -> Bool in
                if s.maxlen == s.count { return true }
                var vs = s.items
                var j = i
                if j < 0 { j += vs.count; if j < 0 { j = 0 } }
                if j > vs.count { j = vs.count }
                vs.insert(a[2], at: j)
                s.setItems(vs)
                return false
            }
            if full { throw PyErr.indexError("deque already at its maximum size") }
            return .None
        }
        t.def("remove") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "remove")
            try CArgs.fixed(a, "deque.remove", 1)
            let n = d.count
            var i = 0
            while i < n {
                let (st, cur): (Int, Value?) = d.store.withLock { (s: inout DequeStore) -> (Int, Value?) in
                    (s.state, i < s.count ? s.get(i) : nil)
                }
                guard let v = cur else { break }
                let eq = try Ops.sameOrEq(v, a[1])
                let removed: Bool? = d.store.withLock { (s: inout DequeStore) -> Bool? in
                    if s.count != n && s.state != st { return nil }
                    if !eq { return false }
                    // Re-validate: remove the very item compared.
                    if i < s.count && s.get(i).isSame(v) { s.remove(at: i); return true }
                    for j in 0..<s.count where s.get(j).isSame(v) { s.remove(at: j); return true }
                    return nil
                }
                guard let r = removed else { throw PyErr.indexError("deque mutated during iteration") }
                if r { return .None }
                i += 1
            }
            throw PyErr.valueError("\(try Ops.repr(a[1]).value) is not in deque")
        }
        t.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try me(a, "__len__").count) }
        t.def("__bool__") { (a) throws(PyBaseException) -> Value in .bool(try me(a, "__bool__").count > 0) }
        t.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__getitem__")
            try CArgs.fixed(a, "deque.__getitem__", 1)
            let i = try index(d, a[1])
            let v: Value? = d.store.withLock { (s: inout DequeStore) -> Value? in
                let j = i < 0 ? i + s.count : i
                if j < 0 || j >= s.count { return nil }
                return s.get(j)
            }
            guard let r = v else { throw PyErr.indexError("deque index out of range") }
            return r
        }
        t.def("__setitem__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__setitem__")
            if a.count != 3 { throw PyErr.typeError("expected 2 arguments, got \(a.count - 1)") }
            let i = try index(d, a[1])
            let ok: Bool = d.store.withLock { (s: inout DequeStore) -> Bool in
                let j = i < 0 ? i + s.count : i
                if j < 0 || j >= s.count { return false }
                s.put(j, a[2])
                return true
            }
            if !ok { throw PyErr.indexError("deque index out of range") }
            return .None
        }
        t.def("__delitem__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__delitem__")
            try CArgs.fixed(a, "deque.__delitem__", 1)
            let i = try index(d, a[1])
            let ok: Bool = d.store.withLock { (s: inout DequeStore) -> Bool in
                let j = i < 0 ? i + s.count : i
                if j < 0 || j >= s.count { return false }
                s.remove(at: j)
                return true
            }
            if !ok { throw PyErr.indexError("deque index out of range") }
            return .None
        }
        t.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__contains__")
            try CArgs.fixed(a, "deque.__contains__", 1)
            let (st, n) = d.store.withLock { ($0.state, $0.count) }
            for i in 0..<n {
                guard let got = d.item(i, ifState: st), let v = got else { throw PyErr.runtimeError("deque mutated during iteration") }
                if try Ops.sameOrEq(v, a[1]) { return .True }
                if d.state != st { throw PyErr.runtimeError("deque mutated during iteration") }
            }
            return .False
        }
        t.def("__iter__") { (a) throws(PyBaseException) -> Value in .obj(DequeIterator(try me(a, "__iter__"), reversed: false)) }
        t.def("__reversed__") { (a) throws(PyBaseException) -> Value in .obj(DequeIterator(try me(a, "__reversed__"), reversed: true)) }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__repr__")
            let s = try NativeRepr.guarded(d, "[...]") { () throws(PyBaseException) -> String in
                let (items, ml) = d.store.withLock { ($0.items, $0.maxlen) }
                let body = try Ops.repr(.obj(PyList(items))).value
                if ml >= 0 { return "\(d.type.name)(\(body), maxlen=\(ml))" }
                return "\(d.type.name)(\(body))"
            }
            return .str(s)
        }
        let cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        for (op, name) in cmpNames.enumerated() {
            t.def(name, compareFunction(op))
        }
        t.attr("__hash__", .None)
        t.def("__add__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__add__")
            try CArgs.fixed(a, "deque.__add__", 1)
            guard a[1].object is PyDeque else {
                throw PyErr.typeError("can only concatenate \(d.type.name) (not \"\(a[1].type.name)\") to \(d.type.name)")
            }
            let n = try copy(d)
            guard case .obj(let nd as PyDeque) = n else { return n }
            try extend(nd, a[1], left: false)
            return n
        }
        t.def("__iadd__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__iadd__")
            try CArgs.fixed(a, "deque.__iadd__", 1)
            try extend(d, a[1], left: false)
            return a[0]
        }
        for name in ["__mul__", "__rmul__"] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                let d = try me(a, "__mul__")
                try CArgs.fixed(a, "deque.__mul__", 1)
                guard let n = try repeatCount(a[1]) else {
                    if a[1].type.isHeapType { return .notImplemented }
                    throw PyErr.typeError("can't multiply sequence by non-int of type '\(a[1].type.name)'")
                }
                let r = try copy(d)
                guard case .obj(let nd as PyDeque) = r else { return r }
                let (items, ml) = nd.store.withLock { ($0.items, $0.maxlen) }
                let out = try repeated(items, n, maxlen: ml)
                nd.store.withLock { $0.setItems(out) }
                return r
            }
        }
        t.def("__imul__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__imul__")
            try CArgs.fixed(a, "deque.__imul__", 1)
            guard let n = try repeatCount(a[1]) else {
                throw PyErr.typeError("can't multiply sequence by non-int of type '\(a[1].type.name)'")
            }
            let (items, ml) = d.store.withLock { ($0.items, $0.maxlen) }
            if n == 1 { return a[0] }
            let out = try repeated(items, n, maxlen: ml)
            d.store.withLock { $0.setItems(out) }
            return a[0]
        }
        t.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__reduce__")
            let ml = d.maxlen
            var state: Value = .None
            if let dd = d.dict, dd.count > 0 { state = .obj(dd) }
            let it: Value = .obj(DequeIterator(d, reversed: false))
            if ml < 0 { return .obj(PyTuple([.obj(d.type), .obj(PyTuple([])), state, it])) }
            return .obj(PyTuple([.obj(d.type), .obj(PyTuple([.obj(PyTuple([])), .int(ml)])), state, it]))
        }
        t.def("__sizeof__") { (a) throws(PyBaseException) -> Value in
            let d = try me(a, "__sizeof__")
            let blocks = (d.count + 64) / 64
            return .int(624 * blocks - 48)
        }
        t.getset("maxlen", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let d as PyDeque) = v else { return .None }
            let ml = d.maxlen
            return ml < 0 ? .None : .int(ml)
        }, set: nil)
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
        t.attr("__doc__", .str("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints."))

        for it in [DequeIterator.forwardType, DequeIterator.reverseType] {
            it.defIteratorProtocol()
            it.def("__length_hint__") { (a) throws(PyBaseException) -> Value in
                guard case .obj(let i as DequeIterator) = a[0] else { throw PyErr.typeError("__length_hint__ needs a deque iterator") }
                return .int(i.lengthHint)
            }
        }
    }

    static func compareFunction(_ op: Int) -> NativeFunction {
        switch op {
        case 0: return { (a) throws(PyBaseException) -> Value in try compare(a, 0) }
        case 1: return { (a) throws(PyBaseException) -> Value in try compare(a, 1) }
        case 2: return { (a) throws(PyBaseException) -> Value in try compare(a, 2) }
        case 3: return { (a) throws(PyBaseException) -> Value in try compare(a, 3) }
        case 4: return { (a) throws(PyBaseException) -> Value in try compare(a, 4) }
        default: return { (a) throws(PyBaseException) -> Value in try compare(a, 5) }
        }
    }

    /// CPython's deque_richcompare (lexicographic, identity-then-== on items).
    static func compare(_ a: Args, _ op: Int) throws(PyBaseException) -> Value {
        let d = try me(a, Ops.cmpDunders[op].value)
        try CArgs.fixed(a, "deque.\(Ops.cmpDunders[op].value)", 1)
        guard case .obj(let e as PyDeque) = a[1] else { return .notImplemented }
        if op == 2 || op == 3 {
            if d === e { return .bool(op == 2) }
            if d.count != e.count { return .bool(op == 3) }
        }
        return .bool(try NativeCompare.seqCompare(d.items, e.items, op))
    }
}

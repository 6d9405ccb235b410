/// itertools count, cycle, repeat, accumulate, chain and compress.
/// Thread-safety: see `ItertoolsModule` (state under each object's `ItLock`).
enum ItBasic {
    static func install() {
        installCount()
        installRepeat()
        ItTypes.cycle.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "cycle", ItTypes.cycle, min: 1, max: 1)
            return .obj(ItCycle(cls: try ItArgs.cls(a, "cycle"), it: try Ops.getIter(args[0])))
        }
        ItTypes.accumulate.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "accumulate")
            let b = try ItArgs.bind(a, "accumulate", ["iterable", "func", "initial"], required: 1, maxPos: 2)
            let it = try Ops.getIter(b[0] ?? .None)
            var fn = b[1]
            if let f = fn, f.isNone { fn = nil }
            var initial = b[2]
            if let i = initial, i.isNone { initial = nil }
            return .obj(ItAccumulate(cls: cls, it: it, fn: fn, initial: initial))
        }
        let ch = ItTypes.chain
        ch.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "chain")
            if a.hasKeywords && ItArgs.checksKeywords(cls, ItTypes.chain) { throw PyErr.typeError("chain() takes no keyword arguments") }
            var items: [Value] = []
            if a.count > 1 { for i in 1..<a.count { items.append(a[i]) } }
            return .obj(ItChain(cls: cls, source: .obj(PySeqIterator(tuple: PyTuple(items)))))
        }
        ch.defClass("from_iterable") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let cls as PyType) = a[0] else { throw PyErr.typeError("from_iterable() needs a class") }
            try CArgs.fixed(a, "chain.from_iterable", 1)
            return .obj(ItChain(cls: cls, source: try Ops.getIter(a[1])))
        }
        ch.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in try CArgs.classGetitem(a) }
        ItTypes.compress.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "compress")
            let b = try ItArgs.bind(a, "compress", ["data", "selectors"], required: 2)
            let d = try Ops.getIter(b[0] ?? .None)
            let s = try Ops.getIter(b[1] ?? .None)
            return .obj(ItCompress(cls: cls, data: d, selectors: s))
        }
    }

    static func installCount() {
        let t = ItTypes.count
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "count")
            let b = try ItArgs.bind(a, "count", ["start", "step"], required: 0)
            if let s = b[0], !ItArgs.isNumber(s) { throw PyErr.typeError("a number is required") }
            if let s = b[1], !ItArgs.isNumber(s) { throw PyErr.typeError("a number is required") }
            let start = b[0] ?? .int(0)
            let step = b[1] ?? .int(1)
            let stepIsOne = IntOps.isInt(step) && IntOps.small(step) == 1
            if IntOps.isInt(start) && stepIsOne, let n = IntOps.small(start), n != Int.max {
                return .obj(ItCount(cls: cls, state: .fast(n)))
            }
            return .obj(ItCount(cls: cls, state: .slow(start, step)))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let c = try a.selfAs(ItTypes.count, ItCount.self, "__repr__")
            let name = c.type.name
            switch c.current {
            case .fast(let n): return .str("\(name)(\(n))")
            case .slow(let cnt, let step):
                let cr = try Ops.repr(cnt).value
                if IntOps.isInt(step) && IntOps.small(step) == 1 { return .str("\(name)(\(cr))") }
                return .str("\(name)(\(cr), \(try Ops.repr(step).value))")
            }
        }
        t.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let c = try a.selfAs(ItTypes.count, ItCount.self, "__reduce__")
            switch c.current {
            case .fast(let n): return .obj(PyTuple([.obj(c.type), .obj(PyTuple([.int(n)]))]))
            case .slow(let cnt, let step): return .obj(PyTuple([.obj(c.type), .obj(PyTuple([cnt, step]))]))
            }
        }
    }

    static func installRepeat() {
        let t = ItTypes.repeat_
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "repeat")
            let b = try ItArgs.bind(a, "repeat", ["object", "times"], required: 1)
            var n = -1
            if let tv = b[1] {
                n = try ItArgs.ssize(tv)
                if n < 0 { n = 0 }
            }
            return .obj(ItRepeat(cls: cls, obj: b[0] ?? .None, count: n))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let r = try a.selfAs(ItTypes.repeat_, ItRepeat.self, "__repr__")
            let left = r.remaining
            let o = try Ops.repr(r.obj).value
            if left == -1 { return .str("\(r.type.name)(\(o))") }
            return .str("\(r.type.name)(\(o), \(left))")
        }
        t.def("__length_hint__") { (a) throws(PyBaseException) -> Value in
            let r = try a.selfAs(ItTypes.repeat_, ItRepeat.self, "__length_hint__")
            let left = r.remaining
            if left == -1 { throw PyErr.typeError("len() of unsized object") }
            return .int(left)
        }
        t.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let r = try a.selfAs(ItTypes.repeat_, ItRepeat.self, "__reduce__")
            let left = r.remaining
            if left >= 0 { return .obj(PyTuple([.obj(r.type), .obj(PyTuple([r.obj, .int(left)]))])) }
            return .obj(PyTuple([.obj(r.type), .obj(PyTuple([r.obj]))]))
        }
    }
}

/// `count(start=0, step=1)`: machine ints while they fit, then `+` on objects.
/// Thread-safety: state under `lock`.
final class ItCount: ItObject {
    enum State { case fast(Int), slow(Value, Value) }
    private var state: State
    init(cls: PyType, state: State) { self.state = state; super.init(cls: cls) }
    var current: State { lock.run { state } }
    override func next() throws(PyBaseException) -> Value? {
        let s: State = lock.run { () -> State in
            let s = state
            if case .fast(let n) = s {
                if n == Int.max - 1 { state = .slow(.int(Int.max), .int(1)) } else { state = .fast(n + 1) }
            }
            return s
        }
        switch s {
        case .fast(let n): return .int(n)
        case .slow(let cnt, let step):
            let nv = try Ops.binaryOp(cnt, step, 0)
            lock.run { state = .slow(nv, step) }
            return cnt
        }
    }
}

/// `cycle(iterable)`: saves the items of the first pass, then repeats them.
/// Thread-safety: state under `lock`.
final class ItCycle: ItObject {
    private let it: Value
    private var saved: [Value] = []
    private var index = 0
    private var firstPass = true
    init(cls: PyType, it: Value) { self.it = it; super.init(cls: cls) }
    override func next() throws(PyBaseException) -> Value? {
        let first = lock.run { firstPass }
        if first {
            if let v = try Ops.next(it) {
                lock.run { saved.append(v) }
                return v
            }
            lock.run { firstPass = false }
        }
        return lock.run { () -> Value? in
            if saved.isEmpty { return nil }
            if index >= saved.count { index = 0 }
            let v = saved[index]
            index += 1
            return v
        }
    }
}

/// `repeat(object[, times])`. Thread-safety: the count is under `lock`.
final class ItRepeat: ItObject {
    let obj: Value
    private var left: Int
    init(cls: PyType, obj: Value, count: Int) { self.obj = obj; left = count; super.init(cls: cls) }
    var remaining: Int { lock.run { left } }
    override func next() throws(PyBaseException) -> Value? {
        let ok: Bool = lock.run { () -> Bool in
            if left == -1 { return true }
            if left > 0 { left -= 1; return true }
            return false
        }
        return ok ? obj : nil
    }
}

/// `accumulate(iterable, func=None, *, initial=None)`.
/// Thread-safety: the running total is under `lock`.
final class ItAccumulate: ItObject {
    private let it: Value
    private let fn: Value?
    private var initial: Value?
    private var total: Value = .null
    init(cls: PyType, it: Value, fn: Value?, initial: Value?) {
        self.it = it; self.fn = fn; self.initial = initial
        super.init(cls: cls)
    }
    override func next() throws(PyBaseException) -> Value? {
        let (ini, tot): (Value?, Value) = lock.run { () -> (Value?, Value) in
            let i = initial
            if let iv = i { initial = nil; total = iv }
            return (i, total)
        }
        if let iv = ini { return iv }
        guard let v = try Ops.next(it) else { return nil }
        let nt: Value
        if tot.isNull { nt = v }
        else if let f = fn { nt = try Ops.callValues(f, [tot, v]) }
        else { nt = try Ops.binaryOp(tot, v, 0) }
        lock.run { total = nt }
        return nt
    }
}

/// `chain(*iterables)` / `chain.from_iterable(iterable)`: iterables are
/// fetched and iterated lazily. Thread-safety: `active` is under `lock`.
final class ItChain: ItObject {
    private var source: Value?
    private var active: Value?
    init(cls: PyType, source: Value) { self.source = source; super.init(cls: cls) }
    override func next() throws(PyBaseException) -> Value? {
        while true {
            let (src, act): (Value?, Value?) = lock.run { (source, active) }
            if let a = act {
                if let v = try Ops.next(a) { return v }
                lock.run { if let cur = active, cur.isSame(a) { active = nil } }
                continue
            }
            guard let s = src else { return nil }
            guard let nextIterable = try Ops.next(s) else {
                lock.run { source = nil }
                return nil
            }
            let it = try Ops.getIter(nextIterable)
            lock.run { active = it }
        }
    }
}

/// `compress(data, selectors)`. Thread-safety: no mutable state of its own.
final class ItCompress: ItObject {
    private let data: Value
    private let selectors: Value
    init(cls: PyType, data: Value, selectors: Value) { self.data = data; self.selectors = selectors; super.init(cls: cls) }
    override func next() throws(PyBaseException) -> Value? {
        while true {
            guard let d = try Ops.next(data) else { return nil }
            guard let s = try Ops.next(selectors) else { return nil }
            if try Ops.isTrue(s) { return d }
        }
    }
}

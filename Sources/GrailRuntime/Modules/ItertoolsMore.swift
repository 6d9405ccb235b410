/// itertools dropwhile, takewhile, filterfalse, starmap, pairwise,
/// zip_longest and islice. Thread-safety: see `ItertoolsModule`.
enum ItMore {
    static func install() {
        ItTypes.dropwhile.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "dropwhile", ItTypes.dropwhile, min: 2, max: 2)
            return .obj(ItPredicate(cls: try ItArgs.cls(a, "dropwhile"), kind: .dropwhile, fn: args[0], it: try Ops.getIter(args[1])))
        }
        ItTypes.takewhile.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "takewhile", ItTypes.takewhile, min: 2, max: 2)
            return .obj(ItPredicate(cls: try ItArgs.cls(a, "takewhile"), kind: .takewhile, fn: args[0], it: try Ops.getIter(args[1])))
        }
        ItTypes.filterfalse.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "filterfalse", ItTypes.filterfalse, min: 2, max: 2)
            return .obj(ItPredicate(cls: try ItArgs.cls(a, "filterfalse"), kind: .filterfalse, fn: args[0], it: try Ops.getIter(args[1])))
        }
        ItTypes.starmap.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "starmap", ItTypes.starmap, min: 2, max: 2)
            return .obj(ItStarmap(cls: try ItArgs.cls(a, "starmap"), fn: args[0], it: try Ops.getIter(args[1])))
        }
        ItTypes.pairwise.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "pairwise", ItTypes.pairwise, min: 1, max: 1)
            return .obj(ItPairwise(cls: try ItArgs.cls(a, "pairwise"), it: try Ops.getIter(args[0])))
        }
        ItTypes.zipLongest.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "zip_longest")
            var fill: Value = .None
            if let k = a.kwnames {
                guard k.count == 1, k[0].value == "fillvalue" else {
                    throw PyErr.typeError("zip_longest() got an unexpected keyword argument")
                }
                fill = a.buf[a.count]
            }
            var its: [Value?] = []
            if a.count > 1 { for i in 1..<a.count { its.append(try Ops.getIter(a[i])) } }
            return .obj(ItZipLongest(cls: cls, its: its, fill: fill))
        }
        ItTypes.islice.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "islice")
            if a.hasKeywords && cls === ItTypes.islice { throw PyErr.typeError("islice() takes no keyword arguments") }
            let n = a.count - 1
            if n < 2 { throw PyErr.typeError("islice expected at least 2 arguments, got \(n)") }
            if n > 4 { throw PyErr.typeError("islice expected at most 4 arguments, got \(n)") }
            let stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            var start = 0, stop = -1, step = 1
            if n == 2 {
                if !a[2].isNone {
                    guard let s = ItArgs.clampedSsize(a[2]), s != -1 else { throw PyErr.valueError(stopMsg) }
                    stop = s
                }
            } else {
                if !a[2].isNone { start = ItArgs.clampedSsize(a[2]) ?? -1 }
                if !a[3].isNone {
                    guard let s = ItArgs.clampedSsize(a[3]), s != -1 else { throw PyErr.valueError(stopMsg) }
                    stop = s
                }
            }
            if start < 0 || stop < -1 {
                throw PyErr.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            }
            if n == 4 {
                if !a[4].isNone { step = ItArgs.clampedSsize(a[4]) ?? -1 }
            }
            if step < 1 { throw PyErr.valueError("Step for islice() must be a positive integer or None.") }
            return .obj(ItIslice(cls: cls, it: try Ops.getIter(a[1]), start: start, stop: stop, step: step))
        }
    }
}

/// dropwhile / takewhile / filterfalse: one predicate over one iterator.
/// Thread-safety: the phase flag is under `lock`.
final class ItPredicate: ItObject {
    enum Kind { case dropwhile, takewhile, filterfalse }
    private let kind: Kind
    private let fn: Value
    private let it: Value
    private var flag = false
    init(cls: PyType, kind: Kind, fn: Value, it: Value) {
        self.kind = kind; self.fn = fn; self.it = it
        super.init(cls: cls)
    }
    override func next() throws(PyBaseException) -> Value? {
        switch kind {
        case .dropwhile:
            while true {
                guard let v = try Ops.next(it) else { return nil }
                if lock.run({ flag }) { return v }
                if !(try Ops.isTrue(try Ops.callValues(fn, [v]))) {
                    lock.run { flag = true }
                    return v
                }
            }
        case .takewhile:
            if lock.run({ flag }) { return nil }
            guard let v = try Ops.next(it) else { return nil }
            if try Ops.isTrue(try Ops.callValues(fn, [v])) { return v }
            lock.run { flag = true }
            return nil
        case .filterfalse:
            while true {
                guard let v = try Ops.next(it) else { return nil }
                let ok: Bool
                if fn.isNone { ok = try Ops.isTrue(v) } else { ok = try Ops.isTrue(try Ops.callValues(fn, [v])) }
                if !ok { return v }
            }
        }
    }
}

/// `starmap(function, iterable)`. Thread-safety: no mutable state.
final class ItStarmap: ItObject {
    private let fn: Value
    private let it: Value
    init(cls: PyType, fn: Value, it: Value) { self.fn = fn; self.it = it; super.init(cls: cls) }
    override func next() throws(PyBaseException) -> Value? {
        guard let v = try Ops.next(it) else { return nil }
        return try Ops.callValues(fn, try ItArgs.tuple(v))
    }
}

/// `pairwise(iterable)`. Thread-safety: the previous item is under `lock`.
final class ItPairwise: ItObject {
    private var it: Value?
    private var old: Value?
    init(cls: PyType, it: Value) { self.it = it; super.init(cls: cls) }
    override func next() throws(PyBaseException) -> Value? {
        let (src, prev): (Value?, Value?) = lock.run { (it, old) }
        guard let s = src else { return nil }
        var o = prev
        if o == nil {
            guard let first = try Ops.next(s) else { lock.run { it = nil }; return nil }
            o = first
            lock.run { old = first }
        }
        guard let new = try Ops.next(s), let ov = o else {
            lock.run { it = nil; old = nil }
            return nil
        }
        lock.run { old = new }
        return .obj(PyTuple([ov, new]))
    }
}

/// `zip_longest(*iterables, fillvalue=None)`.
/// Thread-safety: the iterator list is under `lock`.
final class ItZipLongest: ItObject {
    private var its: [Value?]
    private var active: Int
    private let fill: Value
    init(cls: PyType, its: [Value?], fill: Value) {
        self.its = its; active = its.count; self.fill = fill
        super.init(cls: cls)
    }
    override func next() throws(PyBaseException) -> Value? {
        let (cur, n): ([Value?], Int) = lock.run { (its, active) }
        if cur.isEmpty || n == 0 { return nil }
        var out: [Value] = []
        out.reserveCapacity(cur.count)
        var left = n
        for (i, itv) in cur.enumerated() {
            guard let it = itv else { out.append(fill); continue }
            if let v = try Ops.next(it) {
                out.append(v)
            } else {
                left -= 1
                lock.run { if i < its.count { its[i] = nil }; active = left }
                if left == 0 { return nil }
                out.append(fill)
            }
        }
        return .obj(PyTuple(out))
    }
}

/// `islice(iterable, [start,] stop [, step])` with CPython's counters.
/// Thread-safety: counters under `lock`.
final class ItIslice: ItObject {
    private var it: Value?
    private var nextIndex: Int
    private let stop: Int
    private let step: Int
    private var cnt = 0
    init(cls: PyType, it: Value, start: Int, stop: Int, step: Int) {
        self.it = it; nextIndex = start; self.stop = stop; self.step = step
        super.init(cls: cls)
    }
    override func next() throws(PyBaseException) -> Value? {
        guard let src = lock.run({ it }) else { return nil }
        while lock.run({ cnt < nextIndex }) {
            guard try Ops.next(src) != nil else { lock.run { it = nil }; return nil }
            lock.run { cnt += 1 }
        }
        if stop != -1 && lock.run({ cnt >= stop }) { lock.run { it = nil }; return nil }
        guard let v = try Ops.next(src) else { lock.run { it = nil }; return nil }
        lock.run {
            cnt += 1
            let old = nextIndex
            let (nv, overflow) = nextIndex.addingReportingOverflow(step)
            nextIndex = nv
            if overflow || nextIndex < old || (stop != -1 && nextIndex > stop) { nextIndex = stop }
        }
        return v
    }
}

import BigInt

/// `range` and `slice` methods with CPython 3.11's semantics: machine-int
/// fast paths, `BigInt` arithmetic for huge bounds, slicing a range gives a
/// range. Thread-safety: both types are immutable.
extension ContainerTypes {
    static func rangeSelf(_ a: Args, _ name: String) throws(PyBaseException) -> PyRange {
        guard a.buf.count > 0, case .obj(let r as PyRange) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(name)' for 'range' objects doesn't apply to a '\(got)' object")
        }
        return r
    }

    static func sliceSelf(_ a: Args, _ name: String) throws(PyBaseException) -> PySlice {
        guard a.buf.count > 0, case .obj(let s as PySlice) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(name)' for 'slice' objects doesn't apply to a '\(got)' object")
        }
        return s
    }

    static func installRange() {
        let r = PyType.range
        r.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("range() takes no keyword arguments") }
            let n = a.count - 1
            if n < 1 { throw PyErr.typeError("range expected at least 1 argument, got \(max(0, n))") }
            if n > 3 { throw PyErr.typeError("range expected at most 3 arguments, got \(n)") }
            var start = BigInt(0), step = BigInt(1)
            let stop: BigInt
            if n == 1 { stop = try IntOps.index(a[1]) }
            else {
                start = try IntOps.index(a[1])
                stop = try IntOps.index(a[2])
                if n == 3 {
                    step = try IntOps.index(a[3])
                    if step.isZero { throw PyErr.valueError("range() arg 3 must not be zero") }
                }
            }
            return .obj(RangeOps.make(start, stop, step))
        }
        r.getset("start") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let ro as PyRange) = v else { throw PyErr.typeError("start") }
            return ro.start
        }
        r.getset("stop") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let ro as PyRange) = v else { throw PyErr.typeError("stop") }
            return ro.stop
        }
        r.getset("step") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let ro as PyRange) = v else { throw PyErr.typeError("step") }
            return ro.step
        }
        r.def("__len__") { (a) throws(PyBaseException) -> Value in
            let ro = try rangeSelf(a, "__len__")
            if let s = ro.small { return .int(s.count) }
            if let n = Int(exactly: RangeOps.length(ro)) { return .int(n) }
            throw PyErr.overflow("Python int too large to convert to C ssize_t")
        }
        r.def("__bool__") { (a) throws(PyBaseException) -> Value in
            let ro = try rangeSelf(a, "__bool__")
            return .bool(!RangeOps.length(ro).isZero)
        }
        r.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let ro = try rangeSelf(a, "__getitem__")
            try CArgs.fixed(a, "range.__getitem__", 1)
            return try RangeOps.getitem(ro, a[1])
        }
        r.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let ro = try rangeSelf(a, "__contains__")
            try CArgs.fixed(a, "range.__contains__", 1)
            return .bool(try RangeOps.contains(ro, a[1]))
        }
        r.def("__iter__") { (a) throws(PyBaseException) -> Value in .obj(RangeOps.iterator(try rangeSelf(a, "__iter__"), reversed: false)) }
        r.def("__reversed__") { (a) throws(PyBaseException) -> Value in .obj(RangeOps.iterator(try rangeSelf(a, "__reversed__"), reversed: true)) }
        r.def("count") { (a) throws(PyBaseException) -> Value in
            let ro = try rangeSelf(a, "count")
            try CArgs.fixed(a, "range.count", 1)
            if RangeOps.isExactInt(a[1]) { return .int(try RangeOps.contains(ro, a[1]) ? 1 : 0) }
            var c = 0
            let it = try Ops.getIter(a[0])
            while let v = try Ops.next(it) { if try Ops.richCompareBool(v, a[1]) { c += 1 } }
            return .int(c)
        }
        r.def("index") { (a) throws(PyBaseException) -> Value in
            let ro = try rangeSelf(a, "index")
            try CArgs.fixed(a, "range.index", 1)
            if RangeOps.isExactInt(a[1]) {
                guard let x = IntOps.big(a[1]), try RangeOps.contains(ro, a[1]) else {
                    throw PyErr.valueError("\(try Ops.repr(a[1]).value) is not in range")
                }
                let start = IntOps.big(ro.start) ?? 0, step = IntOps.big(ro.step) ?? 1
                return .int((x - start) / step)
            }
            var i = 0
            let it = try Ops.getIter(a[0])
            while let v = try Ops.next(it) {
                if try Ops.richCompareBool(v, a[1]) { return .int(i) }
                i += 1
            }
            throw PyErr.valueError("sequence.index(x): x not in sequence")
        }
        r.def("__hash__") { (a) throws(PyBaseException) -> Value in .int(try RangeOps.hash(try rangeSelf(a, "__hash__"))) }
        r.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try rangeSelf(a, "__repr__"))) }
        r.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let ro = try rangeSelf(a, "__reduce__")
            return .obj(PyTuple([.obj(PyType.range), .obj(PyTuple([ro.start, ro.stop, ro.step]))]))
        }
        defRichCompare(r)
    }

    static func installSlice() {
        let s = PyType.slice
        s.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("slice() takes no keyword arguments") }
            let n = a.count - 1
            if n < 1 { throw PyErr.typeError("slice expected at least 1 argument, got \(max(0, n))") }
            if n > 3 { throw PyErr.typeError("slice expected at most 3 arguments, got \(n)") }
            if n == 1 { return .obj(PySlice(.None, a[1], .None)) }
            return .obj(PySlice(a[1], a[2], n == 3 ? a[3] : .None))
        }
        s.getset("start") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let so as PySlice) = v else { throw PyErr.typeError("start") }
            return so.start
        }
        s.getset("stop") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let so as PySlice) = v else { throw PyErr.typeError("stop") }
            return so.stop
        }
        s.getset("step") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let so as PySlice) = v else { throw PyErr.typeError("step") }
            return so.step
        }
        s.def("indices") { (a) throws(PyBaseException) -> Value in
            let so = try sliceSelf(a, "indices")
            try CArgs.fixed(a, "slice.indices", 1)
            let length = try IntOps.index(a[1])
            if length.sign == .minus { throw PyErr.valueError("length should not be negative") }
            let (start, stop, step) = try RangeOps.sliceIndices(so, length)
            return .obj(PyTuple([.int(start), .int(stop), .int(step)]))
        }
        s.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try sliceSelf(a, "__repr__"))) }
        s.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let so = try sliceSelf(a, "__reduce__")
            return .obj(PyTuple([.obj(PyType.slice), .obj(PyTuple([so.start, so.stop, so.step]))]))
        }
        s.attr("__hash__", .None)
        defRichCompare(s)
    }
}

/// Range arithmetic (CPython's rangeobject.c) and slice index computation
/// with arbitrary-precision bounds. Thread-safety: pure functions.
enum RangeOps {
    static func make(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> PyRange {
        let len = lengthOf(start, stop, step)
        var small: (Int, Int, Int, Int)? = nil
        if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step), let n = Int(exactly: len) {
            small = (a, b, c, n)
        }
        return PyRange(.int(start), .int(stop), .int(step), small: small)
    }

    static func lengthOf(_ lo: BigInt, _ hi: BigInt, _ step: BigInt) -> BigInt {
        if step.sign == .plus || step.isZero {
            return lo < hi ? (hi - lo - 1) / step + 1 : 0
        }
        return lo > hi ? (lo - hi - 1) / (-step) + 1 : 0
    }

    static func parts(_ r: PyRange) -> (BigInt, BigInt, BigInt) {
        (IntOps.big(r.start) ?? 0, IntOps.big(r.stop) ?? 0, IntOps.big(r.step) ?? 1)
    }

    static func length(_ r: PyRange) -> BigInt {
        if let s = r.small { return BigInt(s.count) }
        let (a, b, c) = parts(r)
        return lengthOf(a, b, c)
    }

    /// PyLong_CheckExact or PyBool_Check (the arithmetic containment fast path).
    static func isExactInt(_ v: Value) -> Bool {
        switch v {
        case .int: return true
        case .obj(let o): return o is PyLong && (o.type === PyType.int || o.type === PyType.bool)
        default: return false
        }
    }

    static func contains(_ r: PyRange, _ x: Value) throws(PyBaseException) -> Bool {
        if isExactInt(x) {
            if let s = r.small, case .int(let v) = x {
                if s.step > 0 {
                    if v < s.start || v >= s.stop { return false }
                } else {
                    if v > s.start || v <= s.stop { return false }
                }
                let (d, o) = v.subtractingReportingOverflow(s.start)
                if !o { return d % s.step == 0 }
            }
            guard let v = IntOps.big(x) else { return false }
            let (a, b, c) = parts(r)
            if c.sign == .plus { if v < a || v >= b { return false } }
            else { if v > a || v <= b { return false } }
            return ((v - a) % c).isZero
        }
        let it = try Ops.getIter(.obj(r))
        while let v = try Ops.next(it) { if try Ops.richCompareBool(v, x) { return true } }
        return false
    }

    static func item(_ r: PyRange, _ i: BigInt) -> Value {
        let (a, _, c) = parts(r)
        return .int(a + i * c)
    }

    static func getitem(_ r: PyRange, _ key: Value) throws(PyBaseException) -> Value {
        if case .obj(let s as PySlice) = key {
            let len = length(r)
            let (start, stop, step) = try sliceIndices(s, len)
            let (a, _, c) = parts(r)
            return .obj(make(a + start * c, a + stop * c, c * step))
        }
        let idx: BigInt
        if IntOps.isInt(key) || key.type.lookup("__index__") != nil { idx = try IntOps.index(key) }
        else { throw PyErr.typeError("range indices must be integers or slices, not \(MiscTypes.tpName(key.type))") }
        if let s = r.small, let i = Int(exactly: idx) {
            let j = i < 0 ? i + s.count : i
            if j < 0 || j >= s.count { throw PyErr.indexError("range object index out of range") }
            return .int(s.start &+ j &* s.step)
        }
        let len = length(r)
        var i = idx
        if i.sign == .minus { i += len }
        if i.sign == .minus || i >= len { throw PyErr.indexError("range object index out of range") }
        return item(r, i)
    }

    /// CPython's _PySlice_GetLongIndices.
    static func sliceIndices(_ s: PySlice, _ length: BigInt) throws(PyBaseException) -> (BigInt, BigInt, BigInt) {
        func idx(_ v: Value) throws(PyBaseException) -> BigInt {
            if let b = IntOps.big(v) { return b }
            guard v.type.lookup("__index__") != nil else {
                throw PyErr.typeError("slice indices must be integers or None or have an __index__ method")
            }
            return try IntOps.index(v)
        }
        var step = BigInt(1)
        if !s.step.isNone {
            step = try idx(s.step)
            if step.isZero { throw PyErr.valueError("slice step cannot be zero") }
        }
        let neg = step.sign == .minus
        let lower: BigInt = neg ? -1 : 0
        let upper: BigInt = neg ? length - 1 : length
        func adjust(_ v: Value, _ dflt: BigInt) throws(PyBaseException) -> BigInt {
            if v.isNone { return dflt }
            var x = try idx(v)
            if x.sign == .minus {
                x += length
                if x < lower { x = lower }
            } else if x > upper {
                x = upper
            }
            return x
        }
        let start = try adjust(s.start, neg ? upper : lower)
        let stop = try adjust(s.stop, neg ? lower : upper)
        return (start, stop, step)
    }

    static func iterator(_ r: PyRange, reversed: Bool) -> NativeIterator {
        if let s = r.small {
            if !reversed { return PyRangeIterator(s.start, s.step, s.count) }
            if s.count == 0 { return PyRangeIterator(s.start, s.step, 0) }
            let (last, o1) = s.step.multipliedReportingOverflow(by: s.count - 1)
            let (first, o2) = s.start.addingReportingOverflow(last)
            if !o1 && !o2 && s.step != Int.min { return PyRangeIterator(first, -s.step, s.count) }
        }
        let (a, _, c) = parts(r)
        let len = length(r)
        if reversed {
            return LongRangeIterator(a + (len - 1) * c, -c, len)
        }
        return LongRangeIterator(a, c, len)
    }

    static func hash(_ r: PyRange) throws(PyBaseException) -> Int {
        let len = length(r)
        var items: [Value] = [.int(len)]
        if len.isZero { items += [.None, .None] }
        else if len == 1 { items += [r.start, .None] }
        else { items += [r.start, r.step] }
        return try Ops.hash(.obj(PyTuple(items)))
    }

    /// range_richcompare equality (same sequence of values).
    static func equal(_ x: PyRange, _ y: PyRange) -> Bool {
        if x === y { return true }
        let lx = length(x), ly = length(y)
        if lx != ly { return false }
        if lx.isZero { return true }
        let (ax, _, cx) = parts(x), (ay, _, cy) = parts(y)
        if ax != ay { return false }
        if lx == 1 { return true }
        return cx == cy
    }
}

/// Iterator over a range whose bounds exceed machine ints (`longrange_iterator`).
/// Thread-safety: one consumer at a time.
final class LongRangeIterator: NativeIterator {
    var next_: BigInt
    let step: BigInt
    var left: BigInt
    static let longRangeIteratorType = PyType(builtin: "longrange_iterator", base: .object, layout: .other, baseType: false)
    init(_ start: BigInt, _ step: BigInt, _ count: BigInt) {
        next_ = start; self.step = step; left = count
        super.init(type: LongRangeIterator.longRangeIteratorType, noDict: ())
    }
    override func next() throws(PyBaseException) -> Value? {
        if left.sign != .plus || left.isZero { return nil }
        left -= 1
        let v = next_
        next_ += step
        return .int(v)
    }
}

import BigInt

/// Slice and index-argument normalisation shared by every sequence type:
/// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices` and
/// `_PyEval_SliceIndex` (the clamping conversion used for slice bounds and
/// the `start`/`end` arguments of `str.find` and friends).
/// Thread-safety: pure functions (they may call `__index__`, which runs
/// Python code on the calling thread).
public enum SliceIndices {
    /// `slice.indices`-style normalisation for a sequence of `length` items:
    /// start/stop clamped into range, `count` the number of selected items.
    /// Raises TypeError for non-index bounds and ValueError for a zero step.
    public static func adjust(_ slice: PySlice, _ length: Int) throws(PyBaseException) -> (start: Int, stop: Int, step: Int, count: Int) {
        var step = 1
        if !slice.step.isNone {
            step = try clampedIndex(slice.step)
            if step == 0 { throw PyErr.valueError("slice step cannot be zero") }
            if step < -Int.max { step = -Int.max }
        }
        var start: Int, stop: Int
        if slice.start.isNone { start = step < 0 ? Int.max : 0 } else { start = try clampedIndex(slice.start) }
        if slice.stop.isNone { stop = step < 0 ? Int.min : Int.max } else { stop = try clampedIndex(slice.stop) }
        if start < 0 {
            start += length
            if start < 0 { start = step < 0 ? -1 : 0 }
        } else if start >= length {
            start = step < 0 ? length - 1 : length
        }
        if stop < 0 {
            stop += length
            if stop < 0 { stop = step < 0 ? -1 : 0 }
        } else if stop >= length {
            stop = step < 0 ? length - 1 : length
        }
        var count = 0
        if step < 0 {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = (stop - start - 1) / step + 1
        }
        return (start, stop, step, count)
    }

    /// `_PyEval_SliceIndex` for a non-None value: an int (or `__index__`)
    /// clamped to the machine range.
    public static func clampedIndex(_ v: Value) throws(PyBaseException) -> Int {
        switch v {
        case .int(let i): return i
        case .obj(let l as PyLong): return clamp(l.big)
        default:
            guard let m = v.type.lookup("__index__") else {
                throw PyErr.typeError("slice indices must be integers or None or have an __index__ method")
            }
            let r = try Ops.callValues(try Ops.bindDescriptor(m, v), [])
            guard let b = IntOps.big(r) else {
                throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
            }
            return clamp(b)
        }
    }

    /// An optional `start`/`end` argument (None or absent = nil).
    public static func optionalIndex(_ v: Value?) throws(PyBaseException) -> Int? {
        guard let v = v, !v.isNone else { return nil }
        return try clampedIndex(v)
    }

    @inline(__always) static func clamp(_ b: BigInt) -> Int {
        if let i = Int(exactly: b) { return i }
        return b.sign == .minus ? Int.min : Int.max
    }

    /// CPython's ADJUST_INDICES for `start`/`end` of the search methods:
    /// negative values count from the end; the result satisfies
    /// 0 <= start, end <= length (start may exceed end).
    @inline(__always) public static func searchRange(_ start: Int?, _ end: Int?, _ length: Int) -> (Int, Int) {
        var s = start ?? 0, e = end ?? Int.max
        if e > length { e = length } else if e < 0 { e += length; if e < 0 { e = 0 } }
        if s < 0 { s += length; if s < 0 { s = 0 } }
        return (s, e)
    }

    /// `PyNumber_AsSsize_t(v, OverflowError)`: an int argument such as a
    /// width or count, with CPython's messages for non-integers and overflow.
    public static func ssize(_ v: Value) throws(PyBaseException) -> Int {
        switch v {
        case .int(let i): return i
        case .obj(let l as PyLong):
            guard let i = Int(exactly: l.big) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
            return i
        default:
            guard let m = v.type.lookup("__index__") else {
                throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
            }
            let r = try Ops.callValues(try Ops.bindDescriptor(m, v), [])
            guard let b = IntOps.big(r) else {
                throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
            }
            guard let i = Int(exactly: b) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
            return i
        }
    }
}

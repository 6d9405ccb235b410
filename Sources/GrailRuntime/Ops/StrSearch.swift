/// A code unit of the str algorithms: UTF-8 bytes of an ASCII str (one
/// byte per code point) or the scalar values of any other str.
protocol StrUnit: FixedWidthInteger & UnsignedInteger {
    /// Appends `b[lo..<hi]` to a UTF-8 output buffer.
    static func appendUTF8(_ b: UnsafeBufferPointer<Self>, _ lo: Int, _ hi: Int, to out: inout [UInt8])
}

extension UInt8: StrUnit {
    @inline(__always) static func appendUTF8(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, to out: inout [UInt8]) {
        if lo < hi { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[lo..<hi])) }
    }
}

extension UInt32: StrUnit {
    @inline(__always) static func appendUTF8(_ b: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, to out: inout [UInt8]) {
        var i = lo
        while i < hi { StrBuf.appendScalar(b[i], to: &out); i += 1 }
    }
}

/// Borrowed code-unit views of strs and the UTF-8 output helpers the str
/// methods share. Thread-safety: pure functions over immutable strs (the
/// scalar array a non-ASCII str caches is written idempotently).
enum StrBuf {
    /// Calls `body` with the UTF-8 bytes of `s` (code points when `s.isASCII`).
    @inline(__always) static func bytes<R>(_ s: PyStr, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.value.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.value.utf8).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the scalar values of `s`.
    @inline(__always) static func wide<R>(_ s: PyStr, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        s.scalars.withUnsafeBufferPointer { p in p.withMemoryRebound(to: UInt32.self) { body($0) } }
    }

    /// Appends one code point as UTF-8 (invalid values become U+FFFD).
    @inline(__always) static func appendScalar(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x80 { out.append(UInt8(c)) }
        else if c < 0x800 { out.append(UInt8(0xC0 | (c >> 6))); out.append(UInt8(0x80 | (c & 0x3F))) }
        else if c < 0x10000 {
            if c >= 0xD800 && c < 0xE000 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]); return }
            out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x110000 {
            out.append(UInt8(0xF0 | (c >> 18))); out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
        } else { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
    }

    /// A str from UTF-8 bytes built by the methods (always valid UTF-8).
    @inline(__always) static func make(_ out: [UInt8]) -> PyStr {
        if out.isEmpty { return empty }
        if out.count == 1 { return char(UInt32(out[0])) }
        return PyStr(String(decoding: out, as: UTF8.self))
    }

    /// A str holding `b[lo..<hi]`.
    @inline(__always) static func slice<T: StrUnit>(_ b: UnsafeBufferPointer<T>, _ lo: Int, _ hi: Int) -> PyStr {
        if hi <= lo { return empty }
        if hi - lo == 1 { return char(UInt32(b[lo])) }
        if T.bitWidth == 8 {
            return PyStr(String(decoding: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(b)[lo..<hi]), as: UTF8.self))
        }
        var out: [UInt8] = []
        out.reserveCapacity((hi - lo) * 2)
        T.appendUTF8(b, lo, hi, to: &out)
        return PyStr(String(decoding: out, as: UTF8.self))
    }

    static let empty = PyStr.intern("")

    /// One-character strs for U+0000...U+00FF, shared (like CPython's latin-1 singletons).
    static let latin1: [PyStr] = (0..<256).map { (c: Int) -> PyStr in
        var s = String.UnicodeScalarView()
        s.append(Unicode.Scalar(UInt8(c)))
        return PyStr(String(s))
    }

    /// The one-character str for code point `c`.
    @inline(__always) static func char(_ c: UInt32) -> PyStr {
        if c < 256 { return latin1[Int(c)] }
        var s = String.UnicodeScalarView()
        s.append(Unicode.Scalar(c) ?? "\u{FFFD}")
        return PyStr(String(s))
    }

    /// CPython's `Py_UNICODE_ISSPACE` (category Zs or bidi class WS/B/S).
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// CPython's `Py_UNICODE_ISLINEBREAK` (the boundaries `splitlines` uses).
    @inline(__always) static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

/// Substring search (CPython's fastsearch: a Horspool/Sunday scan with a
/// bloom-filter skip) on code-unit buffers. Indices are code points.
/// Thread-safety: pure functions.
enum StrSearch {
    /// Index (in code points) of `sub` in `s[start:end]`, or -1
    /// (`start`/`end` already adjusted, 0 <= start, end <= len(s)).
    static func find(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
        let lo = max(0, start), hi = min(s.count, end)
        if sub.count == 0 { return lo <= hi ? lo : -1 }
        if hi - lo < sub.count { return -1 }
        if s.isASCII {
            guard sub.isASCII else { return -1 }
            return StrBuf.bytes(s) { h in StrBuf.bytes(sub) { n in find(h, n, lo, hi) } }
        }
        return StrBuf.wide(s) { h in StrBuf.wide(sub) { n in find(h, n, lo, hi) } }
    }

    /// Last index of `sub` in `s[start:end]`, or -1.
    static func rfind(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
        let lo = max(0, start), hi = min(s.count, end)
        if sub.count == 0 { return lo <= hi ? hi : -1 }
        if hi - lo < sub.count { return -1 }
        if s.isASCII {
            guard sub.isASCII else { return -1 }
            return StrBuf.bytes(s) { h in StrBuf.bytes(sub) { n in rfind(h, n, lo, hi) } }
        }
        return StrBuf.wide(s) { h in StrBuf.wide(sub) { n in rfind(h, n, lo, hi) } }
    }

    /// Non-overlapping occurrences of `sub` in `s[start:end]` (at most `limit`).
    static func count(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int, limit: Int = Int.max) -> Int {
        let lo = max(0, start), hi = min(s.count, end)
        if lo > hi { return 0 }
        if sub.count == 0 { return min(hi - lo + 1, limit) }
        if hi - lo < sub.count { return 0 }
        if s.isASCII {
            guard sub.isASCII else { return 0 }
            return StrBuf.bytes(s) { h in StrBuf.bytes(sub) { n in count(h, n, lo, hi, limit) } }
        }
        return StrBuf.wide(s) { h in StrBuf.wide(sub) { n in count(h, n, lo, hi, limit) } }
    }

    @inline(__always) static func bloomBit<T: StrUnit>(_ c: T) -> UInt64 { 1 &<< (UInt64(truncatingIfNeeded: c) & 63) }

    /// First index >= lo of `n` in `h[lo..<hi]`, or -1 (n non-empty).
    static func find<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ n: UnsafeBufferPointer<T>, _ lo: Int, _ hi: Int) -> Int {
        let m = n.count
        if m == 0 { return lo <= hi ? lo : -1 }
        if hi - lo < m { return -1 }
        if m == 1 {
            let c = n[0]
            var i = lo
            while i < hi { if h[i] == c { return i }; i += 1 }
            return -1
        }
        let mlast = m - 1
        var skip = mlast
        var mask: UInt64 = 0
        let last = n[mlast]
        for i in 0..<mlast {
            mask |= bloomBit(n[i])
            if n[i] == last { skip = mlast - i - 1 }
        }
        mask |= bloomBit(last)
        let w = hi - m
        var i = lo
        while i <= w {
            if h[i + mlast] == last {
                var j = 0
                while j < mlast && h[i + j] == n[j] { j += 1 }
                if j == mlast { return i }
                if i + m < hi && mask & bloomBit(h[i + m]) == 0 { i += m } else { i += skip }
            } else if i + m < hi && mask & bloomBit(h[i + m]) == 0 {
                i += m
            }
            i += 1
        }
        return -1
    }

    /// Last index of `n` within `h[lo..<hi]`, or -1 (n non-empty).
    static func rfind<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ n: UnsafeBufferPointer<T>, _ lo: Int, _ hi: Int) -> Int {
        let m = n.count
        if hi - lo < m { return -1 }
        if m == 1 {
            let c = n[0]
            var i = hi - 1
            while i >= lo { if h[i] == c { return i }; i -= 1 }
            return -1
        }
        let first = n[0]
        var mask: UInt64 = 0
        var skip = m - 1
        mask |= bloomBit(first)
        var k = m - 1
        while k > 0 {
            mask |= bloomBit(n[k])
            if n[k] == first { skip = k - 1 }
            k -= 1
        }
        var i = hi - m
        while i >= lo {
            if h[i] == first {
                var j = m - 1
                while j > 0 && h[i + j] == n[j] { j -= 1 }
                if j == 0 { return i }
                if i > lo && mask & bloomBit(h[i - 1]) == 0 { i -= m } else { i -= skip }
            } else if i > lo && mask & bloomBit(h[i - 1]) == 0 {
                i -= m
            }
            i -= 1
        }
        return -1
    }

    static func count<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ n: UnsafeBufferPointer<T>, _ lo: Int, _ hi: Int, _ limit: Int) -> Int {
        var c = 0
        var i = lo
        let m = n.count
        if m == 1 {
            let x = n[0]
            while i < hi && c < limit { if h[i] == x { c += 1 }; i += 1 }
            return c
        }
        while c < limit {
            let j = find(h, n, i, hi)
            if j < 0 { break }
            c += 1
            i = j + m
        }
        return c
    }

    /// Calls `body` with both strs as units of the same width; nil when
    /// `sub` cannot occur in `s` (non-ASCII `sub` in an ASCII `s`).
    @inline(__always) static func withPair<R>(_ s: PyStr, _ sub: PyStr,
                                             _ narrow: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R,
                                             _ wideBody: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>) -> R) -> R? {
        if s.isASCII {
            guard sub.isASCII else { return nil }
            return StrBuf.bytes(s) { h in StrBuf.bytes(sub) { n in narrow(h, n) } }
        }
        return StrBuf.wide(s) { h in StrBuf.wide(sub) { n in wideBody(h, n) } }
    }
}

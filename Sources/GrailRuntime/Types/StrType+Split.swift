/// str's splitting, stripping and padding methods: split/rsplit/splitlines,
/// strip/lstrip/rstrip, expandtabs, center/ljust/rjust/zfill.
/// Thread-safety: pure natives.
extension StrType {
    static func installSplit() {
        let s = PyType.str
        s.def("split") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "split")
            let (sep, maxsplit) = try StrSplit.args(a, "split")
            return .obj(PyList(StrSplit.split(x, sep, maxsplit, reverse: false)))
        }
        s.def("rsplit") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "rsplit")
            let (sep, maxsplit) = try StrSplit.args(a, "rsplit")
            return .obj(PyList(StrSplit.split(x, sep, maxsplit, reverse: true)))
        }
        s.def("splitlines") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "splitlines")
            let p = try StrArgs.keywords(a, "splitlines", ["keepends"])
            var keep = false
            if let k = p[0] { keep = try SliceIndices.ssize(k) != 0 }
            return .obj(PyList(StrSplit.splitlines(x, keep)))
        }
        s.def("strip") { (a) throws(PyBaseException) -> Value in try StrSplit.strip(a, "strip", left: true, right: true) }
        s.def("lstrip") { (a) throws(PyBaseException) -> Value in try StrSplit.strip(a, "lstrip", left: true, right: false) }
        s.def("rstrip") { (a) throws(PyBaseException) -> Value in try StrSplit.strip(a, "rstrip", left: false, right: true) }
        s.def("expandtabs") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "expandtabs")
            let p = try StrArgs.keywords(a, "expandtabs", ["tabsize"])
            var tab = 8
            if let t = p[0] {
                let v = try SliceIndices.ssize(t)
                if v > Int(Int32.max) || v < Int(Int32.min) { throw PyErr.overflow("Python int too large to convert to C int") }
                tab = v
            }
            return .obj(try StrSplit.expandtabs(x, tab))
        }
        s.def("center") { (a) throws(PyBaseException) -> Value in try StrSplit.pad(a, "center") }
        s.def("ljust") { (a) throws(PyBaseException) -> Value in try StrSplit.pad(a, "ljust") }
        s.def("rjust") { (a) throws(PyBaseException) -> Value in try StrSplit.pad(a, "rjust") }
        s.def("zfill") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "zfill")
            let width = try SliceIndices.ssize(try StrArgs.one(a, "zfill"))
            if x.count >= width { return StrArgs.same(x) }
            let fill = width - x.count
            var out: [UInt8] = []
            out.reserveCapacity(width + x.value.utf8.count)
            var body = Array(x.value.utf8)
            if let f = body.first, f == 0x2B || f == 0x2D {
                out.append(f)
                body.removeFirst()
            }
            out.append(contentsOf: repeatElement(0x30, count: fill))
            out.append(contentsOf: body)
            return .obj(StrBuf.make(out))
        }
    }
}

/// The algorithms behind split/strip/pad (CPython's stringlib ones).
/// Thread-safety: pure functions.
enum StrSplit {
    static func args(_ a: Args, _ name: String) throws(PyBaseException) -> (PyStr?, Int) {
        let p = try StrArgs.keywords(a, name, ["sep", "maxsplit"])
        var sep: PyStr? = nil
        if let v = p[0], !v.isNone {
            guard case .obj(let ps as PyStr) = v else { throw PyErr.typeError("must be str or None, not \(v.type.name)") }
            if ps.count == 0 { throw PyErr.valueError("empty separator") }
            sep = ps
        }
        var maxsplit = -1
        if let m = p[1] { maxsplit = try SliceIndices.ssize(m) }
        return (sep, maxsplit < 0 ? Int.max : maxsplit)
    }

    static func split(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int, reverse: Bool) -> [Value] {
        if let sep = sep {
            if s.isASCII && !sep.isASCII { return [StrArgs.same(s)] }
            if s.isASCII {
                return StrBuf.bytes(s) { h in StrBuf.bytes(sep) { n in splitSep(h, n, maxsplit, reverse) } }
            }
            return StrBuf.wide(s) { h in StrBuf.wide(sep) { n in splitSep(h, n, maxsplit, reverse) } }
        }
        if s.isASCII { return StrBuf.bytes(s) { splitSpace($0, maxsplit, reverse) } }
        return StrBuf.wide(s) { splitSpace($0, maxsplit, reverse) }
    }

    static func splitSep<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ n: UnsafeBufferPointer<T>, _ maxsplit: Int, _ reverse: Bool) -> [Value] {
        var out: [Value] = []
        var left = maxsplit
        let m = n.count
        if !reverse {
            var i = 0
            while left > 0 {
                let j = StrSearch.find(h, n, i, h.count)
                if j < 0 { break }
                out.append(.obj(StrBuf.slice(h, i, j)))
                i = j + m
                left -= 1
            }
            out.append(.obj(StrBuf.slice(h, i, h.count)))
            return out
        }
        var j = h.count
        while left > 0 {
            let pos = StrSearch.rfind(h, n, 0, j)
            if pos < 0 { break }
            out.append(.obj(StrBuf.slice(h, pos + m, j)))
            j = pos
            left -= 1
        }
        out.append(.obj(StrBuf.slice(h, 0, j)))
        out.reverse()
        return out
    }

    static func splitSpace<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ maxsplit: Int, _ reverse: Bool) -> [Value] {
        var out: [Value] = []
        var left = maxsplit
        let n = h.count
        if !reverse {
            var i = 0
            while left > 0 {
                while i < n && StrBuf.isSpace(UInt32(h[i])) { i += 1 }
                if i == n { break }
                let j = i
                i += 1
                while i < n && !StrBuf.isSpace(UInt32(h[i])) { i += 1 }
                out.append(.obj(StrBuf.slice(h, j, i)))
                left -= 1
            }
            if i < n {
                while i < n && StrBuf.isSpace(UInt32(h[i])) { i += 1 }
                if i != n { out.append(.obj(StrBuf.slice(h, i, n))) }
            }
            return out
        }
        var i = n - 1
        while left > 0 {
            while i >= 0 && StrBuf.isSpace(UInt32(h[i])) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !StrBuf.isSpace(UInt32(h[i])) { i -= 1 }
            out.append(.obj(StrBuf.slice(h, i + 1, j + 1)))
            left -= 1
        }
        if i >= 0 {
            while i >= 0 && StrBuf.isSpace(UInt32(h[i])) { i -= 1 }
            if i >= 0 { out.append(.obj(StrBuf.slice(h, 0, i + 1))) }
        }
        out.reverse()
        return out
    }

    static func splitlines(_ s: PyStr, _ keep: Bool) -> [Value] {
        func run<T: StrUnit>(_ h: UnsafeBufferPointer<T>) -> [Value] {
            var out: [Value] = []
            var i = 0, j = 0
            let n = h.count
            while i < n {
                while i < n && !StrBuf.isLineBreak(UInt32(h[i])) { i += 1 }
                var eol = i
                if i < n {
                    if h[i] == 0x0D && i + 1 < n && h[i + 1] == 0x0A { i += 2 } else { i += 1 }
                    if keep { eol = i }
                }
                out.append(.obj(StrBuf.slice(h, j, eol)))
                j = i
            }
            return out
        }
        if s.isASCII { return StrBuf.bytes(s) { run($0) } }
        return StrBuf.wide(s) { run($0) }
    }

    static func strip(_ a: Args, _ name: String, left: Bool, right: Bool) throws(PyBaseException) -> Value {
        let x = try StrArgs.selfStr(a, name)
        try StrArgs.clinic(a, name, 0, 1)
        var chars: PyStr? = nil
        if a.count > 1, !a[1].isNone {
            guard case .obj(let c as PyStr) = a[1] else { throw PyErr.typeError("\(name) arg must be None or str") }
            chars = c
        }
        func run<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ pred: (UInt32) -> Bool) -> (Int, Int) {
            var i = 0, j = h.count
            if left { while i < j && pred(UInt32(h[i])) { i += 1 } }
            if right { while j > i && pred(UInt32(h[j - 1])) { j -= 1 } }
            return (i, j)
        }
        let (lo, hi): (Int, Int)
        if let c = chars {
            let set: [UInt32] = c.isASCII ? c.value.utf8.map { UInt32($0) } : c.scalars.map { $0.value }
            let pred: (UInt32) -> Bool
            if set.count > 8 { let hs = Set(set); pred = { hs.contains($0) } } else { pred = { set.contains($0) } }
            if x.isASCII { (lo, hi) = StrBuf.bytes(x) { run($0, pred) } } else { (lo, hi) = StrBuf.wide(x) { run($0, pred) } }
        } else {
            if x.isASCII { (lo, hi) = StrBuf.bytes(x) { run($0, StrBuf.isSpace) } } else { (lo, hi) = StrBuf.wide(x) { run($0, StrBuf.isSpace) } }
        }
        if lo == 0 && hi == x.count { return StrArgs.same(x) }
        return .obj(StrOps.slice(x, lo, 1, hi - lo))
    }

    static func expandtabs(_ s: PyStr, _ tab: Int) throws(PyBaseException) -> PyStr {
        if !s.value.utf8.contains(0x09) { return s.type === PyType.str ? s : PyStr(s.value) }
        var out: [UInt8] = []
        out.reserveCapacity(s.value.utf8.count + 16)
        var col = 0
        var tooLong = false
        for u in s.value.unicodeScalars {
            if u.value == 0x09 {
                if tab > 0 {
                    let incr = tab - (col % tab)
                    col += incr
                    if out.count + incr > (1 << 36) { tooLong = true; break }
                    out.append(contentsOf: repeatElement(0x20, count: incr))
                }
            } else {
                col += 1
                StrBuf.appendScalar(u.value, to: &out)
                if u.value == 0x0A || u.value == 0x0D { col = 0 }
            }
        }
        if tooLong { throw PyErr.overflow("new string is too long") }
        return StrBuf.make(out)
    }

    /// center / ljust / rjust.
    static func pad(_ a: Args, _ name: String) throws(PyBaseException) -> Value {
        let x = try StrArgs.selfStr(a, name)
        try StrArgs.clinic(a, name, 1, 2)
        let width = try SliceIndices.ssize(a[1])
        var fill: UInt32 = 0x20
        if a.count > 2 {
            guard case .obj(let f as PyStr) = a[2] else {
                throw PyErr.typeError("The fill character must be a unicode character, not \(a[2].type.name)")
            }
            guard f.count == 1 else { throw PyErr.typeError("The fill character must be exactly one character long") }
            fill = f.value.unicodeScalars.first?.value ?? 0x20
        }
        if x.count >= width { return StrArgs.same(x) }
        let marg = width - x.count
        let left: Int
        switch name {
        case "center": left = marg / 2 + (marg & width & 1)
        case "ljust": left = 0
        default: left = marg
        }
        return .obj(try padStr(x, left, marg - left, fill))
    }

    static func padStr(_ x: PyStr, _ left: Int, _ right: Int, _ fill: UInt32) throws(PyBaseException) -> PyStr {
        if left + right > (1 << 36) { throw PyErr.memoryError() }
        var fb: [UInt8] = []
        StrBuf.appendScalar(fill, to: &fb)
        var out: [UInt8] = []
        out.reserveCapacity(x.value.utf8.count + (left + right) * fb.count)
        if fb.count == 1 { out.append(contentsOf: repeatElement(fb[0], count: left)) } else { for _ in 0..<left { out.append(contentsOf: fb) } }
        out.append(contentsOf: x.value.utf8)
        if fb.count == 1 { out.append(contentsOf: repeatElement(fb[0], count: right)) } else { for _ in 0..<right { out.append(contentsOf: fb) } }
        return StrBuf.make(out)
    }
}

/// str's searching methods: find/rfind/index/rindex/count, startswith/
/// endswith, replace, partition/rpartition, removeprefix/removesuffix.
/// Thread-safety: pure natives.
extension StrType {
    static func installSearch() {
        let s = PyType.str
        s.def("find") { (a) throws(PyBaseException) -> Value in
            let (x, sub, lo, hi) = try StrSearchArgs.parse(a, "find")
            return .int(StrSearch.find(x, sub, lo, hi))
        }
        s.def("rfind") { (a) throws(PyBaseException) -> Value in
            let (x, sub, lo, hi) = try StrSearchArgs.parse(a, "rfind")
            return .int(StrSearch.rfind(x, sub, lo, hi))
        }
        s.def("index") { (a) throws(PyBaseException) -> Value in
            let (x, sub, lo, hi) = try StrSearchArgs.parse(a, "index")
            let r = StrSearch.find(x, sub, lo, hi)
            if r < 0 { throw PyErr.valueError("substring not found") }
            return .int(r)
        }
        s.def("rindex") { (a) throws(PyBaseException) -> Value in
            let (x, sub, lo, hi) = try StrSearchArgs.parse(a, "rindex")
            let r = StrSearch.rfind(x, sub, lo, hi)
            if r < 0 { throw PyErr.valueError("substring not found") }
            return .int(r)
        }
        s.def("count") { (a) throws(PyBaseException) -> Value in
            let (x, sub, lo, hi) = try StrSearchArgs.parse(a, "count")
            return .int(StrSearch.count(x, sub, lo, hi))
        }
        s.def("startswith") { (a) throws(PyBaseException) -> Value in try StrSearchArgs.tailMatch(a, "startswith", atEnd: false) }
        s.def("endswith") { (a) throws(PyBaseException) -> Value in try StrSearchArgs.tailMatch(a, "endswith", atEnd: true) }
        s.def("replace") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "replace")
            try StrArgs.clinic(a, "replace", 2, 3)
            let old = try StrArgs.str(a[1], "replace() argument 1 must be str, not \(StrArgs.argType(a[1]))")
            let new = try StrArgs.str(a[2], "replace() argument 2 must be str, not \(StrArgs.argType(a[2]))")
            let count = a.count > 3 ? try SliceIndices.ssize(a[3]) : -1
            return .obj(StrReplace.replace(x, old, new, count < 0 ? Int.max : count))
        }
        s.def("partition") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "partition")
            let v = try StrArgs.one(a, "partition")
            let sep = try StrArgs.str(v, "must be str, not \(v.type.name)")
            if sep.count == 0 { throw PyErr.valueError("empty separator") }
            let i = StrSearch.find(x, sep, 0, x.count)
            if i < 0 { return .obj(PyTuple([StrArgs.same(x), .obj(StrBuf.empty), .obj(StrBuf.empty)])) }
            return .obj(PyTuple([.obj(StrOps.slice(x, 0, 1, i)), StrArgs.same(sep),
                                 .obj(StrOps.slice(x, i + sep.count, 1, x.count - i - sep.count))]))
        }
        s.def("rpartition") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "rpartition")
            let v = try StrArgs.one(a, "rpartition")
            let sep = try StrArgs.str(v, "must be str, not \(v.type.name)")
            if sep.count == 0 { throw PyErr.valueError("empty separator") }
            let i = StrSearch.rfind(x, sep, 0, x.count)
            if i < 0 { return .obj(PyTuple([.obj(StrBuf.empty), .obj(StrBuf.empty), StrArgs.same(x)])) }
            return .obj(PyTuple([.obj(StrOps.slice(x, 0, 1, i)), StrArgs.same(sep),
                                 .obj(StrOps.slice(x, i + sep.count, 1, x.count - i - sep.count))]))
        }
        s.def("removeprefix") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "removeprefix")
            let v = try StrArgs.one(a, "removeprefix")
            let p = try StrArgs.str(v, "removeprefix() argument must be str, not \(StrArgs.argType(v))")
            if p.count > 0 && StrSearchArgs.matchAt(x, p, 0) { return .obj(StrOps.slice(x, p.count, 1, x.count - p.count)) }
            return StrArgs.same(x)
        }
        s.def("removesuffix") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "removesuffix")
            let v = try StrArgs.one(a, "removesuffix")
            let p = try StrArgs.str(v, "removesuffix() argument must be str, not \(StrArgs.argType(v))")
            if p.count > 0 && p.count <= x.count && StrSearchArgs.matchAt(x, p, x.count - p.count) {
                return .obj(StrOps.slice(x, 0, 1, x.count - p.count))
            }
            return StrArgs.same(x)
        }
    }
}

/// Argument parsing and prefix matching for the search methods.
/// Thread-safety: pure functions.
enum StrSearchArgs {
    /// `(self, sub, start, end)` of find/rfind/index/rindex/count.
    static func parse(_ a: Args, _ name: String) throws(PyBaseException) -> (PyStr, PyStr, Int, Int) {
        let x = try StrArgs.selfStr(a, name)
        try StrArgs.tuple(a, name, 1, 3)
        let sub = try StrArgs.str(a[1], "must be str, not \(a[1].type.name)")
        let (lo, hi) = try StrArgs.range(a, 2, x.count)
        return (x, sub, lo, hi)
    }

    /// Does `sub` occur in `s` at code-point index `pos` (in range)?
    static func matchAt(_ s: PyStr, _ sub: PyStr, _ pos: Int) -> Bool {
        if pos < 0 || pos + sub.count > s.count { return false }
        if sub.count == 0 { return true }
        let r = StrSearch.withPair(s, sub, { (h, n) -> Bool in
            memcmpEqual(h, pos, n)
        }, { (h, n) -> Bool in
            memcmpEqual(h, pos, n)
        })
        return r ?? false
    }

    @inline(__always) static func memcmpEqual<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ pos: Int, _ n: UnsafeBufferPointer<T>) -> Bool {
        var i = 0
        while i < n.count { if h[pos + i] != n[i] { return false }; i += 1 }
        return true
    }

    /// startswith / endswith with a str or tuple of strs.
    static func tailMatch(_ a: Args, _ name: String, atEnd: Bool) throws(PyBaseException) -> Value {
        let x = try StrArgs.selfStr(a, name)
        try StrArgs.tuple(a, name, 1, 3, qualified: true)
        let (lo, hi) = try StrArgs.range(a, 2, x.count)
        func one(_ sub: PyStr) -> Bool {
            let e = hi - sub.count
            if e < lo { return false }
            if sub.count == 0 { return true }
            return matchAt(x, sub, atEnd ? e : lo)
        }
        switch a[1] {
        case .obj(let sub as PyStr): return .bool(one(sub))
        case .obj(let t as PyTuple):
            for v in t.items {
                guard case .obj(let sub as PyStr) = v else {
                    throw PyErr.typeError("tuple for \(name) must only contain str, not \(v.type.name)")
                }
                if one(sub) { return .True }
            }
            return .False
        default:
            throw PyErr.typeError("\(name) first arg must be str or a tuple of str, not \(a[1].type.name)")
        }
    }
}

/// `str.replace`. Thread-safety: pure functions.
enum StrReplace {
    static func replace(_ s: PyStr, _ old: PyStr, _ new: PyStr, _ maxCount: Int) -> PyStr {
        if maxCount == 0 { return s.type === PyType.str ? s : PyStr(s.value) }
        if old.count == 0 {
            // Insert `new` before every character and at the end (up to maxCount times).
            let n = min(maxCount, s.count + 1)
            var out: [UInt8] = []
            out.reserveCapacity(s.value.utf8.count + n * new.value.utf8.count)
            func run<T: StrUnit>(_ b: UnsafeBufferPointer<T>) {
                var done = 0
                for i in 0..<b.count {
                    if done < n { out.append(contentsOf: new.value.utf8); done += 1 }
                    T.appendUTF8(b, i, i + 1, to: &out)
                }
                if done < n { out.append(contentsOf: new.value.utf8) }
            }
            if s.isASCII { StrBuf.bytes(s) { run($0) } } else { StrBuf.wide(s) { run($0) } }
            return StrBuf.make(out)
        }
        let newBytes = Array(new.value.utf8)
        if s.isASCII && old.count == 1 && old.isASCII && new.count == 1 && new.isASCII && maxCount == Int.max {
            // One ASCII character for another: a byte map.
            let from = StrBuf.bytes(old) { $0[0] }, to = newBytes[0]
            var changed = false
            let out = StrBuf.bytes(s) { b in
                [UInt8](unsafeUninitializedCapacity: b.count) { buf, n in
                    for i in 0..<b.count { let c = b[i]; if c == from { buf[i] = to; changed = true } else { buf[i] = c } }
                    n = b.count
                }
            }
            if !changed { return s.type === PyType.str ? s : PyStr(s.value) }
            return StrBuf.make(out)
        }
        func run<T: StrUnit>(_ h: UnsafeBufferPointer<T>, _ n: UnsafeBufferPointer<T>) -> [UInt8]? {
            var out: [UInt8] = []
            var i = 0, done = 0
            let m = n.count
            while done < maxCount {
                let j = StrSearch.find(h, n, i, h.count)
                if j < 0 { break }
                if done == 0 { out.reserveCapacity(h.count + 16) }
                T.appendUTF8(h, i, j, to: &out)
                out.append(contentsOf: newBytes)
                i = j + m
                done += 1
            }
            if done == 0 { return nil }
            T.appendUTF8(h, i, h.count, to: &out)
            return out
        }
        let r = StrSearch.withPair(s, old, { (h, n) in run(h, n) }, { (h, n) in run(h, n) })
        guard let out = r ?? nil else { return s.type === PyType.str ? s : PyStr(s.value) }
        return StrBuf.make(out)
    }
}

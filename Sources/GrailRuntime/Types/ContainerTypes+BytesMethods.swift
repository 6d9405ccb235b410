/// The byte-string methods shared by `bytes` and `bytearray`: searching,
/// splitting, stripping, ASCII case mapping, padding and `%` formatting.
/// Thread-safety: pure functions over the receiver's bytes.
extension ContainerTypes {
    /// (sub, start, end) of count/find/index/startswith ("count() takes at least 1 argument (0 given)").
    static func findArgs(_ a: Args, _ name: String) throws(PyBaseException) -> (Value, Int, Int, Int) {
        let s = try bytesSelf(a, name)
        if a.kwnames != nil { throw PyErr.typeError("\(name)() takes no keyword arguments") }
        let n = a.count - 1
        if n < 1 { throw PyErr.typeError("\(name)() takes at least 1 argument (\(n) given)") }
        if n > 3 { throw PyErr.typeError("\(name)() takes at most 3 arguments (\(n) given)") }
        let st = try SliceIndices.optionalIndex(n > 1 ? a[2] : nil)
        let en = try SliceIndices.optionalIndex(n > 2 ? a[3] : nil)
        let (lo, hi) = SliceIndices.searchRange(st, en, s.bytes.count)
        return (a[1], lo, hi, s.bytes.count)
    }

    static func installBytesSearch(_ t: PyType) {
        t.def("find") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "find")
            let (sub, lo, hi, _) = try findArgs(a, "find")
            return .int(BytesSearch.find(s.bytes, try subArg(sub), lo, hi))
        }
        t.def("rfind") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "rfind")
            let (sub, lo, hi, _) = try findArgs(a, "rfind")
            return .int(BytesSearch.rfind(s.bytes, try subArg(sub), lo, hi))
        }
        t.def("index") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "index")
            let (sub, lo, hi, _) = try findArgs(a, "index")
            let r = BytesSearch.find(s.bytes, try subArg(sub), lo, hi)
            if r < 0 { throw PyErr.valueError("subsection not found") }
            return .int(r)
        }
        t.def("rindex") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "rindex")
            let (sub, lo, hi, _) = try findArgs(a, "rindex")
            let r = BytesSearch.rfind(s.bytes, try subArg(sub), lo, hi)
            if r < 0 { throw PyErr.valueError("subsection not found") }
            return .int(r)
        }
        t.def("count") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "count")
            let (sub, lo, hi, _) = try findArgs(a, "count")
            return .int(BytesSearch.count(s.bytes, try subArg(sub), lo, hi))
        }
        t.def("startswith") { (a) throws(PyBaseException) -> Value in try startsEnds(a, "startswith", atEnd: false) }
        t.def("endswith") { (a) throws(PyBaseException) -> Value in try startsEnds(a, "endswith", atEnd: true) }
        t.def("split") { (a) throws(PyBaseException) -> Value in try splitImpl(a, "split", reverse: false) }
        t.def("rsplit") { (a) throws(PyBaseException) -> Value in try splitImpl(a, "rsplit", reverse: true) }
        t.def("partition") { (a) throws(PyBaseException) -> Value in try partitionImpl(a, "partition", reverse: false) }
        t.def("rpartition") { (a) throws(PyBaseException) -> Value in try partitionImpl(a, "rpartition", reverse: true) }
        t.def("join") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "join")
            try CArgs.fixed(a, "join", 1)
            guard Ops.isIterable(a[1]) else { throw PyErr.typeError("can only join an iterable") }
            var out: [UInt8] = []
            var i = 0
            try Ops.iterate(a[1]) { (v) throws(PyBaseException) in
                guard let b = buffer(v) else {
                    throw PyErr.typeError("sequence item \(i): expected a bytes-like object, \(v.type.name) found")
                }
                if i > 0 { out.append(contentsOf: s.bytes) }
                out.append(contentsOf: b)
                i += 1
            }
            return bytesLike(s, out)
        }
        t.def("replace") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "replace")
            try CArgs.range(a, "replace", "replace", 2, 3)
            let old = try needBuffer(a[1]), new = try needBuffer(a[2])
            let count = a.count > 3 ? try SliceIndices.ssize(a[3]) : -1
            return bytesLike(s, BytesSearch.replace(s.bytes, old, new, count))
        }
        t.def("removeprefix") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "removeprefix")
            try CArgs.fixed(a, "removeprefix", 1)
            let p = try needBuffer(a[1])
            if s.bytes.starts(with: p) { return bytesLike(s, Array(s.bytes[p.count...])) }
            return bytesLike(s, s.bytes)
        }
        t.def("removesuffix") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "removesuffix")
            try CArgs.fixed(a, "removesuffix", 1)
            let p = try needBuffer(a[1])
            if !p.isEmpty && s.bytes.count >= p.count && Array(s.bytes[(s.bytes.count - p.count)...]) == p {
                return bytesLike(s, Array(s.bytes[..<(s.bytes.count - p.count)]))
            }
            return bytesLike(s, s.bytes)
        }
    }

    static func startsEnds(_ a: Args, _ name: String, atEnd: Bool) throws(PyBaseException) -> Value {
        let s = try bytesSelf(a, name)
        let (arg, lo, hi, _) = try findArgs(a, name)
        func test(_ p: [UInt8]) -> Bool {
            if hi - lo < p.count || lo > s.bytes.count { return false }
            let base = atEnd ? hi - p.count : lo
            var i = 0
            while i < p.count { if s.bytes[base + i] != p[i] { return false }; i += 1 }
            return true
        }
        if case .obj(let tup as PyTuple) = arg {
            for v in tup.items {
                guard let p = buffer(v) else {
                    throw PyErr.typeError("a bytes-like object is required, not '\(v.type.name)'")
                }
                if test(p) { return .True }
            }
            return .False
        }
        guard let p = buffer(arg) else {
            throw PyErr.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(arg.type.name)")
        }
        return .bool(test(p))
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }

    static func splitImpl(_ a: Args, _ name: String, reverse: Bool) throws(PyBaseException) -> Value {
        let s = try bytesSelf(a, name)
        let p = try CArgs.bind(a, name, ["sep", "maxsplit"], required: 0)
        var maxsplit = try p[1].map { (v) throws(PyBaseException) -> Int in try SliceIndices.ssize(v) } ?? -1
        if maxsplit < 0 { maxsplit = Int.max }
        let b = s.bytes
        var parts: [[UInt8]] = []
        if let sv = p[0], !sv.isNone {
            let sep = try needBuffer(sv)
            if sep.isEmpty { throw PyErr.valueError("empty separator") }
            if !reverse {
                var start = 0
                while parts.count < maxsplit {
                    let i = BytesSearch.find(b, sep, start, b.count)
                    if i < 0 { break }
                    parts.append(Array(b[start..<i]))
                    start = i + sep.count
                }
                parts.append(Array(b[start...]))
            } else {
                var end = b.count
                while parts.count < maxsplit {
                    let i = BytesSearch.rfind(b, sep, 0, end)
                    if i < 0 { break }
                    parts.append(Array(b[(i + sep.count)..<end]))
                    end = i
                }
                parts.append(Array(b[..<end]))
                parts.reverse()
            }
        } else if !reverse {
            var i = 0
            let n = b.count
            while true {
                while i < n && isSpace(b[i]) { i += 1 }
                if i >= n { break }
                if parts.count == maxsplit {
                    parts.append(Array(b[i..<n]))
                    break
                }
                let st = i
                while i < n && !isSpace(b[i]) { i += 1 }
                parts.append(Array(b[st..<i]))
            }
        } else {
            var i = b.count
            while true {
                while i > 0 && isSpace(b[i - 1]) { i -= 1 }
                if i <= 0 { break }
                if parts.count == maxsplit {
                    parts.append(Array(b[0..<i]))
                    break
                }
                let en = i
                while i > 0 && !isSpace(b[i - 1]) { i -= 1 }
                parts.append(Array(b[i..<en]))
            }
            parts.reverse()
        }
        return .obj(PyList(parts.map { bytesLike(s, $0) }))
    }

    static func partitionImpl(_ a: Args, _ name: String, reverse: Bool) throws(PyBaseException) -> Value {
        let s = try bytesSelf(a, name)
        try CArgs.fixed(a, name, 1)
        let sep = try needBuffer(a[1])
        if sep.isEmpty { throw PyErr.valueError("empty separator") }
        let b = s.bytes
        let i = reverse ? BytesSearch.rfind(b, sep, 0, b.count) : BytesSearch.find(b, sep, 0, b.count)
        if i < 0 {
            if reverse { return .obj(PyTuple([bytesLike(s, []), bytesLike(s, []), bytesLike(s, b)])) }
            return .obj(PyTuple([bytesLike(s, b), bytesLike(s, []), bytesLike(s, [])]))
        }
        return .obj(PyTuple([bytesLike(s, Array(b[..<i])), bytesLike(s, sep), bytesLike(s, Array(b[(i + sep.count)...]))]))
    }

    static func stripImpl(_ a: Args, _ name: String, left: Bool, right: Bool) throws(PyBaseException) -> Value {
        let s = try bytesSelf(a, name)
        try CArgs.range(a, name, name, 0, 1)
        var set = [Bool](repeating: false, count: 256)
        if a.count > 1, !a[1].isNone { for c in try needBuffer(a[1]) { set[Int(c)] = true } }
        else { for c in [9, 10, 11, 12, 13, 32] { set[c] = true } }
        let b = s.bytes
        var lo = 0, hi = b.count
        if left { while lo < hi && set[Int(b[lo])] { lo += 1 } }
        if right { while hi > lo && set[Int(b[hi - 1])] { hi -= 1 } }
        return bytesLike(s, Array(b[lo..<hi]))
    }

    static func padImpl(_ a: Args, _ name: String, _ kind: Int) throws(PyBaseException) -> Value {
        let s = try bytesSelf(a, name)
        try CArgs.range(a, name, name, 1, 2)
        let width = try SliceIndices.ssize(a[1])
        var fill: UInt8 = 32
        if a.count > 2 {
            guard let f = buffer(a[2]), f.count == 1 else {
                let desc = a[2].object is PyBytes ? "\(a[2].type.name)" : a[2].type.name
                throw PyErr.typeError("\(name)() argument 2 must be a byte string of length 1, not \(desc)")
            }
            fill = f[0]
        }
        let b = s.bytes
        if width <= b.count { return bytesLike(s, b) }
        let total = width - b.count
        let left: Int
        switch kind {
        case 0: left = 0
        case 1: left = total
        default: left = total / 2 + (total & width & 1)
        }
        return bytesLike(s, [UInt8](repeating: fill, count: left) + b + [UInt8](repeating: fill, count: total - left))
    }

    static func mapImpl(_ a: Args, _ name: String, _ f: (inout [UInt8]) -> Void) throws(PyBaseException) -> Value {
        let s = try bytesSelf(a, name)
        try CArgs.fixed(a, name, 0)
        var b = s.bytes
        f(&b)
        return bytesLike(s, b)
    }

    static func testImpl(_ a: Args, _ name: String, _ f: ([UInt8]) -> Bool) throws(PyBaseException) -> Value {
        let s = try bytesSelf(a, name)
        try CArgs.fixed(a, name, 0)
        return .bool(f(s.bytes))
    }

    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { isLower(c) || isUpper(c) }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    static func installBytesTransform(_ t: PyType) {
        t.def("strip") { (a) throws(PyBaseException) -> Value in try stripImpl(a, "strip", left: true, right: true) }
        t.def("lstrip") { (a) throws(PyBaseException) -> Value in try stripImpl(a, "lstrip", left: true, right: false) }
        t.def("rstrip") { (a) throws(PyBaseException) -> Value in try stripImpl(a, "rstrip", left: false, right: true) }
        t.def("ljust") { (a) throws(PyBaseException) -> Value in try padImpl(a, "ljust", 0) }
        t.def("rjust") { (a) throws(PyBaseException) -> Value in try padImpl(a, "rjust", 1) }
        t.def("center") { (a) throws(PyBaseException) -> Value in try padImpl(a, "center", 2) }
        t.def("zfill") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "zfill")
            try CArgs.fixed(a, "zfill", 1)
            let width = try SliceIndices.ssize(a[1])
            var b = s.bytes
            if width <= b.count { return bytesLike(s, b) }
            let fill = width - b.count
            var sign: [UInt8] = []
            if let f = b.first, f == 43 || f == 45 { sign = [f]; b.removeFirst() }
            return bytesLike(s, sign + [UInt8](repeating: 48, count: fill) + b)
        }
        t.def("upper") { (a) throws(PyBaseException) -> Value in
            try mapImpl(a, "upper") { b in for i in b.indices where isLower(b[i]) { b[i] -= 32 } }
        }
        t.def("lower") { (a) throws(PyBaseException) -> Value in
            try mapImpl(a, "lower") { b in for i in b.indices where isUpper(b[i]) { b[i] += 32 } }
        }
        t.def("swapcase") { (a) throws(PyBaseException) -> Value in
            try mapImpl(a, "swapcase") { b in
                for i in b.indices { if isLower(b[i]) { b[i] -= 32 } else if isUpper(b[i]) { b[i] += 32 } }
            }
        }
        t.def("capitalize") { (a) throws(PyBaseException) -> Value in
            try mapImpl(a, "capitalize") { b in
                for i in b.indices {
                    if i == 0 { if isLower(b[i]) { b[i] -= 32 } }
                    else if isUpper(b[i]) { b[i] += 32 }
                }
            }
        }
        t.def("title") { (a) throws(PyBaseException) -> Value in
            try mapImpl(a, "title") { b in
                var prevCased = false
                for i in b.indices {
                    if isLower(b[i]) { if !prevCased { b[i] -= 32 }; prevCased = true }
                    else if isUpper(b[i]) { if prevCased { b[i] += 32 }; prevCased = true }
                    else { prevCased = false }
                }
            }
        }
        t.def("isdigit") { (a) throws(PyBaseException) -> Value in try testImpl(a, "isdigit") { !$0.isEmpty && $0.allSatisfy(isDigit) } }
        t.def("isalpha") { (a) throws(PyBaseException) -> Value in try testImpl(a, "isalpha") { !$0.isEmpty && $0.allSatisfy(isAlpha) } }
        t.def("isalnum") { (a) throws(PyBaseException) -> Value in try testImpl(a, "isalnum") { !$0.isEmpty && $0.allSatisfy { isAlpha($0) || isDigit($0) } } }
        t.def("isspace") { (a) throws(PyBaseException) -> Value in try testImpl(a, "isspace") { !$0.isEmpty && $0.allSatisfy(isSpace) } }
        t.def("isascii") { (a) throws(PyBaseException) -> Value in try testImpl(a, "isascii") { $0.allSatisfy { $0 < 128 } } }
        t.def("islower") { (a) throws(PyBaseException) -> Value in
            try testImpl(a, "islower") { $0.contains(where: isLower) && !$0.contains(where: isUpper) }
        }
        t.def("isupper") { (a) throws(PyBaseException) -> Value in
            try testImpl(a, "isupper") { $0.contains(where: isUpper) && !$0.contains(where: isLower) }
        }
        t.def("istitle") { (a) throws(PyBaseException) -> Value in
            try testImpl(a, "istitle") { b in
                var cased = false, prevCased = false
                for c in b {
                    if isUpper(c) { if prevCased { return false }; prevCased = true; cased = true }
                    else if isLower(c) { if !prevCased { return false }; prevCased = true; cased = true }
                    else { prevCased = false }
                }
                return cased
            }
        }
        t.def("expandtabs") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "expandtabs")
            let p = try CArgs.bind(a, "expandtabs", ["tabsize"], required: 0)
            let tab = try p[0].map { (v) throws(PyBaseException) -> Int in try SliceIndices.ssize(v) } ?? 8
            var out: [UInt8] = []
            var col = 0
            for c in s.bytes {
                if c == 9 {
                    if tab > 0 { let n = tab - col % tab; out.append(contentsOf: [UInt8](repeating: 32, count: n)); col += n }
                } else {
                    out.append(c)
                    col = (c == 10 || c == 13) ? 0 : col + 1
                }
            }
            return bytesLike(s, out)
        }
        t.def("splitlines") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "splitlines")
            let p = try CArgs.bind(a, "splitlines", ["keepends"], required: 0)
            let keep = try p[0].map { (v) throws(PyBaseException) -> Bool in try Ops.isTrue(v) } ?? false
            let b = s.bytes
            var out: [Value] = []
            var i = 0, start = 0
            while i < b.count {
                if b[i] == 10 || b[i] == 13 {
                    var eol = i + 1
                    if b[i] == 13 && i + 1 < b.count && b[i + 1] == 10 { eol = i + 2 }
                    out.append(bytesLike(s, Array(b[start..<(keep ? eol : i)])))
                    start = eol
                    i = eol
                } else {
                    i += 1
                }
            }
            if start < b.count { out.append(bytesLike(s, Array(b[start...]))) }
            return .obj(PyList(out))
        }
    }
}

/// Substring search over byte arrays. Thread-safety: pure.
enum BytesSearch {
    /// First index of `sub` in `b[lo..<hi]`, or -1.
    static func find(_ b: [UInt8], _ sub: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        let m = sub.count
        if lo > b.count { return -1 }
        if m == 0 { return lo <= hi ? lo : -1 }
        if hi - lo < m { return -1 }
        var i = lo
        let first = sub[0]
        while i <= hi - m {
            if b[i] == first {
                var k = 1
                while k < m && b[i + k] == sub[k] { k += 1 }
                if k == m { return i }
            }
            i += 1
        }
        return -1
    }

    static func rfind(_ b: [UInt8], _ sub: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        let m = sub.count
        if lo > b.count { return -1 }
        if m == 0 { return lo <= hi ? hi : -1 }
        if hi - lo < m { return -1 }
        var i = hi - m
        while i >= lo {
            var k = 0
            while k < m && b[i + k] == sub[k] { k += 1 }
            if k == m { return i }
            i -= 1
        }
        return -1
    }

    static func count(_ b: [UInt8], _ sub: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        if lo > b.count { return 0 }
        if sub.isEmpty { return lo <= hi ? hi - lo + 1 : 0 }
        var c = 0, i = lo
        while true {
            let j = find(b, sub, i, hi)
            if j < 0 { return c }
            c += 1
            i = j + sub.count
        }
    }

    static func replace(_ b: [UInt8], _ old: [UInt8], _ new: [UInt8], _ count: Int) -> [UInt8] {
        var maxc = count < 0 ? Int.max : count
        if maxc == 0 { return b }
        var out: [UInt8] = []
        if old.isEmpty {
            var i = 0
            while i <= b.count {
                if maxc > 0 { out.append(contentsOf: new); maxc -= 1 }
                if i < b.count { out.append(b[i]) }
                i += 1
            }
            return out
        }
        var i = 0
        while maxc > 0 {
            let j = find(b, old, i, b.count)
            if j < 0 { break }
            out.append(contentsOf: b[i..<j])
            out.append(contentsOf: new)
            i = j + old.count
            maxc -= 1
        }
        out.append(contentsOf: b[i...])
        return out
    }
}

/// `bytes % args` (PEP 461): %s/%b, %r/%a, %d/%i/%u, %x/%X/%o, %c, %f/%e/%g
/// via the str formatter, with flags, width and precision. Thread-safety: pure.
enum BytesFormat {
    static func format(_ fmt: [UInt8], _ args: Value) throws(PyBaseException) -> [UInt8] {
        var out: [UInt8] = []
        var argList: [Value]
        var dict: Value? = nil
        if case .obj(let t as PyTuple) = args { argList = t.items }
        else {
            argList = [args]
            if case .obj(let o) = args, !(o is PyBytes), !(o is PyStr), o.type.lookup("__getitem__") != nil, !(o is PyTuple) {
                dict = args
            }
        }
        var ai = 0
        var usedDict = false
        func nextArg() throws(PyBaseException) -> Value {
            guard ai < argList.count else { throw PyErr.typeError("not enough arguments for format string") }
            ai += 1
            return argList[ai - 1]
        }
        var i = 0
        let n = fmt.count
        while i < n {
            let c = fmt[i]
            if c != 37 { out.append(c); i += 1; continue }
            i += 1
            if i >= n { throw PyErr.valueError("incomplete format") }
            var key: Value? = nil
            if fmt[i] == 40 { // (
                var depth = 1
                let st = i + 1
                i += 1
                while i < n && depth > 0 { if fmt[i] == 40 { depth += 1 } else if fmt[i] == 41 { depth -= 1 }; i += 1 }
                if depth > 0 { throw PyErr.valueError("incomplete format key") }
                key = .obj(PyBytes(Array(fmt[st..<(i - 1)])))
            }
            var flags = Set<UInt8>()
            while i < n, [45, 43, 32, 35, 48].contains(fmt[i]) { flags.insert(fmt[i]); i += 1 }
            var width: Int? = nil
            if i < n && fmt[i] == 42 { width = try SliceIndices.ssize(try nextArg()); i += 1 }
            else { var w = 0, any = false; while i < n && fmt[i] >= 48 && fmt[i] <= 57 { w = w * 10 + Int(fmt[i] - 48); any = true; i += 1 }; if any { width = w } }
            var prec: Int? = nil
            if i < n && fmt[i] == 46 {
                i += 1
                if i < n && fmt[i] == 42 { prec = try SliceIndices.ssize(try nextArg()); i += 1 }
                else { var p = 0; while i < n && fmt[i] >= 48 && fmt[i] <= 57 { p = p * 10 + Int(fmt[i] - 48); i += 1 }; prec = p }
            }
            while i < n && (fmt[i] == 104 || fmt[i] == 108 || fmt[i] == 76) { i += 1 }
            if i >= n { throw PyErr.valueError("incomplete format") }
            let conv = fmt[i]
            i += 1
            if conv == 37 { out.append(37); continue }
            let arg: Value
            if let k = key {
                guard let d = dict else { throw PyErr.typeError("format requires a mapping") }
                usedDict = true
                arg = try Ops.getitem(d, k)
            } else {
                arg = try nextArg()
            }
            var body: [UInt8]
            switch conv {
            case 115, 98: // s b
                if let b = ContainerTypes.buffer(arg) { body = b }
                else if case .obj(let o) = arg, let m = o.type.lookup("__bytes__") {
                    let r = try Ops.callValues(try Ops.bindDescriptor(m, arg), [])
                    guard let rb = ContainerTypes.buffer(r) else { throw PyErr.typeError("__bytes__ returned non-bytes (type \(r.type.name))") }
                    body = rb
                } else {
                    throw PyErr.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(arg.type.name)'")
                }
                if let p = prec, p < body.count { body = Array(body[..<p]) }
            case 114, 97: // r a
                body = Array(try Ops.ascii(arg).value.utf8)
                if let p = prec, p < body.count { body = Array(body[..<p]) }
            case 99: // c
                if let b = ContainerTypes.buffer(arg) {
                    guard b.count == 1 else { throw PyErr.typeError("%c requires an integer in range(256) or a single byte") }
                    body = b
                } else {
                    guard IntOps.isInt(arg), let v = IntOps.small(arg), v >= 0, v < 256 else {
                        if IntOps.isInt(arg) { throw PyErr.overflow("%c arg not in range(256)") }
                        throw PyErr.typeError("%c requires an integer in range(256) or a single byte")
                    }
                    body = [UInt8(v)]
                }
            default:
                var spec = "%"
                for f in flags { spec.unicodeScalars.append(Unicode.Scalar(f)) }
                if let w = width { spec += String(w) }
                if let p = prec { spec += "." + String(p) }
                spec.unicodeScalars.append(Unicode.Scalar(conv))
                let r = try StrFormatting.percent(PyStr(spec), .obj(PyTuple([arg])))
                guard case .obj(let rs as PyStr) = r else { body = []; break }
                out.append(contentsOf: rs.value.utf8)
                continue
            }
            if let w = width, w > body.count {
                let pad = [UInt8](repeating: 32, count: w - body.count)
                body = flags.contains(45) ? body + pad : pad + body
            }
            out.append(contentsOf: body)
        }
        if ai < argList.count && !usedDict && dict == nil {
            throw PyErr.typeError("not all arguments converted during bytes formatting")
        }
        return out
    }
}

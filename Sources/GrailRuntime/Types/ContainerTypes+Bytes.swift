/// `bytes` and `bytearray`: constructors, the shared byte-string methods
/// (search, split, strip, case, padding, hex, decode) and bytearray's
/// mutations, with CPython 3.11's messages. Thread-safety: bytes are
/// immutable; a bytearray method is one operation on one object.
extension ContainerTypes {
    static func bytesSelf(_ a: Args, _ name: String) throws(PyBaseException) -> PyBytes {
        guard a.buf.count > 0, case .obj(let b as PyBytes) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(name)' for 'bytes' objects doesn't apply to a '\(got)' object")
        }
        return b
    }

    static func byteArraySelf(_ a: Args, _ name: String) throws(PyBaseException) -> PyBytes {
        let b = try bytesSelf(a, name)
        guard b.isByteArray else {
            throw PyErr.typeError("descriptor '\(name)' for 'bytearray' objects doesn't apply to a '\(b.type.name)' object")
        }
        return b
    }

    /// A result of the same family as `like` (bytes methods give bytes, bytearray methods bytearray).
    @inline(__always)
    static func bytesLike(_ like: PyBytes, _ b: [UInt8]) -> Value {
        .obj(like.isByteArray ? PyBytes(b, type: PyType.bytearray) : PyBytes(b))
    }

    /// The bytes of a bytes-like object (bytes, bytearray, memoryview), or nil.
    static func buffer(_ v: Value) -> [UInt8]? {
        switch v.object {
        case let b as PyBytes: return b.bytes
        case let m as MemoryView: return m.released ? nil : m.bytes
        default: return nil
        }
    }

    /// A bytes-like argument, TypeError "a bytes-like object is required, not 'str'" otherwise.
    static func needBuffer(_ v: Value) throws(PyBaseException) -> [UInt8] {
        if let b = buffer(v) { return b }
        throw PyErr.typeError("a bytes-like object is required, not '\(v.type.name)'")
    }

    /// A byte value 0...255 from an int-like (ValueError "byte must be in range(0, 256)").
    static func byteValue(_ v: Value) throws(PyBaseException) -> UInt8 {
        let b = try IntOps.index(v)
        guard let i = Int(exactly: b), i >= 0, i < 256 else { throw PyErr.valueError("byte must be in range(0, 256)") }
        return UInt8(i)
    }

    /// A sub-bytes argument of count/find/index: bytes-like or an int byte.
    static func subArg(_ v: Value) throws(PyBaseException) -> [UInt8] {
        if let b = buffer(v) { return b }
        if IntOps.isInt(v) || v.type.lookup("__index__") != nil { return [try byteValue(v)] }
        throw PyErr.typeError("argument should be integer or bytes-like object, not '\(v.type.name)'")
    }

    /// Bytes from the constructor's source argument (CPython's bytes_new / bytearray_init).
    static func bytesFrom(_ x: Value, _ kind: String) throws(PyBaseException) -> [UInt8] {
        if let b = buffer(x) { return b }
        if case .obj(is PyStr) = x { throw PyErr.typeError("string argument without an encoding") }
        if IntOps.isInt(x) || x.type.lookup("__index__") != nil {
            let n = try SliceIndices.ssize(x)
            if n < 0 { throw PyErr.valueError("negative count") }
            if n > (1 << 40) { throw PyErr.memoryError() }
            return [UInt8](repeating: 0, count: n)
        }
        if case .obj(let o) = x {
            if let l = o as? PyList { return try l.items.map { (v) throws(PyBaseException) -> UInt8 in try rangedByte(v, kind) } }
            if let t = o as? PyTuple { return try t.items.map { (v) throws(PyBaseException) -> UInt8 in try rangedByte(v, kind) } }
        }
        guard Ops.isIterable(x) else { throw PyErr.typeError("cannot convert '\(x.type.name)' object to \(kind)") }
        var out: [UInt8] = []
        try Ops.iterate(x) { (v) throws(PyBaseException) in out.append(try rangedByte(v, kind)) }
        return out
    }

    /// An item of an iterable of ints for bytes() ("bytes must be in range(0, 256)").
    static func rangedByte(_ v: Value, _ kind: String) throws(PyBaseException) -> UInt8 {
        if case .int(let i) = v, i >= 0, i < 256 { return UInt8(i) }
        let b = try IntOps.index(v)
        guard let i = Int(exactly: b), i >= 0, i < 256 else {
            throw PyErr.valueError(kind == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)")
        }
        return UInt8(i)
    }

    /// The constructor arguments (source, encoding, errors) as bytes.
    static func constructBytes(_ a: Args, _ kind: String) throws(PyBaseException) -> [UInt8] {
        let p = try CArgs.bind(a, kind, ["source", "encoding", "errors"], required: 0)
        if p[0] == nil {
            if p[1] != nil { throw PyErr.typeError("encoding without a string argument") }
            if p[2] != nil { throw PyErr.typeError("errors without a string argument") }
            return []
        }
        let x = p[0] ?? .None
        if p[1] != nil || p[2] != nil {
            guard case .obj(let s as PyStr) = x else {
                throw PyErr.typeError(p[1] != nil ? "encoding without a string argument" : "errors without a string argument")
            }
            var enc = "utf-8", errs = "strict"
            if let e = p[1] {
                guard case .obj(let es as PyStr) = e else { throw PyErr.typeError("\(kind)() argument 'encoding' must be str, not \(e.type.name)") }
                enc = es.value
            }
            if let e = p[2] {
                guard case .obj(let es as PyStr) = e else { throw PyErr.typeError("\(kind)() argument 'errors' must be str, not \(e.type.name)") }
                errs = es.value
            }
            return try StrCodec.encode(s, enc, errs)
        }
        if kind == "bytes", case .obj(let o) = x, !(o is PyBytes), let m = o.type.lookup("__bytes__") {
            let r = try Ops.callValues(try Ops.bindDescriptor(m, x), [])
            guard case .obj(let rb as PyBytes) = r, !rb.isByteArray else {
                throw PyErr.typeError("__bytes__ returned non-bytes (type \(r.type.name))")
            }
            return rb.bytes
        }
        return try bytesFrom(x, kind)
    }

    static func installBytes() {
        let b = PyType.bytes, ba = PyType.bytearray
        b.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let ty = try CArgs.cls(a, "bytes")
            if !ty.isSubtype(PyType.bytes) { throw PyErr.typeError("bytes.__new__(\(ty.name)): \(ty.name) is not a subtype of bytes") }
            if ty === PyType.bytes, a.count == 2, !a.hasKeywords, case .obj(let o as PyBytes) = a[1], o.type === PyType.bytes { return a[1] }
            let bytes = try constructBytes(a, "bytes")
            return .obj(PyBytes(bytes, type: ty))
        }
        ba.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let ty = try CArgs.cls(a, "bytearray")
            if !ty.isSubtype(PyType.bytearray) { throw PyErr.typeError("bytearray.__new__(\(ty.name)): \(ty.name) is not a subtype of bytearray") }
            return .obj(PyBytes([], type: ty))
        }
        ba.def("__init__") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "__init__")
            s.bytes = try constructBytes(a, "bytearray")
            return .None
        }
        b.def("__hash__") { (a) throws(PyBaseException) -> Value in .int(BytesHash.hash(try bytesSelf(a, "__hash__").bytes)) }
        b.def("__bytes__") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "__bytes__")
            return s.type === PyType.bytes ? a[0] : .obj(PyBytes(s.bytes))
        }
        b.def("__getnewargs__") { (a) throws(PyBaseException) -> Value in
            .obj(PyTuple([.obj(PyBytes(try bytesSelf(a, "__getnewargs__").bytes))]))
        }
        ba.attr("__hash__", .None)
        for t in [b, ba] {
            installBytesCommon(t)
            installBytesSearch(t)
            installBytesTransform(t)
        }
        installByteArrayMutation(ba)
    }

    static func installBytesCommon(_ t: PyType) {
        t.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try bytesSelf(a, "__len__").bytes.count) }
        t.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "__getitem__")
            try CArgs.fixed(a, "__getitem__", 1)
            let what = s.isByteArray ? "bytearray" : "byte"
            let err = s.isByteArray ? "bytearray index out of range" : "index out of range"
            if let i = try CArgs.seqIndex(a[1], s.bytes.count, what, err) { return .int(Int(s.bytes[i])) }
            guard case .obj(let sl as PySlice) = a[1] else { throw PyErr.typeError("\(what) indices must be integers or slices, not \(MiscTypes.tpName(a[1].type))") }
            let (start, _, step, n) = try SliceIndices.adjust(sl, s.bytes.count)
            if n <= 0 { return bytesLike(s, []) }
            if step == 1 {
                if n == s.bytes.count && s.type === PyType.bytes { return a[0] }
                return bytesLike(s, Array(s.bytes[start..<(start + n)]))
            }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var i = start
            for _ in 0..<n { out.append(s.bytes[i]); i += step }
            return bytesLike(s, out)
        }
        t.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "__contains__")
            try CArgs.fixed(a, "__contains__", 1)
            if let sub = buffer(a[1]) { return .bool(BytesSearch.find(s.bytes, sub, 0, s.bytes.count) >= 0) }
            if IntOps.isInt(a[1]) || a[1].type.lookup("__index__") != nil { return .bool(s.bytes.contains(try byteValue(a[1]))) }
            throw PyErr.typeError("a bytes-like object is required, not '\(a[1].type.name)'")
        }
        t.def("__iter__") { (a) throws(PyBaseException) -> Value in .obj(BytesIterator(try bytesSelf(a, "__iter__"))) }
        t.def("__add__") { (a) throws(PyBaseException) -> Value in
            try CArgs.fixed(a, "__add__", 1)
            _ = try bytesSelf(a, "__add__")
            return try bytesConcat(a[0], a[1])
        }
        t.def("__mul__") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "__mul__")
            try CArgs.fixed(a, "__mul__", 1)
            return bytesLike(s, try repeatBytes(s.bytes, try SliceIndices.ssize(a[1])))
        }
        t.def("__rmul__") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "__rmul__")
            try CArgs.fixed(a, "__rmul__", 1)
            return bytesLike(s, try repeatBytes(s.bytes, try SliceIndices.ssize(a[1])))
        }
        t.def("__mod__") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "__mod__")
            try CArgs.fixed(a, "__mod__", 1)
            return bytesLike(s, try BytesFormat.format(s.bytes, a[1]))
        }
        t.def("__rmod__") { (a) throws(PyBaseException) -> Value in .notImplemented }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try bytesSelf(a, "__repr__"))) }
        t.def("__str__") { (a) throws(PyBaseException) -> Value in .obj(try NativeRepr.repr(try bytesSelf(a, "__str__"))) }
        defRichCompare(t)
        t.def("decode") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "decode")
            let p = try CArgs.bind(a, "decode", ["encoding", "errors"], required: 0)
            var enc = "utf-8", errs = "strict"
            if let e = p[0] {
                guard case .obj(let es as PyStr) = e else { throw PyErr.typeError("decode() argument 'encoding' must be str, not \(e.type.name)") }
                enc = es.value
            }
            if let e = p[1] {
                guard case .obj(let es as PyStr) = e else { throw PyErr.typeError("decode() argument 'errors' must be str, not \(e.type.name)") }
                errs = es.value
            }
            return .obj(try StrCodec.decodeBytes(s.bytes, enc, errs))
        }
        t.def("hex") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "hex")
            let p = try CArgs.bind(a, "hex", ["sep", "bytes_per_sep"], required: 0)
            return .str(try BytesHex.hex(s.bytes, p[0], p[1]))
        }
        t.defClass("fromhex") { (a) throws(PyBaseException) -> Value in
            try CArgs.fixed(a, "fromhex", 1)
            guard case .obj(let str as PyStr) = a[1] else {
                throw PyErr.typeError("fromhex() argument must be str, not \(a[1].type.name)")
            }
            let bytes = try BytesHex.fromhex(str)
            guard case .obj(let cls as PyType) = a[0] else { return .obj(PyBytes(bytes)) }
            if cls === PyType.bytes { return .obj(PyBytes(bytes)) }
            if cls === PyType.bytearray { return .obj(PyBytes(bytes, type: PyType.bytearray)) }
            return try Ops.callValues(a[0], [.obj(PyBytes(bytes))])
        }
        t.defClass("maketrans") { (a) throws(PyBaseException) -> Value in
            try CArgs.range(a, "maketrans", "maketrans", 2, 2)
            let from = try needBuffer(a[1]), to = try needBuffer(a[2])
            if from.count != to.count { throw PyErr.valueError("maketrans arguments must have same length") }
            var table = (0..<256).map { UInt8($0) }
            for (i, c) in from.enumerated() { table[Int(c)] = to[i] }
            return .obj(PyBytes(table))
        }
        t.def("translate") { (a) throws(PyBaseException) -> Value in
            let s = try bytesSelf(a, "translate")
            let p = try CArgs.bind(a, "translate", ["table", "delete"], required: 1)
            var table: [UInt8]? = nil
            if let tv = p[0], !tv.isNone {
                let tb = try needBuffer(tv)
                if tb.count != 256 { throw PyErr.valueError("translation table must be 256 characters long") }
                table = tb
            }
            var delete = [Bool](repeating: false, count: 256)
            if let d = p[1] { for c in try needBuffer(d) { delete[Int(c)] = true } }
            var out: [UInt8] = []
            out.reserveCapacity(s.bytes.count)
            for c in s.bytes where !delete[Int(c)] { out.append(table?[Int(c)] ?? c) }
            return bytesLike(s, out)
        }
    }

    static func repeatBytes(_ b: [UInt8], _ n: Int) throws(PyBaseException) -> [UInt8] {
        if n <= 0 || b.isEmpty { return [] }
        let (total, o) = b.count.multipliedReportingOverflow(by: n)
        if o || total > (1 << 40) { throw PyErr.memoryError() }
        if b.count == 1 { return [UInt8](repeating: b[0], count: n) }
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for _ in 0..<n { out.append(contentsOf: b) }
        return out
    }

    /// `a + b` where `a` is bytes/bytearray (result family follows `a`).
    static func bytesConcat(_ a: Value, _ b: Value) throws(PyBaseException) -> Value {
        guard let x = buffer(a), let y = buffer(b) else {
            throw PyErr.typeError("can't concat \(b.type.name) to \(a.type.name)")
        }
        if case .obj(let ab as PyBytes) = a, ab.isByteArray { return .obj(PyBytes(x + y, type: PyType.bytearray)) }
        return .obj(PyBytes(x + y))
    }

    static func installByteArrayMutation(_ t: PyType) {
        t.def("append") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "append")
            try CArgs.fixed(a, "bytearray.append", 1)
            s.bytes.append(try byteValue(a[1]))
            return .None
        }
        t.def("extend") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "extend")
            try CArgs.fixed(a, "bytearray.extend", 1)
            if let b = buffer(a[1]) { s.bytes.append(contentsOf: b); return .None }
            guard Ops.isIterable(a[1]) else { throw PyErr.typeError("can't extend bytearray with \(a[1].type.name)") }
            var add: [UInt8] = []
            try Ops.iterate(a[1]) { (v) throws(PyBaseException) in add.append(try byteValue(v)) }
            s.bytes.append(contentsOf: add)
            return .None
        }
        t.def("insert") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "insert")
            try CArgs.range(a, "insert", "bytearray.insert", 2, 2)
            var i = try SliceIndices.ssize(a[1])
            let v = try byteValue(a[2])
            let n = s.bytes.count
            if i < 0 { i += n; if i < 0 { i = 0 } }
            if i > n { i = n }
            s.bytes.insert(v, at: i)
            return .None
        }
        t.def("pop") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "pop")
            try CArgs.range(a, "pop", "bytearray.pop", 0, 1)
            var i = a.count > 1 ? try SliceIndices.ssize(a[1]) : -1
            let n = s.bytes.count
            if n == 0 { throw PyErr.indexError("pop from empty bytearray") }
            if i < 0 { i += n }
            if i < 0 || i >= n { throw PyErr.indexError("pop index out of range") }
            return .int(Int(s.bytes.remove(at: i)))
        }
        t.def("remove") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "remove")
            try CArgs.fixed(a, "bytearray.remove", 1)
            let v = try byteValue(a[1])
            guard let i = s.bytes.firstIndex(of: v) else { throw PyErr.valueError("value not found in bytearray") }
            s.bytes.remove(at: i)
            return .None
        }
        t.def("clear") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "clear")
            try CArgs.fixed(a, "bytearray.clear", 0)
            s.bytes.removeAll()
            return .None
        }
        t.def("reverse") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "reverse")
            try CArgs.fixed(a, "bytearray.reverse", 0)
            s.bytes.reverse()
            return .None
        }
        t.def("copy") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "copy")
            try CArgs.fixed(a, "bytearray.copy", 0)
            return .obj(PyBytes(s.bytes, type: PyType.bytearray))
        }
        t.def("__alloc__") { (a) throws(PyBaseException) -> Value in .int(try byteArraySelf(a, "__alloc__").bytes.capacity + 1) }
        t.def("__setitem__") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "__setitem__")
            try CArgs.range(a, "__setitem__", "bytearray.__setitem__", 2, 2)
            if let i = try CArgs.seqIndex(a[1], s.bytes.count, "bytearray", "bytearray index out of range") {
                s.bytes[i] = try byteValue(a[2])
                return .None
            }
            guard case .obj(let sl as PySlice) = a[1] else { throw PyErr.typeError("bytearray indices must be integers or slices, not \(MiscTypes.tpName(a[1].type))") }
            let v: [UInt8]
            if let b = buffer(a[2]) { v = b }
            else if IntOps.isInt(a[2]) || a[2].object is PyStr || !Ops.isIterable(a[2]) {
                throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            } else {
                var tmp: [UInt8] = []
                try Ops.iterate(a[2]) { (x) throws(PyBaseException) in tmp.append(try byteValue(x)) }
                v = tmp
            }
            var (start, stop, step, n) = try SliceIndices.adjust(sl, s.bytes.count)
            if step == 1 {
                let lo = min(max(start, 0), s.bytes.count)
                let hi = min(max(stop, lo), s.bytes.count)
                s.bytes.replaceSubrange(lo..<hi, with: v)
                return .None
            }
            if (step < 0 && start < stop) || (step > 0 && start > stop) { stop = start }
            if v.count != n { throw PyErr.valueError("attempt to assign bytes of size \(v.count) to extended slice of size \(n)") }
            var i = start
            for x in v { if i >= 0 && i < s.bytes.count { s.bytes[i] = x }; i += step }
            return .None
        }
        t.def("__delitem__") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "__delitem__")
            try CArgs.fixed(a, "bytearray.__delitem__", 1)
            if let i = try CArgs.seqIndex(a[1], s.bytes.count, "bytearray", "bytearray index out of range") {
                s.bytes.remove(at: i)
                return .None
            }
            guard case .obj(let sl as PySlice) = a[1] else { throw PyErr.typeError("bytearray indices must be integers or slices, not \(MiscTypes.tpName(a[1].type))") }
            var (start, _, step, n) = try SliceIndices.adjust(sl, s.bytes.count)
            if n <= 0 { return .None }
            if step == 1 { s.bytes.removeSubrange(start..<(start + n)); return .None }
            if step < 0 { start = start + step * (n - 1); step = -step }
            var out: [UInt8] = []
            var next = start, removed = 0
            for (i, v) in s.bytes.enumerated() {
                if removed < n && i == next { removed += 1; next += step; continue }
                out.append(v)
            }
            s.bytes = out
            return .None
        }
        t.def("__iadd__") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "__iadd__")
            try CArgs.fixed(a, "bytearray.__iadd__", 1)
            guard let b = buffer(a[1]) else { throw PyErr.typeError("can't concat \(a[1].type.name) to bytearray") }
            s.bytes.append(contentsOf: b)
            return a[0]
        }
        t.def("__imul__") { (a) throws(PyBaseException) -> Value in
            let s = try byteArraySelf(a, "__imul__")
            try CArgs.fixed(a, "bytearray.__imul__", 1)
            s.bytes = try repeatBytes(s.bytes, try SliceIndices.ssize(a[1]))
            return a[0]
        }
    }
}

/// Hash of a bytes object (FNV-1a; never -1). Thread-safety: pure.
enum BytesHash {
    static func hash(_ b: [UInt8]) -> Int {
        if b.isEmpty { return 0 }
        var h: UInt64 = 14695981039346656037
        for c in b { h = (h ^ UInt64(c)) &* 1099511628211 }
        let r = Int(bitPattern: UInt(h))
        return r == -1 ? -2 : r
    }
}

/// bytes.hex / bytes.fromhex. Thread-safety: pure.
enum BytesHex {
    static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    static func hex(_ b: [UInt8], _ sepV: Value?, _ perV: Value?) throws(PyBaseException) -> String {
        var sep: UInt8? = nil
        if let s = sepV {
            if case .obj(let ss as PyStr) = s {
                guard ss.count == 1, let u = ss.value.unicodeScalars.first else { throw PyErr.valueError("sep must be length 1.") }
                guard u.value < 128 else { throw PyErr.valueError("sep must be ASCII.") }
                sep = UInt8(u.value)
            } else if let sb = ContainerTypes.buffer(s) {
                guard sb.count == 1 else { throw PyErr.valueError("sep must be length 1.") }
                sep = sb[0]
            } else {
                throw PyErr.typeError("sep must be str or bytes.")
            }
        }
        let per = try perV.map { (v) throws(PyBaseException) -> Int in try SliceIndices.ssize(v) } ?? 1
        var out: [UInt8] = []
        out.reserveCapacity(b.count * 3)
        let n = b.count
        let group = Swift.abs(per)
        for (i, c) in b.enumerated() {
            if let s = sep, i > 0, group > 0 {
                let boundary = per > 0 ? (n - i) % group == 0 : i % group == 0
                if boundary { out.append(s) }
            }
            out.append(digits[Int(c >> 4)])
            out.append(digits[Int(c & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func fromhex(_ s: PyStr) throws(PyBaseException) -> [UInt8] {
        let cps = s.scalars
        var out: [UInt8] = []
        var i = 0
        func val(_ u: Unicode.Scalar) -> UInt8? {
            switch u.value {
            case 48...57: return UInt8(u.value - 48)
            case 97...102: return UInt8(u.value - 87)
            case 65...70: return UInt8(u.value - 55)
            default: return nil
            }
        }
        while i < cps.count {
            let u = cps[i]
            if u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{0B}" || u == "\u{0C}" { i += 1; continue }
            guard let hi = val(u) else { throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position \(i)") }
            guard i + 1 < cps.count, let lo = val(cps[i + 1]) else {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}

/// Iterator over the bytes of a bytes/bytearray (reads a bytearray live).
/// Thread-safety: one consumer at a time.
final class BytesIterator: NativeIterator {
    var source: PyBytes?
    var index = 0
    static let byteArrayIteratorType = PyType(builtin: "bytearray_iterator", base: .object, layout: .other, baseType: false)
    init(_ b: PyBytes) {
        source = b
        super.init(type: b.isByteArray ? BytesIterator.byteArrayIteratorType : PyType.bytesIterator, noDict: ())
    }
    override func next() throws(PyBaseException) -> Value? {
        guard let b = source else { return nil }
        if index < b.bytes.count { index += 1; return .int(Int(b.bytes[index - 1])) }
        source = nil
        return nil
    }
    var lengthHint: Int { source.map { max(0, $0.bytes.count - index) } ?? 0 }
}

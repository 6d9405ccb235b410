import BigInt

/// A `memoryview` over bytes/bytearray: native single-character formats
/// ('B' by default; others through `cast`), first-dimension slicing (to
/// another view), item and slice assignment on bytearrays, multi-dimensional
/// shapes from `cast(fmt, shape)` (tolist/tobytes/tuple indexing),
/// tobytes/tolist/hex, release and the context manager.
/// Layout: item `i` of dimension 0 starts at byte `start + i * step` of the
/// source; inner dimensions (cast views only) are C-contiguous.
/// Thread-safety: the view's geometry is immutable; it reads and writes the
/// underlying object live, like CPython's buffer exports (one user at a time).
public final class MemoryView: PyObject {
    let source: PyBytes
    /// Byte offset of item 0.
    let start: Int
    /// Byte distance between consecutive items of dimension 0.
    let step: Int
    /// Items in dimension 0 (1 for a zero-dimensional view).
    let length: Int
    /// The format string as given to `cast` ('B', '@I', ...).
    let format: String
    /// The native format character.
    let code: UInt8
    let itemsize: Int
    /// The full shape (`[]` for zero dimensions; `[length]` for one).
    let shape: [Int]
    var released = false

    init(_ b: PyBytes, start: Int = 0, step: Int = 1, length: Int? = nil) {
        source = b
        self.start = start
        self.step = step
        let n = length ?? b.bytes.count
        self.length = n
        format = "B"
        code = UInt8(ascii: "B")
        itemsize = 1
        shape = [n]
        super.init(type: PyType.memoryview, noDict: ())
    }

    init(_ b: PyBytes, start: Int, step: Int, length: Int, format: String, code: UInt8, itemsize: Int, shape: [Int]) {
        source = b
        self.start = start
        self.step = step
        self.length = length
        self.format = format
        self.code = code
        self.itemsize = itemsize
        self.shape = shape
        super.init(type: PyType.memoryview, noDict: ())
    }

    /// A view with the same geometry (`memoryview(view)`).
    func copyView() -> MemoryView {
        MemoryView(source, start: start, step: step, length: length, format: format, code: code, itemsize: itemsize, shape: shape)
    }

    var ndim: Int { shape.count }
    /// Items per element of dimension 0 (product of the inner dimensions).
    var inner: Int { shape.dropFirst().reduce(1, *) }
    /// Bytes per element of dimension 0.
    var rowBytes: Int { itemsize * inner }
    var nbytes: Int { length * rowBytes }
    var contiguous: Bool { step == rowBytes || length <= 1 }

    /// The viewed bytes in logical order (clipped if the source bytearray shrank).
    var bytes: [UInt8] {
        let src = source.bytes
        if start == 0 && step == 1 && length == src.count && itemsize == 1 { return src }
        let row = rowBytes
        var out: [UInt8] = []
        out.reserveCapacity(length * row)
        var i = start
        for _ in 0..<length {
            for k in i..<(i + row) where k >= 0 && k < src.count { out.append(src[k]) }
            i += step
        }
        return out
    }

    var readonly: Bool { !source.isByteArray }

    /// The items in logical order, unpacked (flattened over all dimensions).
    func flatItems() throws(PyBaseException) -> [Value] {
        let b = bytes
        var out: [Value] = []
        let n = b.count / itemsize
        out.reserveCapacity(n)
        for i in 0..<n { out.append(try MemoryView.unpack(code, b, i * itemsize, itemsize)) }
        return out
    }

    /// `tolist()`: nested lists following the shape (a scalar for 0 dimensions).
    func toList() throws(PyBaseException) -> Value {
        let items = try flatItems()
        if shape.isEmpty { return items.first ?? .None }
        var pos = 0
        func build(_ d: Int) -> Value {
            var out: [Value] = []
            let n = shape[d]
            out.reserveCapacity(n)
            for _ in 0..<n {
                if d == shape.count - 1 {
                    out.append(pos < items.count ? items[pos] : .None)
                    pos += 1
                } else {
                    out.append(build(d + 1))
                }
            }
            return .obj(PyList(out))
        }
        return build(0)
    }

    /// Equality as CPython's memory_richcompare: equal shapes and equal
    /// unpacked items; nil (NotImplemented) when `other` is no buffer.
    func equals(_ other: Value) throws(PyBaseException) -> Bool? {
        if released { return other.object === self }
        let otherShape: [Int], otherItems: [Value]
        switch other.object {
        case let m as MemoryView:
            if m.released { return false }
            otherShape = m.shape
            otherItems = try m.flatItems()
        case let b as PyBytes:
            otherShape = [b.bytes.count]
            otherItems = b.bytes.map { .int(Int($0)) }
        default:
            return nil
        }
        if otherShape != shape { return false }
        let mine = try flatItems()
        if mine.count != otherItems.count { return false }
        for (x, y) in zip(mine, otherItems) {
            if case .obj(let xb as PyBytes) = x {
                guard case .obj(let yb as PyBytes) = y, xb.bytes == yb.bytes else { return false }
                continue
            }
            if case .obj(is PyBytes) = y { return false }
            if !(try Ops.eq(x, y)) { return false }
        }
        return true
    }

    /// `hash(view)`: read-only byte formats only, the hash of `tobytes()`.
    func hashValue() throws(PyBaseException) -> Int {
        if released { throw PyErr.valueError("operation forbidden on released memoryview object") }
        if !readonly { throw PyErr.valueError("cannot hash writable memoryview object") }
        if !MemoryView.isByteFormat(code) {
            throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        }
        return BytesHash.hash(bytes)
    }

    // MARK: formats

    static func isByteFormat(_ c: UInt8) -> Bool { c == UInt8(ascii: "B") || c == UInt8(ascii: "b") || c == UInt8(ascii: "c") }

    /// The native size of a format character `cast` accepts, or nil.
    static func nativeSize(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "?"): return 1
        case UInt8(ascii: "H"), UInt8(ascii: "h"): return 2
        case UInt8(ascii: "I"), UInt8(ascii: "i"), UInt8(ascii: "f"): return 4
        case UInt8(ascii: "L"), UInt8(ascii: "l"), UInt8(ascii: "Q"), UInt8(ascii: "q"),
             UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"), UInt8(ascii: "d"): return 8
        default: return nil
        }
    }

    static func isSigned(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "b") || c == UInt8(ascii: "h") || c == UInt8(ascii: "i") || c == UInt8(ascii: "l") || c == UInt8(ascii: "q") || c == UInt8(ascii: "n")
    }

    /// The item of format `c` at byte offset `k` of `b` (little endian).
    static func unpack(_ c: UInt8, _ b: [UInt8], _ k: Int, _ size: Int) throws(PyBaseException) -> Value {
        guard k >= 0, k + size <= b.count else { throw PyErr.indexError("index out of bounds on dimension 1") }
        var u: UInt64 = 0
        for j in 0..<size { u |= UInt64(b[k + j]) << (8 * UInt64(j)) }
        switch c {
        case UInt8(ascii: "c"): return .obj(PyBytes([b[k]]))
        case UInt8(ascii: "?"): return .bool(u != 0)
        case UInt8(ascii: "f"): return .float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: u))))
        case UInt8(ascii: "d"): return .float(Double(bitPattern: u))
        default:
            if isSigned(c) {
                let shift = UInt64(64 - 8 * size)
                let s = Int64(bitPattern: u << shift) >> Int64(shift)
                return .int(Int(s))
            }
            if u > UInt64(Int.max) { return .int(BigInt(u)) }
            return .int(Int(u))
        }
    }

    /// Encodes `v` as format `c` (CPython's pack_single: conversion
    /// TypeErrors become "invalid type", Overflow/ValueErrors "invalid value").
    static func pack(_ c: UInt8, _ v: Value, _ size: Int) throws(PyBaseException) -> [UInt8] {
        if c == UInt8(ascii: "?") { return [try Ops.isTrue(v) ? 1 : 0] }
        let fch = String(UnicodeScalar(c))
        do throws(PyBaseException) {
            return try packValue(c, v, size)
        } catch let e where e.type.isSubtype(ExcTypes.typeError) {
            throw PyErr.typeError("memoryview: invalid type for format '\(fch)'")
        } catch let e where e.type.isSubtype(ExcTypes.overflowError) || e.type.isSubtype(ExcTypes.valueError) {
            throw PyErr.valueError("memoryview: invalid value for format '\(fch)'")
        }
    }

    static func packValue(_ c: UInt8, _ v: Value, _ size: Int) throws(PyBaseException) -> [UInt8] {
        func invalidType() -> PyBaseException { PyErr.typeError("invalid type") }
        func invalidValue() -> PyBaseException { PyErr.valueError("invalid value") }
        func le(_ u: UInt64) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: u >> (8 * UInt64($0))) } }
        switch c {
        case UInt8(ascii: "c"):
            guard case .obj(let b as PyBytes) = v, !b.isByteArray else { throw invalidType() }
            guard b.bytes.count == 1 else { throw invalidValue() }
            return b.bytes
        case UInt8(ascii: "f"), UInt8(ascii: "d"):
            var dv = try NativeOps.real(v)
            if dv == nil { dv = try floatOf(v) }
            guard let d = dv else { throw invalidType() }
            if c == UInt8(ascii: "f") { return le(UInt64(Float(d).bitPattern)) }
            return le(d.bitPattern)
        default:
            guard IntOps.isInt(v) || v.type.lookup("__index__") != nil else { throw invalidType() }
            let iv = try IntOps.index(v)
            let bits = 8 * size
            if isSigned(c) {
                let lo = -(BigInt(1) << (bits - 1)), hi = (BigInt(1) << (bits - 1)) - 1
                guard iv >= lo, iv <= hi, let x = Int64(exactly: iv) else { throw invalidValue() }
                return le(UInt64(bitPattern: x))
            }
            let hi = (BigInt(1) << bits) - 1
            guard iv >= 0, iv <= hi, let x = UInt64(exactly: iv) else { throw invalidValue() }
            return le(x)
        }
    }

    /// `float(v)` for objects with `__float__`/`__index__` (nil when neither).
    static func floatOf(_ v: Value) throws(PyBaseException) -> Double? {
        guard v.type.lookup("__float__") != nil || v.type.lookup("__index__") != nil else { return nil }
        let f = try Ops.callValues(.obj(PyType.float), [v])
        return try NativeOps.real(f)
    }
}

extension ContainerTypes {
    static func viewOf(_ a: Args, _ name: String) throws(PyBaseException) -> MemoryView {
        guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else {
            throw PyErr.typeError("descriptor '\(name)' for 'memoryview' objects doesn't apply to a '\(a.buf.count > 0 ? a[0].type.name : "nothing")' object")
        }
        if m.released { throw PyErr.valueError("operation forbidden on released memoryview object") }
        return m
    }

    /// The getter's memoryview (released views raise like CPython).
    static func viewAttr(_ v: Value, _ name: String) throws(PyBaseException) -> MemoryView {
        guard case .obj(let m as MemoryView) = v else { throw PyErr.typeError(name) }
        if m.released { throw PyErr.valueError("operation forbidden on released memoryview object") }
        return m
    }

    /// An integer index into dimension 0 (CPython's messages).
    static func viewIndex(_ m: MemoryView, _ key: Value) throws(PyBaseException) -> Int {
        guard IntOps.isInt(key) || key.type.lookup("__index__") != nil else {
            throw PyErr.typeError("memoryview: invalid slice key")
        }
        guard let i = Int(exactly: try IntOps.index(key)) else { throw PyErr.indexError("index out of bounds on dimension 1") }
        let j = i < 0 ? i + m.length : i
        guard j >= 0, j < m.length else { throw PyErr.indexError("index out of bounds on dimension 1") }
        return j
    }

    /// Byte offset of the item a tuple key names (one index per dimension).
    static func viewTupleOffset(_ m: MemoryView, _ t: PyTuple) throws(PyBaseException) -> Int {
        let items = t.items
        if items.count < m.ndim { throw PyErr.make(ExcTypes.notImplementedError, "sub-views are not implemented") }
        if items.count > m.ndim {
            throw PyErr.typeError("cannot index \(m.ndim)-dimension view with \(items.count)-element tuple")
        }
        var off = m.start
        var acc = m.itemsize
        var strides = [Int](repeating: 0, count: m.ndim)
        for d in stride(from: m.ndim - 1, through: 0, by: -1) {
            strides[d] = d == 0 ? m.step : acc
            acc *= m.shape[d]
        }
        for (d, k) in items.enumerated() {
            guard IntOps.isInt(k) || k.type.lookup("__index__") != nil else {
                throw PyErr.typeError("memoryview: invalid slice key")
            }
            guard let i = Int(exactly: try IntOps.index(k)) else { throw PyErr.indexError("index out of bounds on dimension \(d + 1)") }
            let j = i < 0 ? i + m.shape[d] : i
            guard j >= 0, j < m.shape[d] else { throw PyErr.indexError("index out of bounds on dimension \(d + 1)") }
            off += j * strides[d]
        }
        return off
    }

    /// `memoryview.cast(format[, shape])`, checking in CPython's order
    /// (contiguity, shape kind, format, byte formats, length, shape items).
    static func viewCast(_ a: Args) throws(PyBaseException) -> Value {
        let m = try viewOf(a, "cast")
        let p = try CArgs.bind(a, "cast", ["format", "shape"], required: 1)
        guard case .obj(let fs as PyStr)? = p[0] else {
            throw PyErr.typeError("cast() argument 'format' must be str, not \((p[0] ?? .None).type.name)")
        }
        if !m.contiguous { throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views") }
        var shapeItems: [Value]? = nil
        if let sv = p[1], !sv.isNone {
            switch sv.object {
            case let l as PyList: shapeItems = l.items
            case let t as PyTuple: shapeItems = t.items
            default: throw PyErr.typeError("shape must be a list or a tuple")
            }
        }
        if shapeItems != nil || m.ndim != 1, m.shape.contains(0) {
            throw PyErr.typeError("memoryview: cannot cast view with zeros in shape or strides")
        }
        if let items = shapeItems {
            if items.count > 64 { throw PyErr.valueError("memoryview: number of dimensions must not exceed 64") }
            if m.ndim != 1 && items.count != 1 { throw PyErr.typeError("memoryview: cast must be 1D -> ND or ND -> 1D") }
        }
        var chars = Array(fs.value.utf8)
        if chars.first == UInt8(ascii: "@") { chars.removeFirst() }
        guard chars.count == 1, let size = MemoryView.nativeSize(chars[0]) else {
            throw PyErr.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        }
        let code = chars[0]
        if !MemoryView.isByteFormat(m.code) && !MemoryView.isByteFormat(code) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats")
        }
        let nbytes = m.nbytes
        if nbytes % size != 0 { throw PyErr.typeError("memoryview: length is not a multiple of itemsize") }
        var target = [nbytes / size]
        if let items = shapeItems {
            var out: [Int] = []
            for x in items {
                guard IntOps.isInt(x) else { throw PyErr.typeError("memoryview.cast(): elements of shape must be integers") }
                guard let n = IntOps.small(x) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
                if n <= 0 { throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0") }
                out.append(n)
            }
            var prod = size
            for n in out {
                let (r, o) = prod.multipliedReportingOverflow(by: n)
                if o { throw PyErr.valueError("memoryview.cast(): product(shape) > SSIZE_MAX") }
                prod = r
            }
            if prod != nbytes { throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size") }
            target = out
        }
        let inner = target.dropFirst().reduce(1, *)
        let length = target.first ?? 1
        return .obj(MemoryView(m.source, start: m.start, step: size * inner, length: length,
                               format: fs.value, code: code, itemsize: size, shape: target))
    }

    static func installMemoryView() {
        let t = PyType.memoryview
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let p = try CArgs.bind(a, "memoryview", ["object"], required: 1)
            let o = p[0] ?? .None
            switch o.object {
            case let b as PyBytes: return .obj(MemoryView(b))
            case let m as MemoryView:
                if m.released { throw PyErr.valueError("operation forbidden on released memoryview object") }
                return .obj(m.copyView())
            default: throw PyErr.typeError("memoryview: a bytes-like object is required, not '\(o.type.name)'")
            }
        }
        t.def("__len__") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "__len__")
            if a.count != 1 || a.hasKeywords { throw PyErr.typeError("expected 0 arguments, got \(a.buf.count - 1)") }
            return .int(m.ndim == 0 ? 1 : m.length)
        }
        t.def("cast") { (a) throws(PyBaseException) -> Value in try viewCast(a) }
        t.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "__getitem__")
            try CArgs.fixed(a, "__getitem__", 1)
            if m.ndim == 0 {
                if case .obj(let tk as PyTuple) = a[1], tk.items.isEmpty {
                    return try MemoryView.unpack(m.code, m.source.bytes, m.start, m.itemsize)
                }
                if case .obj(is PySlice) = a[1] { throw PyErr.typeError("invalid indexing of 0-dim memory") }
                throw PyErr.typeError("invalid indexing of 0-dim memory")
            }
            if case .obj(let s as PySlice) = a[1] {
                let (st, _, sp, n) = try SliceIndices.adjust(s, m.length)
                return .obj(MemoryView(m.source, start: m.start + st * m.step, step: m.step * sp, length: n,
                                       format: m.format, code: m.code, itemsize: m.itemsize, shape: [n] + Array(m.shape.dropFirst())))
            }
            if case .obj(let tk as PyTuple) = a[1] {
                let off = try viewTupleOffset(m, tk)
                return try MemoryView.unpack(m.code, m.source.bytes, off, m.itemsize)
            }
            let j = try viewIndex(m, a[1])
            if m.ndim > 1 { throw PyErr.make(ExcTypes.notImplementedError, "multi-dimensional sub-views are not implemented") }
            return try MemoryView.unpack(m.code, m.source.bytes, m.start + j * m.step, m.itemsize)
        }
        t.def("__setitem__") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "__setitem__")
            try CArgs.range(a, "__setitem__", "memoryview.__setitem__", 2, 2)
            if m.readonly { throw PyErr.typeError("cannot modify read-only memory") }
            if case .obj(let s as PySlice) = a[1] {
                if m.ndim != 1 { throw PyErr.make(ExcTypes.notImplementedError, "memoryview slice assignments are currently restricted to ndim = 1") }
                let (st, _, sp, n) = try SliceIndices.adjust(s, m.length)
                // The source must have an equivalent structure (format and shape).
                let v: [UInt8]
                switch a[2].object {
                case let o as MemoryView:
                    if o.released { throw PyErr.valueError("operation forbidden on released memoryview object") }
                    let f1 = m.format.hasPrefix("@") ? String(m.format.dropFirst()) : m.format
                    let f2 = o.format.hasPrefix("@") ? String(o.format.dropFirst()) : o.format
                    if f1 != f2 || o.itemsize != m.itemsize || o.shape != [n] {
                        throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures")
                    }
                    v = o.bytes
                case let b as PyBytes:
                    if m.format != "B" && m.format != "@B" || b.bytes.count != n {
                        throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures")
                    }
                    v = b.bytes
                default:
                    throw PyErr.typeError("a bytes-like object is required, not '\(a[2].type.name)'")
                }
                var k = m.start + st * m.step
                var pos = 0
                for _ in 0..<n {
                    for j in 0..<m.itemsize where k + j >= 0 && k + j < m.source.bytes.count && pos + j < v.count {
                        m.source.bytes[k + j] = v[pos + j]
                    }
                    pos += m.itemsize
                    k += m.step * sp
                }
                return .None
            }
            let off: Int
            if case .obj(let tk as PyTuple) = a[1] {
                if m.ndim == 0 && tk.items.isEmpty { off = m.start } else { off = try viewTupleOffset(m, tk) }
            } else {
                if m.ndim == 0 { throw PyErr.typeError("invalid indexing of 0-dim memory") }
                let j = try viewIndex(m, a[1])
                if m.ndim > 1 { throw PyErr.make(ExcTypes.notImplementedError, "sub-views are not implemented") }
                off = m.start + j * m.step
            }
            let bytes = try MemoryView.pack(m.code, a[2], m.itemsize)
            guard off >= 0, off + bytes.count <= m.source.bytes.count else { throw PyErr.indexError("index out of bounds on dimension 1") }
            for (j, x) in bytes.enumerated() { m.source.bytes[off + j] = x }
            return .None
        }
        t.def("tobytes") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "tobytes")
            let p = try CArgs.bind(a, "tobytes", ["order"], required: 0)
            if let o = p[0], !o.isNone {
                guard case .obj(let os as PyStr) = o else { throw PyErr.typeError("tobytes() argument 'order' must be str or None, not \(o.type.name)") }
                if !["C", "F", "A"].contains(os.value) { throw PyErr.valueError("order must be 'C', 'F' or 'A'") }
            }
            return .obj(PyBytes(m.bytes))
        }
        t.def("tolist") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "tolist")
            if a.hasKeywords { throw PyErr.typeError("memoryview.tolist() takes no keyword arguments") }
            if a.count != 1 { throw PyErr.typeError("memoryview.tolist() takes no arguments (\(a.count - 1) given)") }
            return try m.toList()
        }
        t.def("toreadonly") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "toreadonly")
            // A read-only view: over an immutable copy when the source is writable.
            if m.readonly { return .obj(m.copyView()) }
            let frozen = PyBytes(m.bytes)
            return .obj(MemoryView(frozen, start: 0, step: m.rowBytes, length: m.length, format: m.format,
                                   code: m.code, itemsize: m.itemsize, shape: m.shape))
        }
        t.def("hex") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "hex")
            let p = try CArgs.bind(a, "hex", ["sep", "bytes_per_sep"], required: 0)
            return .str(try BytesHex.hex(m.bytes, p[0], p[1]))
        }
        t.def("release") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else { throw PyErr.typeError("release needs a memoryview") }
            m.released = true
            return .None
        }
        t.def("__enter__") { (a) throws(PyBaseException) -> Value in
            _ = try viewOf(a, "__enter__")
            return a[0]
        }
        t.def("__exit__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else { throw PyErr.typeError("__exit__ needs a memoryview") }
            m.released = true
            return .None
        }
        t.def("__iter__") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "__iter__")
            if m.ndim == 0 { throw PyErr.typeError("invalid indexing of 0-dim memory") }
            if m.ndim > 1 { throw PyErr.make(ExcTypes.notImplementedError, "multi-dimensional sub-views are not implemented") }
            return .obj(PySeqIterator(tuple: PyTuple(try m.flatItems())))
        }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let m as MemoryView) = a[0] else { return .notImplemented }
            guard let r = try m.equals(a[1]) else { return .notImplemented }
            return .bool(r)
        }
        t.def("__ne__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let m as MemoryView) = a[0] else { return .notImplemented }
            guard let r = try m.equals(a[1]) else { return .notImplemented }
            return .bool(!r)
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else { throw PyErr.typeError("__repr__ needs a memoryview") }
            return .str(m.released ? "<released memory at \(NativeRepr.addr(m))>" : "<memory at \(NativeRepr.addr(m))>")
        }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else { throw PyErr.typeError("__hash__ needs a memoryview") }
            return .int(try m.hashValue())
        }
        t.getset("obj") { (v) throws(PyBaseException) -> Value in .obj(try viewAttr(v, "obj").source) }
        t.getset("readonly") { (v) throws(PyBaseException) -> Value in .bool(try viewAttr(v, "readonly").readonly) }
        t.getset("nbytes") { (v) throws(PyBaseException) -> Value in .int(try viewAttr(v, "nbytes").nbytes) }
        t.getset("format") { (v) throws(PyBaseException) -> Value in .str(try viewAttr(v, "format").format) }
        t.getset("itemsize") { (v) throws(PyBaseException) -> Value in .int(try viewAttr(v, "itemsize").itemsize) }
        t.getset("ndim") { (v) throws(PyBaseException) -> Value in .int(try viewAttr(v, "ndim").ndim) }
        t.getset("shape") { (v) throws(PyBaseException) -> Value in
            .obj(PyTuple(try viewAttr(v, "shape").shape.map { .int($0) }))
        }
        t.getset("strides") { (v) throws(PyBaseException) -> Value in
            let m = try viewAttr(v, "strides")
            if m.ndim == 0 { return .obj(PyTuple([])) }
            var out = [Int](repeating: 0, count: m.ndim)
            var s = m.itemsize
            for d in stride(from: m.ndim - 1, through: 0, by: -1) {
                out[d] = d == 0 ? m.step : s
                s *= m.shape[d]
            }
            return .obj(PyTuple(out.map { .int($0) }))
        }
        t.getset("suboffsets") { (v) throws(PyBaseException) -> Value in _ = try viewAttr(v, "suboffsets"); return .obj(PyTuple([])) }
        t.getset("c_contiguous") { (v) throws(PyBaseException) -> Value in .bool(try viewAttr(v, "c_contiguous").contiguous) }
        t.getset("contiguous") { (v) throws(PyBaseException) -> Value in .bool(try viewAttr(v, "contiguous").contiguous) }
        t.getset("f_contiguous") { (v) throws(PyBaseException) -> Value in
            let m = try viewAttr(v, "f_contiguous")
            return .bool(m.contiguous && (m.ndim <= 1 || m.nbytes == 0 || m.shape.filter { $0 > 1 }.count <= 1))
        }
    }
}

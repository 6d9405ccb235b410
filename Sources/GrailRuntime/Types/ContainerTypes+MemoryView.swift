/// A minimal `memoryview` over bytes/bytearray (format 'B', one dimension):
/// length, indexing, slicing (to another view), item assignment on
/// bytearrays, tobytes/tolist/hex, release and the context manager.
/// Thread-safety: reads the underlying object live; one user at a time.
public final class MemoryView: PyObject {
    let source: PyBytes
    let start: Int
    let step: Int
    let length: Int
    var released = false

    init(_ b: PyBytes, start: Int = 0, step: Int = 1, length: Int? = nil) {
        source = b
        self.start = start
        self.step = step
        self.length = length ?? b.bytes.count
        super.init(type: PyType.memoryview, noDict: ())
    }

    /// The viewed bytes (clipped if the source bytearray shrank).
    var bytes: [UInt8] {
        let src = source.bytes
        if start == 0 && step == 1 && length == src.count { return src }
        var out: [UInt8] = []
        out.reserveCapacity(length)
        var i = start
        for _ in 0..<length {
            if i >= 0 && i < src.count { out.append(src[i]) }
            i += step
        }
        return out
    }

    var readonly: Bool { !source.isByteArray }
}

extension ContainerTypes {
    static func viewOf(_ a: Args, _ name: String) throws(PyBaseException) -> MemoryView {
        guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else {
            throw PyErr.typeError("descriptor '\(name)' for 'memoryview' objects doesn't apply to a '\(a.buf.count > 0 ? a[0].type.name : "nothing")' object")
        }
        if m.released { throw PyErr.valueError("operation forbidden on released memoryview object") }
        return m
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
                return .obj(MemoryView(m.source, start: m.start, step: m.step, length: m.length))
            default: throw PyErr.typeError("memoryview: a bytes-like object is required, not '\(o.type.name)'")
            }
        }
        t.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try viewOf(a, "__len__").length) }
        t.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "__getitem__")
            try CArgs.fixed(a, "__getitem__", 1)
            if case .obj(let s as PySlice) = a[1] {
                let (st, _, sp, n) = try SliceIndices.adjust(s, m.length)
                return .obj(MemoryView(m.source, start: m.start + st * m.step, step: m.step * sp, length: n))
            }
            guard IntOps.isInt(a[1]) || a[1].type.lookup("__index__") != nil else {
                throw PyErr.typeError("memoryview: invalid slice key")
            }
            guard let i = Int(exactly: try IntOps.index(a[1])) else { throw PyErr.indexError("index out of bounds on dimension 1") }
            let j = i < 0 ? i + m.length : i
            let k = m.start + j * m.step
            guard j >= 0, j < m.length, k >= 0, k < m.source.bytes.count else { throw PyErr.indexError("index out of bounds on dimension 1") }
            return .int(Int(m.source.bytes[k]))
        }
        t.def("__setitem__") { (a) throws(PyBaseException) -> Value in
            let m = try viewOf(a, "__setitem__")
            try CArgs.range(a, "__setitem__", "memoryview.__setitem__", 2, 2)
            if m.readonly { throw PyErr.typeError("cannot modify read-only memory") }
            if case .obj(let s as PySlice) = a[1] {
                let (st, _, sp, n) = try SliceIndices.adjust(s, m.length)
                let v = try needBuffer(a[2])
                if v.count != n { throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures") }
                var k = m.start + st * m.step
                for x in v { if k >= 0 && k < m.source.bytes.count { m.source.bytes[k] = x }; k += m.step * sp }
                return .None
            }
            guard let i = Int(exactly: try IntOps.index(a[1])) else { throw PyErr.indexError("index out of bounds on dimension 1") }
            let j = i < 0 ? i + m.length : i
            let k = m.start + j * m.step
            guard j >= 0, j < m.length, k >= 0, k < m.source.bytes.count else { throw PyErr.indexError("index out of bounds on dimension 1") }
            guard IntOps.isInt(a[2]) else { throw PyErr.typeError("memoryview: invalid type for format 'B'") }
            guard let v = IntOps.small(a[2]), v >= 0, v < 256 else { throw PyErr.valueError("memoryview: invalid value for format 'B'") }
            m.source.bytes[k] = UInt8(v)
            return .None
        }
        t.def("tobytes") { (a) throws(PyBaseException) -> Value in .obj(PyBytes(try viewOf(a, "tobytes").bytes)) }
        t.def("tolist") { (a) throws(PyBaseException) -> Value in .obj(PyList(try viewOf(a, "tolist").bytes.map { .int(Int($0)) })) }
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
            return .obj(PySeqIterator(tuple: PyTuple(m.bytes.map { .int(Int($0)) })))
        }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let m as MemoryView) = a[0] else { return .notImplemented }
            if m.released { return .bool(a[0].isSame(a[1])) }
            guard let other = buffer(a[1]) else { return .notImplemented }
            return .bool(m.bytes == other)
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else { throw PyErr.typeError("__repr__ needs a memoryview") }
            return .str(m.released ? "<released memory at \(NativeRepr.addr(m))>" : "<memory at \(NativeRepr.addr(m))>")
        }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let m as MemoryView) = a[0] else { throw PyErr.typeError("__hash__ needs a memoryview") }
            return .int(try NativeOpsExtra.hash(m) ?? 0)
        }
        t.getset("obj") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let m as MemoryView) = v else { throw PyErr.typeError("obj") }
            return .obj(m.source)
        }
        t.getset("readonly") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let m as MemoryView) = v else { throw PyErr.typeError("readonly") }
            return .bool(m.readonly)
        }
        t.getset("nbytes") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let m as MemoryView) = v else { throw PyErr.typeError("nbytes") }
            return .int(m.length)
        }
        t.getset("format") { (_) throws(PyBaseException) -> Value in .str("B") }
        t.getset("itemsize") { (_) throws(PyBaseException) -> Value in .int(1) }
        t.getset("ndim") { (_) throws(PyBaseException) -> Value in .int(1) }
        t.getset("released") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let m as MemoryView) = v else { throw PyErr.typeError("released") }
            return .bool(m.released)
        }
        t.getset("shape") { (v) throws(PyBaseException) -> Value in
            guard case .obj(let m as MemoryView) = v else { throw PyErr.typeError("shape") }
            return .obj(PyTuple([.int(m.length)]))
        }
    }
}

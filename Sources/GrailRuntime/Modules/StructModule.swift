import Synchronization
/// `_struct`: conversion between Python values and C structs packed in
/// bytes (CPython 3.11's module: `pack`, `unpack`, `calcsize`, `pack_into`,
/// `unpack_from`, `iter_unpack`, the `Struct` type, `struct.error`), with
/// CPython's native sizes/alignments for x86-64 Linux and its messages.
/// Formats are compiled by `StructFormat` (StructModule+Codec.swift).
/// Thread-safety: the module's state (the error class) is created once per
/// import and never changes; `Struct` objects hold an immutable compiled
/// format behind a mutex (only `__init__` replaces it).
enum StructModule {
    /// `struct.error`, created once per process.
    static let errorType: PyType = {
        let ns = PyDict()
        ns.setStr("__module__", .str("struct"))
        if let r = try? Ops.callValues(.obj(PyType.type), [.str("error"), .obj(PyTuple([.obj(ExcTypes.exception)])), .obj(ns)]),
           case .obj(let t as PyType) = r {
            return t
        }
        return ExcTypes.exception
    }()

    static func error(_ msg: String) -> PyBaseException { PyErr.make(errorType, msg) }

    static func fn(_ m: PyModule, _ name: String, _ f: @escaping NativeFunction) {
        m.dict?.setStr(name, .obj(PyBuiltinFunction(name, module: "_struct", f)))
    }

    static func make() -> PyModule {
        installStructType()
        let m = PyModule(name: "_struct")
        let d = m.dict
        d?.setStr("__doc__", .str(moduleDoc))
        d?.setStr("error", .obj(errorType))
        d?.setStr("Struct", .obj(PyStruct.structType))
        fn(m, "_clearcache") { (a) throws(PyBaseException) -> Value in
            cache.withLock { $0 = Cache() }
            return .None
        }
        fn(m, "calcsize") { (a) throws(PyBaseException) -> Value in
            try a.expect("_struct.calcsize", min: 1, max: 1)
            return .int(try formatOf(a[0]).size)
        }
        fn(m, "pack") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("_struct.pack() takes no keyword arguments") }
            if a.count == 0 { throw PyErr.typeError("missing format argument") }
            let f = try formatOf(a[0])
            return try pack(f, Array(a.buf[1..<a.count]))
        }
        fn(m, "pack_into") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("_struct.pack_into() takes no keyword arguments") }
            if a.count == 0 { throw PyErr.typeError("missing format argument") }
            let f = try formatOf(a[0])
            try packInto(f, Array(a.buf[1..<a.count]))
            return .None
        }
        fn(m, "unpack") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("_struct.unpack() takes no keyword arguments") }
            try a.expect("unpack", min: 2, max: 2)
            let f = try formatOf(a[0])
            return try unpack(f, a[1])
        }
        fn(m, "unpack_from") { (a) throws(PyBaseException) -> Value in
            if a.count == 0 { throw PyErr.typeError("unpack_from() takes at least 1 positional argument (0 given)") }
            let p = try Args.with(Array(a.buf[1...]), kwnames: a.kwnames) { (r) throws(PyBaseException) -> [Value?] in
                try bindBufferOffset(r, 1)
            }
            let f = try formatOf(a[0])
            return try unpackFrom(f, p[0] ?? .None, p[1])
        }
        fn(m, "iter_unpack") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("_struct.iter_unpack() takes no keyword arguments") }
            try a.expect("iter_unpack", min: 2, max: 2)
            let f = try formatOf(a[0])
            return try iterUnpack(f, a[1])
        }
        return m
    }

    static let moduleDoc = """
        Functions to convert between Python values and C structs.
        Python bytes objects are used to hold the data representing the C struct
        and also as format strings (explained below) to describe the layout of data
        in the C struct.

        The optional first format char indicates byte order, size and alignment:
          @: native order, size & alignment (default)
          =: native order, std. size & alignment
          <: little-endian, std. size & alignment
          >: big-endian, std. size & alignment
          !: same as >

        The remaining chars indicate types of args and must match exactly;
        these can be preceded by a decimal repeat count:
          x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
          ?: _Bool (requires C99; if not available, char is used instead)
          h:short; H:unsigned short; i:int; I:unsigned int;
          l:long; L:unsigned long; f:float; d:double; e:half-float.
        Special cases (preceding decimal count indicates length):
          s:string (array of char); p: pascal string (with count byte).
        Special cases (only available in native format):
          n:ssize_t; N:size_t;
          P:an integer type that is wide enough to hold a pointer.
        Special case (not in native mode unless 'long long' in platform C):
          q:long long; Q:unsigned long long
        Whitespace between formats is ignored.

        The variable struct.error is an exception raised on errors.

        """

    // MARK: format arguments

    /// The bytes of a format argument (str is ASCII-encoded, as CPython does).
    static func formatBytes(_ v: Value) throws(PyBaseException) -> [UInt8] {
        if case .obj(let s as PyStr) = v {
            if s.isASCII { return Array(s.value.utf8) }
            let r = try Ops.callMethod(v, "encode", [.str("ascii")])
            return (r.object as? PyBytes)?.bytes ?? []
        }
        if case .obj(let b as PyBytes) = v, !b.isByteArray { return b.bytes }
        let tn = v.type.isHeapType ? v.type.name : v.type.fullName
        throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not \(tn)")
    }

    /// The compiled format of a module function's first argument (the
    /// struct cache hashes it first, so unhashable formats fail that way).
    static func formatOf(_ v: Value) throws(PyBaseException) -> StructFormat {
        // Only ASCII formats are cached (the only ones that compile), so
        // Swift string equality is plain byte equality here.
        var key: String? = nil
        var isBytes = false
        if case .obj(let s as PyStr) = v, s.type === PyType.str, s.isASCII {
            key = s.value
        } else if case .obj(let b as PyBytes) = v, b.type === PyType.bytes, b.bytes.allSatisfy({ $0 < 128 }) {
            key = String(decoding: b.bytes, as: UTF8.self)
            isBytes = true
        } else if !(v.object is PyStr) && !(v.object is PyBytes && !((v.object as? PyBytes)?.isByteArray ?? false)) {
            _ = try Ops.hash(v)
        }
        if let k = key, let f = cache.withLock({ isBytes ? $0.bytes[k] : $0.str[k] }) { return f }
        let f = try StructFormat.compile(try formatBytes(v))
        if let k = key {
            cache.withLock { c in
                if c.str.count + c.bytes.count >= maxCache { c.str.removeAll(); c.bytes.removeAll() }
                if isBytes { c.bytes[k] = f } else { c.str[k] = f }
            }
        }
        return f
    }

    /// Compiled formats of the module functions (CPython's `_struct`
    /// cache: cleared when it reaches 100 entries or by `_clearcache()`),
    /// separately for str and bytes formats.
    struct Cache {
        var str: [String: StructFormat] = [:]
        var bytes: [String: StructFormat] = [:]
    }
    static let cache = GrailMutex(Cache())
    static let maxCache = 100

    /// `(buffer, offset=0)` of unpack_from; `shift` is the number of
    /// positional parameters before them (for the messages' positions).
    static func bindBufferOffset(_ a: Args, _ shift: Int) throws(PyBaseException) -> [Value?] {
        let total = a.buf.count + shift
        if a.count > 2 { throw PyErr.typeError("unpack_from() takes at most \(2 + shift) arguments (\(total) given)") }
        var out: [Value?] = [nil, nil]
        for i in 0..<a.count { out[i] = a[i] }
        var bad: String? = nil
        for (k, v) in a.keywords {
            let idx = k == "buffer" ? 0 : (k == "offset" ? 1 : -1)
            if idx < 0 { if bad == nil { bad = k }; continue }
            if out[idx] != nil {
                throw PyErr.typeError("argument for unpack_from() given by name ('\(k)') and position (\(idx + 1 + shift))")
            }
            out[idx] = v
        }
        if out[0] == nil { throw PyErr.typeError("unpack_from() missing required argument 'buffer' (pos \(1 + shift))") }
        if let k = bad { throw PyErr.typeError("'\(k)' is an invalid keyword argument for unpack_from()") }
        return out
    }

    // MARK: operations

    static func pack(_ f: StructFormat, _ values: [Value]) throws(PyBaseException) -> Value {
        if values.count != f.len { throw error("pack expected \(f.len) items for packing (got \(values.count))") }
        var out = [UInt8](repeating: 0, count: f.size)
        try f.pack(values[...], into: &out, at: 0)
        return .obj(PyBytes(out))
    }

    /// A writable buffer argument: the bytearray (or a view's source) and
    /// the view's (start, step, length).
    static func writable(_ v: Value) throws(PyBaseException) -> (PyBytes, Int, Int, Int) {
        if case .obj(let b as PyBytes) = v, b.isByteArray { return (b, 0, 1, b.bytes.count) }
        if case .obj(let m as MemoryView) = v, !m.released, !m.readonly {
            return (m.source, m.start, m.step, m.length)
        }
        throw PyErr.typeError("argument must be read-write bytes-like object, not \(v.type.name)")
    }

    /// `pack_into(buffer, offset, *values)` (args after the format).
    static func packInto(_ f: StructFormat, _ args: [Value]) throws(PyBaseException) {
        if args.count != f.len + 2 {
            if args.isEmpty { throw error("pack_into expected buffer argument") }
            if args.count == 1 { throw error("pack_into expected offset argument") }
            throw error("pack_into expected \(f.len) items for packing (got \(args.count - 2))")
        }
        let (buf, start, step, length) = try writable(args[0])
        let ov = args[1]
        guard IntOps.isInt(ov) || ov.type.lookup("__index__") != nil else {
            throw PyErr.typeError("'\(ov.type.name)' object cannot be interpreted as an integer")
        }
        guard var offset = Int(exactly: try IntOps.index(ov)) else {
            throw PyErr.indexError("cannot fit 'int' into an index-sized integer")
        }
        if offset < 0 {
            if offset + f.size > 0 { throw error("no space to pack \(f.size) bytes at offset \(offset)") }
            if offset + length < 0 { throw error("offset \(offset) out of range for \(length)-byte buffer") }
            offset += length
        }
        if length - offset < f.size {
            throw error("pack_into requires a buffer of at least \(f.size + offset) bytes for packing \(f.size) bytes at offset \(offset) (actual buffer size is \(length))")
        }
        // CPython zeroes the target and packs in place, so a failing item
        // leaves the items before it written.
        var out = [UInt8](repeating: 0, count: f.size)
        var failure: PyBaseException? = nil
        do throws(PyBaseException) {
            try f.pack(args[2...], into: &out, at: 0)
        } catch let e {
            failure = e
        }
        var dst = buf.bytes
        for k in 0..<f.size {
            let i = start + (offset + k) * step
            if i >= 0 && i < dst.count { dst[i] = out[k] }
        }
        buf.bytes = dst
        if let e = failure { throw e }
    }

    /// The bytes of a readable buffer (TypeError otherwise).
    static func readable(_ v: Value) throws(PyBaseException) -> [UInt8] {
        if let b = ContainerTypes.buffer(v) { return b }
        throw PyErr.typeError("a bytes-like object is required, not '\(v.type.name)'")
    }

    static func unpack(_ f: StructFormat, _ v: Value) throws(PyBaseException) -> Value {
        let data = try readable(v)
        if data.count != f.size { throw error("unpack requires a buffer of \(f.size) bytes") }
        try f.checkUnpack()
        return .obj(PyTuple(f.unpack(data, at: 0)))
    }

    static func unpackFrom(_ f: StructFormat, _ v: Value, _ off: Value?) throws(PyBaseException) -> Value {
        let data = try readable(v)
        var offset = 0
        if let ov = off {
            guard IntOps.isInt(ov) || ov.type.lookup("__index__") != nil else {
                throw PyErr.typeError("'\(ov.type.name)' object cannot be interpreted as an integer")
            }
            guard let o = Int(exactly: try IntOps.index(ov)) else {
                throw PyErr.overflow("Python int too large to convert to C ssize_t")
            }
            offset = o
        }
        if offset < 0 {
            if offset + f.size > 0 { throw error("not enough data to unpack \(f.size) bytes at offset \(offset)") }
            if offset + data.count < 0 { throw error("offset \(offset) out of range for \(data.count)-byte buffer") }
            offset += data.count
        }
        if data.count - offset < f.size {
            throw error("unpack_from requires a buffer of at least \(f.size + offset) bytes for unpacking \(f.size) bytes at offset \(offset) (actual buffer size is \(data.count))")
        }
        try f.checkUnpack()
        return .obj(PyTuple(f.unpack(data, at: offset)))
    }

    static func iterUnpack(_ f: StructFormat, _ v: Value) throws(PyBaseException) -> Value {
        let data = try readable(v)
        if f.size == 0 { throw error("cannot iteratively unpack with a struct of length 0") }
        if data.count % f.size != 0 {
            throw error("iterative unpacking requires a buffer of a multiple of \(f.size) bytes")
        }
        return .obj(UnpackIterator(f, data))
    }
}

/// A `_struct.Struct` object (or of a Python subclass): a compiled format.
/// Thread-safety: the compiled format is immutable and read/replaced under
/// the object's mutex.
final class PyStruct: PyObject {
    /// The format text (set before parsing, as CPython does) and the last
    /// format that compiled.
    let compiled: GrailMutex<(String, StructFormat)>
    var format: StructFormat { compiled.withLock { $0.1 } }
    var text: String { compiled.withLock { $0.0 } }

    static let structType = PyType(builtin: "Struct", base: PyType.object, layout: .other, baseType: true, module: "_struct")
    static let empty = StructFormat(text: "", mode: .native, codes: [], size: 0, len: 0)

    override init(type: PyType) {
        compiled = GrailMutex(("", PyStruct.empty))
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
}

/// The iterator of `iter_unpack`: consecutive structs of a snapshot of the
/// buffer. Thread-safety: the position is guarded by a mutex, so each
/// record is produced once.
final class UnpackIterator: NativeIterator {
    let fmt: StructFormat
    let data: [UInt8]
    let pos = GrailMutex(0)

    static let iterType = PyType(builtin: "unpack_iterator", base: PyType.object, layout: .other, baseType: false, module: "_struct")

    init(_ f: StructFormat, _ d: [UInt8]) {
        fmt = f
        data = d
        super.init(type: UnpackIterator.iterType, noDict: ())
    }

    override func next() throws(PyBaseException) -> Value? {
        let size = fmt.size
        let count = data.count
        guard let at = pos.withLock({ (p: inout Int) -> Int? in
            if p + size > count { return nil }
            let at = p
            p += size
            return at
        }) else { return nil }
        try fmt.checkUnpack()
        return .obj(PyTuple(fmt.unpack(data, at: at)))
    }

    var remaining: Int { fmt.size == 0 ? 0 : (data.count - pos.withLock { $0 }) / fmt.size }
}

extension StructModule {
    static func selfOf(_ a: Args, _ method: String) throws(PyBaseException) -> PyStruct {
        guard a.buf.count > 0, case .obj(let o) = a[0], let s = o as? PyStruct else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(method)' for '_struct.Struct' objects doesn't apply to a '\(got)' object")
        }
        return s
    }

    static func installStructType() {
        let t = PyStruct.structType
        if t.ns.getStr("pack") != nil { return }
        t.attr("__doc__", .str("Struct(fmt) --> compiled struct object\n\n"))
        t.attr("__module__", .str("_struct"))
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else {
                throw PyErr.typeError("Struct.__new__(X): X is not a type object")
            }
            return .obj(PyStruct(type: cls))
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "__init__")
            let n = a.buf.count - 1
            if n > 1 { throw PyErr.typeError("Struct() takes at most 1 argument (\(n) given)") }
            var fv: Value? = a.count >= 2 ? a[1] : nil
            var bad: String? = nil
            for (k, v) in a.keywords {
                if k != "format" { bad = k; continue }
                if fv != nil { throw PyErr.typeError("argument for Struct() given by name ('format') and position (1)") }
                fv = v
            }
            guard let f = fv else { throw PyErr.typeError("Struct() missing required argument 'format' (pos 1)") }
            if let k = bad { throw PyErr.typeError("'\(k)' is an invalid keyword argument for Struct()") }
            let bytes = try formatBytes(f)
            let text = String(decoding: bytes, as: UTF8.self)
            s.compiled.withLock { $0.0 = text }
            let compiled = try StructFormat.compile(bytes)
            s.compiled.withLock { $0 = (text, compiled) }
            return .None
        }
        t.getset("format", get: { (v) throws(PyBaseException) -> Value in
            .str((v.object as? PyStruct)?.text ?? "")
        })
        t.getset("size", get: { (v) throws(PyBaseException) -> Value in
            .int((v.object as? PyStruct)?.format.size ?? 0)
        })
        t.def("pack") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "pack")
            if a.hasKeywords { throw PyErr.typeError("Struct.pack() takes no keyword arguments") }
            return try pack(s.format, Array(a.buf[1..<a.count]))
        }
        t.def("pack_into") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "pack_into")
            if a.hasKeywords { throw PyErr.typeError("Struct.pack_into() takes no keyword arguments") }
            try packInto(s.format, Array(a.buf[1..<a.count]))
            return .None
        }
        t.def("unpack") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "unpack")
            if a.hasKeywords { throw PyErr.typeError("Struct.unpack() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("Struct.unpack() takes exactly one argument (\(a.count - 1) given)") }
            return try unpack(s.format, a[1])
        }
        t.def("unpack_from") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "unpack_from")
            let p = try Args.with(Array(a.buf[1...]), kwnames: a.kwnames) { (r) throws(PyBaseException) -> [Value?] in
                try bindBufferOffset(r, 0)
            }
            return try unpackFrom(s.format, p[0] ?? .None, p[1])
        }
        t.def("iter_unpack") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "iter_unpack")
            if a.hasKeywords { throw PyErr.typeError("Struct.iter_unpack() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("Struct.iter_unpack() takes exactly one argument (\(a.count - 1) given)") }
            return try iterUnpack(s.format, a[1])
        }
        t.def("__sizeof__") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "__sizeof__")
            return .int(72 + 32 * (s.format.codes.count + 1))
        }

        let it = UnpackIterator.iterType
        it.defIteratorProtocol()
        it.attr("__module__", .str("_struct"))
        it.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            throw PyErr.typeError("Cannot create 'unpack_iterator objects")
        }
        it.def("__length_hint__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let u as UnpackIterator) = a[0] else {
                throw PyErr.typeError("descriptor '__length_hint__' for '_struct.unpack_iterator' objects doesn't apply to a '\(a.buf.count > 0 ? a[0].type.name : "nothing")' object")
            }
            return .int(u.remaining)
        }
    }
}

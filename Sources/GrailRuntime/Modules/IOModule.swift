/// `_io`: the native core of CPython's `io.py`. The abstract bases
/// (`_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`) implement
/// their generic methods through Python-level calls on `self`, like
/// CPython's C versions; `StringIO` and `BytesIO` are complete in-memory
/// streams (IOModule+StringIO.swift, IOModule+BytesIO.swift); files from
/// `open()` (FileIO.swift) are instances of `TextIOWrapper`,
/// `BufferedReader`/`BufferedWriter`/`BufferedRandom` or `FileIO`.
/// Thread-safety: the type objects are immutable after bootstrap; each
/// stream guards its own state (see the stream classes).
enum IOModule {
    static let defaultBufferSize = 8192

    static let ioBase = PyType(builtin: "_IOBase", base: PyType.object, layout: .object, hasDict: true, module: "_io")
    static let rawIOBase = PyType(builtin: "_RawIOBase", base: ioBase, layout: .object, hasDict: true, module: "_io")
    static let bufferedIOBase = PyType(builtin: "_BufferedIOBase", base: ioBase, layout: .object, hasDict: true, module: "_io")
    static let textIOBase = PyType(builtin: "_TextIOBase", base: ioBase, layout: .object, hasDict: true, module: "_io")

    /// `io.UnsupportedOperation`, a subclass of OSError and ValueError.
    /// Grail's type() rejects (OSError, ValueError) as a layout conflict
    /// (all exceptions share one layout here, but `PyType.solidBase` treats
    /// every builtin as solid), so the class is made with the single base
    /// OSError and ValueError is spliced into its bases and MRO exactly
    /// where CPython's C3 puts it.
    static let unsupportedOperation: PyType = {
        let ns = PyDict()
        ns.setStr("__module__", .str("io"))
        let bases = PyTuple([.obj(ExcTypes.osError)])
        guard let t = try? Ops.callValues(.obj(PyType.type), [.str("UnsupportedOperation"), .obj(bases), .obj(ns)]),
              case .obj(let ty as PyType) = t else {
            return ExcTypes.osError
        }
        ty.bases = [ExcTypes.osError, ExcTypes.valueError]
        ty.mro = [ty, ExcTypes.osError, ExcTypes.valueError] + Array(ExcTypes.valueError.mro.dropFirst())
        ExcTypes.valueError.addSubclass(ty)
        ty.modified()
        return ty
    }()

    static func unsupported(_ msg: String) -> PyBaseException { PyErr.make(unsupportedOperation, msg) }

    static let closedMessage = "I/O operation on closed file."

    static func make() -> PyModule {
        _ = installed
        FileIO.installMethods()
        let m = PyModule(name: "_io")
        let d = m.dict!
        d.setStr("DEFAULT_BUFFER_SIZE", .int(defaultBufferSize))
        d.setStr("BlockingIOError", .obj(ExcTypes.blockingIOError))
        d.setStr("UnsupportedOperation", .obj(unsupportedOperation))
        if let o = Runtime.shared.builtinsDict.getStr("open") { d.setStr("open", o) }
        let fns: [(String, NativeFunction)] = [
            ("open_code", { (a) throws(PyBaseException) -> Value in
                let p = try a.bind("open_code", ["path"], required: 1)
                guard case .obj(let s as PyStr)? = p[0] else {
                    throw PyErr.typeError("open_code() argument 'path' must be str, not \((p[0] ?? .None).type.name)")
                }
                return try Args.with([.obj(s), .str("rb")]) { (x) throws(PyBaseException) -> Value in try FileIO.open(x) }
            }),
            ("text_encoding", { (a) throws(PyBaseException) -> Value in
                let p = try a.bind("text_encoding", ["encoding", "stacklevel"], required: 1, posOnly: 2)
                if let e = p[0], !e.isNone { return e }
                // Grail's text I/O is always UTF-8 (CPython's UTF-8 mode answer).
                return .str("utf-8")
            }),
        ]
        for (n, f) in fns { d.setStr(n, .obj(PyBuiltinFunction(n, module: "_io", f))) }
        for t in [ioBase, rawIOBase, bufferedIOBase, textIOBase, StringIOType.type, BytesIOType.type,
                  FileIO.textType, FileIO.bufferedType, FileIO.writerType, FileIO.randomType, FileIO.fileIOType,
                  FileIO.rwPairType, NewlineDecoder.type] {
            d.setStr(t.name, .obj(t))
        }
        return m
    }

    // MARK: argument helpers

    /// A C `Py_ssize_t` argument (`__index__`), CPython's messages.
    static func ssize(_ v: Value) throws(PyBaseException) -> Int {
        if let i = IntOps.small(v) { return i }
        let iv = try IntOps.indexValue(v)
        guard let i = IntOps.small(iv) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
        return i
    }

    /// An optional size (`None` or missing = -1): "argument should be integer or None, not 'str'".
    static func size(_ v: Value?) throws(PyBaseException) -> Int {
        guard let v = v, !v.isNone else { return -1 }
        if IntOps.small(v) == nil, (try Ops.lookupAttr(.obj(v.type), "__index__")) == nil {
            throw PyErr.typeError("argument should be integer or None, not '\(v.type.name)'")
        }
        return try ssize(v)
    }

    static func isClosed(_ v: Value) throws(PyBaseException) -> Bool {
        try Ops.isTrue(try Ops.getattr(v, PyStr.intern("closed")))
    }

    static func checkClosed(_ v: Value) throws(PyBaseException) {
        if try isClosed(v) { throw PyErr.valueError(closedMessage) }
    }

    /// `_io.StringIO` / `module.Sub` as an object repr shows the class.
    static func className(_ t: PyType) -> String {
        t.isHeapType ? t.fullName : "\(t.moduleName).\(t.name)"
    }

    static let iobaseClosedName = PyStr.intern("__IOBase_closed")

    // MARK: the abstract bases

    static let installed: Bool = {
        let b = ioBase
        b.getset("closed", get: { (v) throws(PyBaseException) -> Value in
            .bool(v.object?.dict?.getStr(iobaseClosedName) != nil)
        })
        b.getset("__dict__", get: { (v) throws(PyBaseException) -> Value in
            guard let d = v.object?.dict else { throw PyErr.make(ExcTypes.attributeError, "This object has no __dict__") }
            return .obj(d)
        })
        b.def("close") { (a) throws(PyBaseException) -> Value in
            let s = a[0]
            if s.object?.dict?.getStr(iobaseClosedName) != nil { return .None }
            var err: PyBaseException? = nil
            do throws(PyBaseException) { _ = try Ops.callMethod(s, "flush", []) } catch let e { err = e }
            s.object?.dict?.setStr(iobaseClosedName, .True)
            if let e = err { throw e }
            return .None
        }
        b.def("flush") { (a) throws(PyBaseException) -> Value in
            // Like CPython, only close() of _IOBase itself marks the object closed here.
            if a[0].object?.dict?.getStr(iobaseClosedName) != nil { throw PyErr.valueError(closedMessage) }
            return .None
        }
        b.def("__del__") { (a) throws(PyBaseException) -> Value in
            _ = try? Ops.callMethod(a[0], "close", [])
            return .None
        }
        for (name, what) in [("seek", "seek"), ("truncate", "truncate"), ("fileno", "fileno")] {
            _ = what
            b.def(name) { (a) throws(PyBaseException) -> Value in
                throw unsupported(name)
            }
        }
        b.def("tell") { (a) throws(PyBaseException) -> Value in
            try Ops.callMethod(a[0], "seek", [.int(0), .int(1)])
        }
        for name in ["readable", "writable", "seekable"] {
            b.def(name) { (_) throws(PyBaseException) -> Value in .False }
        }
        b.def("isatty") { (a) throws(PyBaseException) -> Value in
            try checkClosed(a[0])
            return .False
        }
        b.def("_checkClosed") { (a) throws(PyBaseException) -> Value in
            try checkClosed(a[0])
            return .None
        }
        for (name, probe, msg) in [("_checkReadable", "readable", "File or stream is not readable."),
                                   ("_checkWritable", "writable", "File or stream is not writable."),
                                   ("_checkSeekable", "seekable", "File or stream is not seekable.")] {
            b.def(name) { (a) throws(PyBaseException) -> Value in
                let r = try Ops.callMethod(a[0], probe, [])
                if !(try Ops.isTrue(r)) { throw unsupported(msg) }
                return r
            }
        }
        b.def("__enter__") { (a) throws(PyBaseException) -> Value in
            try checkClosed(a[0])
            return a[0]
        }
        b.def("__exit__") { (a) throws(PyBaseException) -> Value in
            try Ops.callMethod(a[0], "close", [])
        }
        b.def("__iter__") { (a) throws(PyBaseException) -> Value in
            try checkClosed(a[0])
            return a[0]
        }
        b.def("__next__") { (a) throws(PyBaseException) -> Value in
            let line = try Ops.callMethod(a[0], "readline", [])
            if try Ops.len(line) == 0 { throw PyErr.stopIteration() }
            return line
        }
        b.def("readline") { (a) throws(PyBaseException) -> Value in
            let p = try a.bind("readline", ["self", "size"], required: 1, posOnly: 2)
            let limit = try size(p[1])
            let s = a[0]
            let peek = try Ops.lookupAttr(s, "peek")
            var out: [UInt8] = []
            while limit < 0 || out.count < limit {
                var n = 1
                if let pk = peek {
                    let ahead = try Ops.callValues(pk, [.int(1)])
                    if let bytes = ContainerTypes.buffer(ahead), !bytes.isEmpty {
                        var k = 0
                        while k < bytes.count { k += 1; if bytes[k - 1] == 10 { break } }
                        n = k
                        if limit >= 0 { n = min(n, limit - out.count) }
                    }
                }
                let chunk = try Ops.callMethod(s, "read", [.int(n)])
                guard let bytes = ContainerTypes.buffer(chunk) else {
                    if chunk.isNone { break }
                    throw PyErr.make(ExcTypes.osError, "read() should have returned a bytes object, not '\(chunk.type.name)'")
                }
                if bytes.isEmpty { break }
                out.append(contentsOf: bytes)
                if out.last == 10 { break }
            }
            return .obj(PyBytes(out))
        }
        b.def("readlines") { (a) throws(PyBaseException) -> Value in
            let p = try a.bind("readlines", ["self", "hint"], required: 1, posOnly: 2)
            let hint = try size(p[1])
            var lines: [Value] = []
            var total = 0
            let it = try Ops.getIter(a[0])
            while let line = try Ops.next(it) {
                lines.append(line)
                if hint > 0 {
                    total += try Ops.len(line)
                    if total >= hint { break }
                }
            }
            return .obj(PyList(lines))
        }
        b.def("writelines") { (a) throws(PyBaseException) -> Value in
            try a.expect("writelines", min: 2, max: 2)
            try checkClosed(a[0])
            let s = a[0]
            try Ops.iterate(a[1]) { (line) throws(PyBaseException) in _ = try Ops.callMethod(s, "write", [line]) }
            return .None
        }

        let r = rawIOBase
        r.def("read") { (a) throws(PyBaseException) -> Value in
            let p = try a.bind("read", ["self", "size"], required: 1, posOnly: 2)
            let n = try size(p[1])
            if n < 0 { return try Ops.callMethod(a[0], "readall", []) }
            let buf = PyBytes([UInt8](repeating: 0, count: n), type: PyType.bytearray)
            let got = try Ops.callMethod(a[0], "readinto", [.obj(buf)])
            if got.isNone { return .None }
            let k = try ssize(got)
            if k < 0 || k > n { throw PyErr.valueError("readinto returned \(k) outside buffer size \(n)") }
            return .obj(PyBytes(Array(buf.bytes.prefix(k))))
        }
        r.def("readall") { (a) throws(PyBaseException) -> Value in
            var out: [UInt8] = []
            while true {
                let chunk = try Ops.callMethod(a[0], "read", [.int(defaultBufferSize)])
                if chunk.isNone { return out.isEmpty ? .None : .obj(PyBytes(out)) }
                guard let bytes = ContainerTypes.buffer(chunk) else { throw PyErr.typeError("read() should return bytes") }
                if bytes.isEmpty { break }
                out.append(contentsOf: bytes)
            }
            return .obj(PyBytes(out))
        }
        for name in ["readinto", "write"] {
            r.def(name) { (_) throws(PyBaseException) -> Value in throw PyErr.make(ExcTypes.notImplementedError, "") }
        }

        let bb = bufferedIOBase
        for name in ["read", "read1", "write", "detach"] {
            bb.def(name) { (_) throws(PyBaseException) -> Value in throw unsupported(name) }
        }
        for name in ["readinto", "readinto1"] {
            bb.def(name) { (a) throws(PyBaseException) -> Value in
                try a.expect(name, min: 2, max: 2)
                guard case .obj(let target as PyBytes) = a[1], target.isByteArray else {
                    throw PyErr.typeError("readinto() argument must be read-write bytes-like object, not \(a[1].type.name)")
                }
                let data = try Ops.callMethod(a[0], name == "readinto" ? "read" : "read1", [.int(target.bytes.count)])
                guard let bytes = ContainerTypes.buffer(data) else { throw PyErr.typeError("read() should return bytes") }
                let n = min(bytes.count, target.bytes.count)
                target.bytes.replaceSubrange(0..<n, with: bytes.prefix(n))
                return .int(n)
            }
        }

        let tb = textIOBase
        for name in ["read", "readline", "write", "detach"] {
            tb.def(name) { (_) throws(PyBaseException) -> Value in throw unsupported(name) }
        }
        for name in ["encoding", "newlines", "errors"] {
            tb.getset(name, get: { (_) throws(PyBaseException) -> Value in .None })
        }
        StringIOType.install()
        BytesIOType.install()
        NewlineDecoder.install()
        return true
    }()
}

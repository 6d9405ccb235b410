import Glibc

/// Text and binary files (`open()`) and the methods of the standard streams.
/// A file object buffers writes in Swift and reads whole chunks through the
/// file descriptor. Thread-safety: each file's state is behind its own
/// mutex; two threads writing one file interleave whole `write` calls.
public final class PyFile: PyObject {
    let fd: Int32
    let name: Value
    let mode: String
    let binary: Bool
    let readable: Bool
    let writable: Bool
    var closed = false
    var readBuffer: [UInt8] = []
    var readPos = 0
    var eof = false
    var writeBuffer: [UInt8] = []
    let lock = PThreadMutex()
    /// Whether close() closes the descriptor (`closefd`).
    var closefd = true
    /// The binary file a TextIOWrapper was made from (closed with it).
    var wrapped: PyFile? = nil

    init(fd: Int32, name: Value, mode: String, type: PyType? = nil) {
        self.fd = fd
        self.name = name
        self.mode = mode
        binary = mode.contains("b")
        readable = mode.contains("r") || mode.contains("+")
        writable = mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+")
        let t: PyType
        if let ty = type { t = ty }
        else if !binary { t = FileIO.textType }
        else if mode.contains("+") { t = FileIO.randomType }
        else if mode.contains("r") { t = FileIO.bufferedType }
        else { t = FileIO.writerType }
        super.init(type: t)
    }

    func checkOpen() throws(PyBaseException) {
        if closed { throw PyErr.valueError("I/O operation on closed file.") }
    }

    func flushWrites() {
        var off = 0
        writeBuffer.withUnsafeBytes { p in
            while off < p.count {
                let n = Glibc.write(fd, p.baseAddress! + off, p.count - off)
                if n <= 0 { if errno == EINTR { continue }; break }
                off += n
            }
        }
        writeBuffer.removeAll(keepingCapacity: true)
    }

    func fill() -> Bool {
        if eof { return false }
        if readPos > 0 { readBuffer.removeFirst(readPos); readPos = 0 }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, 65536) }
        if n <= 0 { eof = true; return false }
        readBuffer.append(contentsOf: chunk[0..<n])
        return true
    }

    func readAllBytes() -> [UInt8] {
        while fill() {}
        let out = Array(readBuffer[readPos...])
        readBuffer = []
        readPos = 0
        return out
    }

    func readLineBytes(limit: Int = -1) -> [UInt8] {
        while true {
            if let nl = readBuffer[readPos...].firstIndex(of: 10) {
                let end = nl + 1
                let take = limit >= 0 ? min(end, readPos + limit) : end
                let out = Array(readBuffer[readPos..<take])
                readPos = take
                return out
            }
            if limit >= 0 && readBuffer.count - readPos >= limit {
                let out = Array(readBuffer[readPos..<(readPos + limit)])
                readPos += limit
                return out
            }
            if !fill() { break }
        }
        let out = Array(readBuffer[readPos...])
        readBuffer = []
        readPos = 0
        return out
    }

    func value(_ bytes: [UInt8]) throws(PyBaseException) -> Value {
        if binary { return .obj(PyBytes(bytes)) }
        guard let s = String(validating: bytes, as: UTF8.self) else {
            throw PyErr.make(ExcTypes.unicodeDecodeError, "'utf-8' codec can't decode bytes: invalid utf-8")
        }
        return .str(s)
    }

    func close() {
        if closed { return }
        flushWrites()
        if let w = wrapped {
            w.lock.lock()
            w.flushWrites()
            w.closed = true
            w.lock.unlock()
        }
        if closefd { Glibc.close(fd) }
        closed = true
    }

    /// The position as the OS sees it minus what is buffered ahead.
    func tell() throws(PyBaseException) -> Int {
        flushWrites()
        let off = lseek(fd, 0, SEEK_CUR)
        if off < 0 { let e = errno; throw PyErr.osError(e, String(cString: strerror(e))) }
        return Int(off) - (readBuffer.count - readPos)
    }

    func seek(_ pos: Int, _ whence: Int32) throws(PyBaseException) -> Int {
        flushWrites()
        var target = pos
        if whence == SEEK_CUR { target -= readBuffer.count - readPos }
        readBuffer = []
        readPos = 0
        eof = false
        let off = lseek(fd, off_t(target), whence)
        if off < 0 { let e = errno; throw PyErr.osError(e, String(cString: strerror(e))) }
        return Int(off)
    }
}

/// `open()` and the file types of `_io` (TextIOWrapper, BufferedReader,
/// BufferedWriter, BufferedRandom, FileIO; BufferedRWPair exists for
/// `io.py` only). Thread-safety: see `PyFile`.
enum FileIO {
    static let textType = PyType(builtin: "TextIOWrapper", base: IOModule.textIOBase, layout: .other, hasDict: true, baseType: false, module: "_io")
    static let bufferedType = PyType(builtin: "BufferedReader", base: IOModule.bufferedIOBase, layout: .other, hasDict: true, baseType: false, module: "_io")
    static let writerType = PyType(builtin: "BufferedWriter", base: IOModule.bufferedIOBase, layout: .other, hasDict: true, baseType: false, module: "_io")
    static let randomType = PyType(builtin: "BufferedRandom", base: IOModule.bufferedIOBase, layout: .other, hasDict: true, baseType: false, module: "_io")
    static let rwPairType = PyType(builtin: "BufferedRWPair", base: IOModule.bufferedIOBase, layout: .other, hasDict: true, baseType: false, module: "_io")
    static let fileIOType = PyType(builtin: "FileIO", base: IOModule.rawIOBase, layout: .other, hasDict: true, baseType: false, module: "_io")
    static var fileTypes: [PyType] { [textType, bufferedType, writerType, randomType, fileIOType] }

    /// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
    static func open(_ a: Args, type: PyType? = nil) throws(PyBaseException) -> Value {
        installMethods()
        let p = try a.bind(type == nil ? "open" : "FileIO", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], required: 1)
        var path = ""
        switch (p[0] ?? .None).object {
        case let s as PyStr: path = s.value
        case let b as PyBytes: path = String(decoding: b.bytes, as: UTF8.self)
        default: throw PyErr.typeError("expected str, bytes or os.PathLike object, not \((p[0] ?? .None).type.name)")
        }
        var mode = "r"
        if let m = p[1] {
            guard case .obj(let ms as PyStr) = m else { throw PyErr.typeError("open() argument 'mode' must be str, not \(m.type.name)") }
            mode = ms.value
        }
        let valid = Set("rwxabt+")
        if mode.isEmpty || !mode.allSatisfy({ valid.contains($0) }) || mode.filter({ "rwxa".contains($0) }).count != 1 {
            throw PyErr.valueError("invalid mode: '\(mode)'")
        }
        if mode.contains("b"), let enc = p[3], !enc.isNone { throw PyErr.valueError("binary mode doesn't take an encoding argument") }
        var flags: Int32 = 0
        let plus = mode.contains("+")
        if mode.contains("r") { flags = plus ? O_RDWR : O_RDONLY }
        if mode.contains("w") { flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC }
        if mode.contains("a") { flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND }
        if mode.contains("x") { flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL }
        let fd = Glibc.open(path, flags | O_CLOEXEC, 0o666)
        if fd < 0 {
            let err = errno
            throw PyErr.osError(err, String(cString: strerror(err)), filename: path)
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd)
            throw PyErr.osError(EISDIR, "Is a directory", filename: path)
        }
        return .obj(PyFile(fd: fd, name: (p[0] ?? .None), mode: mode, type: type))
    }

    static let installed: Bool = {
        func fileSelf(_ a: Args) throws(PyBaseException) -> PyFile {
            guard a.buf.count > 0, case .obj(let f as PyFile) = a[0] else { throw PyErr.typeError("descriptor requires a file object") }
            return f
        }
        installConstructors()
        for t in fileTypes {
            t.def("read") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                if !f.readable { throw PyErr.make(ExcTypes.osError, "not readable") }
                f.lock.lock(); defer { f.lock.unlock() }
                let n = a.count > 1 ? (IntOps.small(a[1]) ?? -1) : -1
                if n < 0 { return try f.value(f.readAllBytes()) }
                var out: [UInt8] = []
                while out.count < n {
                    if f.readPos >= f.readBuffer.count && !f.fill() { break }
                    let take = min(n - out.count, f.readBuffer.count - f.readPos)
                    out.append(contentsOf: f.readBuffer[f.readPos..<(f.readPos + take)])
                    f.readPos += take
                }
                return try f.value(out)
            }
            t.def("readline") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                f.lock.lock(); defer { f.lock.unlock() }
                let n = a.count > 1 ? (IntOps.small(a[1]) ?? -1) : -1
                return try f.value(f.readLineBytes(limit: n))
            }
            t.def("readlines") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                f.lock.lock(); defer { f.lock.unlock() }
                var lines: [Value] = []
                while true {
                    let l = f.readLineBytes()
                    if l.isEmpty { break }
                    lines.append(try f.value(l))
                }
                return .obj(PyList(lines))
            }
            t.def("write") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                if !f.writable { throw PyErr.make(ExcTypes.osError, "not writable") }
                try a.expect("write", min: 2, max: 2)
                f.lock.lock(); defer { f.lock.unlock() }
                switch a[1].object {
                case let s as PyStr where !f.binary:
                    f.writeBuffer.append(contentsOf: s.value.utf8)
                    if f.writeBuffer.count > 65536 { f.flushWrites() }
                    return .int(s.count)
                case let b as PyBytes where f.binary:
                    f.writeBuffer.append(contentsOf: b.bytes)
                    if f.writeBuffer.count > 65536 { f.flushWrites() }
                    return .int(b.bytes.count)
                default:
                    if f.binary { throw PyErr.typeError("a bytes-like object is required, not '\(a[1].type.name)'") }
                    throw PyErr.typeError("write() argument must be str, not \(a[1].type.name)")
                }
            }
            t.def("writelines") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                try Ops.iterate(a[1]) { (v) throws(PyBaseException) in _ = try Ops.callMethod(.obj(f), "write", [v]) }
                return .None
            }
            t.def("flush") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                f.lock.lock(); defer { f.lock.unlock() }
                f.flushWrites()
                return .None
            }
            t.def("close") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                f.lock.lock(); defer { f.lock.unlock() }
                f.close()
                return .None
            }
            t.def("fileno") { (a) throws(PyBaseException) -> Value in .int(Int(try fileSelf(a).fd)) }
            t.def("readable") { (a) throws(PyBaseException) -> Value in .bool(try fileSelf(a).readable) }
            t.def("writable") { (a) throws(PyBaseException) -> Value in .bool(try fileSelf(a).writable) }
            t.def("isatty") { (a) throws(PyBaseException) -> Value in .bool(isatty(try fileSelf(a).fd) != 0) }
            t.def("__enter__") { (a) throws(PyBaseException) -> Value in
                try fileSelf(a).checkOpen()
                return a[0]
            }
            t.def("__exit__") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                f.lock.lock(); defer { f.lock.unlock() }
                f.close()
                return .None
            }
            t.def("__iter__") { (a) throws(PyBaseException) -> Value in
                try fileSelf(a).checkOpen()
                return a[0]
            }
            t.def("__next__") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                f.lock.lock(); defer { f.lock.unlock() }
                let l = f.readLineBytes()
                if l.isEmpty { throw PyErr.stopIteration() }
                return try f.value(l)
            }
            t.def("seek") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try a.expect("seek", min: 2, max: 3)
                let pos = try IOModule.ssize(a[1])
                let whence = a.count > 2 ? try IOModule.ssize(a[2]) : 0
                try f.checkOpen()
                if whence < 0 || whence > 2 { throw PyErr.valueError("invalid whence (\(whence), should be 0, 1 or 2)") }
                f.lock.lock(); defer { f.lock.unlock() }
                return .int(try f.seek(pos, Int32(whence)))
            }
            t.def("tell") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                f.lock.lock(); defer { f.lock.unlock() }
                return .int(try f.tell())
            }
            t.def("seekable") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                try f.checkOpen()
                return .bool(lseek(f.fd, 0, SEEK_CUR) >= 0)
            }
            t.def("__repr__") { (a) throws(PyBaseException) -> Value in
                let f = try fileSelf(a)
                if f.type === fileIOType { return .str("<_io.FileIO name=\(try Ops.repr(f.name).value) mode='\(f.mode)' closefd=\(f.closefd ? "True" : "False")>") }
                if f.binary { return .str("<_io.\(f.type.name) name=\(try Ops.repr(f.name).value)>") }
                return .str("<_io.TextIOWrapper name=\(try Ops.repr(f.name).value) mode='\(f.mode)' encoding='UTF-8'>")
            }
            t.getset("closed", get: { (v) throws(PyBaseException) -> Value in .bool((v.object as? PyFile)?.closed ?? true) })
            t.getset("name", get: { (v) throws(PyBaseException) -> Value in (v.object as? PyFile)?.name ?? .None })
            t.getset("mode", get: { (v) throws(PyBaseException) -> Value in
                if let m = v.object?.dict?.getStr("mode") { return m }
                return .str((v.object as? PyFile)?.mode ?? "")
            }, set: { (v, x) throws(PyBaseException) in
                guard let d = v.object?.dict else { throw PyErr.make(ExcTypes.attributeError, "readonly attribute") }
                if let x = x { d.setStr("mode", x) } else { _ = d.removeStr("mode") }
            })
            t.getset("encoding", get: { (_) throws(PyBaseException) -> Value in .str("UTF-8") })
        }
        // The standard streams.
        func stream(_ a: Args) throws(PyBaseException) -> PyStdStream {
            guard a.buf.count > 0, case .obj(let s as PyStdStream) = a[0] else { throw PyErr.typeError("descriptor requires a stream") }
            return s
        }
        let st = StdStreams.streamType
        st.def("write") { (a) throws(PyBaseException) -> Value in
            let s = try stream(a)
            try a.expect("write", min: 2, max: 2)
            guard case .obj(let str as PyStr) = a[1] else { throw PyErr.typeError("write() argument must be str, not \(a[1].type.name)") }
            s.write(str.value)
            return .int(str.count)
        }
        st.def("flush") { (a) throws(PyBaseException) -> Value in try stream(a).flush(); return .None }
        st.def("fileno") { (a) throws(PyBaseException) -> Value in .int(Int(try stream(a).fd)) }
        st.def("isatty") { (a) throws(PyBaseException) -> Value in .bool(isatty(try stream(a).fd) != 0) }
        st.def("readable") { (a) throws(PyBaseException) -> Value in .bool(try stream(a).mode == "r") }
        st.def("writable") { (a) throws(PyBaseException) -> Value in .bool(try stream(a).mode == "w") }
        st.def("readline") { (a) throws(PyBaseException) -> Value in let s = try stream(a); return .str(GIL.blocking { s.readLine() } ?? "") }
        st.def("read") { (a) throws(PyBaseException) -> Value in .str(try stream(a).readAll()) }
        st.def("readlines") { (a) throws(PyBaseException) -> Value in
            let s = try stream(a)
            var out: [Value] = []
            while let l = s.readLine() { out.append(.str(l)) }
            return .obj(PyList(out))
        }
        st.def("__iter__") { (a) throws(PyBaseException) -> Value in a[0] }
        st.def("__next__") { (a) throws(PyBaseException) -> Value in
            guard let l = try stream(a).readLine() else { throw PyErr.stopIteration() }
            return .str(l)
        }
        st.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let s = try stream(a)
            return .str("<_io.TextIOWrapper name='\(s.name)' mode='\(s.mode)' encoding='utf-8'>")
        }
        st.getset("name", get: { (v) throws(PyBaseException) -> Value in .str((v.object as? PyStdStream)?.name ?? "") })
        st.getset("mode", get: { (v) throws(PyBaseException) -> Value in .str((v.object as? PyStdStream)?.mode ?? "") })
        st.getset("encoding", get: { (_) throws(PyBaseException) -> Value in .str("utf-8") })
        st.getset("closed", get: { (_) throws(PyBaseException) -> Value in .False })
        return true
    }()

    static func installMethods() { _ = installed }

    /// `FileIO(file, mode='r', closefd=True, opener=None)` and
    /// `TextIOWrapper(buffer, ...)` over a binary file from `open()`.
    static func installConstructors() {
        fileIOType.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let rest = Array(a.buf[1...])
            return try Args.with(rest, kwnames: a.kwnames) { (x) throws(PyBaseException) -> Value in
                let p = try x.bind("FileIO", ["file", "mode", "closefd", "opener"], required: 1)
                var mode = "r"
                if let m = p[1] {
                    guard case .obj(let ms as PyStr) = m else { throw PyErr.typeError("FileIO() argument 'mode' must be str, not \(m.type.name)") }
                    mode = ms.value
                }
                if mode.contains("t") || mode.contains("b") && mode.filter({ $0 == "b" }).count > 1 { throw PyErr.valueError("invalid mode: \(mode)") }
                let bmode = mode.contains("b") ? mode : mode + "b"
                return try Args.with([p[0] ?? .None, .str(bmode)]) { (y) throws(PyBaseException) -> Value in try open(y, type: fileIOType) }
            }
        }
        textType.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let rest = Array(a.buf[1...])
            return try Args.with(rest, kwnames: a.kwnames) { (x) throws(PyBaseException) -> Value in
                let p = try x.bind("TextIOWrapper", ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], required: 1)
                guard case .obj(let b as PyFile)? = p[0], b.binary else {
                    throw IOModule.unsupported("TextIOWrapper over a non-file buffer is not supported by Grail")
                }
                if let e = p[1], case .obj(let es as PyStr) = e {
                    let norm = String(es.value.lowercased().map { $0 == "-" ? "_" : $0 })
                    if norm != "utf_8" && norm != "utf8" && norm != "locale" {
                        throw PyErr.make(ExcTypes.lookupError, "unknown encoding: \(es.value)")
                    }
                }
                b.lock.lock(); defer { b.lock.unlock() }
                try b.checkOpen()
                b.flushWrites()
                var mode = b.mode.filter { $0 != "b" }
                if mode.isEmpty { mode = "r" }
                let t = PyFile(fd: b.fd, name: b.name, mode: mode, type: textType)
                t.readBuffer = Array(b.readBuffer[b.readPos...])
                t.eof = b.eof
                b.readBuffer = []
                b.readPos = 0
                t.wrapped = b
                t.closefd = b.closefd
                b.closefd = false
                t.dict?.setStr("buffer", .obj(b))
                return .obj(t)
            }
        }
        textType.def("__init__") { (_) throws(PyBaseException) -> Value in .None }
    }
}

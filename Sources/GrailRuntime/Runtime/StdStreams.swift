import Glibc
import Synchronization

/// `sys.stdout`/`sys.stderr`/`sys.stdin` backed by file descriptors with a
/// buffer (line-buffered when the fd is a terminal, like CPython). Their
/// type is a subclass of `_io.TextIOWrapper` (so `io.TextIOBase` checks
/// hold); the text methods live in FileIO.swift, the extras (`buffer`,
/// `errors`, `line_buffering`, ...) in `StdStreams.installExtras`.
/// Thread-safety: every write/flush holds the stream's mutex.
public final class PyStdStream: PyObject {
    public let fd: Int32
    public let name: String
    let state = GrailMutex<[UInt8]>([])
    let lineBuffered: Bool
    public let mode: String
    /// `sys.stdout.buffer`: the binary layer over the same buffer (set once in init).
    private(set) var binary: PyStdBuffer? = nil

    init(fd: Int32, name: String, mode: String) {
        self.fd = fd
        self.name = name
        self.mode = mode
        lineBuffered = isatty(fd) != 0 || fd == 2
        super.init(type: StdStreams.streamType, noDict: ())
        binary = PyStdBuffer(self)
    }

    public func write(_ s: String) {
        let flushNow: Bool = state.withLock { buf in
            buf.append(contentsOf: s.utf8)
            return buf.count >= 8192 || (lineBuffered && s.utf8.contains(10))
        }
        if flushNow { flush() }
    }

    /// Raw bytes through the same buffer (`sys.stdout.buffer.write`).
    public func writeBytes(_ b: [UInt8]) {
        let flushNow: Bool = state.withLock { buf in
            buf.append(contentsOf: b)
            return buf.count >= 8192 || (lineBuffered && b.contains(10))
        }
        if flushNow { flush() }
    }

    public func flush() {
        let data: [UInt8] = state.withLock { buf in
            let d = buf
            buf.removeAll(keepingCapacity: true)
            return d
        }
        var off = 0
        data.withUnsafeBytes { p in
            guard let base = p.baseAddress else { return }
            while off < data.count {
                let n = Glibc.write(fd, base + off, data.count - off)
                if n <= 0 { if errno == EINTR { continue }; break }
                off += n
            }
        }
    }

    /// Reads one line (without limit) from the fd; nil at EOF.
    public func readLine() -> String? {
        guard let bytes = readLineBytes() else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One line as bytes (up to `limit` bytes when limit >= 0); nil at EOF.
    func readLineBytes(limit: Int = -1) -> [UInt8]? {
        var bytes: [UInt8] = []
        var c: UInt8 = 0
        while limit < 0 || bytes.count < limit {
            let n = read(fd, &c, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(c)
            if c == 10 { break }
        }
        if bytes.isEmpty { return nil }
        return bytes
    }

    public func readAll() -> String {
        String(decoding: readAllBytes(), as: UTF8.self)
    }

    /// Everything up to EOF, or at most `limit` bytes (stopping early only at EOF).
    func readAllBytes(limit: Int = -1) -> [UInt8] {
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while limit < 0 || bytes.count < limit {
            let want = limit < 0 ? buf.count : min(buf.count, limit - bytes.count)
            let n = read(fd, &buf, want)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: buf[0..<n])
        }
        return bytes
    }
}

/// `sys.stdout.buffer` / `sys.stdin.buffer`: the binary layer of a
/// standard stream (an `_io.BufferedWriter`/`BufferedReader` subclass to
/// Python), sharing the text stream's buffer so output stays ordered.
/// Thread-safety: delegates to the stream's mutex-guarded buffer.
final class PyStdBuffer: PyObject {
    let stream: PyStdStream

    init(_ s: PyStdStream) {
        stream = s
        super.init(type: s.mode == "r" ? StdStreams.readerType : StdStreams.writerType, noDict: ())
    }
}

/// The three standard streams and their types.
public enum StdStreams {
    public static let streamType: PyType = {
        let t = PyType(builtin: "TextIOWrapper", base: FileIO.textType, layout: .other, baseType: false, module: "_io")
        FileIO.textType.addSubclass(t)
        return t
    }()
    static let writerType: PyType = {
        let t = PyType(builtin: "BufferedWriter", base: FileIO.writerType, layout: .other, baseType: false, module: "_io")
        FileIO.writerType.addSubclass(t)
        return t
    }()
    static let readerType: PyType = {
        let t = PyType(builtin: "BufferedReader", base: FileIO.bufferedType, layout: .other, baseType: false, module: "_io")
        FileIO.bufferedType.addSubclass(t)
        return t
    }()
    public static let stdout = PyStdStream(fd: 1, name: "<stdout>", mode: "w")
    public static let stderr = PyStdStream(fd: 2, name: "<stderr>", mode: "w")
    public static let stdin = PyStdStream(fd: 0, name: "<stdin>", mode: "r")

    public static func flushAll() {
        stdout.flush()
        stderr.flush()
    }

    /// CPython's stdio error handler: stderr 'backslashreplace'; stdin and
    /// stdout 'surrogateescape' in the C/POSIX locale, its UTF-8 coercion
    /// targets or UTF-8 mode, 'strict' otherwise.
    static let stdioErrors: String = {
        func env(_ n: String) -> String? {
            guard let p = getenv(n) else { return nil }
            let s = String(cString: p)
            return s.isEmpty ? nil : s
        }
        if env("PYTHONUTF8") == "1" { return "surrogateescape" }
        let loc = env("LC_ALL") ?? env("LC_CTYPE") ?? env("LANG") ?? "C"
        return ["C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"].contains(loc) ? "surrogateescape" : "strict"
    }()

    /// PYTHONUNBUFFERED: CPython's streams then report write_through and no line buffering.
    static let unbufferedEnv: Bool = {
        guard let p = getenv("PYTHONUNBUFFERED") else { return false }
        return p.pointee != 0
    }()

    static func streamSelf(_ a: Args, _ method: String) throws(PyBaseException) -> PyStdStream {
        try a.selfAs(streamType, PyStdStream.self, method)
    }

    static func bufferSelf(_ a: Args, _ method: String) throws(PyBaseException) -> PyStdBuffer {
        guard a.buf.count > 0, case .obj(let b as PyStdBuffer) = a[0] else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(method)' for '_io.BufferedWriter' objects doesn't apply to a '\(got)' object")
        }
        return b
    }

    /// A size argument for read(): None/missing/negative = everything.
    static func readSize(_ a: Args, _ fname: String) throws(PyBaseException) -> Int {
        try a.expect(fname, min: 1, max: 2)
        return a.count > 1 ? try IOModule.size(a[1]) : -1
    }

    /// The methods and attributes the standard streams add to (or override
    /// in) `_io.TextIOWrapper`, and their binary layers. Runs after
    /// FileIO's installer (GrailMain calls it once the runtime is booted).
    static let extrasInstalled: Bool = {
        FileIO.installMethods()
        let st = streamType
        st.getset("errors", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let s as PyStdStream) = v else { return .None }
            return .str(s.fd == 2 ? "backslashreplace" : stdioErrors)
        })
        st.getset("line_buffering", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let s as PyStdStream) = v else { return .False }
            return .bool(!unbufferedEnv && s.lineBuffered)
        })
        st.getset("write_through", get: { (_) throws(PyBaseException) -> Value in .bool(unbufferedEnv) })
        st.getset("newlines", get: { (_) throws(PyBaseException) -> Value in .None })
        st.getset("buffer", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let s as PyStdStream) = v, let b = s.binary else { return .None }
            return .obj(b)
        })
        st.def("write") { (a) throws(PyBaseException) -> Value in
            let s = try streamSelf(a, "write")
            if a.hasKeywords { throw PyErr.typeError("TextIOWrapper.write() takes no keyword arguments") }
            guard a.count == 2 else { throw PyErr.typeError("TextIOWrapper.write() takes exactly one argument (\(a.count - 1) given)") }
            guard case .obj(let str as PyStr) = a[1] else { throw PyErr.typeError("write() argument must be str, not \(a[1].type.name)") }
            if s.mode == "r" { throw IOModule.unsupported("not writable") }
            s.write(str.value)
            return .int(str.count)
        }
        st.def("writelines") { (a) throws(PyBaseException) -> Value in
            let s = try streamSelf(a, "writelines")
            try a.expect("writelines", min: 2, max: 2)
            let items = try Ops.toArray(a[1])
            for x in items {
                guard case .obj(let str as PyStr) = x else { throw PyErr.typeError("write() argument must be str, not \(x.type.name)") }
                s.write(str.value)
            }
            return .None
        }
        st.def("reconfigure") { (a) throws(PyBaseException) -> Value in
            let s = try streamSelf(a, "reconfigure")
            if a.count > 1 { throw PyErr.typeError("reconfigure() takes no positional arguments") }
            let p = try Args.with(Array(a.buf[1...]), kwnames: a.kwnames) { (x) throws(PyBaseException) -> [Value?] in
                try x.bind("reconfigure", ["encoding", "errors", "newline", "line_buffering", "write_through"], required: 0, maxPositional: 0)
            }
            // Grail's streams are UTF-8 only: other encodings are refused.
            if let e = p[0], !e.isNone {
                guard case .obj(let es as PyStr) = e else { throw PyErr.typeError("reconfigure() argument 'encoding' must be str or None, not \(e.type.name)") }
                let norm = String(es.value.lowercased().map { $0 == "-" ? "_" : $0 })
                if norm != "utf_8" && norm != "utf8" {
                    throw IOModule.unsupported("Grail's standard streams only support UTF-8, not \(es.value)")
                }
            }
            s.flush()
            return .None
        }
        st.def("close") { (a) throws(PyBaseException) -> Value in try streamSelf(a, "close").flush(); return .None }
        st.def("seekable") { (a) throws(PyBaseException) -> Value in .bool(lseek(try streamSelf(a, "seekable").fd, 0, SEEK_CUR) >= 0) }
        st.def("tell") { (a) throws(PyBaseException) -> Value in
            let s = try streamSelf(a, "tell")
            s.flush()
            let off = lseek(s.fd, 0, SEEK_CUR)
            if off < 0 { throw IOModule.unsupported("underlying stream is not seekable") }
            return .int(Int(off))
        }
        st.def("seek") { (a) throws(PyBaseException) -> Value in
            let s = try streamSelf(a, "seek")
            try a.expect("seek", min: 2, max: 3)
            if lseek(s.fd, 0, SEEK_CUR) < 0 { throw IOModule.unsupported("underlying stream is not seekable") }
            throw IOModule.unsupported("seek on a standard stream is not supported by Grail")
        }
        st.def("detach") { (a) throws(PyBaseException) -> Value in
            _ = try streamSelf(a, "detach")
            throw IOModule.unsupported("detach")
        }
        st.def("__enter__") { (a) throws(PyBaseException) -> Value in _ = try streamSelf(a, "__enter__"); return a[0] }
        st.def("__exit__") { (a) throws(PyBaseException) -> Value in try streamSelf(a, "__exit__").flush(); return .None }

        for bt in [writerType, readerType] {
            bt.def("write") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "write")
                try a.expect("write", min: 2, max: 2)
                if b.stream.mode == "r" { throw IOModule.unsupported("write") }
                guard let data = ContainerTypes.buffer(a[1]) else {
                    throw PyErr.typeError("a bytes-like object is required, not '\(a[1].type.name)'")
                }
                b.stream.writeBytes(data)
                return .int(data.count)
            }
            bt.def("writelines") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "writelines")
                try a.expect("writelines", min: 2, max: 2)
                if b.stream.mode == "r" { throw IOModule.unsupported("write") }
                for x in try Ops.toArray(a[1]) {
                    guard let data = ContainerTypes.buffer(x) else {
                        throw PyErr.typeError("a bytes-like object is required, not '\(x.type.name)'")
                    }
                    b.stream.writeBytes(data)
                }
                return .None
            }
            bt.def("read") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "read")
                let n = try readSize(a, "read")
                if b.stream.mode != "r" { throw IOModule.unsupported("read") }
                let s = b.stream
                return .obj(PyBytes(GIL.blocking { s.readAllBytes(limit: n) }))
            }
            bt.def("read1") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "read1")
                let n = try readSize(a, "read1")
                if b.stream.mode != "r" { throw IOModule.unsupported("read1") }
                let s = b.stream
                return .obj(PyBytes(GIL.blocking { s.readAllBytes(limit: n < 0 ? 8192 : n) }))
            }
            bt.def("readline") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "readline")
                let n = try readSize(a, "readline")
                if b.stream.mode != "r" { throw IOModule.unsupported("readline") }
                let s = b.stream
                return .obj(PyBytes(GIL.blocking { s.readLineBytes(limit: n) } ?? []))
            }
            bt.def("readlines") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "readlines")
                if b.stream.mode != "r" { throw IOModule.unsupported("readline") }
                var out: [Value] = []
                while let l = b.stream.readLineBytes() { out.append(.obj(PyBytes(l))) }
                return .obj(PyList(out))
            }
            bt.def("__iter__") { (a) throws(PyBaseException) -> Value in _ = try bufferSelf(a, "__iter__"); return a[0] }
            bt.def("__next__") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "__next__")
                guard let l = b.stream.readLineBytes() else { throw PyErr.stopIteration() }
                return .obj(PyBytes(l))
            }
            bt.def("flush") { (a) throws(PyBaseException) -> Value in try bufferSelf(a, "flush").stream.flush(); return .None }
            bt.def("close") { (a) throws(PyBaseException) -> Value in try bufferSelf(a, "close").stream.flush(); return .None }
            bt.def("fileno") { (a) throws(PyBaseException) -> Value in .int(Int(try bufferSelf(a, "fileno").stream.fd)) }
            bt.def("isatty") { (a) throws(PyBaseException) -> Value in .bool(isatty(try bufferSelf(a, "isatty").stream.fd) != 0) }
            bt.def("readable") { (a) throws(PyBaseException) -> Value in .bool(try bufferSelf(a, "readable").stream.mode == "r") }
            bt.def("writable") { (a) throws(PyBaseException) -> Value in .bool(try bufferSelf(a, "writable").stream.mode != "r") }
            bt.def("seekable") { (a) throws(PyBaseException) -> Value in .bool(lseek(try bufferSelf(a, "seekable").stream.fd, 0, SEEK_CUR) >= 0) }
            bt.def("detach") { (a) throws(PyBaseException) -> Value in _ = try bufferSelf(a, "detach"); throw IOModule.unsupported("detach") }
            bt.def("__enter__") { (a) throws(PyBaseException) -> Value in _ = try bufferSelf(a, "__enter__"); return a[0] }
            bt.def("__exit__") { (a) throws(PyBaseException) -> Value in try bufferSelf(a, "__exit__").stream.flush(); return .None }
            bt.def("__repr__") { (a) throws(PyBaseException) -> Value in
                let b = try bufferSelf(a, "__repr__")
                return .str("<_io.\(b.stream.mode == "r" ? "BufferedReader" : "BufferedWriter") name='\(b.stream.name)'>")
            }
            bt.getset("name", get: { (v) throws(PyBaseException) -> Value in .str((v.object as? PyStdBuffer)?.stream.name ?? "") })
            bt.getset("mode", get: { (v) throws(PyBaseException) -> Value in .str(((v.object as? PyStdBuffer)?.stream.mode ?? "") + "b") })
            bt.getset("closed", get: { (_) throws(PyBaseException) -> Value in .False })
        }
        return true
    }()

    /// Installs `extrasInstalled` (idempotent; after the runtime's bootstrap).
    public static func installExtras() { _ = extrasInstalled }
}

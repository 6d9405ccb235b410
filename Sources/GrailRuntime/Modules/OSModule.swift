import Glibc

/// A native subset of `os` and `os.path` (what scripts use most: paths,
/// environment, directories, pid, cpu_count). Thread-safety: stateless
/// wrappers over libc; `environ` is a dict snapshot taken at import.
enum OSModule {
    static func str(_ v: Value, _ fn: String) throws(PyBaseException) -> String {
        switch v.object {
        case let s as PyStr: return s.value
        case let b as PyBytes: return String(decoding: b.bytes, as: UTF8.self)
        default: throw PyErr.typeError("\(fn): path should be string, bytes or os.PathLike, not \(v.type.name)")
        }
    }

    /// `os.stat_result` (the ten classic fields; times are floats).
    static let statResultType = StructSeq.makeType("stat_result", module: "os", fields: [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"])

    static func statResult(_ st: Glibc.stat) -> Value {
        func t(_ ts: timespec) -> Value { .float(Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9) }
        return .obj(StructSeq.make(statResultType, [
            .int(Int(st.st_mode)), .int(Int(bitPattern: UInt(st.st_ino))), .int(Int(bitPattern: UInt(st.st_dev))),
            .int(Int(st.st_nlink)), .int(Int(st.st_uid)), .int(Int(st.st_gid)), .int(Int(st.st_size)),
            t(st.st_atim), t(st.st_mtim), t(st.st_ctim)]))
    }

    static func oserror(_ path: String? = nil) -> PyBaseException {
        let e = errno
        return PyErr.osError(e, String(cString: strerror(e)), filename: path)
    }

    static func make() -> PyModule {
        let m = NativeModules.module("os", [
            ("getcwd", { (_) throws(PyBaseException) -> Value in .str(GrailMain.currentDirectory()) }),
            ("getpid", { (_) throws(PyBaseException) -> Value in .int(Int(getpid())) }),
            ("cpu_count", { (_) throws(PyBaseException) -> Value in .int(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }),
            ("getenv", { (a) throws(PyBaseException) -> Value in
                let k = try str(a[0], "getenv")
                if let v = getenvString(k) { return .str(v) }
                return a.count > 1 ? a[1] : .None
            }),
            ("listdir", { (a) throws(PyBaseException) -> Value in
                let path = a.count > 0 ? try str(a[0], "listdir") : "."
                guard let d = opendir(path) else { throw oserror(path) }
                defer { closedir(d) }
                var out: [Value] = []
                while let e = readdir(d) {
                    let name = withUnsafePointer(to: e.pointee.d_name) { p in p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
                    if name != "." && name != ".." { out.append(.str(name)) }
                }
                return .obj(PyList(out))
            }),
            ("mkdir", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "mkdir")
                if Glibc.mkdir(p, 0o777) != 0 { throw oserror(p) }
                return .None
            }),
            ("remove", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "remove")
                if unlink(p) != 0 { throw oserror(p) }
                return .None
            }),
            ("unlink", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "unlink")
                if unlink(p) != 0 { throw oserror(p) }
                return .None
            }),
            ("rmdir", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "rmdir")
                if Glibc.rmdir(p) != 0 { throw oserror(p) }
                return .None
            }),
            ("rename", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "rename"), q = try str(a[1], "rename")
                if Glibc.rename(p, q) != 0 { throw oserror(p) }
                return .None
            }),
            ("fspath", { (a) throws(PyBaseException) -> Value in
                if a[0].object is PyStr || a[0].object is PyBytes { return a[0] }
                if let f = try Ops.lookupAttr(a[0], "__fspath__") { return try Ops.callValues(f, []) }
                throw PyErr.typeError("expected str, bytes or os.PathLike object, not \(a[0].type.name)")
            }),
            ("urandom", { (a) throws(PyBaseException) -> Value in
                try a.expect("urandom", min: 1, max: 1)
                let n = try IOModule.ssize(a[0])
                if n < 0 { throw PyErr.valueError("negative argument not allowed") }
                var out = [UInt8](repeating: 0, count: n)
                let fd = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
                if fd < 0 { throw oserror("/dev/urandom") }
                defer { Glibc.close(fd) }
                var got = 0
                while got < n {
                    let r = out.withUnsafeMutableBytes { p in Glibc.read(fd, p.baseAddress! + got, n - got) }
                    if r < 0 { if errno == EINTR { continue }; throw oserror() }
                    if r == 0 { break }
                    got += r
                }
                return .obj(PyBytes(out))
            }),
            ("stat", { (a) throws(PyBaseException) -> Value in
                let p = try a.bind("stat", ["path", "dir_fd", "follow_symlinks"], required: 1)
                let path = try str(p[0] ?? .None, "stat")
                var st = stat()
                let follow = try p[2].map { (v) throws(PyBaseException) -> Bool in try Ops.isTrue(v) } ?? true
                let rc: Int32 = follow ? stat(path, &st) : lstat(path, &st)
                if rc != 0 { throw oserror(path) }
                return statResult(st)
            }),
            ("lstat", { (a) throws(PyBaseException) -> Value in
                let p = try a.bind("lstat", ["path", "dir_fd"], required: 1)
                let path = try str(p[0] ?? .None, "lstat")
                var st = stat()
                if lstat(path, &st) != 0 { throw oserror(path) }
                return statResult(st)
            }),
            ("fstat", { (a) throws(PyBaseException) -> Value in
                try a.expect("fstat", min: 1, max: 1)
                let fd = try IOModule.ssize(a[0])
                var st = stat()
                guard let fd32 = Int32(exactly: fd), fstat(fd32, &st) == 0 else { throw oserror() }
                return statResult(st)
            }),
            ("strerror", { (a) throws(PyBaseException) -> Value in
                try a.expect("strerror", min: 1, max: 1)
                guard let code = IntOps.small(a[0]), let c = Int32(exactly: code) else {
                    throw PyErr.typeError("'\(a[0].type.name)' object cannot be interpreted as an integer")
                }
                return .str(String(cString: Glibc.strerror(c)))
            }),
            ("fsencode", { (a) throws(PyBaseException) -> Value in
                try a.expect("fsencode", min: 1, max: 1)
                if a[0].object is PyBytes { return a[0] }
                return .obj(PyBytes(Array(try str(a[0], "fsencode").utf8)))
            }),
            ("fsdecode", { (a) throws(PyBaseException) -> Value in
                try a.expect("fsdecode", min: 1, max: 1)
                if a[0].object is PyStr { return a[0] }
                return .str(try str(a[0], "fsdecode"))
            }),
            ("_exit", { (a) throws(PyBaseException) -> Value in
                StdStreams.flushAll()
                exit(Int32(IntOps.small(a.count > 0 ? a[0] : .int(0)) ?? 0))
            }),
        ])
        let d = m.dict!
        d.setStr("name", .str("posix"))
        d.setStr("sep", .str("/"))
        d.setStr("pathsep", .str(":"))
        d.setStr("linesep", .str("\n"))
        d.setStr("curdir", .str("."))
        d.setStr("pardir", .str(".."))
        d.setStr("extsep", .str("."))
        d.setStr("devnull", .str("/dev/null"))
        d.setStr("SEEK_SET", .int(0))
        d.setStr("SEEK_CUR", .int(1))
        d.setStr("SEEK_END", .int(2))
        d.setStr("error", .obj(ExcTypes.osError))
        d.setStr("stat_result", .obj(statResultType))
        let env = PyDict()
        var ep = environ
        while let p = ep.pointee {
            let s = String(cString: p)
            if let eq = s.firstIndex(of: "=") {
                env.setStr(String(s[..<eq]), .str(String(s[s.index(after: eq)...])))
            }
            ep += 1
        }
        d.setStr("environ", .obj(env))
        let path = pathModule()
        d.setStr("path", .obj(path))
        Runtime.shared.modules.setStr("os.path", .obj(path))
        Runtime.shared.modules.setStr("posixpath", .obj(path))
        return m
    }

    static func isType(_ p: String, _ t: mode_t) -> Bool {
        var st = stat()
        return stat(p, &st) == 0 && (st.st_mode & S_IFMT) == t
    }

    static func normpath(_ p: String) -> String {
        if p.isEmpty { return "." }
        let absolute = p.hasPrefix("/")
        var initialSlashes = absolute ? 1 : 0
        if p.hasPrefix("//") && !p.hasPrefix("///") { initialSlashes = 2 }
        var comps: [Substring] = []
        for c in p.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." {
                if let last = comps.last, last != ".." { comps.removeLast(); continue }
                if absolute { continue }
            }
            comps.append(c)
        }
        let body = comps.joined(separator: "/")
        let r = String(repeating: "/", count: initialSlashes) + body
        return r.isEmpty ? "." : r
    }

    static func pathModule() -> PyModule {
        let m = NativeModules.module("posixpath", [
            ("join", { (a) throws(PyBaseException) -> Value in
                var out = try str(a[0], "join")
                for i in 1..<max(a.count, 1) {
                    let p = try str(a[i], "join")
                    if p.hasPrefix("/") { out = p }
                    else if out.isEmpty || out.hasSuffix("/") { out += p }
                    else { out += "/" + p }
                }
                return .str(out)
            }),
            ("basename", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "basename")
                if let i = p.lastIndex(of: "/") { return .str(String(p[p.index(after: i)...])) }
                return .str(p)
            }),
            ("dirname", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "dirname")
                guard let i = p.lastIndex(of: "/") else { return .str("") }
                var head = String(p[...i])
                if head != String(repeating: "/", count: head.count) { while head.hasSuffix("/") { head.removeLast() } }
                return .str(head)
            }),
            ("split", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "split")
                guard let i = p.lastIndex(of: "/") else { return .obj(PyTuple([.str(""), .str(p)])) }
                var head = String(p[...i])
                if head != String(repeating: "/", count: head.count) { while head.hasSuffix("/") { head.removeLast() } }
                return .obj(PyTuple([.str(head), .str(String(p[p.index(after: i)...]))]))
            }),
            ("splitext", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "splitext")
                let baseStart = p.lastIndex(of: "/").map { p.index(after: $0) } ?? p.startIndex
                let base = p[baseStart...]
                if let dot = base.lastIndex(of: "."), base[base.startIndex..<dot].contains(where: { $0 != "." }) {
                    return .obj(PyTuple([.str(String(p[..<dot])), .str(String(p[dot...]))]))
                }
                return .obj(PyTuple([.str(p), .str("")]))
            }),
            ("exists", { (a) throws(PyBaseException) -> Value in
                var st = stat()
                return .bool(stat(try str(a[0], "exists"), &st) == 0)
            }),
            ("isfile", { (a) throws(PyBaseException) -> Value in .bool(isType(try str(a[0], "isfile"), S_IFREG)) }),
            ("isdir", { (a) throws(PyBaseException) -> Value in .bool(isType(try str(a[0], "isdir"), S_IFDIR)) }),
            ("isabs", { (a) throws(PyBaseException) -> Value in .bool(try str(a[0], "isabs").hasPrefix("/")) }),
            ("abspath", { (a) throws(PyBaseException) -> Value in
                let p = try str(a[0], "abspath")
                return .str(normpath(p.hasPrefix("/") ? p : GrailMain.currentDirectory() + "/" + p))
            }),
            ("normpath", { (a) throws(PyBaseException) -> Value in .str(normpath(try str(a[0], "normpath"))) }),
            ("getsize", { (a) throws(PyBaseException) -> Value in
                var st = stat()
                let p = try str(a[0], "getsize")
                if stat(p, &st) != 0 { throw oserror(p) }
                return .int(Int(st.st_size))
            }),
        ])
        m.dict?.setStr("sep", .str("/"))
        return m
    }
}

import Synchronization
/// The state of an `io.BytesIO`.
struct BytesIOState {
    var buf: [UInt8] = []
    var pos = 0
    var closed = false

    mutating func write(_ data: [UInt8]) {
        if data.isEmpty { return }
        if pos > buf.count { buf.append(contentsOf: repeatElement(0, count: pos - buf.count)) }
        let end = pos + data.count
        if pos == buf.count { buf.append(contentsOf: data) }
        else { buf.replaceSubrange(pos..<min(end, buf.count), with: data) }
        pos = end
    }

    mutating func read(_ n: Int) -> [UInt8] {
        let start = min(pos, buf.count)
        let end = n < 0 ? buf.count : min(buf.count, start + n)
        if end <= start { return [] }
        pos = end
        return Array(buf[start..<end])
    }

    mutating func readline(_ limit: Int) -> [UInt8] {
        let start = min(pos, buf.count)
        var end = buf.count
        if limit >= 0 { end = min(end, start + limit) }
        var i = start
        while i < end { if buf[i] == 10 { i += 1; break }; i += 1 }
        end = min(i, end)
        if end <= start { return [] }
        pos = end
        return Array(buf[start..<end])
    }
}

/// `io.BytesIO`: an in-memory binary stream. Thread-safety: all state is
/// behind the object's mutex; each method is one atomic operation.
final class PyBytesIO: PyObject {
    let state = GrailMutex(BytesIOState())
    init(cls: PyType) { super.init(type: cls) }
}

enum BytesIOType {
    static let type = PyType(builtin: "BytesIO", base: IOModule.bufferedIOBase, layout: .other, hasDict: true, module: "_io")

    static func selfOf(_ a: Args, _ name: String) throws(PyBaseException) -> PyBytesIO {
        try a.selfAs(type, PyBytesIO.self, name)
    }

    static func open(_ a: Args, _ name: String) throws(PyBaseException) -> PyBytesIO {
        let s = try selfOf(a, name)
        if s.state.withLock({ $0.closed }) { throw PyErr.valueError(IOModule.closedMessage) }
        return s
    }

    static func install() {
        let t = type
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else { throw PyErr.typeError("BytesIO.__new__(X): X is not a type object") }
            return .obj(PyBytesIO(cls: cls))
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "__init__")
            let p = try Args.with(Array(a.buf[1...]), kwnames: a.kwnames) { (x) throws(PyBaseException) -> [Value?] in
                try x.bind("BytesIO", ["initial_bytes"], required: 0)
            }
            var initial: [UInt8] = []
            if let iv = p[0], !iv.isNone { initial = try ContainerTypes.needBuffer(iv) }
            s.state.withLock { $0 = BytesIOState(buf: initial, pos: 0, closed: false) }
            return .None
        }
        t.def("getvalue") { (a) throws(PyBaseException) -> Value in
            try a.expect("getvalue", min: 1, max: 1)
            let s = try open(a, "getvalue")
            return .obj(PyBytes(s.state.withLock { $0.buf }))
        }
        t.def("getbuffer") { (a) throws(PyBaseException) -> Value in
            try a.expect("getbuffer", min: 1, max: 1)
            let s = try open(a, "getbuffer")
            let copy = PyBytes(s.state.withLock { $0.buf }, type: PyType.bytearray)
            return try Ops.callValues(.obj(PyType.memoryview), [.obj(copy)])
        }
        for name in ["read", "read1"] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                try a.expect(name, min: 1, max: 2)
                let n = try IOModule.size(a.count > 1 ? a[1] : nil)
                let s = try open(a, name)
                return .obj(PyBytes(s.state.withLock { $0.read(n) }))
            }
        }
        t.def("readline") { (a) throws(PyBaseException) -> Value in
            try a.expect("readline", min: 1, max: 2)
            let n = try IOModule.size(a.count > 1 ? a[1] : nil)
            let s = try open(a, "readline")
            return .obj(PyBytes(s.state.withLock { $0.readline(n) }))
        }
        t.def("readlines") { (a) throws(PyBaseException) -> Value in
            try a.expect("readlines", min: 1, max: 2)
            let hint = try IOModule.size(a.count > 1 ? a[1] : nil)
            let s = try open(a, "readlines")
            let lines: [Value] = s.state.withLock { st in
                var out: [Value] = []
                var total = 0
                while true {
                    let l = st.readline(-1)
                    if l.isEmpty { break }
                    out.append(.obj(PyBytes(l)))
                    total += l.count
                    if hint > 0 && total >= hint { break }
                }
                return out
            }
            return .obj(PyList(lines))
        }
        for name in ["readinto", "readinto1"] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                try a.expect(name, min: 2, max: 2)
                let s = try open(a, name)
                guard case .obj(let target as PyBytes) = a[1], target.isByteArray else {
                    throw PyErr.typeError("readinto() argument must be read-write bytes-like object, not \(a[1].type.name)")
                }
                let data = s.state.withLock { $0.read(target.bytes.count) }
                target.bytes.replaceSubrange(0..<data.count, with: data)
                return .int(data.count)
            }
        }
        t.def("__iter__") { (a) throws(PyBaseException) -> Value in a[0] }
        t.def("__next__") { (a) throws(PyBaseException) -> Value in
            let s = try open(a, "__next__")
            let l = s.state.withLock { $0.readline(-1) }
            if l.isEmpty { throw PyErr.stopIteration() }
            return .obj(PyBytes(l))
        }
        t.def("write") { (a) throws(PyBaseException) -> Value in
            try a.expect("write", min: 2, max: 2)
            let s = try open(a, "write")
            let data = try ContainerTypes.needBuffer(a[1])
            s.state.withLock { $0.write(data) }
            return .int(data.count)
        }
        t.def("writelines") { (a) throws(PyBaseException) -> Value in
            try a.expect("writelines", min: 2, max: 2)
            let s = try open(a, "writelines")
            try Ops.iterate(a[1]) { (v) throws(PyBaseException) in
                let data = try ContainerTypes.needBuffer(v)
                s.state.withLock { $0.write(data) }
            }
            return .None
        }
        t.def("seek") { (a) throws(PyBaseException) -> Value in
            try a.expect("seek", min: 2, max: 3)
            let pos = try IOModule.ssize(a[1])
            let whence = a.count > 2 ? try IOModule.ssize(a[2]) : 0
            let s = try open(a, "seek")
            if whence != 0 && whence != 1 && whence != 2 {
                throw PyErr.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
            }
            if pos < 0 && whence == 0 { throw PyErr.valueError("negative seek value \(pos)") }
            return .int(s.state.withLock { st in
                var p = pos
                if whence == 1 { p = pos > Int.max - st.pos ? Int.max : st.pos + pos }
                if whence == 2 { p = pos > Int.max - st.buf.count ? Int.max : st.buf.count + pos }
                st.pos = max(p, 0)
                return st.pos
            })
        }
        t.def("tell") { (a) throws(PyBaseException) -> Value in
            try a.expect("tell", min: 1, max: 1)
            let s = try open(a, "tell")
            return .int(s.state.withLock { $0.pos })
        }
        t.def("truncate") { (a) throws(PyBaseException) -> Value in
            try a.expect("truncate", min: 1, max: 2)
            var size: Int? = nil
            if a.count > 1, !a[1].isNone { size = try IOModule.size(a[1]) }
            let s = try open(a, "truncate")
            let n = size ?? s.state.withLock { $0.pos }
            if n < 0 { throw PyErr.valueError("negative size value \(n)") }
            s.state.withLock { st in if n < st.buf.count { st.buf.removeSubrange(n...) } }
            return .int(n)
        }
        t.def("close") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "close")
            s.state.withLock { $0.closed = true; $0.buf = [] }
            return .None
        }
        t.def("flush") { (a) throws(PyBaseException) -> Value in
            _ = try open(a, "flush")
            return .None
        }
        t.def("isatty") { (a) throws(PyBaseException) -> Value in
            _ = try open(a, "isatty")
            return .False
        }
        for name in ["readable", "writable", "seekable"] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                try a.expect(name, min: 1, max: 1)
                _ = try open(a, name)
                return .True
            }
        }
        t.def("__getstate__") { (a) throws(PyBaseException) -> Value in
            let s = try open(a, "__getstate__")
            let (b, p) = s.state.withLock { ($0.buf, $0.pos) }
            let d: Value = s.dict.map { .obj($0.copy()) } ?? .None
            return .obj(PyTuple([.obj(PyBytes(b)), .int(p), d]))
        }
        t.getset("closed", get: { (v) throws(PyBaseException) -> Value in
            guard let s = v.object as? PyBytesIO else { return .True }
            return .bool(s.state.withLock { $0.closed })
        })
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let o) = a[0] else { return .str("<BytesIO>") }
            return .str("<\(IOModule.className(o.type)) object at \(NativeRepr.addr(o))>")
        }
    }
}

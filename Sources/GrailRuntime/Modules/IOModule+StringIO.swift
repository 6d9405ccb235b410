import Synchronization
/// The state of an `io.StringIO`: code points, position and newline mode.
struct StringIOState {
    var buf: [Unicode.Scalar] = []
    var pos = 0
    var closed = false
    /// newline=None: translate "\r" and "\r\n" to "\n" on write.
    var readTranslate = true
    /// newline=None or "": lines end at "\r", "\n" or "\r\n".
    var readUniversal = true
    /// The explicit line ending for reading (newline="\n", "\r" or "\r\n").
    var readnl: [Unicode.Scalar]? = nil
    /// What "\n" becomes on write (newline="\r" or "\r\n").
    var writenl: [Unicode.Scalar]? = nil
    var decoder: NewlineState? = NewlineState(translate: true)

    mutating func write(_ chars: [Unicode.Scalar]) {
        var data = chars
        if decoder != nil { data = decoder!.decode(data, final: true) }
        if let nl = writenl, data.contains("\n") {
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(data.count)
            for c in data { if c == "\n" { out.append(contentsOf: nl) } else { out.append(c) } }
            data = out
        }
        if data.isEmpty { return }
        if pos > buf.count { buf.append(contentsOf: repeatElement("\0", count: pos - buf.count)) }
        let end = pos + data.count
        if pos == buf.count {
            buf.append(contentsOf: data)
        } else {
            let overlap = min(end, buf.count)
            buf.replaceSubrange(pos..<overlap, with: data)
        }
        pos = end
    }

    /// End index of the line starting at `pos` (limit < 0: unlimited).
    func lineEnd(limit: Int) -> Int {
        let start = min(pos, buf.count)
        var stop = buf.count
        if limit >= 0 { stop = min(stop, start + limit) }
        var i = start
        if readTranslate {
            while i < stop { if buf[i] == "\n" { return i + 1 }; i += 1 }
            return stop
        }
        if readUniversal {
            while i < stop {
                let c = buf[i]
                if c == "\n" { return i + 1 }
                if c == "\r" {
                    if i + 1 < stop, buf[i + 1] == "\n" { return i + 2 }
                    return i + 1
                }
                i += 1
            }
            return stop
        }
        let nl = readnl ?? ["\n"]
        while i < stop {
            if buf[i] == nl[0] {
                var ok = true
                for k in 1..<max(nl.count, 1) where k < nl.count {
                    if i + k >= buf.count || buf[i + k] != nl[k] { ok = false; break }
                }
                if ok { return min(i + nl.count, stop) }
            }
            i += 1
        }
        return stop
    }
}

/// `io.StringIO`: an in-memory text stream. Thread-safety: all state is
/// behind the object's mutex; each method is one atomic operation.
final class PyStringIO: PyObject {
    let state = GrailMutex(StringIOState())
    init(cls: PyType) { super.init(type: cls) }
}

enum StringIOType {
    static let type = PyType(builtin: "StringIO", base: IOModule.textIOBase, layout: .other, hasDict: true, module: "_io")
    static let closedMessage = "I/O operation on closed file"

    static func selfOf(_ a: Args, _ name: String) throws(PyBaseException) -> PyStringIO {
        try a.selfAs(type, PyStringIO.self, name)
    }

    /// The object, checked open.
    static func open(_ a: Args, _ name: String) throws(PyBaseException) -> PyStringIO {
        let s = try selfOf(a, name)
        if s.state.withLock({ $0.closed }) { throw PyErr.valueError(closedMessage) }
        return s
    }

    static func string(_ chars: ArraySlice<Unicode.Scalar>) -> Value {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: chars)
        return .str(String(v))
    }

    static func install() {
        let t = type
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else { throw PyErr.typeError("StringIO.__new__(X): X is not a type object") }
            return .obj(PyStringIO(cls: cls))
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "__init__")
            let p = try Args.with(Array(a.buf[1...]), kwnames: a.kwnames) { (x) throws(PyBaseException) -> [Value?] in
                try x.bind("StringIO", ["initial_value", "newline"], required: 0)
            }
            var newline: String? = "\n"
            if let nl = p[1] {
                if nl.isNone { newline = nil }
                else if case .obj(let ns as PyStr) = nl {
                    let ok = ["", "\n", "\r", "\r\n"].contains { Array($0.unicodeScalars) == ns.scalars }
                    if !ok { throw PyErr.valueError("illegal newline value: \(try Ops.repr(nl).value)") }
                    newline = ns.value
                } else {
                    throw PyErr.typeError("newline must be str or None, not \(nl.type.name)")
                }
            }
            var initial: [Unicode.Scalar] = []
            if let iv = p[0], !iv.isNone {
                guard case .obj(let istr as PyStr) = iv else {
                    throw PyErr.typeError("initial_value must be str or None, not \(iv.type.name)")
                }
                initial = istr.scalars
            }
            var st = StringIOState()
            let nlScalars = newline.map { Array($0.unicodeScalars) }
            st.readUniversal = newline == nil || nlScalars?.isEmpty == true
            st.readTranslate = newline == nil
            if let n = nlScalars, !n.isEmpty { st.readnl = n }
            if let n = nlScalars, n.first == "\r" { st.writenl = n }
            st.decoder = st.readUniversal ? NewlineState(translate: st.readTranslate) : nil
            if !initial.isEmpty {
                st.write(initial)
                st.pos = 0
            }
            s.state.withLock { $0 = st }
            return .None
        }
        t.def("getvalue") { (a) throws(PyBaseException) -> Value in
            try a.expect("getvalue", min: 1, max: 1)
            let s = try open(a, "getvalue")
            return s.state.withLock { string($0.buf[...]) }
        }
        t.def("read") { (a) throws(PyBaseException) -> Value in
            try a.expect("read", min: 1, max: 2)
            let n = try IOModule.size(a.count > 1 ? a[1] : nil)
            let s = try open(a, "read")
            return s.state.withLock { st in
                let start = min(st.pos, st.buf.count)
                let end = n < 0 ? st.buf.count : min(st.buf.count, start + n)
                st.pos = max(st.pos, end)
                if end <= start { return .str("") }
                st.pos = end
                return string(st.buf[start..<end])
            }
        }
        t.def("readline") { (a) throws(PyBaseException) -> Value in
            try a.expect("readline", min: 1, max: 2)
            let n = try IOModule.size(a.count > 1 ? a[1] : nil)
            let s = try open(a, "readline")
            return s.state.withLock { st in
                let start = min(st.pos, st.buf.count)
                let end = st.lineEnd(limit: n)
                if end <= start { return .str("") }
                st.pos = end
                return string(st.buf[start..<end])
            }
        }
        t.def("__next__") { (a) throws(PyBaseException) -> Value in
            let s = try open(a, "__next__")
            if s.type === type {
                let line: Value = s.state.withLock { st in
                    let start = min(st.pos, st.buf.count)
                    let end = st.lineEnd(limit: -1)
                    if end <= start { return .null }
                    st.pos = end
                    return string(st.buf[start..<end])
                }
                if case .null = line { throw PyErr.stopIteration() }
                return line
            }
            let line = try Ops.callMethod(a[0], "readline", [])
            guard case .obj(let ls as PyStr) = line else {
                throw PyErr.make(ExcTypes.osError, "readline() should have returned a str object, not '\(line.type.name)'")
            }
            if ls.count == 0 { throw PyErr.stopIteration() }
            return line
        }
        t.def("write") { (a) throws(PyBaseException) -> Value in
            try a.expect("write", min: 2, max: 2)
            let s = try selfOf(a, "write")
            guard case .obj(let str as PyStr) = a[1] else {
                throw PyErr.typeError("string argument expected, got '\(a[1].type.name)'")
            }
            let chars = str.scalars
            let closed: Bool = s.state.withLock { st in
                if st.closed { return true }
                if !chars.isEmpty { st.write(chars) }
                return false
            }
            if closed { throw PyErr.valueError(closedMessage) }
            return .int(chars.count)
        }
        t.def("seek") { (a) throws(PyBaseException) -> Value in
            try a.expect("seek", min: 2, max: 3)
            let pos = try IOModule.ssize(a[1])
            let whence = a.count > 2 ? try IOModule.ssize(a[2]) : 0
            let s = try open(a, "seek")
            if whence != 0 && whence != 1 && whence != 2 {
                throw PyErr.valueError("Invalid whence (\(whence), should be 0, 1 or 2)")
            }
            if pos < 0 && whence == 0 { throw PyErr.valueError("Negative seek position \(pos)") }
            if whence != 0 && pos != 0 { throw PyErr.make(ExcTypes.osError, "Can't do nonzero cur-relative seeks") }
            return s.state.withLock { st in
                if whence == 1 { return .int(st.pos) }
                if whence == 2 { st.pos = st.buf.count } else { st.pos = pos }
                return .int(st.pos)
            }
        }
        t.def("tell") { (a) throws(PyBaseException) -> Value in
            try a.expect("tell", min: 1, max: 1)
            let s = try open(a, "tell")
            return .int(s.state.withLock { $0.pos })
        }
        t.def("truncate") { (a) throws(PyBaseException) -> Value in
            try a.expect("truncate", min: 1, max: 2)
            let s = try selfOf(a, "truncate")
            var size: Int? = nil
            if a.count > 1, !a[1].isNone { size = try IOModule.size(a[1]) }
            if s.state.withLock({ $0.closed }) { throw PyErr.valueError(closedMessage) }
            let n = size ?? s.state.withLock { $0.pos }
            if n < 0 { throw PyErr.valueError("Negative size value \(n)") }
            s.state.withLock { st in if n < st.buf.count { st.buf.removeSubrange(n...) } }
            return .int(n)
        }
        t.def("close") { (a) throws(PyBaseException) -> Value in
            let s = try selfOf(a, "close")
            s.state.withLock { $0.closed = true; $0.buf = [] }
            return .None
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
            let (value, pos, nl) = s.state.withLock { st -> (Value, Int, Value) in
                let nl: Value
                if st.readTranslate { nl = .None }
                else if let r = st.readnl { nl = string(r[...]) }
                else { nl = .str("") }
                return (string(st.buf[...]), st.pos, nl)
            }
            let d: Value = s.dict.map { .obj($0.copy()) } ?? .None
            return .obj(PyTuple([value, nl, .int(pos), d]))
        }
        t.getset("closed", get: { (v) throws(PyBaseException) -> Value in
            guard let s = v.object as? PyStringIO else { return .True }
            return .bool(s.state.withLock { $0.closed })
        })
        t.getset("line_buffering", get: { (v) throws(PyBaseException) -> Value in
            guard let s = v.object as? PyStringIO else { return .False }
            if s.state.withLock({ $0.closed }) { throw PyErr.valueError(closedMessage) }
            return .False
        })
        t.getset("newlines", get: { (v) throws(PyBaseException) -> Value in
            guard let s = v.object as? PyStringIO else { return .None }
            return try s.state.withLock { (st) throws(PyBaseException) -> Value in
                if st.closed { throw PyErr.valueError(closedMessage) }
                return st.decoder?.newlines ?? .None
            }
        })
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let o) = a[0] else { return .str("<StringIO>") }
            return .str("<\(IOModule.className(o.type)) object at \(NativeRepr.addr(o))>")
        }
    }
}

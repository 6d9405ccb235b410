import Synchronization
/// Universal-newline translation state (CPython's IncrementalNewlineDecoder
/// algorithm): a pending carriage return held back between chunks, and which
/// kinds of line ending were seen. A value type; its owner guards it.
struct NewlineState {
    static let lf = 1, cr = 2, crlf = 4
    var pendingCR = false
    var seen = 0
    var translate: Bool

    init(translate: Bool) { self.translate = translate }

    mutating func decode(_ input: [Unicode.Scalar], final: Bool) -> [Unicode.Scalar] {
        var output = input
        if pendingCR && (!output.isEmpty || final) {
            output.insert("\r", at: 0)
            pendingCR = false
        }
        if !final, output.last == "\r" {
            output.removeLast()
            pendingCR = true
        }
        var crs = 0, lfs = 0, crlfs = 0
        var i = 0
        while i < output.count {
            let c = output[i]
            if c == "\r" {
                if i + 1 < output.count, output[i + 1] == "\n" { crlfs += 1; i += 2; continue }
                crs += 1
            } else if c == "\n" {
                lfs += 1
            }
            i += 1
        }
        if lfs > 0 { seen |= NewlineState.lf }
        if crs > 0 { seen |= NewlineState.cr }
        if crlfs > 0 { seen |= NewlineState.crlf }
        if translate && (crs > 0 || crlfs > 0) {
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(output.count)
            var j = 0
            while j < output.count {
                let c = output[j]
                if c == "\r" {
                    out.append("\n")
                    if j + 1 < output.count, output[j + 1] == "\n" { j += 1 }
                } else {
                    out.append(c)
                }
                j += 1
            }
            output = out
        }
        return output
    }

    /// The `newlines` attribute: None, a string or a tuple of the kinds seen.
    var newlines: Value {
        switch seen {
        case 0: return .None
        case 1: return .str("\n")
        case 2: return .str("\r")
        case 3: return .obj(PyTuple([.str("\r"), .str("\n")]))
        case 4: return .str("\r\n")
        case 5: return .obj(PyTuple([.str("\n"), .str("\r\n")]))
        case 6: return .obj(PyTuple([.str("\r"), .str("\r\n")]))
        default: return .obj(PyTuple([.str("\r"), .str("\n"), .str("\r\n")]))
        }
    }
}

/// `_io.IncrementalNewlineDecoder(decoder, translate, errors='strict')`:
/// wraps an optional byte decoder and translates newlines. Thread-safety:
/// state behind a per-object mutex; the wrapped decoder is called outside it.
final class PyNewlineDecoder: PyObject {
    let state = GrailMutex(NewlineState(translate: false))
    var decoder: Value = .None
    var errors: Value = .str("strict")

    init(cls: PyType) { super.init(type: cls) }
}

enum NewlineDecoder {
    static let type = PyType(builtin: "IncrementalNewlineDecoder", base: PyType.object, layout: .other, hasDict: false, module: "_io")

    static func selfOf(_ a: Args, _ name: String) throws(PyBaseException) -> PyNewlineDecoder {
        try a.selfAs(type, PyNewlineDecoder.self, name)
    }

    static func scalars(_ v: Value) throws(PyBaseException) -> [Unicode.Scalar] {
        guard case .obj(let s as PyStr) = v else {
            throw PyErr.typeError("decoder should return a string result, not '\(v.type.name)'")
        }
        return s.scalars
    }

    static func install() {
        let t = type
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else { throw PyErr.typeError("IncrementalNewlineDecoder.__new__(X): X is not a type object") }
            return .obj(PyNewlineDecoder(cls: cls))
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            let p = try a.bind("IncrementalNewlineDecoder", ["self", "decoder", "translate", "errors"], required: 3)
            let d = try selfOf(a, "__init__")
            d.decoder = p[1] ?? .None
            d.errors = p[3] ?? .str("strict")
            let tr = try Ops.isTrue(p[2] ?? .False)
            d.state.withLock { $0 = NewlineState(translate: tr) }
            return .None
        }
        t.def("decode") { (a) throws(PyBaseException) -> Value in
            let p = try a.bind("decode", ["self", "input", "final"], required: 2)
            let d = try selfOf(a, "decode")
            let final = try Ops.isTrue(p[2] ?? .False)
            var input = p[1] ?? .None
            if !d.decoder.isNone {
                input = try Ops.callValues(try Ops.getattr(d.decoder, PyStr.intern("decode")), [input], kwargs: [("final", .bool(final))])
            }
            let chars = try scalars(input)
            let out = d.state.withLock { $0.decode(chars, final: final) }
            return .str(String(String.UnicodeScalarView(out)))
        }
        t.def("getstate") { (a) throws(PyBaseException) -> Value in
            let d = try selfOf(a, "getstate")
            var buf: Value = .obj(PyBytes([]))
            var flag = 0
            if !d.decoder.isNone {
                let st = try Ops.callMethod(d.decoder, "getstate", [])
                guard case .obj(let tup as PyTuple) = st, tup.items.count == 2 else {
                    throw PyErr.typeError("illegal decoder state")
                }
                buf = tup.items[0]
                flag = try IOModule.ssize(tup.items[1])
            }
            flag <<= 1
            if d.state.withLock({ $0.pendingCR }) { flag |= 1 }
            return .obj(PyTuple([buf, .int(flag)]))
        }
        t.def("setstate") { (a) throws(PyBaseException) -> Value in
            try a.expect("setstate", min: 2, max: 2)
            let d = try selfOf(a, "setstate")
            guard case .obj(let tup as PyTuple) = a[1], tup.items.count == 2 else {
                throw PyErr.typeError("state argument must be a tuple")
            }
            let flag = try IOModule.ssize(tup.items[1])
            d.state.withLock { $0.pendingCR = (flag & 1) != 0 }
            if !d.decoder.isNone {
                _ = try Ops.callMethod(d.decoder, "setstate", [.obj(PyTuple([tup.items[0], .int(flag >> 1)]))])
            }
            return .None
        }
        t.def("reset") { (a) throws(PyBaseException) -> Value in
            let d = try selfOf(a, "reset")
            d.state.withLock { $0.seen = 0; $0.pendingCR = false }
            if !d.decoder.isNone { _ = try Ops.callMethod(d.decoder, "reset", []) }
            return .None
        }
        t.getset("newlines", get: { (v) throws(PyBaseException) -> Value in
            guard let d = v.object as? PyNewlineDecoder else { return .None }
            return d.state.withLock { $0.newlines }
        })
    }
}

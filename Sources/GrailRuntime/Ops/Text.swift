import GrailSyntax

/// `repr`, `str`, `ascii` and `format` for every object, with native
/// fast paths and recursion guards for containers.
extension Ops {
    static let s__repr__ = PyStr.intern("__repr__")
    static let s__str__ = PyStr.intern("__str__")
    static let s__format__ = PyStr.intern("__format__")

    public static func repr(_ v: Value) throws(PyBaseException) -> PyStr {
        switch v {
        case .int(let i): return PyStr(String(i))
        case .float(let d): return PyStr(pyFloatRepr(d))
        case .null: return PyStr("<NULL>")
        case .obj(let o):
            let t = o.type
            if !t.isHeapType { return try NativeRepr.repr(o) }
            guard let f = t.lookup(s__repr__) else { return try NativeRepr.repr(o) }
            if case .obj(let bf as PyBuiltinFunction) = f, bf.kind == .method { return try NativeRepr.repr(o) }
            let r = try callValues(try bindDescriptor(f, v), [])
            guard case .obj(let s as PyStr) = r else {
                throw PyErr.typeError("__repr__ returned non-string (type \(r.type.name))")
            }
            return s
        }
    }

    public static func str(_ v: Value) throws(PyBaseException) -> PyStr {
        switch v {
        case .int(let i): return PyStr(String(i))
        case .float(let d): return PyStr(pyFloatRepr(d))
        case .obj(let s as PyStr) where s.type === PyType.str: return s
        case .obj(let o):
            let t = o.type
            guard let f = t.lookup(s__str__) else { return try repr(v) }
            if case .obj(let bf as PyBuiltinFunction) = f, bf.kind == .method {
                if bf.owner === PyType.object { return try repr(v) }
                return try NativeRepr.str(o)
            }
            let r = try callValues(try bindDescriptor(f, v), [])
            guard case .obj(let s as PyStr) = r else {
                throw PyErr.typeError("__str__ returned non-string (type \(r.type.name))")
            }
            return s
        case .null: return PyStr("<NULL>")
        }
    }

    public static func ascii(_ v: Value) throws(PyBaseException) -> PyStr {
        let r = try repr(v)
        if r.isASCII { return r }
        var out = ""
        for u in r.value.unicodeScalars {
            if u.value < 0x80 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + hex(u.value, 2) }
            else if u.value < 0x10000 { out += "\\u" + hex(u.value, 4) }
            else { out += "\\U" + hex(u.value, 8) }
        }
        return PyStr(out)
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `format(v, spec)`.
    public static func format(_ v: Value, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        let t = v.type
        if !t.isHeapType || (t.lookup(s__format__).map { ($0.object as? PyBuiltinFunction)?.kind == .method } ?? true) {
            return try FormatSpec.formatNative(v, spec)
        }
        guard let f = t.lookup(s__format__) else { return try FormatSpec.formatNative(v, spec) }
        let r = try callValues(try bindDescriptor(f, v), [.obj(spec)])
        guard case .obj(let s as PyStr) = r else {
            throw PyErr.typeError("__format__ must return a str, not \(r.type.name)")
        }
        return s
    }

    /// sys.displayhook for PRINT_EXPR.
    public static func displayHook(_ v: Value) throws(PyBaseException) {
        if let hook = Runtime.shared.sysDict.getStr("displayhook") {
            _ = try callValues(hook, [v])
            return
        }
        if v.isNone { return }
        try Runtime.shared.writeStdout(try repr(v).value + "\n")
    }
}

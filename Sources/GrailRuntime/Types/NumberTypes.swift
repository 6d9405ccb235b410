import BigInt
import GrailSyntax

/// Installs the methods and attributes of `int`, `bool`, `float` and
/// `complex` (every dunder CPython defines for them, the public methods,
/// the constructors) and the numeric builtins (`NumericBuiltins`).
/// Runs once at bootstrap; the installed closures capture nothing and the
/// type namespaces are immutable afterwards. Thread-safety: the methods are
/// pure functions of their arguments.
enum NumberTypes {
    static func install() {
        installInt()
        installBool()
        installFloat()
        installComplex()
        NumericBuiltins.install()
    }

    /// `self` of a slot wrapper (`int.__add__`), with CPython's descriptor error.
    @inline(__always)
    static func slotSelf(_ a: Args, _ t: PyType, _ name: String) throws(PyBaseException) -> Value {
        guard a.buf.count > 0 else {
            throw PyErr.typeError("descriptor '\(name)' of '\(t.name)' object needs an argument")
        }
        let s = a.buf[0]
        if !s.type.isSubtype(t) {
            throw PyErr.typeError("descriptor '\(name)' requires a '\(t.name)' object but received a '\(s.type.name)'")
        }
        return s
    }

    /// Argument count of a slot wrapper ("expected 1 argument, got 0").
    @inline(__always)
    static func slotArgs(_ a: Args, _ n: Int, _ name: String) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("wrapper \(name)() takes no keyword arguments") }
        let got = a.count - 1
        if got != n { throw PyErr.typeError("expected \(n) argument\(n == 1 ? "" : "s"), got \(got)") }
    }

    /// `self` of a slot wrapper taking `n` arguments.
    @inline(__always)
    static func slot(_ a: Args, _ t: PyType, _ name: String, _ n: Int) throws(PyBaseException) -> Value {
        let s = try slotSelf(a, t, name)
        try slotArgs(a, n, name)
        return s
    }

    /// `self` of a plain method without arguments ("int.bit_length() takes no arguments (1 given)").
    static func noArgMethod(_ a: Args, _ t: PyType, _ name: String) throws(PyBaseException) -> Value {
        let s = try slotSelf(a, t, name)
        if a.hasKeywords { throw PyErr.typeError("\(t.name).\(name)() takes no keyword arguments") }
        if a.count != 1 { throw PyErr.typeError("\(t.name).\(name)() takes no arguments (\(a.count - 1) given)") }
        return s
    }

    /// Rejects keyword arguments not in `allowed` with the Argument Clinic message.
    static func checkKeywords(_ a: Args, _ allowed: [String], _ fname: String) throws(PyBaseException) {
        for (k, _) in a.keywords where !allowed.contains(k) {
            throw PyErr.typeError("'\(k)' is an invalid keyword argument for \(fname)()")
        }
    }

    /// `__format__(self, spec)` shared by the numeric types.
    static func formatMethod(_ a: Args, _ t: PyType) throws(PyBaseException) -> Value {
        let s = try slotSelf(a, t, "__format__")
        if a.hasKeywords { throw PyErr.typeError("\(t.name).__format__() takes no keyword arguments") }
        if a.count != 2 { throw PyErr.typeError("\(t.name).__format__() takes exactly one argument (\(a.count - 1) given)") }
        guard case .obj(let spec as PyStr) = a[1] else {
            throw PyErr.typeError("__format__() argument must be str, not \(a[1].type.name)")
        }
        return .obj(try FormatSpec.formatNative(s, spec))
    }

    /// The argument list after `self`/`cls` (for binding keyword signatures).
    static func rest(_ a: Args) -> Args {
        Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames)
    }

    /// The `__new__` class argument, checked to be a subtype of `base`.
    static func newClass(_ a: Args, _ base: PyType) throws(PyBaseException) -> PyType {
        guard a.buf.count > 0 else { throw PyErr.typeError("\(base.name).__new__(): not enough arguments") }
        guard case .obj(let t as PyType) = a.buf[0] else {
            throw PyErr.typeError("\(base.name).__new__(X): X is not a type object (\(a.buf[0].type.name))")
        }
        if !t.isSubtype(base) {
            throw PyErr.typeError("\(base.name).__new__(\(t.name)): \(t.name) is not a subtype of \(base.name)")
        }
        return t
    }

    /// Python's repr of a str or bytes argument (`%R`).
    static func fullRepr(_ v: Value) -> String {
        switch v {
        case .obj(let s as PyStr): return StrRepr.repr(s.value)
        case .obj(let b as PyBytes): return b.isByteArray ? "bytearray(" + pyBytesRepr(b.bytes) + ")" : pyBytesRepr(b.bytes)
        default: return (try? Ops.repr(v).value) ?? ""
        }
    }

    /// Python's repr of a str or bytes argument truncated like `%.200R`.
    static func shortRepr(_ v: Value) -> String {
        var r: String
        switch v {
        case .obj(let s as PyStr): r = StrRepr.repr(s.value)
        case .obj(let b as PyBytes): r = b.isByteArray ? "bytearray(" + pyBytesRepr(b.bytes) + ")" : pyBytesRepr(b.bytes)
        default: r = (try? Ops.repr(v).value) ?? ""
        }
        if r.unicodeScalars.count > 200 {
            var u = String.UnicodeScalarView()
            u.append(contentsOf: r.unicodeScalars.prefix(200))
            r = String(u)
        }
        return r
    }

    /// Text of a str/bytes argument with Unicode decimal digits mapped to ASCII
    /// and Unicode white space to ' ' (`_PyUnicode_TransformDecimalAndSpaceToASCII`);
    /// nil when a non-ASCII character remains.
    static func asciiNumberText(_ v: Value) -> String? {
        switch v {
        case .obj(let s as PyStr):
            if s.isASCII { return s.value }
            var out = String.UnicodeScalarView()
            for u in s.value.unicodeScalars {
                if u.value < 128 { out.append(u); continue }
                if u.properties.isWhitespace { out.append(" "); continue }
                if u.properties.numericType == .decimal, let d = u.properties.numericValue {
                    out.append(Unicode.Scalar(UInt8(48 + Int(d))))
                    continue
                }
                return nil
            }
            return String(out)
        case .obj(let b as PyBytes):
            if b.bytes.contains(where: { $0 >= 128 }) { return nil }
            return String(decoding: b.bytes, as: UTF8.self)
        default:
            return nil
        }
    }

    /// Python's whitespace test for ASCII text.
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == 32 || (c >= 9 && c <= 13) || c == 28 || c == 29 || c == 30 || c == 31
    }

    /// ASCII bytes with Python white space stripped from both ends.
    static func stripped(_ s: String) -> ArraySlice<UInt8> {
        let b = Array(s.utf8)
        var lo = 0, hi = b.count
        while lo < hi && isSpace(b[lo]) { lo += 1 }
        while hi > lo && isSpace(b[hi - 1]) { hi -= 1 }
        return b[lo..<hi]
    }
}

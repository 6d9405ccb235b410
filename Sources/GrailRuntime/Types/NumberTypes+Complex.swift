import Glibc

/// `complex`'s namespace: arithmetic slots, equality only (ordering is a
/// TypeError), `conjugate`, `real`/`imag`, and the constructor with
/// CPython's string grammar. Thread-safety: pure functions.
extension NumberTypes {
    static func complexParts(_ v: Value) -> (Double, Double) {
        if case .obj(let c as PyComplex) = v { return (c.real, c.imag) }
        return (0, 0)
    }

    static func complexBinary(_ a: Args, _ op: Int, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.complex, name, 1)
        let o = a[1]
        guard o.object is PyComplex || NativeOps.floatValue(o) != nil || IntOps.isInt(o) else { return .notImplemented }
        let r = reflected ? try ComplexOps.binary(o, s, op) : try ComplexOps.binary(s, o, op)
        return r ?? .notImplemented
    }

    static func complexCompare(_ a: Args, _ op: Int, _ name: String) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.complex, name, 1)
        let o = a[1]
        guard op == 2 || op == 3 else { return .notImplemented }
        guard o.object is PyComplex || NativeOps.floatValue(o) != nil || IntOps.isInt(o) else { return .notImplemented }
        let (r, i) = complexParts(s)
        var eq: Bool
        if case .obj(let c as PyComplex) = o {
            eq = c.real == r && c.imag == i
        } else if i != 0 {
            eq = false
        } else if let d = NativeOps.floatValue(o) {
            eq = d == r
        } else if let b = IntOps.big(o) {
            eq = !(try NativeCompare.compare(.float(r), .int(b), 3) ?? true)
        } else {
            eq = false
        }
        return .bool(eq == (op == 2))
    }

    static func complexPow(_ a: Args, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slotSelf(a, PyType.complex, name)
        if a.hasKeywords { throw PyErr.typeError("wrapper \(name)() takes no keyword arguments") }
        if a.count < 2 || a.count > 3 {
            throw PyErr.typeError("expected \(a.count < 2 ? "at least 1 argument" : "at most 2 arguments"), got \(a.count - 1)")
        }
        let o = a[1]
        guard o.object is PyComplex || NativeOps.floatValue(o) != nil || IntOps.isInt(o) else { return .notImplemented }
        if a.count == 3 && !a[2].isNone { throw PyErr.valueError("complex modulo") }
        let r = reflected ? try ComplexOps.binary(o, s, 8) : try ComplexOps.binary(s, o, 8)
        return r ?? .notImplemented
    }

    @inline(__always) static func complexUnary(_ a: Args, _ name: String) throws(PyBaseException) -> (Double, Double) {
        complexParts(try slot(a, PyType.complex, name, 0))
    }

    static func complexAbs(_ r: Double, _ i: Double) throws(PyBaseException) -> Double {
        if r.isInfinite || i.isInfinite { return .infinity }
        if r.isNaN || i.isNaN { return .nan }
        let h = hypot(r, i)
        if h.isInfinite { throw PyErr.overflow("absolute value too large") }
        return h
    }

    static func installComplex() {
        let t = PyType.complex
        t.def("__add__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 0, "__add__", false) }
        t.def("__radd__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 0, "__radd__", true) }
        t.def("__mul__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 5, "__mul__", false) }
        t.def("__rmul__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 5, "__rmul__", true) }
        t.def("__sub__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 10, "__sub__", false) }
        t.def("__rsub__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 10, "__rsub__", true) }
        t.def("__truediv__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 11, "__truediv__", false) }
        t.def("__rtruediv__") { (a) throws(PyBaseException) -> Value in try complexBinary(a, 11, "__rtruediv__", true) }
        t.def("__pow__") { (a) throws(PyBaseException) -> Value in try complexPow(a, "__pow__", false) }
        t.def("__rpow__") { (a) throws(PyBaseException) -> Value in try complexPow(a, "__rpow__", true) }

        t.def("__lt__") { (a) throws(PyBaseException) -> Value in try complexCompare(a, 0, "__lt__") }
        t.def("__le__") { (a) throws(PyBaseException) -> Value in try complexCompare(a, 1, "__le__") }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in try complexCompare(a, 2, "__eq__") }
        t.def("__ne__") { (a) throws(PyBaseException) -> Value in try complexCompare(a, 3, "__ne__") }
        t.def("__gt__") { (a) throws(PyBaseException) -> Value in try complexCompare(a, 4, "__gt__") }
        t.def("__ge__") { (a) throws(PyBaseException) -> Value in try complexCompare(a, 5, "__ge__") }

        t.def("__neg__") { (a) throws(PyBaseException) -> Value in
            let (r, i) = try complexUnary(a, "__neg__")
            return .obj(PyComplex(-r, -i))
        }
        t.def("__pos__") { (a) throws(PyBaseException) -> Value in
            let (r, i) = try complexUnary(a, "__pos__")
            return .obj(PyComplex(r, i))
        }
        t.def("__abs__") { (a) throws(PyBaseException) -> Value in
            let (r, i) = try complexUnary(a, "__abs__")
            return .float(try complexAbs(r, i))
        }
        t.def("__bool__") { (a) throws(PyBaseException) -> Value in
            let (r, i) = try complexUnary(a, "__bool__")
            return .bool(r != 0 || i != 0)
        }
        t.def("__complex__") { (a) throws(PyBaseException) -> Value in
            let s = try noArgMethod(a, PyType.complex, "__complex__")
            if s.type === PyType.complex { return s }
            let (r, i) = complexParts(s)
            return .obj(PyComplex(r, i))
        }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let (r, i) = try complexUnary(a, "__hash__")
            return .int(ComplexOps.hash(r, i))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let (r, i) = try complexUnary(a, "__repr__")
            return .str(ComplexOps.repr(r, i))
        }
        t.def("__format__") { (a) throws(PyBaseException) -> Value in try formatMethod(a, PyType.complex) }
        t.def("__getnewargs__") { (a) throws(PyBaseException) -> Value in
            let (r, i) = try complexUnary(a, "__getnewargs__")
            return .obj(PyTuple([.float(r), .float(i)]))
        }
        t.def("conjugate") { (a) throws(PyBaseException) -> Value in
            let (r, i) = complexParts(try noArgMethod(a, PyType.complex, "conjugate"))
            return .obj(PyComplex(r, -i))
        }
        t.getset("real", get: { (v) throws(PyBaseException) -> Value in .float(complexParts(v).0) })
        t.getset("imag", get: { (v) throws(PyBaseException) -> Value in .float(complexParts(v).1) })
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in try complexNew(a) }
    }

    // MARK: complex(real, imag)

    static func complexNew(_ a: Args) throws(PyBaseException) -> Value {
        let t = try newClass(a, PyType.complex)
        let r = rest(a)
        if r.buf.count > 2 {
            if r.hasKeywords { throw PyErr.typeError("complex() takes at most 2 keyword arguments (\(r.buf.count) given)") }
            throw PyErr.typeError("complex() takes at most 2 arguments (\(r.buf.count) given)")
        }
        for (k, _) in r.keywords where k != "real" && k != "imag" {
            throw PyErr.typeError("'\(k)' is an invalid keyword argument for complex()")
        }
        let p = try r.bind("complex", ["real", "imag"], required: 0)
        func make(_ re: Double, _ im: Double) -> Value { .obj(PyComplex(re, im, type: t)) }
        guard let realArg = p[0] else {
            if let im = p[1] { return try complexCombine(.int(0), im, t) }
            return make(0, 0)
        }
        if case .obj(let s as PyStr) = realArg {
            if p[1] != nil { throw PyErr.typeError("complex() can't take second arg if first is a string") }
            guard var text = asciiNumberText(realArg) else { throw PyErr.valueError("complex() arg is a malformed string") }
            if text.utf8.contains(UInt8(ascii: "_")) {
                guard let t = stripUnderscores(text) else {
                    throw PyErr.valueError("could not convert string to complex: \(StrRepr.repr(s.value))")
                }
                text = t
            }
            guard let (re, im) = parseComplex(text) else { throw PyErr.valueError("complex() arg is a malformed string") }
            return make(re, im)
        }
        if let im = p[1], im.object is PyStr { throw PyErr.typeError("complex() second arg can't be a string") }
        if p[1] == nil, realArg.type === PyType.complex, t === PyType.complex { return realArg }
        return try complexCombine(realArg, p[1], t)
    }

    /// (value, isComplex) of a constructor argument: `__complex__`, then a real number.
    static func complexArg(_ v: Value, first: Bool) throws(PyBaseException) -> ((Double, Double), Bool)? {
        if case .obj(let c as PyComplex) = v, !c.type.isHeapType { return ((c.real, c.imag), true) }
        if first, let m = v.type.lookup("__complex__") {
            if case .obj(let bf as PyBuiltinFunction) = m, bf.kind == .method, case .obj(let c as PyComplex) = v {
                return ((c.real, c.imag), true)
            }
            let r = try Ops.callValues(try Ops.bindDescriptor(m, v), [])
            guard case .obj(let c as PyComplex) = r else {
                throw PyErr.typeError("__complex__ returned non-complex (type \(r.type.name))")
            }
            return ((c.real, c.imag), true)
        }
        if case .obj(let c as PyComplex) = v { return ((c.real, c.imag), true) }
        if NativeOps.floatValue(v) != nil || IntOps.isInt(v) || v.type.lookup("__float__") != nil || v.type.lookup("__index__") != nil {
            return ((try floatFrom(v), 0), false)
        }
        return nil
    }

    static func complexCombine(_ re: Value, _ im: Value?, _ t: PyType) throws(PyBaseException) -> Value {
        guard let (cr, crComplex) = try complexArg(re, first: true) else {
            throw PyErr.typeError("complex() first argument must be a string or a number, not '\(re.type.name)'")
        }
        guard let imv = im else { return .obj(PyComplex(cr.0, cr.1, type: t)) }
        guard let (ci, ciComplex) = try complexArg(imv, first: false) else {
            throw PyErr.typeError("complex() second argument must be a number, not '\(imv.type.name)'")
        }
        let real = ciComplex ? cr.0 - ci.1 : cr.0
        return .obj(PyComplex(real, crComplex ? ci.0 + cr.1 : ci.0, type: t))
    }

    /// `_Py_string_to_number_with_underscores`: underscores only between
    /// ASCII digits; nil when misplaced.
    static func stripUnderscores(_ s: String) -> String? {
        var out: [UInt8] = []
        var prev: UInt8 = 0
        func digit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        for c in s.utf8 {
            if c == UInt8(ascii: "_") {
                if !digit(prev) { return nil }
            } else {
                out.append(c)
                if prev == UInt8(ascii: "_") && !digit(c) { return nil }
            }
            prev = c
        }
        if prev == UInt8(ascii: "_") { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// CPython's `complex_from_string_inner`.
    static func parseComplex(_ text: String) -> (Double, Double)? {
        var s = stripped(text)
        if let f = s.first, f == UInt8(ascii: "(") {
            guard let l = s.last, l == UInt8(ascii: ")"), s.count >= 2 else { return nil }
            s = s.dropFirst().dropLast()
            let inner = Array(s)
            var lo = 0, hi = inner.count
            while lo < hi && isSpace(inner[lo]) { lo += 1 }
            while hi > lo && isSpace(inner[hi - 1]) { hi -= 1 }
            s = ArraySlice(inner[lo..<hi])
            s = ArraySlice(Array(s))
        } else {
            s = ArraySlice(Array(s))
        }
        let end = s.endIndex
        var i = s.startIndex
        if i >= end { return nil }
        func isJ(_ k: Int) -> Bool { k < end && (s[k] | 0x20) == UInt8(ascii: "j") }
        func isSign(_ k: Int) -> Bool { k < end && (s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "-")) }
        if let (x, n) = scanFloat(s, i) {
            i = n
            if isSign(i) {
                // x is the real part; an imaginary part follows.
                let signNeg = s[i] == UInt8(ascii: "-")
                if let (y, m) = scanFloat(s, i), isJ(m), m + 1 == end { return (x, y) }
                if isJ(i + 1), i + 2 == end { return (x, signNeg ? -1 : 1) }
                return nil
            }
            if isJ(i) {
                if i + 1 == end { return (0, x) }
                return nil
            }
            if i == end { return (x, 0) }
            return nil
        }
        // "j", "+j", "-j"
        var neg = false
        if isSign(i) { neg = s[i] == UInt8(ascii: "-"); i += 1 }
        if isJ(i) && i + 1 == end { return (0, neg ? -1 : 1) }
        return nil
    }
}

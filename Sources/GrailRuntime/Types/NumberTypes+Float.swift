import BigInt
import Glibc
import GrailSyntax

/// `float`'s namespace: operator slots, rounding, `hex`/`fromhex`,
/// `as_integer_ratio`, and the constructor with CPython's string grammar.
/// Thread-safety: pure functions.
extension NumberTypes {
    // MARK: slot helpers

    @inline(__always) static func floatOf(_ v: Value) -> Double { NativeOps.floatValue(v) ?? 0 }

    static func floatBinary(_ a: Args, _ op: Int, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.float, name, 1)
        let x = floatOf(s)
        guard let y = try NativeOps.real(a[1]) else { return .notImplemented }
        let r = reflected ? try FloatOps.binary(y, x, op) : try FloatOps.binary(x, y, op)
        return r ?? .notImplemented
    }

    static func floatCompare(_ a: Args, _ op: Int, _ name: String) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.float, name, 1)
        let o = a[1]
        guard NativeOps.floatValue(o) != nil || IntOps.isInt(o), let r = try NativeCompare.compare(s, o, op) else { return .notImplemented }
        return .bool(r)
    }

    static func floatPow(_ a: Args, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slotSelf(a, PyType.float, name)
        if a.hasKeywords { throw PyErr.typeError("wrapper \(name)() takes no keyword arguments") }
        if a.count < 2 || a.count > 3 {
            throw PyErr.typeError("expected \(a.count < 2 ? "at least 1 argument" : "at most 2 arguments"), got \(a.count - 1)")
        }
        let x = floatOf(s)
        guard let y = try NativeOps.real(a[1]) else { return .notImplemented }
        if a.count == 3 && !a[2].isNone {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        return reflected ? try FloatOps.power(y, x) : try FloatOps.power(x, y)
    }

    static func floatDivmod(_ a: Args, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.float, name, 1)
        guard let y0 = try NativeOps.real(a[1]) else { return .notImplemented }
        let (x, y) = reflected ? (y0, floatOf(s)) : (floatOf(s), y0)
        if y == 0 { throw PyErr.zeroDivision("float divmod()") }
        let (q, r) = FloatOps.floorDivMod(x, y)
        return .obj(PyTuple([.float(q), .float(r)]))
    }

    @inline(__always) static func floatUnary(_ a: Args, _ name: String) throws(PyBaseException) -> Double {
        floatOf(try slot(a, PyType.float, name, 0))
    }

    // MARK: installer

    static func installFloat() {
        let t = PyType.float
        t.def("__add__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 0, "__add__", false) }
        t.def("__radd__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 0, "__radd__", true) }
        t.def("__floordiv__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 2, "__floordiv__", false) }
        t.def("__rfloordiv__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 2, "__rfloordiv__", true) }
        t.def("__mul__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 5, "__mul__", false) }
        t.def("__rmul__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 5, "__rmul__", true) }
        t.def("__mod__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 6, "__mod__", false) }
        t.def("__rmod__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 6, "__rmod__", true) }
        t.def("__sub__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 10, "__sub__", false) }
        t.def("__rsub__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 10, "__rsub__", true) }
        t.def("__truediv__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 11, "__truediv__", false) }
        t.def("__rtruediv__") { (a) throws(PyBaseException) -> Value in try floatBinary(a, 11, "__rtruediv__", true) }
        t.def("__pow__") { (a) throws(PyBaseException) -> Value in try floatPow(a, "__pow__", false) }
        t.def("__rpow__") { (a) throws(PyBaseException) -> Value in try floatPow(a, "__rpow__", true) }
        t.def("__divmod__") { (a) throws(PyBaseException) -> Value in try floatDivmod(a, "__divmod__", false) }
        t.def("__rdivmod__") { (a) throws(PyBaseException) -> Value in try floatDivmod(a, "__rdivmod__", true) }

        t.def("__lt__") { (a) throws(PyBaseException) -> Value in try floatCompare(a, 0, "__lt__") }
        t.def("__le__") { (a) throws(PyBaseException) -> Value in try floatCompare(a, 1, "__le__") }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in try floatCompare(a, 2, "__eq__") }
        t.def("__ne__") { (a) throws(PyBaseException) -> Value in try floatCompare(a, 3, "__ne__") }
        t.def("__gt__") { (a) throws(PyBaseException) -> Value in try floatCompare(a, 4, "__gt__") }
        t.def("__ge__") { (a) throws(PyBaseException) -> Value in try floatCompare(a, 5, "__ge__") }

        t.def("__neg__") { (a) throws(PyBaseException) -> Value in .float(-(try floatUnary(a, "__neg__"))) }
        t.def("__pos__") { (a) throws(PyBaseException) -> Value in .float(try floatUnary(a, "__pos__")) }
        t.def("__abs__") { (a) throws(PyBaseException) -> Value in .float(Swift.abs(try floatUnary(a, "__abs__"))) }
        t.def("__bool__") { (a) throws(PyBaseException) -> Value in .bool(try floatUnary(a, "__bool__") != 0) }
        t.def("__float__") { (a) throws(PyBaseException) -> Value in .float(try floatUnary(a, "__float__")) }
        t.def("__int__") { (a) throws(PyBaseException) -> Value in try IntOps.fromDouble(try floatUnary(a, "__int__")) }
        t.def("__trunc__") { (a) throws(PyBaseException) -> Value in try IntOps.fromDouble(try floatUnary(a, "__trunc__")) }
        t.def("__floor__") { (a) throws(PyBaseException) -> Value in try IntOps.fromDouble(Glibc.floor(try floatUnary(a, "__floor__"))) }
        t.def("__ceil__") { (a) throws(PyBaseException) -> Value in try IntOps.fromDouble(Glibc.ceil(try floatUnary(a, "__ceil__"))) }
        t.def("__round__") { (a) throws(PyBaseException) -> Value in
            let s = try slotSelf(a, PyType.float, "__round__")
            if a.hasKeywords { throw PyErr.typeError("float.__round__() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("float.__round__ expected at most 1 argument, got \(a.count - 1)") }
            let nd: Value? = a.count == 2 && !a[1].isNone ? a[1] : nil
            return try roundFloat(floatOf(s), nd)
        }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let s = try slot(a, PyType.float, "__hash__", 0)
            let d = floatOf(s)
            if d.isNaN, case .obj(let o) = s { return .int(NumericHash.pointer(o)) }
            return .int(NumericHash.double(d))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in .str(pyFloatRepr(try floatUnary(a, "__repr__"))) }
        t.def("__format__") { (a) throws(PyBaseException) -> Value in try formatMethod(a, PyType.float) }
        t.def("__getnewargs__") { (a) throws(PyBaseException) -> Value in
            .obj(PyTuple([.float(try floatUnary(a, "__getnewargs__"))]))
        }
        t.def("conjugate") { (a) throws(PyBaseException) -> Value in .float(floatOf(try noArgMethod(a, PyType.float, "conjugate"))) }
        t.def("is_integer") { (a) throws(PyBaseException) -> Value in
            let d = floatOf(try noArgMethod(a, PyType.float, "is_integer"))
            return .bool(d.isFinite && d == d.rounded(.down))
        }
        t.def("as_integer_ratio") { (a) throws(PyBaseException) -> Value in
            let (n, d) = try floatRatio(floatOf(try noArgMethod(a, PyType.float, "as_integer_ratio")))
            return .obj(PyTuple([.int(n), .int(d)]))
        }
        t.def("hex") { (a) throws(PyBaseException) -> Value in .str(floatHex(floatOf(try noArgMethod(a, PyType.float, "hex")))) }
        t.defClass("fromhex") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else { throw PyErr.typeError("fromhex() needs a class") }
            if a.hasKeywords { throw PyErr.typeError("float.fromhex() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("float.fromhex() takes exactly one argument (\(a.count - 1) given)") }
            guard case .obj(let s as PyStr) = a[1] else {
                throw PyErr.typeError("fromhex() argument must be str, not \(a[1].type.name)")
            }
            let d = try floatFromHex(s.value)
            if cls === PyType.float { return .float(d) }
            return try Ops.callValues(.obj(cls), [.float(d)])
        }
        t.defClass("__getformat__") { (a) throws(PyBaseException) -> Value in
            if a.count != 2 || a.hasKeywords { throw PyErr.typeError("float.__getformat__() takes exactly one argument (\(a.count - 1) given)") }
            guard case .obj(let s as PyStr) = a[1] else {
                throw PyErr.typeError("__getformat__() argument must be str, not \(a[1].type.name)")
            }
            if s.value.utf8.elementsEqual("double".utf8) || s.value.utf8.elementsEqual("float".utf8) {
                return .str("IEEE, little-endian")
            }
            throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'")
        }
        t.getset("real", get: { (v) throws(PyBaseException) -> Value in .float(floatOf(v)) })
        t.getset("imag", get: { (_) throws(PyBaseException) -> Value in .float(0) })
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let t = try newClass(a, PyType.float)
            if a.hasKeywords { throw PyErr.typeError("float() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("float expected at most 1 argument, got \(a.count - 1)") }
            let d = a.count > 1 ? try floatFrom(a[1]) : 0.0
            if t === PyType.float { return .float(d) }
            return .obj(PyFloat(d, type: t))
        }
    }

    // MARK: conversions

    /// `PyNumber_Float`: `__float__`, `__index__`, str/bytes parsing.
    static func floatFrom(_ x: Value) throws(PyBaseException) -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .null: return 0
        case .obj(let o):
            let t = o.type
            if !t.isHeapType {
                if let f = o as? PyFloat { return f.value }
                if let l = o as? PyLong { return try IntOps.toDouble(l.big) }
            }
            if let m = t.lookup("__float__") {
                if case .obj(let bf as PyBuiltinFunction) = m, bf.kind == .method {
                    if let f = o as? PyFloat { return f.value }
                    if let l = o as? PyLong { return try IntOps.toDouble(l.big) }
                }
                let r = try Ops.callValues(try Ops.bindDescriptor(m, x), [])
                guard let d = NativeOps.floatValue(r) else {
                    throw PyErr.typeError("\(t.name).__float__ returned non-float (type \(r.type.name))")
                }
                return d
            }
            if t.lookup("__index__") != nil {
                return try IntOps.toDouble(try IntOps.index(x))
            }
            if o is PyStr || o is PyBytes {
                guard let d = parseFloat(x) else {
                    throw PyErr.valueError("could not convert string to float: \(fullRepr(x))")
                }
                return d
            }
            throw PyErr.typeError("float() argument must be a string or a real number, not '\(t.name)'")
        }
    }

    /// A str/bytes as float with CPython's grammar (underscores between
    /// digits, inf/infinity/nan, surrounding white space); nil when malformed.
    static func parseFloat(_ v: Value) -> Double? {
        guard let text = asciiNumberText(v) else { return nil }
        let s = stripped(text)
        guard let (d, n) = scanFloat(s, s.startIndex), n == s.endIndex else { return nil }
        return d
    }

    /// Scans a float literal (no surrounding space) at `i`; the value and the
    /// index after it.
    static func scanFloat(_ s: ArraySlice<UInt8>, _ start: Int) -> (Double, Int)? {
        var i = start
        let end = s.endIndex
        var clean: [UInt8] = []
        if i < end && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { clean.append(s[i]); i += 1 }
        let neg = clean.first == UInt8(ascii: "-")
        // inf / infinity / nan
        func word(_ w: String) -> Bool {
            let u = Array(w.utf8)
            if end - i < u.count { return false }
            for k in 0..<u.count where s[i + k] | 0x20 != u[k] { return false }
            return true
        }
        if word("infinity") { return (neg ? -.infinity : .infinity, i + 8) }
        if word("inf") { return (neg ? -.infinity : .infinity, i + 3) }
        if word("nan") { return (neg ? -Double.nan : Double.nan, i + 3) }
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        // digits with single underscores between digits
        func digitPart() -> Bool {
            guard i < end, isDigit(s[i]) else { return false }
            while i < end {
                if isDigit(s[i]) { clean.append(s[i]); i += 1; continue }
                if s[i] == UInt8(ascii: "_"), i + 1 < end, isDigit(s[i + 1]) { i += 1; continue }
                break
            }
            return true
        }
        let intPart = digitPart()
        var fracPart = false
        if i < end && s[i] == UInt8(ascii: ".") {
            clean.append(UInt8(ascii: "."))
            i += 1
            fracPart = digitPart()
        }
        if !intPart && !fracPart { return nil }
        if i < end && (s[i] | 0x20) == UInt8(ascii: "e") {
            let save = i, saveClean = clean.count
            clean.append(UInt8(ascii: "e"))
            i += 1
            if i < end && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { clean.append(s[i]); i += 1 }
            if !digitPart() { i = save; clean.removeSubrange(saveClean...) }
        }
        guard let d = Double(String(decoding: clean, as: UTF8.self)) else { return nil }
        return (d, i)
    }

    /// `float.__round__`: to an int (half-even) without `ndigits`, else the
    /// correctly rounded decimal like CPython's `double_round`.
    static func roundFloat(_ x: Double, _ ndigits: Value?) throws(PyBaseException) -> Value {
        guard let ndv = ndigits else {
            var r = x.rounded(.toNearestOrAwayFromZero)
            if Swift.abs(x - r) == 0.5 { r = 2.0 * (x / 2.0).rounded(.toNearestOrAwayFromZero) }
            return try IntOps.fromDouble(r)
        }
        let ndb = try IntOps.index(ndv)
        let nd: Int = Int(exactly: ndb) ?? (ndb.sign == .minus ? Int.min : Int.max)
        if !x.isFinite { return .float(x) }
        if nd > 323 { return .float(x) }
        if nd < -308 { return .float(0.0 * x) }
        if x == 0 { return .float(x) }
        return .float(try roundDecimal(x, nd))
    }

    /// x rounded half-even to `nd` decimal places (exact arithmetic, then a
    /// correctly rounded decimal-to-double conversion).
    static func roundDecimal(_ x: Double, _ nd: Int) throws(PyBaseException) -> Double {
        let fr = frexp(Swift.abs(x))
        let m = BigInt(Int64(fr.0 * 9007199254740992.0))   // 2^53
        let e = fr.1 - 53
        var num = m, den = BigInt(1)
        if e >= 0 { num <<= e } else { den <<= -e }
        if nd >= 0 { num *= BigInt(10).power(nd) } else { den *= BigInt(10).power(-nd) }
        var (q, r) = num.quotientAndRemainder(dividingBy: den)
        let r2 = r * 2
        if r2 > den || (r2 == den && (q.magnitude.words.first ?? 0) & 1 == 1) { q += 1 }
        r = 0
        let text = (x < 0 ? "-" : "") + q.description + "e" + String(-nd)
        guard let d = Double(text) else { return x }
        if d.isInfinite { throw PyErr.overflow("rounded value too large to represent") }
        return d
    }

    static func floatRatio(_ x: Double) throws(PyBaseException) -> (BigInt, BigInt) {
        if x.isInfinite { throw PyErr.overflow("cannot convert Infinity to integer ratio") }
        if x.isNaN { throw PyErr.valueError("cannot convert NaN to integer ratio") }
        var (f, e) = frexp(Swift.abs(x))
        if x < 0 { f = -f }
        var i = 0
        while i < 300 && f != f.rounded(.down) { f *= 2; e -= 1; i += 1 }
        var n = BigInt(Int64(f))
        var d = BigInt(1)
        if e > 0 { n <<= e } else { d <<= -e }
        return (n, d)
    }

    /// `float.hex()` (CPython's float_hex).
    static func floatHex(_ x: Double) -> String {
        if x.isNaN || x.isInfinite { return pyFloatRepr(x) }
        if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        var (m, e) = frexp(Swift.abs(x))
        let shift = 1 - Swift.max(-1021 - e, 0)
        m = ldexp(m, shift)
        e -= shift
        let hexd = Array("0123456789abcdef")
        var s = ""
        var di = Int(m)
        s.append(hexd[di])
        m -= Double(di)
        s.append(".")
        for _ in 0..<13 {
            m *= 16
            di = Int(m)
            s.append(hexd[di])
            m -= Double(di)
        }
        let esign = e < 0 ? "-" : "+"
        return (x < 0 ? "-0x" : "0x") + s + "p" + esign + String(Swift.abs(e))
    }

    /// `float.fromhex(s)`.
    static func floatFromHex(_ str: String) throws(PyBaseException) -> Double {
        func bad() -> PyBaseException { PyErr.valueError("invalid hexadecimal floating-point string") }
        let s = stripped(str)
        if str.unicodeScalars.contains(where: { $0.value >= 128 }) { throw bad() }
        var i = s.startIndex
        let end = s.endIndex
        var neg = false
        if i < end && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { neg = s[i] == UInt8(ascii: "-"); i += 1 }
        func rest(_ w: String) -> Bool {
            let u = Array(w.utf8)
            if end - i != u.count { return false }
            for k in 0..<u.count where s[i + k] | 0x20 != u[k] { return false }
            return true
        }
        if rest("inf") || rest("infinity") { return neg ? -.infinity : .infinity }
        if rest("nan") { return neg ? -Double.nan : Double.nan }
        if end - i >= 2 && s[i] == UInt8(ascii: "0") && (s[i + 1] | 0x20) == UInt8(ascii: "x") { i += 2 }
        func hexVal(_ c: UInt8) -> Int? {
            if c >= 48 && c <= 57 { return Int(c) - 48 }
            let l = c | 0x20
            if l >= 97 && l <= 102 { return Int(l) - 87 }
            return nil
        }
        var mant = BigUInt(0)
        var ndigits = 0, fracDigits = 0
        while i < end, let v = hexVal(s[i]) { mant = mant * 16 + BigUInt(v); ndigits += 1; i += 1 }
        if i < end && s[i] == UInt8(ascii: ".") {
            i += 1
            while i < end, let v = hexVal(s[i]) { mant = mant * 16 + BigUInt(v); ndigits += 1; fracDigits += 1; i += 1 }
        }
        if ndigits == 0 { throw bad() }
        var exp = 0
        if i < end && (s[i] | 0x20) == UInt8(ascii: "p") {
            i += 1
            var eneg = false
            if i < end && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { eneg = s[i] == UInt8(ascii: "-"); i += 1 }
            var any = false
            while i < end, s[i] >= 48, s[i] <= 57 {
                if exp < 100_000_000 { exp = exp * 10 + Int(s[i]) - 48 }
                any = true
                i += 1
            }
            if !any { throw bad() }
            if eneg { exp = -exp }
        }
        if i != end { throw bad() }
        if mant.isZero { return neg ? -0.0 : 0.0 }
        let e2 = exp - 4 * fracDigits
        if e2 + mant.bitWidth > 1100 { throw PyErr.overflow("hexadecimal value too large to represent as a float") }
        if e2 + mant.bitWidth < -1200 { return neg ? -0.0 : 0.0 }
        let d = IntOps.roundScaled(mant, sticky: false, shift: -e2)
        if d.isInfinite { throw PyErr.overflow("hexadecimal value too large to represent as a float") }
        return neg ? -d : d
    }
}

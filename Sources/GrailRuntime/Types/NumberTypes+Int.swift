import BigInt

/// `int`'s namespace: operator slots, conversions, public methods and the
/// constructor (`int(x)`, `int(s, base)`). Thread-safety: pure functions.
extension NumberTypes {
    // MARK: slot helpers

    static func intBinary(_ a: Args, _ op: Int, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.int, name, 1)
        let o = a[1]
        guard IntOps.isInt(o) else { return .notImplemented }
        let r = reflected ? try IntOps.binary(o, s, op) : try IntOps.binary(s, o, op)
        return r ?? .notImplemented
    }

    static func intCompare(_ a: Args, _ op: Int, _ name: String) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.int, name, 1)
        guard IntOps.isInt(a[1]), let r = try NativeCompare.compare(s, a[1], op) else { return .notImplemented }
        return .bool(r)
    }

    static func intPow(_ a: Args, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slotSelf(a, PyType.int, name)
        if a.hasKeywords { throw PyErr.typeError("wrapper \(name)() takes no keyword arguments") }
        if a.count < 2 || a.count > 3 {
            throw PyErr.typeError("expected \(a.count < 2 ? "at least 1 argument" : "at most 2 arguments"), got \(a.count - 1)")
        }
        let o = a[1]
        guard IntOps.isInt(o) else { return .notImplemented }
        let (x, y) = reflected ? (o, s) : (s, o)
        if a.count == 3 && !a[2].isNone {
            guard let m = IntOps.big(a[2]), let bx = IntOps.big(x), let by = IntOps.big(y) else { return .notImplemented }
            return try IntOps.powMod(bx, by, m)
        }
        return try IntOps.binary(x, y, 8) ?? .notImplemented
    }

    static func intDivmod(_ a: Args, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.int, name, 1)
        guard IntOps.isInt(a[1]) else { return .notImplemented }
        guard let (q, r) = reflected ? try IntOps.divmod(a[1], s) : try IntOps.divmod(s, a[1]) else { return .notImplemented }
        return .obj(PyTuple([q, r]))
    }

    /// The int value of an int-typed `self` as an exact int `Value`.
    @inline(__always) static func intUnary(_ a: Args, _ name: String) throws(PyBaseException) -> Value {
        IntOps.exact(try slot(a, PyType.int, name, 0))
    }

    // MARK: installer

    static func installInt() {
        let t = PyType.int
        t.def("__add__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 0, "__add__", false) }
        t.def("__radd__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 0, "__radd__", true) }
        t.def("__and__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 1, "__and__", false) }
        t.def("__rand__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 1, "__rand__", true) }
        t.def("__floordiv__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 2, "__floordiv__", false) }
        t.def("__rfloordiv__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 2, "__rfloordiv__", true) }
        t.def("__lshift__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 3, "__lshift__", false) }
        t.def("__rlshift__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 3, "__rlshift__", true) }
        t.def("__mul__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 5, "__mul__", false) }
        t.def("__rmul__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 5, "__rmul__", true) }
        t.def("__mod__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 6, "__mod__", false) }
        t.def("__rmod__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 6, "__rmod__", true) }
        t.def("__or__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 7, "__or__", false) }
        t.def("__ror__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 7, "__ror__", true) }
        t.def("__rshift__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 9, "__rshift__", false) }
        t.def("__rrshift__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 9, "__rrshift__", true) }
        t.def("__sub__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 10, "__sub__", false) }
        t.def("__rsub__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 10, "__rsub__", true) }
        t.def("__truediv__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 11, "__truediv__", false) }
        t.def("__rtruediv__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 11, "__rtruediv__", true) }
        t.def("__xor__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 12, "__xor__", false) }
        t.def("__rxor__") { (a) throws(PyBaseException) -> Value in try intBinary(a, 12, "__rxor__", true) }
        t.def("__pow__") { (a) throws(PyBaseException) -> Value in try intPow(a, "__pow__", false) }
        t.def("__rpow__") { (a) throws(PyBaseException) -> Value in try intPow(a, "__rpow__", true) }
        t.def("__divmod__") { (a) throws(PyBaseException) -> Value in try intDivmod(a, "__divmod__", false) }
        t.def("__rdivmod__") { (a) throws(PyBaseException) -> Value in try intDivmod(a, "__rdivmod__", true) }

        t.def("__lt__") { (a) throws(PyBaseException) -> Value in try intCompare(a, 0, "__lt__") }
        t.def("__le__") { (a) throws(PyBaseException) -> Value in try intCompare(a, 1, "__le__") }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in try intCompare(a, 2, "__eq__") }
        t.def("__ne__") { (a) throws(PyBaseException) -> Value in try intCompare(a, 3, "__ne__") }
        t.def("__gt__") { (a) throws(PyBaseException) -> Value in try intCompare(a, 4, "__gt__") }
        t.def("__ge__") { (a) throws(PyBaseException) -> Value in try intCompare(a, 5, "__ge__") }

        t.def("__neg__") { (a) throws(PyBaseException) -> Value in
            .int(-(IntOps.big(try slot(a, PyType.int, "__neg__", 0)) ?? 0))
        }
        t.def("__pos__") { (a) throws(PyBaseException) -> Value in try intUnary(a, "__pos__") }
        t.def("__abs__") { (a) throws(PyBaseException) -> Value in
            .int(BigIntAbs(IntOps.big(try slot(a, PyType.int, "__abs__", 0)) ?? 0))
        }
        t.def("__invert__") { (a) throws(PyBaseException) -> Value in
            .int(~(IntOps.big(try slot(a, PyType.int, "__invert__", 0)) ?? 0))
        }
        t.def("__bool__") { (a) throws(PyBaseException) -> Value in
            .bool(!(IntOps.big(try slot(a, PyType.int, "__bool__", 0)) ?? 0).isZero)
        }
        t.def("__int__") { (a) throws(PyBaseException) -> Value in try intUnary(a, "__int__") }
        t.def("__index__") { (a) throws(PyBaseException) -> Value in try intUnary(a, "__index__") }
        t.def("__trunc__") { (a) throws(PyBaseException) -> Value in try intUnary(a, "__trunc__") }
        t.def("__floor__") { (a) throws(PyBaseException) -> Value in try intUnary(a, "__floor__") }
        t.def("__ceil__") { (a) throws(PyBaseException) -> Value in try intUnary(a, "__ceil__") }
        t.def("__float__") { (a) throws(PyBaseException) -> Value in
            .float(try IntOps.toDouble(IntOps.big(try slot(a, PyType.int, "__float__", 0)) ?? 0))
        }
        t.def("__round__") { (a) throws(PyBaseException) -> Value in
            let s = try slotSelf(a, PyType.int, "__round__")
            if a.hasKeywords { throw PyErr.typeError("int.__round__() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("int.__round__ expected at most 1 argument, got \(a.count - 1)") }
            let x = IntOps.big(s) ?? 0
            if a.count == 1 { return .int(x) }
            return .int(roundInt(x, try IntOps.index(a[1])))
        }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let b = IntOps.big(try slot(a, PyType.int, "__hash__", 0)) ?? 0
            if let i = Int(exactly: b) { return .int(NumericHash.int(i)) }
            return .int(NumericHash.big(b))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            .str(try IntOps.toDecimalString(IntOps.big(try slot(a, PyType.int, "__repr__", 0)) ?? 0))
        }
        t.def("__format__") { (a) throws(PyBaseException) -> Value in try formatMethod(a, PyType.int) }
        t.def("__getnewargs__") { (a) throws(PyBaseException) -> Value in
            .obj(PyTuple([IntOps.exact(try slot(a, PyType.int, "__getnewargs__", 0))]))
        }
        t.def("__sizeof__") { (a) throws(PyBaseException) -> Value in
            let s = try noArgMethod(a, PyType.int, "__sizeof__")
            let bits = (IntOps.big(s) ?? 0).magnitude.bitWidth
            return .int(24 + 4 * ((bits + 29) / 30))
        }
        t.def("conjugate") { (a) throws(PyBaseException) -> Value in IntOps.exact(try noArgMethod(a, PyType.int, "conjugate")) }
        t.def("bit_length") { (a) throws(PyBaseException) -> Value in
            .int((IntOps.big(try noArgMethod(a, PyType.int, "bit_length")) ?? 0).magnitude.bitWidth)
        }
        t.def("bit_count") { (a) throws(PyBaseException) -> Value in
            let b = IntOps.big(try noArgMethod(a, PyType.int, "bit_count")) ?? 0
            var n = 0
            for w in b.magnitude.words { n += w.nonzeroBitCount }
            return .int(n)
        }
        t.def("as_integer_ratio") { (a) throws(PyBaseException) -> Value in
            .obj(PyTuple([IntOps.exact(try noArgMethod(a, PyType.int, "as_integer_ratio")), .int(1)]))
        }
        t.def("to_bytes") { (a) throws(PyBaseException) -> Value in try toBytes(a) }
        t.defClass("from_bytes") { (a) throws(PyBaseException) -> Value in try fromBytes(a) }
        t.getset("real", get: { (v) throws(PyBaseException) -> Value in IntOps.exact(v) })
        t.getset("imag", get: { (_) throws(PyBaseException) -> Value in .int(0) })
        t.getset("numerator", get: { (v) throws(PyBaseException) -> Value in IntOps.exact(v) })
        t.getset("denominator", get: { (_) throws(PyBaseException) -> Value in .int(1) })
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in try intNew(a) }
    }

    /// `round(int, ndigits)` with round-half-even for negative `ndigits`.
    static func roundInt(_ x: BigInt, _ nd: BigInt) -> BigInt {
        if nd.sign == .plus { return x }
        let bound = Double(x.magnitude.bitWidth) * 0.30103 + 2
        guard let k = Int(exactly: -nd), Double(k) <= bound else { return 0 }
        let p = BigInt(10).power(k)
        var q = IntOps.bigFloorDiv(x, p)
        let r = x - q * p
        let r2 = r * 2
        if r2 > p || (r2 == p && !(q.magnitude.words.first.map { $0 & 1 == 0 } ?? true)) { q += 1 }
        return q * p
    }

    // MARK: to_bytes / from_bytes

    static func byteOrder(_ v: Value?, _ fname: String) throws(PyBaseException) -> Bool {
        guard let v = v else { return false }
        guard case .obj(let s as PyStr) = v else {
            throw PyErr.typeError("\(fname)() argument 'byteorder' must be str, not \(v.type.name)")
        }
        if s.value.utf8.elementsEqual("little".utf8) { return true }
        if s.value.utf8.elementsEqual("big".utf8) { return false }
        throw PyErr.valueError("byteorder must be either 'little' or 'big'")
    }

    static func toBytes(_ a: Args) throws(PyBaseException) -> Value {
        let s = try slotSelf(a, PyType.int, "to_bytes")
        let p = try rest(a).bind("to_bytes", ["length", "byteorder", "signed"], required: 0, maxPositional: 2)
        var length = 1
        if let l = p[0] {
            guard let n = Int(exactly: try IntOps.index(l)) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
            if n < 0 { throw PyErr.valueError("length argument must be non-negative") }
            length = n
        }
        let little = try byteOrder(p[1], "to_bytes")
        let signed = try p[2].map { (v) throws(PyBaseException) -> Bool in try Ops.isTrue(v) } ?? false
        let x = IntOps.big(s) ?? 0
        if x.sign == .minus && !x.isZero && !signed { throw PyErr.overflow("can't convert negative int to unsigned") }
        // Range check.
        let bits = length * 8
        if signed {
            let limit = BigInt(1) << Swift.max(bits - 1, 0)
            if bits == 0 ? !x.isZero : (x >= limit || x < -limit) { throw PyErr.overflow("int too big to convert") }
        } else if x.magnitude.bitWidth > bits {
            throw PyErr.overflow("int too big to convert")
        }
        var out = [UInt8](repeating: 0, count: length)
        if length > 0 {
            let nw = (length + 7) / 8 + 1
            let w = IntOps.twos(x, nw)
            for i in 0..<length {
                out[i] = UInt8(truncatingIfNeeded: w[i / 8] >> UInt((i % 8) * 8))
            }
            if !little { out.reverse() }
        }
        return .obj(PyBytes(out))
    }

    /// Bytes of a bytes-like object or an iterable of ints (`bytes(x)`).
    static func bytesOf(_ v: Value) throws(PyBaseException) -> [UInt8] {
        if case .obj(let b as PyBytes) = v { return b.bytes }
        if case .obj(let s as PyStr) = v {
            _ = s
            throw PyErr.typeError("cannot convert 'str' object to bytes")
        }
        var out: [UInt8] = []
        let it: Value
        do throws(PyBaseException) {
            it = try Ops.getIter(v)
        } catch let e where e.type.isSubtype(ExcTypes.typeError) {
            throw PyErr.typeError("cannot convert '\(v.type.name)' object to bytes")
        }
        try Ops.iterate(it) { (x) throws(PyBaseException) in
            let b = try IntOps.index(x)
            guard let i = Int(exactly: b), i >= 0, i < 256 else { throw PyErr.valueError("bytes must be in range(0, 256)") }
            out.append(UInt8(i))
        }
        return out
    }

    static func fromBytes(_ a: Args) throws(PyBaseException) -> Value {
        guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else { throw PyErr.typeError("from_bytes() needs a class") }
        let p = try rest(a).bind("from_bytes", ["bytes", "byteorder", "signed"], required: 1, maxPositional: 2)
        guard let src = p[0] else { throw PyErr.typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
        let little = try byteOrder(p[1], "from_bytes")
        let signed = try p[2].map { (v) throws(PyBaseException) -> Bool in try Ops.isTrue(v) } ?? false
        var bytes = try bytesOf(src)
        if !little { bytes.reverse() }
        // bytes now little-endian.
        var words = [UInt](repeating: 0, count: (bytes.count + 7) / 8)
        for (i, b) in bytes.enumerated() { words[i / 8] |= UInt(b) << UInt((i % 8) * 8) }
        var value = BigInt(BigUInt(words: words))
        if signed, let last = bytes.last, last & 0x80 != 0 {
            value -= BigInt(1) << (bytes.count * 8)
        }
        if cls === PyType.int { return .int(value) }
        return try Ops.callValues(.obj(cls), [.int(value)])
    }

    // MARK: int(x), int(s, base)

    static func intNew(_ a: Args) throws(PyBaseException) -> Value {
        let t = try newClass(a, PyType.int)
        var x: Value? = nil, base: Value? = nil
        let npos = a.count - 1
        if npos > 2 { throw PyErr.typeError("int() takes at most 2 arguments (\(a.buf.count - 1) given)") }
        if npos >= 1 { x = a[1] }
        if npos == 2 { base = a[2] }
        for (k, v) in a.keywords {
            if k == "base" {
                if base != nil { throw PyErr.typeError("argument for int() given by name ('base') and position (2)") }
                base = v
            } else {
                throw PyErr.typeError("'\(k)' is an invalid keyword argument for int()")
            }
        }
        var v: Value = .int(0)
        if let x = x {
            v = try intFrom(x, base: base)
        } else if base != nil {
            throw PyErr.typeError("int() missing string argument")
        }
        if t === PyType.int { return v }
        return .obj(PyLong(IntOps.big(v) ?? 0, type: t))
    }

    /// `int(x)` / `int(x, base)` as an exact int.
    static func intFrom(_ x: Value, base: Value?) throws(PyBaseException) -> Value {
        if let b = base {
            let bb = try IntOps.index(b)
            guard let bi = Int(exactly: bb), bi == 0 || (bi >= 2 && bi <= 36) else {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0")
            }
            switch x {
            case .obj(let o) where o is PyStr || o is PyBytes: return try parseInt(x, base: bi)
            default: throw PyErr.typeError("int() can't convert non-string with explicit base")
            }
        }
        return try numberToInt(x)
    }

    /// `PyNumber_Long`: `__int__`, `__index__`, `__trunc__`, str/bytes parsing.
    static func numberToInt(_ x: Value) throws(PyBaseException) -> Value {
        switch x {
        case .int: return x
        case .float(let d): return try IntOps.fromDouble(d)
        case .null: return .int(0)
        case .obj(let o):
            let t = o.type
            if !t.isHeapType {
                if let l = o as? PyLong { return .int(l.big) }
                if let f = o as? PyFloat { return try IntOps.fromDouble(f.value) }
            }
            // Builtin str/bytes/bytearray define none of the hooks below: parse at once.
            if !t.isHeapType && (o is PyStr || o is PyBytes) { return try parseInt(x, base: 10) }
            if let m = t.lookup(Ops.s__int__) {
                if case .obj(let bf as PyBuiltinFunction) = m, bf.kind == .method, bf.owner === PyType.int || bf.owner === PyType.float || bf.owner === PyType.bool {
                    if let l = o as? PyLong { return .int(l.big) }
                    if let f = o as? PyFloat { return try IntOps.fromDouble(f.value) }
                }
                let r = try Ops.callValues(try Ops.bindDescriptor(m, x), [])
                guard let b = IntOps.big(r) else { throw PyErr.typeError("__int__ returned non-int (type \(r.type.name))") }
                return .int(b)
            }
            if let m = t.lookup(Ops.s__index__) {
                let r = try Ops.callValues(try Ops.bindDescriptor(m, x), [])
                guard let b = IntOps.big(r) else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
                return .int(b)
            }
            if let m = t.lookup(Ops.s__trunc__) {
                let r = try Ops.callValues(try Ops.bindDescriptor(m, x), [])
                if let b = IntOps.big(r) { return .int(b) }
                if r.type.lookup("__index__") == nil {
                    throw PyErr.typeError("__trunc__ returned non-Integral (type \(r.type.name))")
                }
                return .int(try IntOps.index(r))
            }
            if o is PyStr || o is PyBytes { return try parseInt(x, base: 10) }
            throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(t.name)'")
        }
    }

    /// CPython's `PyLong_FromString` rules (underscores, prefixes, base 0,
    /// Unicode digits, the 4300-digit limit for non-binary bases).
    static func parseInt(_ v: Value, base: Int) throws(PyBaseException) -> Value {
        func bad() -> PyBaseException {
            PyErr.valueError("invalid literal for int() with base \(base): \(shortRepr(v))")
        }
        guard let text = asciiNumberText(v) else { throw bad() }
        let s = stripped(text)
        var i = s.startIndex
        let end = s.endIndex
        var neg = false
        if i < end && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { neg = s[i] == UInt8(ascii: "-"); i += 1 }
        var b = base
        var errorIfNonzero = false
        if i + 1 < end && s[i] == UInt8(ascii: "0") {
            let c = s[i + 1] | 0x20
            var prefixed = false
            if c == UInt8(ascii: "x") && (b == 16 || b == 0) { b = 16; prefixed = true }
            else if c == UInt8(ascii: "o") && (b == 8 || b == 0) { b = 8; prefixed = true }
            else if c == UInt8(ascii: "b") && (b == 2 || b == 0) { b = 2; prefixed = true }
            if prefixed {
                i += 2
                if i < end && s[i] == UInt8(ascii: "_") { i += 1 }
            }
        }
        if b == 0 {
            b = 10
            if i < end && s[i] == UInt8(ascii: "0") { errorIfNonzero = true }
        }
        if i >= end || s[i] == UInt8(ascii: "_") { throw bad() }
        // Validate and collect digit values.
        var digits: [UInt8] = []
        digits.reserveCapacity(end - i)
        var prevUnderscore = false
        while i < end {
            let c = s[i]
            if c == UInt8(ascii: "_") {
                if prevUnderscore { throw bad() }
                prevUnderscore = true
                i += 1
                continue
            }
            var d = 99
            if c >= 48 && c <= 57 { d = Int(c) - 48 }
            else if c >= 97 && c <= 122 { d = Int(c) - 87 }
            else if c >= 65 && c <= 90 { d = Int(c) - 55 }
            if d >= b { throw bad() }
            digits.append(UInt8(d))
            prevUnderscore = false
            i += 1
        }
        if prevUnderscore || digits.isEmpty { throw bad() }
        if b & (b - 1) != 0 && digits.count > IntOps.maxStrDigits {
            throw PyErr.valueError("Exceeds the limit (\(IntOps.maxStrDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        let value = digitsToBig(digits, b)
        if errorIfNonzero && !value.isZero { throw bad() }
        return .int(neg ? -value : value)
    }

    /// Digit values in base `b` (most significant first) to a BigInt, in chunks.
    static func digitsToBig(_ digits: [UInt8], _ b: Int) -> BigInt {
        if digits.count <= 12 {
            var r = 0
            for d in digits { r = r * b + Int(d) }
            return BigInt(r)
        }
        // Largest power of b fitting in a word.
        var chunk = 1, mul = b
        while true {
            let (m, o) = mul.multipliedReportingOverflow(by: b)
            if o || m > Int.max / 64 { break }
            mul = m
            chunk += 1
        }
        var value = BigUInt(0)
        var idx = 0
        let n = digits.count
        let first = n % chunk == 0 ? chunk : n % chunk
        var acc = 0
        for j in 0..<first { acc = acc * b + Int(digits[j]) }
        value = BigUInt(acc)
        idx = first
        let bigMul = BigUInt(mul)
        while idx < n {
            acc = 0
            for j in idx..<(idx + chunk) { acc = acc * b + Int(digits[j]) }
            value = value * bigMul + BigUInt(acc)
            idx += chunk
        }
        return BigInt(value)
    }
}

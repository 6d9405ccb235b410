import BigInt

/// printf-style `str % args` (CPython's PyUnicode_Format): mapping keys,
/// flags `-+ #0`, `*` width/precision, conversions s r a c d i u o x X e
/// E f F g G, and CPython's error messages. Thread-safety: pure functions
/// (conversions may run Python `__str__`/`__repr__`/`__index__` code).
enum StrFormatting {
    static func percent(_ s: PyStr, _ args: Value) throws(PyBaseException) -> Value {
        let fmt = s.isASCII ? s.value.utf8.map { UInt32($0) } : s.scalars.map { $0.value }
        var out: [UInt8] = []
        out.reserveCapacity(fmt.count + 16)
        var tupleItems: [Value]? = nil
        var cur = args
        var arglen = -1, argidx = -2
        if case .obj(let t as PyTuple) = args { tupleItems = t.items; arglen = t.count; argidx = 0 }
        var dict: Value? = nil
        if tupleItems == nil, case .obj(let o) = args, !(o is PyStr) {
            if o is PyDict || o is PyList || o is PyBytes || o is PyRange || o.type.lookup("__getitem__") != nil { dict = args }
        }
        func nextArg() throws(PyBaseException) -> Value {
            if argidx < arglen {
                argidx += 1
                if arglen < 0 { return cur }
                return tupleItems?[argidx - 1] ?? .None
            }
            throw PyErr.typeError("not enough arguments for format string")
        }
        let n = fmt.count
        var i = 0
        while i < n {
            let c = fmt[i]
            if c != 0x25 {
                // Copy a run of literal text.
                var j = i
                while j < n && fmt[j] != 0x25 { j += 1 }
                for k in i..<j { StrBuf.appendScalar(fmt[k], to: &out) }
                i = j
                continue
            }
            i += 1
            if i >= n { throw PyErr.valueError("incomplete format") }
            if fmt[i] == 0x25 { out.append(0x25); i += 1; continue }
            if fmt[i] == 0x28 {
                guard let d = dict else { throw PyErr.typeError("format requires a mapping") }
                i += 1
                let keyStart = i
                var depth = 1
                while i < n && depth > 0 {
                    if fmt[i] == 0x29 { depth -= 1 } else if fmt[i] == 0x28 { depth += 1 }
                    i += 1
                }
                if depth > 0 { throw PyErr.valueError("incomplete format key") }
                var kb: [UInt8] = []
                for k in keyStart..<(i - 1) { StrBuf.appendScalar(fmt[k], to: &kb) }
                cur = try Ops.getitem(d, .obj(StrBuf.make(kb)))
                tupleItems = nil
                arglen = -1; argidx = -2
            }
            // Flags.
            var ljust = false, sign = false, blank = false, alt = false, zero = false
            flagLoop: while i < n {
                switch fmt[i] {
                case 0x2D: ljust = true
                case 0x2B: sign = true
                case 0x20: blank = true
                case 0x23: alt = true
                case 0x30: zero = true
                default: break flagLoop
                }
                i += 1
            }
            var width = -1, prec = -1
            if i < n && fmt[i] == 0x2A {
                let v = try nextArg()
                guard IntOps.isInt(v) else { throw PyErr.typeError("* wants int") }
                width = try SliceIndices.ssize(v)
                if width < 0 { ljust = true; width = -width }
                i += 1
            } else {
                while i < n && fmt[i] >= 0x30 && fmt[i] <= 0x39 {
                    let d = Int(fmt[i] - 0x30)
                    if width < 0 { width = 0 }
                    if width > (Int.max - d) / 10 { throw PyErr.valueError("width too big") }
                    width = width * 10 + d
                    i += 1
                }
            }
            if i < n && fmt[i] == 0x2E {
                i += 1
                prec = 0
                if i < n && fmt[i] == 0x2A {
                    let v = try nextArg()
                    guard IntOps.isInt(v) else { throw PyErr.typeError("* wants int") }
                    prec = try SliceIndices.ssize(v)
                    if prec < 0 { prec = 0 }
                    i += 1
                } else {
                    while i < n && fmt[i] >= 0x30 && fmt[i] <= 0x39 {
                        let d = Int(fmt[i] - 0x30)
                        if prec > (Int.max - d) / 10 { throw PyErr.valueError("precision too big") }
                        prec = prec * 10 + d
                        i += 1
                    }
                }
            }
            if i < n && (fmt[i] == 0x68 || fmt[i] == 0x6C || fmt[i] == 0x4C) { i += 1 }
            if i >= n { throw PyErr.valueError("incomplete format") }
            let ch = fmt[i]
            let chIndex = i
            i += 1
            let v = try nextArg()
            var body: [UInt8]
            var numeric = false
            switch ch {
            case 0x73, 0x72, 0x61:
                let r: PyStr
                if ch == 0x73 { r = try Ops.str(v) } else if ch == 0x72 { r = try Ops.repr(v) } else { r = try Ops.ascii(v) }
                if prec >= 0 && r.count > prec { body = Array(StrOps.slice(r, 0, 1, prec).value.utf8) } else { body = Array(r.value.utf8) }
            case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58:
                numeric = true
                body = try formatInteger(v, ch, alt: alt, prec: prec)
            case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:
                numeric = true
                let d = try toDouble(v)
                body = FormatSpec.doubleString(d, ch, prec < 0 ? 6 : prec, alt: alt, addDot0: false, noNeg0: false)
            case 0x63:
                body = []
                switch v {
                case .obj(let ps as PyStr):
                    guard ps.count == 1 else { throw PyErr.typeError("%c requires int or char") }
                    body = Array(ps.value.utf8)
                default:
                    guard let b = IntOps.big(v) else { throw PyErr.typeError("%c requires int or char") }
                    guard let x = Int(exactly: b), x >= 0, x <= 0x10FFFF else { throw PyErr.overflow("%c arg not in range(0x110000)") }
                    StrBuf.appendScalar(UInt32(x), to: &body)
                }
            default:
                let shown = (ch >= 31 && ch <= 126) ? String(Unicode.Scalar(UInt8(ch))) : "?"
                throw PyErr.valueError("unsupported format character '\(shown)' (0x\(String(ch, radix: 16))) at index \(chIndex)")
            }
            output(&out, body, numeric: numeric, ch: ch, width: width, ljust: ljust, sign: sign, blank: blank, alt: alt, zero: zero)
        }
        if argidx < arglen && dict == nil {
            throw PyErr.typeError("not all arguments converted during string formatting")
        }
        return .obj(StrBuf.make(out))
    }

    /// float conversion for %e/%f/%g (PyFloat_AsDouble's messages).
    static func toDouble(_ v: Value) throws(PyBaseException) -> Double {
        if let d = NativeOps.floatValue(v) { return d }
        if let b = IntOps.big(v) { return try IntOps.toDouble(b) }
        if v.type.lookup("__float__") != nil || v.type.lookup("__index__") != nil { return try FloatConvert.toDouble(v) }
        throw PyErr.typeError("must be real number, not \(v.type.name)")
    }

    /// %d/%i/%u/%o/%x/%X body: sign, optional 0o/0x prefix, digits padded to `prec`.
    static func formatInteger(_ v: Value, _ ch: UInt32, alt: Bool, prec: Int) throws(PyBaseException) -> [UInt8] {
        let isDec = ch == 0x64 || ch == 0x69 || ch == 0x75
        var big: BigInt
        if let b = IntOps.big(v) { big = b }
        else {
            do throws(PyBaseException) {
                if isDec {
                    if let d = NativeOps.floatValue(v) { big = IntOps.big(try IntConvert.fromDouble(d)) ?? 0 }
                    else if v.type.lookup("__int__") != nil || v.type.lookup("__index__") != nil || v.type.lookup("__float__") != nil || v.object is PyComplex {
                        big = IntOps.big(try IntConvert.toInt(v, base: nil)) ?? 0
                    } else {
                        throw PyErr.typeError("")
                    }
                } else {
                    guard let m = v.type.lookup("__index__") else { throw PyErr.typeError("") }
                    let r = try Ops.callValues(try Ops.bindDescriptor(m, v), [])
                    guard let b = IntOps.big(r) else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
                    big = b
                }
            } catch let e where e.type === ExcTypes.typeError {
                let what = isDec ? "a real number" : "an integer"
                throw PyErr.typeError("%\(String(Unicode.Scalar(UInt8(ch)))) format: \(what) is required, not \(v.type.name)")
            }
        }
        let radix = isDec ? 10 : (ch == 0x6F ? 8 : 16)
        var digits = String(big.magnitude, radix: radix)
        if ch == 0x58 { digits = digits.uppercased() }
        if prec > digits.count { digits = String(repeating: "0", count: prec - digits.count) + digits }
        var s = big.sign == .minus ? "-" : ""
        if alt && !isDec { s += ch == 0x6F ? "0o" : (ch == 0x58 ? "0X" : "0x") }
        return Array((s + digits).utf8)
    }

    /// unicode_format_arg_output: sign, prefix and padding.
    static func output(_ out: inout [UInt8], _ body: [UInt8], numeric: Bool, ch: UInt32, width: Int, ljust: Bool,
                       sign: Bool, blank: Bool, alt: Bool, zero: Bool) {
        var len = 0
        for b in body where b & 0xC0 != 0x80 { len += 1 }
        if (width == -1 || width <= len) && !(numeric && (sign || blank)) { out.append(contentsOf: body); return }
        let fill: UInt8 = (numeric && zero) ? 0x30 : 0x20
        var p = 0
        var signChar: UInt8? = nil
        var hasSign = numeric
        if numeric {
            if let f = body.first, f == 0x2D || f == 0x2B { signChar = f; len -= 1; p = 1 }
            else if sign { signChar = 0x2B }
            else if blank { signChar = 0x20 }
            else { hasSign = false }
        }
        var w = max(width, len)
        if hasSign {
            if fill != 0x20, let sc = signChar { out.append(sc) }
            if w > len { w -= 1 }
        }
        let prefixed = numeric && alt && (ch == 0x78 || ch == 0x58 || ch == 0x6F)
        if prefixed {
            if fill != 0x20 { out.append(0x30); out.append(UInt8(ch)) }
            p += 2; w -= 2; if w < 0 { w = 0 }; len -= 2
        }
        if w > len && !ljust {
            out.append(contentsOf: repeatElement(fill, count: w - len))
            w = len
        }
        if fill == 0x20 {
            if hasSign, let sc = signChar { out.append(sc) }
            if prefixed { out.append(0x30); out.append(UInt8(ch)) }
        }
        out.append(contentsOf: body[p...])
        if w > len { out.append(contentsOf: repeatElement(0x20, count: w - len)) }
    }
}

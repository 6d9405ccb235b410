import Glibc
import GrailSyntax
import BigInt

/// The format-spec mini-language (`format(v, spec)`, f-strings,
/// `str.format`) for the builtin types, with CPython 3.11's parsing rules,
/// layout (fill, alignment, sign, `#`, zero padding, `,`/`_` grouping,
/// `z`) and error messages. Floats are rendered with glibc's correctly
/// rounded `%e`/`%f`, so digits match CPython's dtoa-based output.
/// Thread-safety: pure functions.
enum FormatSpec {
    /// A parsed spec (CPython's InternalFormatSpec).
    struct Parsed {
        var fill: UInt32 = 0x20
        var align: UInt32 = 0
        var alternate = false
        var noNeg0 = false
        var sign: UInt32 = 0
        var width = -1
        var thousands: UInt32 = 0
        var precision = -1
        var type: UInt32 = 0
    }

    /// `format(v, spec)` for a value whose type uses a builtin `__format__`.
    static func formatNative(_ v: Value, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        switch v {
        case .int(let i):
            if spec.count == 0 { return PyStr(String(i)) }
            return try formatInt(v, spec)
        case .float:
            if spec.count == 0 { return try Ops.str(v) }
            return try formatFloat(v, spec)
        case .obj(let o):
            switch o {
            case let s as PyStr:
                if spec.count == 0 { return s.type === PyType.str ? s : try Ops.str(v) }
                return try formatStr(s, spec)
            case let l as PyLong:
                if spec.count == 0 { return l.type === PyType.int ? PyStr(l.big.description) : try Ops.str(v) }
                return try formatInt(v, spec)
            case is PyFloat:
                if spec.count == 0 { return try Ops.str(v) }
                return try formatFloat(v, spec)
            case let c as PyComplex:
                if spec.count == 0 { return try Ops.str(v) }
                return try formatComplex(c, spec)
            default: break
            }
        case .null: break
        }
        if spec.count == 0 { return try Ops.str(v) }
        throw PyErr.typeError("unsupported format string passed to \(MiscTypes.tpName(v.type)).__format__")
    }

    // MARK: parsing

    static func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

    static func typeChar(_ c: UInt32) -> String {
        if c > 32 && c < 128 { return String(Unicode.Scalar(UInt8(c))) }
        return "\\x" + String(c, radix: 16)
    }

    /// parse_internal_render_format_spec.
    static func parse(_ spec: PyStr, _ obj: Value, defaultType: UInt32, defaultAlign: UInt32) throws(PyBaseException) -> Parsed {
        let s = spec.scalars.map { $0.value }
        var p = Parsed()
        p.align = defaultAlign
        p.type = defaultType
        var pos = 0
        let end = s.count
        var fillSpecified = false, alignSpecified = false
        if end - pos >= 2 && isAlign(s[pos + 1]) {
            p.align = s[pos + 1]; p.fill = s[pos]
            fillSpecified = true; alignSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            p.align = s[pos]; alignSpecified = true
            pos += 1
        }
        if end - pos >= 1 && (s[pos] == 0x2B || s[pos] == 0x2D || s[pos] == 0x20) { p.sign = s[pos]; pos += 1 }
        if end - pos >= 1 && s[pos] == 0x7A { p.noNeg0 = true; pos += 1 }
        if end - pos >= 1 && s[pos] == 0x23 { p.alternate = true; pos += 1 }
        if !fillSpecified && end - pos >= 1 && s[pos] == 0x30 {
            p.fill = 0x30
            if !alignSpecified && defaultAlign == 0x3E { p.align = 0x3D }
            pos += 1
        }
        let (w, n) = try integer(s, &pos)
        p.width = n == 0 ? -1 : w
        if end - pos > 0 && s[pos] == 0x2C { p.thousands = 0x2C; pos += 1 }
        if end - pos > 0 && s[pos] == 0x5F {
            if p.thousands != 0 { throw PyErr.valueError("Cannot specify both ',' and '_'.") }
            p.thousands = 0x5F; pos += 1
        }
        if end - pos > 0 && s[pos] == 0x2C && p.thousands == 0x5F {
            throw PyErr.valueError("Cannot specify both ',' and '_'.")
        }
        if end - pos > 0 && s[pos] == 0x2E {
            pos += 1
            let (pr, m) = try integer(s, &pos)
            if m == 0 { throw PyErr.valueError("Format specifier missing precision") }
            p.precision = pr
        }
        if end - pos > 1 {
            throw PyErr.valueError("Invalid format specifier '\(spec.value)' for object of type '\(MiscTypes.tpName(obj.type))'")
        }
        if end - pos == 1 { p.type = s[pos]; pos += 1 }
        if p.thousands != 0 {
            switch p.type {
            case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0: break
            case 0x62, 0x6F, 0x78, 0x58:
                if p.thousands != 0x5F {
                    throw PyErr.valueError("Cannot specify ',' with '\(typeChar(p.type))'.")
                }
            default:
                throw PyErr.valueError("Cannot specify '\(p.thousands == 0x2C ? "," : "_")' with '\(typeChar(p.type))'.")
            }
        }
        return p
    }

    /// get_integer: decimal digits (any Unicode decimal) -> (value, count consumed).
    static func integer(_ s: [UInt32], _ pos: inout Int) throws(PyBaseException) -> (Int, Int) {
        var acc = 0, n = 0
        while pos < s.count {
            let c = s[pos]
            let d: Int
            if c >= 0x30 && c <= 0x39 { d = Int(c - 0x30) }
            else if c >= 0x80, let u = Unicode.Scalar(c), u.properties.numericType == .decimal, let v = u.properties.numericValue { d = Int(v) }
            else { break }
            if acc > (Int.max - d) / 10 { throw PyErr.valueError("Too many decimal digits in format string") }
            acc = acc * 10 + d
            pos += 1; n += 1
        }
        return (acc, n)
    }

    static func unknownType(_ t: UInt32, _ v: Value) -> PyBaseException {
        PyErr.valueError("Unknown format code '\(typeChar(t))' for object of type '\(MiscTypes.tpName(v.type))'")
    }

    // MARK: str

    static func formatStr(_ s: PyStr, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        if spec.count == 0 { return s.type === PyType.str ? s : PyStr(s.value) }
        let p = try parse(spec, .obj(s), defaultType: 0x73, defaultAlign: 0x3C)
        if p.type != 0x73 { throw unknownType(p.type, .obj(s)) }
        if p.sign != 0 {
            throw PyErr.valueError(p.sign == 0x20 ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier")
        }
        if p.noNeg0 { throw PyErr.valueError("Negative zero coercion (z) not allowed in string format specifier") }
        if p.alternate { throw PyErr.valueError("Alternate form (#) not allowed in string format specifier") }
        if p.align == 0x3D { throw PyErr.valueError("'=' alignment not allowed in string format specifier") }
        var len = s.count
        if (p.width == -1 || p.width <= len) && (p.precision == -1 || p.precision >= len) {
            return s.type === PyType.str ? s : PyStr(s.value)
        }
        if p.precision >= 0 && len >= p.precision { len = p.precision }
        let body = len == s.count ? s : StrOps.slice(s, 0, 1, len)
        let (l, r) = padding(len, p.width, p.align)
        return try StrSplit.padStr(body, l, r, p.fill)
    }

    static func padding(_ n: Int, _ width: Int, _ align: UInt32) -> (Int, Int) {
        let total = max(width, n)
        let l: Int
        if align == 0x3E { l = total - n } else if align == 0x5E { l = (total - n) / 2 } else { l = 0 }
        return (l, total - n - l)
    }

    // MARK: numbers

    /// Lays out sign, prefix, digits (grouped), decimal and remainder with
    /// padding (calc_number_widths + fill_number). `digits`/`rest` are ASCII
    /// except a 'c' character in `rest`.
    static func layout(negative: Bool, prefix: String, digits: [UInt8], hasDecimal: Bool, rest: [UInt8], restCount: Int,
                       _ p: Parsed, upper: Bool = false) -> [UInt8] {
        var signChar: UInt8? = nil
        switch p.sign {
        case 0x2B: signChar = negative ? 0x2D : 0x2B
        case 0x20: signChar = negative ? 0x2D : 0x20
        default: if negative { signChar = 0x2D }
        }
        let nSign = signChar == nil ? 0 : 1
        let nPrefix = prefix.utf8.count
        let nonDigit = nSign + nPrefix + (hasDecimal ? 1 : 0) + restCount
        let minWidth = (p.fill == 0x30 && p.align == 0x3D) ? p.width - nonDigit : 0
        var grouped: [UInt8] = []
        if !digits.isEmpty {
            let sepSize = p.thousands == 0 ? 0 : ((p.type == 0x62 || p.type == 0x6F || p.type == 0x78 || p.type == 0x58) ? 4 : 3)
            grouped = group(digits, minWidth: minWidth, sep: UInt8(truncatingIfNeeded: p.thousands), size: sepSize)
        }
        if upper { grouped = grouped.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 } }
        let nPadding = p.width - (nonDigit + grouped.count)
        var lpad = 0, spad = 0, rpad = 0
        if nPadding > 0 {
            switch p.align {
            case 0x3C: rpad = nPadding
            case 0x5E: lpad = nPadding / 2; rpad = nPadding - lpad
            case 0x3D: spad = nPadding
            default: lpad = nPadding
            }
        }
        var fillBytes: [UInt8] = []
        StrBuf.appendScalar(p.fill, to: &fillBytes)
        var out: [UInt8] = []
        out.reserveCapacity(max(p.width, 0) * fillBytes.count + grouped.count + rest.count + 8)
        func fill(_ n: Int) { if n > 0 { if fillBytes.count == 1 { out.append(contentsOf: repeatElement(fillBytes[0], count: n)) } else { for _ in 0..<n { out.append(contentsOf: fillBytes) } } } }
        fill(lpad)
        if let sc = signChar { out.append(sc) }
        out.append(contentsOf: upper ? Array(prefix.uppercased().utf8) : Array(prefix.utf8))
        fill(spad)
        out.append(contentsOf: grouped)
        if hasDecimal { out.append(0x2E) }
        out.append(contentsOf: rest)
        fill(rpad)
        return out
    }

    /// _PyUnicode_InsertThousandsGrouping with zero padding to `minWidth`.
    static func group(_ digits: [UInt8], minWidth: Int, sep: UInt8, size: Int) -> [UInt8] {
        var remaining = digits.count
        var minW = minWidth
        var pos = digits.count
        var chunks: [[UInt8]] = []
        if size == 0 {
            let l = max(remaining, minW, 1)
            return [UInt8](repeating: 0x30, count: max(0, l - remaining)) + digits
        }
        var useSep = false
        while true {
            let l = min(size, max(remaining, minW, 1))
            let nZeros = max(0, l - remaining)
            let nChars = max(0, min(remaining, l))
            var chunk = [UInt8](repeating: 0x30, count: nZeros)
            chunk.append(contentsOf: digits[(pos - nChars)..<pos])
            if useSep { chunk.append(sep) }
            chunks.append(chunk)
            useSep = true
            remaining -= nChars
            pos -= nChars
            minW -= l
            if remaining <= 0 && minW <= 0 { break }
            minW -= 1
        }
        var out: [UInt8] = []
        for c in chunks.reversed() { out.append(contentsOf: c) }
        return out
    }

    static func formatInt(_ v: Value, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        let p = try parse(spec, v, defaultType: 0x64, defaultAlign: 0x3E)
        switch p.type {
        case 0x62, 0x63, 0x64, 0x6F, 0x78, 0x58, 0x6E: break
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:
            let d: Double
            if case .int(let i) = v { d = Double(i) } else { d = try IntOps.toDouble(IntOps.big(v) ?? 0) }
            return try formatDouble(d, p, v)
        default: throw unknownType(p.type, v)
        }
        if p.precision != -1 { throw PyErr.valueError("Precision not allowed in integer format specifier") }
        if p.noNeg0 { throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier") }
        let big: BigInt
        if case .int(let i) = v { big = BigInt(i) } else { big = IntOps.big(v) ?? 0 }
        if p.type == 0x63 {
            if p.sign != 0 { throw PyErr.valueError("Sign not allowed with integer format specifier 'c'") }
            if p.alternate { throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let x = Int(exactly: big) else { throw PyErr.overflow("Python int too large to convert to C long") }
            if x < 0 || x > 0x10FFFF { throw PyErr.overflow("%c arg not in range(0x110000)") }
            var rest: [UInt8] = []
            StrBuf.appendScalar(UInt32(x), to: &rest)
            return StrBuf.make(layout(negative: false, prefix: "", digits: [], hasDecimal: false, rest: rest, restCount: 1, p))
        }
        var radix = 10, prefix = ""
        switch p.type {
        case 0x62: radix = 2; prefix = "0b"
        case 0x6F: radix = 8; prefix = "0o"
        case 0x78, 0x58: radix = 16; prefix = "0x"
        default: break
        }
        if !p.alternate { prefix = "" }
        let digits = Array(String(big.magnitude, radix: radix).utf8)
        return StrBuf.make(layout(negative: big.sign == .minus, prefix: prefix, digits: digits, hasDecimal: false, rest: [], restCount: 0, p, upper: p.type == 0x58))
    }

    static func formatFloat(_ v: Value, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        let p = try parse(spec, v, defaultType: 0, defaultAlign: 0x3E)
        switch p.type {
        case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25: break
        default: throw unknownType(p.type, v)
        }
        return try formatDouble(NativeOps.floatValue(v) ?? 0, p, v)
    }

    /// format_float_internal.
    static func formatDouble(_ x: Double, _ p: Parsed, _ v: Value) throws(PyBaseException) -> PyStr {
        if p.precision > Int(Int32.max) { throw PyErr.valueError("precision too big") }
        var type = p.type
        var val = x
        var addDot0 = false
        var defaultPrecision = 6
        var addPct = false
        if type == 0 { addDot0 = true; type = 0x72; defaultPrecision = 0 }
        if type == 0x6E { type = 0x67 }
        if type == 0x25 { type = 0x66; val *= 100; addPct = true }
        var precision = p.precision
        if precision < 0 { precision = defaultPrecision } else if type == 0x72 { type = 0x67 }
        var body = doubleString(val, type, precision, alt: p.alternate, addDot0: addDot0, noNeg0: p.noNeg0)
        if addPct { body.append(0x25) }
        return StrBuf.make(layoutFloat(body, p))
    }

    /// Splits a rendered float ("-123.45e+06") into sign/digits/remainder and lays it out.
    static func layoutFloat(_ body: [UInt8], _ p: Parsed) -> [UInt8] {
        var i = 0
        var negative = false
        if body.first == 0x2D { negative = true; i = 1 }
        var j = i
        while j < body.count && body[j] >= 0x30 && body[j] <= 0x39 { j += 1 }
        let digits = Array(body[i..<j])
        let hasDecimal = j < body.count && body[j] == 0x2E
        let rest = Array(body[(hasDecimal ? j + 1 : j)...])
        return layout(negative: negative, prefix: "", digits: digits, hasDecimal: hasDecimal, rest: rest, restCount: rest.count, p)
    }

    /// PyOS_double_to_string for the types e/E/f/F/g/G/r.
    static func doubleString(_ d: Double, _ type: UInt32, _ precision: Int, alt: Bool, addDot0: Bool, noNeg0: Bool) -> [UInt8] {
        let upper = type == 0x45 || type == 0x46 || type == 0x47
        if d.isNaN { return Array((upper ? "NAN" : "nan").utf8) }
        if d.isInfinite { return Array(((d < 0 ? "-" : "") + (upper ? "INF" : "inf")).utf8) }
        var s: String
        switch type {
        case 0x65, 0x45: s = cfmt(alt ? "%#.*e" : "%.*e", precision, d)
        case 0x66, 0x46: s = cfmt(alt ? "%#.*f" : "%.*f", precision, d)
        case 0x67, 0x47: s = gFormat(d, precision, alt: alt, addDot0: addDot0)
        default:
            s = pyFloatRepr(d)
            if !addDot0 && s.hasSuffix(".0") { s.removeLast(2) }
            if alt && !s.contains(".") {
                if let e = s.firstIndex(of: "e") { s.insert(".", at: e) } else { s += "." }
            }
        }
        var out = Array(s.utf8)
        if upper { out = out.map { $0 == 0x65 ? 0x45 : $0 } }
        if noNeg0 && out.first == 0x2D {
            var allZero = true
            for c in out.dropFirst() {
                if c == 0x65 || c == 0x45 { break }
                if c >= 0x31 && c <= 0x39 { allZero = false; break }
            }
            if allZero { out.removeFirst() }
        }
        return out
    }

    /// Python's 'g' (and the no-type-with-precision variant, addDot0).
    static func gFormat(_ d: Double, _ precision: Int, alt: Bool, addDot0: Bool) -> String {
        let p = max(precision, 1)
        let e = cfmt("%.*e", p - 1, d)
        var x = 0
        if let ei = e.firstIndex(of: "e") { x = Int(e[e.index(after: ei)...]) ?? 0 }
        let high = addDot0 ? p - 1 : p
        if x < -4 || x >= high {
            var mant = alt ? cfmt("%#.*e", p - 1, d) : e
            guard let ei = mant.firstIndex(of: "e") else { return mant }
            let exp = String(mant[ei...])
            mant = String(mant[..<ei])
            if !alt && mant.contains(".") {
                while mant.hasSuffix("0") { mant.removeLast() }
                if mant.hasSuffix(".") { mant.removeLast() }
            }
            return mant + exp
        }
        var f = cfmt(alt ? "%#.*f" : "%.*f", p - 1 - x, d)
        if !alt && f.contains(".") {
            while f.hasSuffix("0") { f.removeLast() }
            if f.hasSuffix(".") { f.removeLast() }
        }
        if addDot0 && !f.contains(".") { f += ".0" }
        return f
    }

    /// glibc's correctly rounded printf conversion of one double.
    static func cfmt(_ fmt: String, _ precision: Int, _ d: Double) -> String {
        let size = precision + 420
        var buf = [CChar](repeating: 0, count: size)
        let n = withVaList([Int32(clamping: precision), d]) { va in
            buf.withUnsafeMutableBufferPointer { p in vsnprintf(p.baseAddress, size, fmt, va) }
        }
        if n < 0 { return "" }
        let end = buf.firstIndex(of: 0) ?? buf.count
        return String(decoding: buf[0..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: complex

    static func formatComplex(_ c: PyComplex, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        let v = Value.obj(c)
        let p = try parse(spec, v, defaultType: 0, defaultAlign: 0x3E)
        switch p.type {
        case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E: break
        default: throw unknownType(p.type, v)
        }
        if p.precision > Int(Int32.max) { throw PyErr.valueError("precision too big") }
        if p.fill == 0x30 { throw PyErr.valueError("Zero padding is not allowed in complex format specifier") }
        if p.align == 0x3D { throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier") }
        var type = p.type
        var defaultPrecision = 6
        var skipRe = false, parens = false
        if type == 0 {
            type = 0x72; defaultPrecision = 0
            if c.real == 0 && c.real.sign == .plus { skipRe = true } else { parens = true }
        }
        if type == 0x6E { type = 0x67 }
        var precision = p.precision
        if precision < 0 { precision = defaultPrecision } else if type == 0x72 { type = 0x67 }
        let re = doubleString(c.real, type, precision, alt: p.alternate, addDot0: false, noNeg0: p.noNeg0)
        let im = doubleString(c.imag, type, precision, alt: p.alternate, addDot0: false, noNeg0: p.noNeg0)
        var tmp = p
        tmp.fill = 0x20; tmp.align = 0x3C; tmp.width = -1
        var body: [UInt8] = []
        if parens { body.append(0x28) }
        if !skipRe {
            body.append(contentsOf: layoutFloat(re, tmp))
            tmp.sign = 0x2B
        }
        body.append(contentsOf: layoutFloat(im, tmp))
        body.append(0x6A)
        if parens { body.append(0x29) }
        let n = body.count
        let (l, r) = padding(n, p.width, p.align)
        if l == 0 && r == 0 { return StrBuf.make(body) }
        var fb: [UInt8] = []
        StrBuf.appendScalar(p.fill, to: &fb)
        var out: [UInt8] = []
        for _ in 0..<l { out.append(contentsOf: fb) }
        out.append(contentsOf: body)
        for _ in 0..<r { out.append(contentsOf: fb) }
        return StrBuf.make(out)
    }
}

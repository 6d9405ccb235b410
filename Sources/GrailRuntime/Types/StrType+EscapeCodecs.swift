/// The "unicode_escape" and "raw_unicode_escape" codecs (CPython's rules for
/// which characters are escaped and which escapes are understood).
/// Thread-safety: pure functions.
enum EscapeCodecs {
    static func hex(_ v: UInt32, _ n: Int) -> [UInt8] { Array(Ops.hex(v, n).utf8) }

    static func encode(_ s: PyStr, raw: Bool) -> [UInt8] {
        var out: [UInt8] = []
        for u in s.value.unicodeScalars {
            let c = u.value
            if raw {
                if c < 0x100 { out.append(UInt8(c)) }
                else if c < 0x10000 { out += Array("\\u".utf8) + hex(c, 4) }
                else { out += Array("\\U".utf8) + hex(c, 8) }
                continue
            }
            switch c {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x09: out += Array("\\t".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x20..<0x7F: out.append(UInt8(c))
            case 0..<0x100: out += Array("\\x".utf8) + hex(c, 2)
            case 0x100..<0x10000: out += Array("\\u".utf8) + hex(c, 4)
            default: out += Array("\\U".utf8) + hex(c, 8)
            }
        }
        return out
    }

    static func decode(_ b: [UInt8], raw: Bool) throws(PyBaseException) -> PyStr {
        let codec = raw ? "rawunicodeescape" : "unicodeescape"
        var out = String.UnicodeScalarView()
        var i = 0
        func fail(_ start: Int, _ end: Int, _ reason: String) -> PyBaseException {
            StrCodec.decodeError(codec, b, start, end, reason)
        }
        func hexDigits(_ start: Int, _ n: Int, _ what: String) throws(PyBaseException) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<n {
                guard start + k < b.count, let d = Character(Unicode.Scalar(b[start + k])).hexDigitValue else {
                    throw fail(start - 2, min(start + k, b.count), "truncated \\\(what) escape")
                }
                v = v * 16 + UInt32(d)
            }
            return v
        }
        while i < b.count {
            let c = b[i]
            if c != 0x5C || i + 1 >= b.count {
                if c == 0x5C && !raw { throw fail(i, i + 1, "\\ at end of string") }
                out.append(Unicode.Scalar(c)); i += 1; continue
            }
            let e = b[i + 1]
            if raw {
                if e == UInt8(ascii: "u") || e == UInt8(ascii: "U") {
                    let n = e == UInt8(ascii: "u") ? 4 : 8
                    let v = try hexDigits(i + 2, n, e == UInt8(ascii: "u") ? "uXXXX" : "UXXXXXXXX")
                    guard let u = Unicode.Scalar(v) else { throw fail(i, i + 2 + n, "\\Uxxxxxxxx out of range") }
                    out.append(u); i += 2 + n
                } else { out.append(Unicode.Scalar(c)); i += 1 }
                continue
            }
            i += 2
            switch e {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"): out.append("\\")
            case UInt8(ascii: "'"): out.append("'")
            case UInt8(ascii: "\""): out.append("\"")
            case UInt8(ascii: "a"): out.append("\u{07}")
            case UInt8(ascii: "b"): out.append("\u{08}")
            case UInt8(ascii: "f"): out.append("\u{0C}")
            case UInt8(ascii: "n"): out.append("\n")
            case UInt8(ascii: "r"): out.append("\r")
            case UInt8(ascii: "t"): out.append("\t")
            case UInt8(ascii: "v"): out.append("\u{0B}")
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = UInt32(e - 48)
                var k = 0
                while k < 2 && i < b.count && b[i] >= 48 && b[i] <= 55 { v = v * 8 + UInt32(b[i] - 48); i += 1; k += 1 }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            case UInt8(ascii: "x"):
                let v = try hexDigits(i, 2, "xXX"); i += 2
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            case UInt8(ascii: "u"):
                let v = try hexDigits(i, 4, "uXXXX"); i += 4
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            case UInt8(ascii: "U"):
                let v = try hexDigits(i, 8, "UXXXXXXXX")
                guard let u = Unicode.Scalar(v) else { throw fail(i - 2, i + 8, "illegal Unicode character") }
                i += 8
                out.append(u)
            default:
                out.append("\\"); out.append(Unicode.Scalar(e))
            }
        }
        return PyStr(String(out))
    }
}

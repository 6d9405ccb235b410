/// Decoding of a non-raw str literal body, exactly as CPython 3.11's
/// `decode_unicode_with_escapes` + `_PyUnicode_DecodeUnicodeEscape`:
///
/// 1. the body is first rewritten to pure ASCII: every non-ASCII character
///    becomes `\UXXXXXXXX`, and a backslash followed by a non-ASCII character
///    (or ending the body) becomes `\u005c`;
/// 2. the ASCII buffer is decoded with the `unicodeescape` codec.
///
/// Error positions ("in position 0-1") count bytes of that rewritten buffer,
/// as CPython's do. Unknown escapes such as `\d` are kept verbatim (CPython
/// only emits a DeprecationWarning). Thread-safety: stateless.
enum UnicodeEscapeDecoder {
    private static let backslash = UInt8(ascii: "\\")

    /// Appends the decoded code points of `body` to `out`.
    static func decode(_ body: ArraySlice<UInt8>, into out: inout [UInt32]) throws(StringLiteralError) {
        var needsRewrite = body.last == backslash
        if !needsRewrite {
            for c in body where c >= 0x80 { needsRewrite = true; break }
        }
        if !needsRewrite {
            try decodeEscapes(body, into: &out)
            return
        }
        let buf = try rewriteToASCII(body)
        try decodeEscapes(buf[...], into: &out)
    }

    /// Step 1: the ASCII buffer CPython hands to the `unicodeescape` codec.
    static func rewriteToASCII(_ s: ArraySlice<UInt8>) throws(StringLiteralError) -> [UInt8] {
        var buf: [UInt8] = []
        buf.reserveCapacity(s.count + 16)
        var i = s.startIndex
        let end = s.endIndex
        let u005c: [UInt8] = Array("u005c".utf8)
        var scalars: [UInt32] = []
        while i < end {
            if s[i] == backslash {
                buf.append(backslash)
                i += 1
                if i >= end || s[i] >= 0x80 {
                    buf.append(contentsOf: u005c)
                    if i >= end { break }
                }
            }
            if s[i] >= 0x80 {
                var j = i
                while j < end && s[j] >= 0x80 { j += 1 }
                scalars.removeAll(keepingCapacity: true)
                try UTF8Scalars.decode(s[i..<j], into: &scalars)
                for ch in scalars { appendEscapedU8(ch, to: &buf) }
                i = j
            } else {
                buf.append(s[i])
                i += 1
            }
        }
        return buf
    }

    /// Appends `\U%08x` (lowercase hex) for `ch`.
    private static func appendEscapedU8(_ ch: UInt32, to buf: inout [UInt8]) {
        buf.append(backslash)
        buf.append(UInt8(ascii: "U"))
        var shift: UInt32 = 28
        while true {
            let d = UInt8((ch >> shift) & 0xF)
            buf.append(d < 10 ? 0x30 + d : 0x61 + d - 10)
            if shift == 0 { break }
            shift -= 4
        }
    }

    @inline(__always)
    private static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }

    /// Step 2: the `unicodeescape` codec (strict errors) over an ASCII-only
    /// buffer (bytes >= 0x80 are taken as Latin-1 ordinals, which step 1 rules out).
    static func decodeEscapes(_ s: ArraySlice<UInt8>, into out: inout [UInt32]) throws(StringLiteralError) {
        let base = s.startIndex
        let end = s.endIndex
        var i = base
        while i < end {
            let c = s[i]
            i += 1
            if c != backslash {
                out.append(UInt32(c))
                continue
            }
            let startPos = i - 1 - base
            if i >= end {
                throw codecError(startPos, end - base, "\\ at end of string", s)
            }
            let e = s[i]
            i += 1
            switch e {
            case 0x0A: continue
            case backslash: out.append(0x5C)
            case UInt8(ascii: "'"): out.append(0x27)
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var ch = UInt32(e - 0x30)
                if i < end, s[i] >= 0x30, s[i] <= 0x37 {
                    ch = (ch << 3) + UInt32(s[i] - 0x30)
                    i += 1
                    if i < end, s[i] >= 0x30, s[i] <= 0x37 {
                        ch = (ch << 3) + UInt32(s[i] - 0x30)
                        i += 1
                    }
                }
                // Values above 0o377 only warn in 3.11; the code point is kept.
                out.append(ch)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count: Int
                let message: String
                switch e {
                case UInt8(ascii: "x"): count = 2; message = "truncated \\xXX escape"
                case UInt8(ascii: "u"): count = 4; message = "truncated \\uXXXX escape"
                default: count = 8; message = "truncated \\UXXXXXXXX escape"
                }
                var ch: UInt32 = 0
                var n = 0
                while n < count {
                    guard i < end, let v = hexValue(s[i]) else {
                        throw codecError(startPos, i - base, message, s)
                    }
                    ch = (ch << 4) + v
                    i += 1
                    n += 1
                }
                if ch > 0x10FFFF {
                    throw codecError(startPos, i - base, "illegal Unicode character", s)
                }
                out.append(ch)
            case UInt8(ascii: "N"):
                let malformed = "malformed \\N character escape"
                guard i < end else { throw codecError(startPos, i - base, malformed, s) }
                guard s[i] == UInt8(ascii: "{") else { throw codecError(startPos, i - base, malformed, s) }
                i += 1
                let nameStart = i
                while i < end && s[i] != UInt8(ascii: "}") { i += 1 }
                guard i < end else { throw codecError(startPos, i - base, malformed, s) }
                if i == nameStart { throw codecError(startPos, i - base, malformed, s) }
                let name = s[nameStart..<i]
                i += 1
                guard let ch = UnicodeNames.lookup(name) else {
                    throw codecError(startPos, i - base, "unknown Unicode character name", s)
                }
                out.append(ch)
            default:
                // Unknown escape: kept verbatim (CPython warns).
                out.append(0x5C)
                out.append(UInt32(e))
            }
        }
    }

    /// `UnicodeDecodeError.__str__` for the `unicodeescape` codec; `endPos` is exclusive.
    private static func codecError(_ startPos: Int, _ endPos: Int, _ reason: String, _ s: ArraySlice<UInt8>) -> StringLiteralError {
        if endPos == startPos + 1 {
            let idx = s.startIndex + startPos
            let b: UInt8 = idx < s.endIndex ? s[idx] : 0
            return .unicode("'unicodeescape' codec can't decode byte 0x\(UTF8Scalars.hex2(b)) in position \(startPos): \(reason)")
        }
        return .unicode("'unicodeescape' codec can't decode bytes in position \(startPos)-\(endPos - 1): \(reason)")
    }
}

/// Decoding of a non-raw bytes literal body, as CPython 3.11's
/// `_PyBytes_DecodeEscape` (strict): `\xhh` needs two hex digits
/// (`invalid \x escape at position N`), octal escapes are taken modulo 256,
/// unknown escapes (including `\u`, `\U`, `\N`) are kept verbatim.
/// Thread-safety: stateless.
enum BytesEscapeDecoder {
    static func decode(_ s: ArraySlice<UInt8>) throws(StringLiteralError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        let base = s.startIndex
        let end = s.endIndex
        var i = base
        while i < end {
            let c = s[i]
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            if i == end {
                throw .value("Trailing \\ in string")
            }
            let e = s[i]
            i += 1
            switch e {
            case 0x0A: break
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "'"): out.append(0x27)
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = Int(e - 0x30)
                if i < end, s[i] >= 0x30, s[i] <= 0x37 {
                    v = (v << 3) + Int(s[i] - 0x30)
                    i += 1
                    if i < end, s[i] >= 0x30, s[i] <= 0x37 {
                        v = (v << 3) + Int(s[i] - 0x30)
                        i += 1
                    }
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case UInt8(ascii: "x"):
                if i + 1 < end, let d1 = hexDigit(s[i]), let d2 = hexDigit(s[i + 1]) {
                    out.append(d1 << 4 | d2)
                    i += 2
                } else {
                    throw .value("invalid \\x escape at position \(i - 2 - base)")
                }
            default:
                out.append(0x5C)
                i -= 1
            }
        }
        return out
    }

    @inline(__always)
    private static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}

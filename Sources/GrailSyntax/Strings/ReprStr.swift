// CPython's repr() of str and bytes objects (Objects/unicodeobject.c
// `unicode_repr`, Objects/bytesobject.c `PyBytes_Repr`).

private let lowerHexDigits: [Unicode.Scalar] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]

/// Appends `prefix` followed by `width` lowercase hex digits of `v`.
private func appendHex(_ out: inout String.UnicodeScalarView, _ prefix: String, _ v: UInt32, width: Int) {
    out.append(contentsOf: prefix.unicodeScalars)
    var shift = (width - 1) * 4
    while shift >= 0 {
        out.append(lowerHexDigits[Int((v >> UInt32(shift)) & 0xF)])
        shift -= 4
    }
}

/// Python's `str.isprintable()` for one code point, with CPython 3.11's
/// Unicode 14.0.0 data: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs
/// except the ASCII space.
public func pyIsPrintable(_ c: UInt32) -> Bool {
    if c < 0x7F { return c >= 0x20 }
    return UnicodeNames.inRanges(c, UnicodeData14.printableRanges)
}

/// CPython's `repr(str)`: single quotes unless the text contains `'` and no
/// `"`; `\\`, `\t`, `\n`, `\r` and the chosen quote escaped; other characters
/// that are not printable as `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (lone surrogates
/// included). Code points above 0x10FFFF (never produced) are escaped too.
public func pyStrRepr(_ scalars: [UInt32]) -> String {
    var single = false
    var double = false
    for c in scalars {
        if c == 0x27 { single = true } else if c == 0x22 { double = true }
    }
    let quote: UInt32 = single && !double ? 0x22 : 0x27
    var out = String.UnicodeScalarView()
    out.append(Unicode.Scalar(UInt8(quote)))
    for c in scalars {
        if c == quote || c == 0x5C {
            out.append("\\")
            out.append(Unicode.Scalar(UInt8(c)))
        } else if c == 0x09 {
            out.append(contentsOf: "\\t".unicodeScalars)
        } else if c == 0x0A {
            out.append(contentsOf: "\\n".unicodeScalars)
        } else if c == 0x0D {
            out.append(contentsOf: "\\r".unicodeScalars)
        } else if c < 0x20 || c == 0x7F {
            appendHex(&out, "\\x", c, width: 2)
        } else if c < 0x7F {
            out.append(Unicode.Scalar(UInt8(c)))
        } else if pyIsPrintable(c), let s = Unicode.Scalar(c) {
            out.append(s)
        } else if c <= 0xFF {
            appendHex(&out, "\\x", c, width: 2)
        } else if c <= 0xFFFF {
            appendHex(&out, "\\u", c, width: 4)
        } else {
            appendHex(&out, "\\U", c, width: 8)
        }
    }
    out.append(Unicode.Scalar(UInt8(quote)))
    return String(out)
}

/// CPython's `repr(bytes)`: `b'...'` (or `b"..."` when the bytes contain `'`
/// and no `"`), with `\\`, `\t`, `\n`, `\r`, the quote, and `\xhh` for bytes
/// outside 0x20...0x7E.
public func pyBytesRepr(_ bytes: [UInt8]) -> String {
    var single = false
    var double = false
    for c in bytes {
        if c == 0x27 { single = true } else if c == 0x22 { double = true }
    }
    let quote: UInt8 = single && !double ? 0x22 : 0x27
    var out = String.UnicodeScalarView()
    out.append("b")
    out.append(Unicode.Scalar(quote))
    for c in bytes {
        if c == quote || c == 0x5C {
            out.append("\\")
            out.append(Unicode.Scalar(c))
        } else if c == 0x09 {
            out.append(contentsOf: "\\t".unicodeScalars)
        } else if c == 0x0A {
            out.append(contentsOf: "\\n".unicodeScalars)
        } else if c == 0x0D {
            out.append(contentsOf: "\\r".unicodeScalars)
        } else if c < 0x20 || c >= 0x7F {
            appendHex(&out, "\\x", UInt32(c), width: 2)
        } else {
            out.append(Unicode.Scalar(c))
        }
    }
    out.append(Unicode.Scalar(quote))
    return String(out)
}

// CPython's repr() of float and complex (Python/pystrtod.c `format_float_short`
// in mode 'r'), built on Swift's shortest round-trip digits.

/// The shortest round-trip decimal digits of a finite, non-zero `|d|` and the
/// decimal point position: `|d| = 0.DIGITS × 10^decpt`, no leading or trailing
/// zeros in DIGITS (CPython's `_Py_dg_dtoa` mode 0). Zero gives ("0", 1).
private func shortestDigits(_ d: Double) -> (digits: [UInt8], decpt: Int) {
    if d == 0 { return ([UInt8(ascii: "0")], 1) }
    // Swift's description is the shortest round-trip representation, e.g.
    // "1.5", "100.0", "1e-05", "1.2345678901234567e+19", "5e-324".
    let text = Array(d.magnitude.description.utf8)
    var mantissa: [UInt8] = []
    var pointPos = -1
    var exponent = 0
    var i = 0
    while i < text.count {
        let c = text[i]
        if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            var sign = 1
            var j = i + 1
            if j < text.count && (text[j] == UInt8(ascii: "+") || text[j] == UInt8(ascii: "-")) {
                if text[j] == UInt8(ascii: "-") { sign = -1 }
                j += 1
            }
            var e = 0
            while j < text.count, text[j] >= 0x30, text[j] <= 0x39 {
                e = e * 10 + Int(text[j] - 0x30)
                j += 1
            }
            exponent = sign * e
            break
        }
        if c == UInt8(ascii: ".") {
            pointPos = mantissa.count
        } else if c >= 0x30 && c <= 0x39 {
            mantissa.append(c)
        }
        i += 1
    }
    if pointPos < 0 { pointPos = mantissa.count }
    var start = 0
    while start < mantissa.count && mantissa[start] == UInt8(ascii: "0") {
        start += 1
        pointPos -= 1
    }
    var end = mantissa.count
    while end > start && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
    if start >= end { return ([UInt8(ascii: "0")], 1) }
    return (Array(mantissa[start..<end]), pointPos + exponent)
}

/// `PyOS_double_to_string(d, 'r', 0, addDot0 ? Py_DTSF_ADD_DOT_0 : 0, NULL)`.
private func formatRepr(_ d: Double, addDot0: Bool) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let (digits, decpt) = shortestDigits(d)
    var out: [UInt8] = []
    out.reserveCapacity(digits.count + 8)
    if d.sign == .minus { out.append(UInt8(ascii: "-")) }
    let zero = UInt8(ascii: "0")
    if decpt <= -4 || decpt > 16 {
        let exp = decpt - 1
        out.append(digits[0])
        if digits.count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[1...])
        }
        out.append(UInt8(ascii: "e"))
        out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let mag = exp < 0 ? -exp : exp
        if mag < 10 { out.append(zero) }
        out.append(contentsOf: Array(String(mag).utf8))
    } else if decpt <= 0 {
        out.append(zero)
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: repeatElement(zero, count: -decpt))
        out.append(contentsOf: digits)
    } else if decpt < digits.count {
        out.append(contentsOf: digits[0..<decpt])
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[decpt...])
    } else {
        out.append(contentsOf: digits)
        out.append(contentsOf: repeatElement(zero, count: decpt - digits.count))
        if addDot0 {
            out.append(UInt8(ascii: "."))
            out.append(zero)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// CPython's `repr(float)`: shortest round-trip digits, exponent form when the
/// decimal exponent is < -4 or >= 16 (`1e-05`, `1e+16`), `.0` added to
/// integral values (`1.0`, `-0.0`), `inf`, `-inf`, `nan`.
public func pyFloatRepr(_ d: Double) -> String {
    formatRepr(d, addDot0: true)
}

/// CPython's `repr(complex(0.0, imag))` — the value of an imaginary literal:
/// `1j`, `1.5j`, `1e+16j`, `infj`, `nanj`, `0j` (no `.0` on integral values).
public func pyComplexRepr(imag: Double) -> String {
    formatRepr(imag, addDot0: false) + "j"
}

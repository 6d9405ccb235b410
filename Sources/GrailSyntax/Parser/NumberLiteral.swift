/// Converts the text of a NUMBER token (already validated by the tokenizer)
/// to a `ConstantValue`, as CPython's `parsenumber` does.
/// Thread-safety: stateless.
enum NumberLiteral {
    static func parse(_ text: ArraySlice<UInt8>) -> ConstantValue? {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count)
        for c in text where c != UInt8(ascii: "_") { digits.append(c) }
        guard let last = digits.last else { return nil }
        if last == UInt8(ascii: "j") || last == UInt8(ascii: "J") {
            digits.removeLast()
            guard let d = parseFloat(digits) else { return nil }
            return .complex(imag: d)
        }
        if digits.count >= 2 && digits[0] == UInt8(ascii: "0") {
            let p = digits[1] | 0x20
            let radix: Int
            switch p {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = 0
            }
            if radix != 0 { return parseInteger(digits[2...], radix: radix) }
        }
        for c in digits where c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            guard let d = parseFloat(digits) else { return nil }
            return .float(d)
        }
        return parseInteger(digits[...], radix: 10)
    }

    static func parseFloat(_ digits: [UInt8]) -> Double? {
        let s = String(decoding: digits, as: UTF8.self)
        if let d = Double(s) { return d }
        return nil
    }

    static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// Parses an integer in `radix`; values beyond `Int` become decimal digit strings.
    static func parseInteger(_ digits: ArraySlice<UInt8>, radix: Int) -> ConstantValue? {
        if digits.isEmpty { return nil }
        var value = 0
        var overflow = false
        for c in digits {
            guard let d = digitValue(c), d < radix else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { overflow = true; break }
            value = a
        }
        if !overflow { return .int(value) }
        // Arbitrary precision: little-endian limbs in base 1e9.
        var limbs: [UInt32] = [0]
        let base: UInt64 = 1_000_000_000
        for c in digits {
            guard let d = digitValue(c), d < radix else { return nil }
            var carry = UInt64(d)
            for i in 0..<limbs.count {
                let v = UInt64(limbs[i]) * UInt64(radix) + carry
                limbs[i] = UInt32(v % base)
                carry = v / base
            }
            while carry > 0 {
                limbs.append(UInt32(carry % base))
                carry /= base
            }
        }
        var s = String(limbs[limbs.count - 1])
        var i = limbs.count - 2
        while i >= 0 {
            let part = String(limbs[i])
            s += String(repeating: "0", count: 9 - part.count) + part
            i -= 1
        }
        return .bigInt(s)
    }
}

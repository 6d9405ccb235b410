/// Strict UTF-8 to code point decoding with CPython's `'utf-8' codec` error
/// messages (the tokenizer has normally validated the source already, so the
/// errors are a safety net). Thread-safety: stateless.
enum UTF8Scalars {
    /// Appends the code points of `bytes` to `out`.
    static func decode(_ bytes: ArraySlice<UInt8>, into out: inout [UInt32]) throws(StringLiteralError) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                out.append(UInt32(b0))
                i += 1
                continue
            }
            let pos = i - bytes.startIndex
            var need = 0
            var cp: UInt32 = 0
            var lowerBound: UInt8 = 0x80, upperBound: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1; cp = UInt32(b0 & 0x1F)
            case 0xE0: need = 2; cp = 0; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2; cp = UInt32(b0 & 0x0F)
            case 0xED: need = 2; cp = 0xD; upperBound = 0x9F
            case 0xF0: need = 3; cp = 0; lowerBound = 0x90
            case 0xF1...0xF3: need = 3; cp = UInt32(b0 & 0x07)
            case 0xF4: need = 3; cp = 4; upperBound = 0x8F
            default:
                throw .unicode(byteError(b0, pos, "invalid start byte"))
            }
            var j = 1
            while j <= need {
                let k = i + j
                if k >= end {
                    if j == 1 { throw .unicode(byteError(b0, pos, "unexpected end of data")) }
                    throw .unicode("'utf-8' codec can't decode bytes in position \(pos)-\(pos + j - 1): unexpected end of data")
                }
                let c = bytes[k]
                let lo: UInt8 = j == 1 ? lowerBound : 0x80
                let hi: UInt8 = j == 1 ? upperBound : 0xBF
                if c < lo || c > hi {
                    if j == 1 {
                        throw .unicode(byteError(b0, pos, "invalid continuation byte"))
                    }
                    throw .unicode("'utf-8' codec can't decode bytes in position \(pos)-\(pos + j - 1): invalid continuation byte")
                }
                cp = (cp << 6) | UInt32(c & 0x3F)
                j += 1
            }
            out.append(cp)
            i += need + 1
        }
    }

    private static func byteError(_ b: UInt8, _ pos: Int, _ reason: String) -> String {
        "'utf-8' codec can't decode byte 0x\(hex2(b)) in position \(pos): \(reason)"
    }

    /// Two lowercase hex digits.
    static func hex2(_ b: UInt8) -> String {
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }
}

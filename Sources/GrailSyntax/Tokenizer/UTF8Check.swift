/// CPython-compatible strict UTF-8 validation: finds the first undecodable
/// sequence exactly as CPython's `utf-8` codec reports it, and formats the
/// `UnicodeDecodeError` text (`'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte`).
///
/// Thread-safety: stateless; all functions are pure.
enum UTF8Check {
    /// Where and why strict UTF-8 decoding of a byte range fails.
    /// Positions are relative to the start of the checked range.
    struct Failure {
        var start: Int
        /// Exclusive end of the bad range, as CPython's decoder reports it.
        var end: Int
        var reason: String
    }

    @inline(__always)
    private static func isCont(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// The first decoding failure in `p[from..<to]`, or nil when the range is valid UTF-8.
    /// Follows CPython's `decode_utf8` (Objects/stringlib/codecs.h) error classification.
    static func firstFailure(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Failure? {
        var s = from
        while s < to {
            let ch = p[s]
            if ch < 0x80 { s += 1; continue }
            let left = to - s
            if ch < 0xC2 {
                return Failure(start: s - from, end: s - from + 1, reason: "invalid start byte")
            }
            if ch < 0xE0 {
                if left < 2 { return Failure(start: s - from, end: to - from, reason: "unexpected end of data") }
                if !isCont(p[s + 1]) { return Failure(start: s - from, end: s - from + 1, reason: "invalid continuation byte") }
                s += 2
                continue
            }
            if ch < 0xF0 {
                if left < 3 {
                    if left >= 2 {
                        let ch2 = p[s + 1]
                        if !isCont(ch2) || (ch2 < 0xA0 ? ch == 0xE0 : ch == 0xED) {
                            return Failure(start: s - from, end: s - from + 1, reason: "invalid continuation byte")
                        }
                    }
                    return Failure(start: s - from, end: to - from, reason: "unexpected end of data")
                }
                let ch2 = p[s + 1], ch3 = p[s + 2]
                if !isCont(ch2) || (ch == 0xE0 && ch2 < 0xA0) || (ch == 0xED && ch2 >= 0xA0) {
                    return Failure(start: s - from, end: s - from + 1, reason: "invalid continuation byte")
                }
                if !isCont(ch3) {
                    return Failure(start: s - from, end: s - from + 2, reason: "invalid continuation byte")
                }
                s += 3
                continue
            }
            if ch < 0xF5 {
                if left < 4 {
                    if left >= 2 {
                        let ch2 = p[s + 1]
                        if !isCont(ch2) || (ch2 < 0x90 ? ch == 0xF0 : ch == 0xF4) {
                            return Failure(start: s - from, end: s - from + 1, reason: "invalid continuation byte")
                        }
                        if left >= 3 && !isCont(p[s + 2]) {
                            return Failure(start: s - from, end: s - from + 2, reason: "invalid continuation byte")
                        }
                    }
                    return Failure(start: s - from, end: to - from, reason: "unexpected end of data")
                }
                let ch2 = p[s + 1], ch3 = p[s + 2], ch4 = p[s + 3]
                if !isCont(ch2) || (ch == 0xF0 && ch2 < 0x90) || (ch == 0xF4 && ch2 >= 0x90) {
                    return Failure(start: s - from, end: s - from + 1, reason: "invalid continuation byte")
                }
                if !isCont(ch3) {
                    return Failure(start: s - from, end: s - from + 2, reason: "invalid continuation byte")
                }
                if !isCont(ch4) {
                    return Failure(start: s - from, end: s - from + 3, reason: "invalid continuation byte")
                }
                s += 4
                continue
            }
            return Failure(start: s - from, end: s - from + 1, reason: "invalid start byte")
        }
        return nil
    }

    /// `str(UnicodeDecodeError)` for a failure of codec `codec` on `p[from...]`.
    static func message(codec: String, _ f: Failure, _ p: UnsafePointer<UInt8>, from: Int) -> String {
        if f.end == f.start + 1 {
            return "'\(codec)' codec can't decode byte 0x\(hex2(p[from + f.start])) in position \(f.start): \(f.reason)"
        }
        return "'\(codec)' codec can't decode bytes in position \(f.start)-\(f.end - 1): \(f.reason)"
    }

    /// Two lower-case hex digits.
    static func hex2(_ b: UInt8) -> String {
        let d: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
        return String([d[Int(b >> 4)], d[Int(b & 15)]])
    }

    /// At least four upper-case hex digits, like C's `%04X`.
    static func hex4Upper(_ v: UInt32) -> String {
        var s = String(v, radix: 16, uppercase: true)
        while s.utf8.count < 4 { s = "0" + s }
        return s
    }

    /// Decodes one valid UTF-8 scalar at `p[i]` (the caller has validated the range).
    /// Returns the scalar value and its length in bytes.
    @inline(__always)
    static func decodeScalar(_ p: UnsafePointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12)
                | ((UInt32(p[i + 2]) & 0x3F) << 6) | (UInt32(p[i + 3]) & 0x3F), 4)
    }
}

/// Byte classification table for the lexer's hot loops (identifier characters,
/// digits), so each test is one load instead of several comparisons.
///
/// Thread-safety: the table is built once (Swift's thread-safe lazy global
/// initialisation) into an allocation that is never written again or freed.
enum CharClass {
    static let identChar: UInt8 = 1   // [A-Za-z0-9_] or >= 0x80 (CPython's is_potential_identifier_char)
    static let identStart: UInt8 = 2  // [A-Za-z_] or >= 0x80
    static let digit: UInt8 = 4       // [0-9]

    /// 256 entries of the bits above.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for i in 0..<256 {
            let c = UInt8(i)
            var bits: UInt8 = 0
            let letter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            let dig = c >= 0x30 && c <= 0x39
            if letter || c == 0x5F || c >= 0x80 { bits |= identStart | identChar }
            if dig { bits |= digit | identChar }
            t[i] = bits
        }
        return UnsafePointer(t)
    }()
}

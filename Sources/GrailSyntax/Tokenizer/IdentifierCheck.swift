/// PEP 3131 validation of identifiers containing non-ASCII bytes, as CPython's
/// `verify_identifier` does it: the raw (not NFKC-normalised) text must decode as
/// UTF-8, start with XID_Start or `_`, and continue with XID_Continue.
/// Also hosts the `str.isprintable` test used to word "invalid character" errors.
///
/// Thread-safety: stateless; all functions are pure.
enum IdentifierCheck {
    /// Outcome of checking one identifier run.
    enum Result {
        case valid
        /// The run is not valid UTF-8; the `UnicodeDecodeError` text (positions relative to the run).
        case undecodable(String)
        /// The scalar starting at byte offset `at` (relative to the run) is not allowed there.
        case invalidCharacter(at: Int, scalar: UInt32)
    }

    /// Checks the identifier run `p[from..<to]`.
    static func check(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Result {
        if let f = UTF8Check.firstFailure(p, from: from, to: to) {
            return .undecodable(UTF8Check.message(codec: "utf-8", f, p, from: from))
        }
        var i = from
        var first = true
        while i < to {
            let (v, len) = UTF8Check.decodeScalar(p, i)
            let ok: Bool
            if v < 0x80 {
                let c = UInt8(v)
                let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                ok = letter || c == 0x5F || (!first && c >= 0x30 && c <= 0x39)
            } else if let s = Unicode.Scalar(v) {
                ok = first ? s.properties.isXIDStart : s.properties.isXIDContinue
            } else {
                ok = false
            }
            if !ok { return .invalidCharacter(at: i - from, scalar: v) }
            first = false
            i += len
        }
        return .valid
    }

    /// Python's `str.isprintable` for one code point: false for categories
    /// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
    static func isPrintable(_ v: UInt32) -> Bool {
        if v == 0x20 { return true }
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// The message CPython gives for a character that cannot appear in an identifier.
    static func invalidCharacterMessage(_ v: UInt32) -> String {
        let hex = UTF8Check.hex4Upper(v)
        if isPrintable(v), let s = Unicode.Scalar(v) {
            return "invalid character '\(String(Character(s)))' (U+\(hex))"
        }
        return "invalid non-printable character U+\(hex)"
    }
}

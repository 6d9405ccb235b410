/// One STRING token's text split the way CPython 3.11's `_PyPegen_parsestr`
/// splits it: prefix flags, quote, and the byte range of the body between the
/// quotes.
///
/// `text` is the token text with line endings normalised (`\r\n` and a lone
/// `\r` become `\n`, as CPython's tokenizer translates them before the parser
/// sees a token), so every offset used later (escape-error positions, f-string
/// expression locations) counts bytes the way CPython does.
/// Thread-safety: a plain value type.
struct StringLiteralToken {
    /// The normalised token text: prefix, quotes and body.
    var text: [UInt8]
    /// `b`/`B` prefix.
    var isBytes: Bool
    /// `r`/`R` prefix.
    var isRaw: Bool
    /// `f`/`F` prefix.
    var isFString: Bool
    /// The text starts with a lowercase `u` (CPython sets `kind='u'` only then).
    var hasUKind: Bool
    /// Start of the body in `text` (just after the opening quote(s)).
    var bodyStart: Int
    /// End of the body in `text` (the first closing quote).
    var bodyEnd: Int

    /// The body bytes.
    var body: ArraySlice<UInt8> { text[bodyStart..<bodyEnd] }

    /// Splits a STRING token's text; nil when it is not a well-formed string
    /// literal (the tokenizer never produces such a token).
    init?(tokenText raw: ArraySlice<UInt8>) {
        var t: [UInt8]
        if raw.contains(0x0D) {
            t = []
            t.reserveCapacity(raw.count)
            var i = raw.startIndex
            while i < raw.endIndex {
                let c = raw[i]
                if c == 0x0D {
                    t.append(0x0A)
                    if i + 1 < raw.endIndex && raw[i + 1] == 0x0A { i += 1 }
                } else {
                    t.append(c)
                }
                i += 1
            }
        } else {
            t = Array(raw)
        }
        self.init(normalizedText: t)
    }

    /// Splits already-normalised token text.
    init?(normalizedText t: [UInt8]) {
        var bytes = false, rawMode = false, f = false
        var i = 0
        while i < t.count {
            let c = t[i]
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") { break }
            switch c | 0x20 {
            case UInt8(ascii: "b"): bytes = true
            case UInt8(ascii: "r"): rawMode = true
            case UInt8(ascii: "f"): f = true
            case UInt8(ascii: "u"): break
            default: return nil
            }
            i += 1
        }
        guard i < t.count, !(f && bytes) else { return nil }
        let quote = t[i]
        // Content between the outer quote characters: t[i+1 ..< t.count-1].
        var start = i + 1
        var end = t.count - 1
        guard end >= start, t[end] == quote else { return nil }
        if end - start >= 4 && t[start] == quote && t[start + 1] == quote {
            start += 2
            end -= 2
            guard end >= start, t[end] == quote, t[end + 1] == quote else { return nil }
        }
        self.text = t
        self.isBytes = bytes
        self.isRaw = rawMode
        self.isFString = f
        self.hasUKind = t.first == UInt8(ascii: "u")
        self.bodyStart = start
        self.bodyEnd = end
    }
}

/// A failure while decoding a string literal, before it gets a source location.
///
/// `message` is CPython's complete SyntaxError message, e.g.
/// `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape`.
/// `atToken` tells where CPython reports it: on the literal's own token
/// (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, ...)`) or, when false, at the last
/// token the parser has fetched (`RAISE_SYNTAX_ERROR`, i.e. the token after
/// the string group). Thread-safety: a plain value type.
public struct StringLiteralError: Error, Sendable {
    public var message: String
    public var atToken: Bool = false

    public init(message: String, atToken: Bool = false) {
        self.message = message
        self.atToken = atToken
    }

    static func unicode(_ reason: String) -> StringLiteralError {
        StringLiteralError(message: "(unicode error) " + reason)
    }

    static func value(_ reason: String) -> StringLiteralError {
        StringLiteralError(message: "(value error) " + reason)
    }
}

/// The value of one non-f-string literal token.
/// Thread-safety: a plain value type.
public enum DecodedStringLiteral: Equatable, Sendable {
    case str([UInt32])
    case bytes([UInt8])
}

/// Decoding of complete (non-f-string) literal tokens, as CPython 3.11's
/// `_PyPegen_parsestr` does it. Thread-safety: stateless.
public enum StringLiteralDecoder {
    /// Decodes the body of a non-f-string literal with the given flags.
    static func decode(_ lit: StringLiteralToken) throws(StringLiteralError) -> DecodedStringLiteral {
        let body = lit.body
        let raw = lit.isRaw || !body.contains(UInt8(ascii: "\\"))
        if lit.isBytes {
            if body.contains(where: { $0 >= 0x80 }) {
                throw StringLiteralError(message: "bytes can only contain ASCII literal characters", atToken: true)
            }
            if raw { return .bytes(Array(body)) }
            return .bytes(try BytesEscapeDecoder.decode(body))
        }
        var out: [UInt32] = []
        out.reserveCapacity(body.count)
        if raw {
            try UTF8Scalars.decode(body, into: &out)
        } else {
            try UnicodeEscapeDecoder.decode(body, into: &out)
        }
        return .str(out)
    }

    /// Convenience for tests and tools: decodes a whole token text (prefix,
    /// quotes, body) that is not an f-string.
    public static func decode(tokenText: ArraySlice<UInt8>) throws(StringLiteralError) -> DecodedStringLiteral {
        guard let lit = StringLiteralToken(tokenText: tokenText), !lit.isFString else {
            throw StringLiteralError(message: "invalid string literal", atToken: true)
        }
        return try decode(lit)
    }
}

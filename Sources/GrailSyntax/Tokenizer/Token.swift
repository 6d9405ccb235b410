/// The kinds of token the tokenizer produces, following CPython's `Grammar/Tokens`.
///
/// Hard keywords get their own kinds so the parser can switch on them without
/// comparing bytes; soft keywords (`match`, `case`, `_`) stay `.name`.
/// Thread-safety: a plain value type.
public enum TokenKind: UInt8, Sendable {
    case endMarker
    case name
    case number
    case string
    case newline      // logical line end (NEWLINE)
    case indent
    case dedent
    /// A tokenizer error. The parser raises `Token.error` (stored in the
    /// tokenizer's `errors` side table) when it reaches this token, so an earlier
    /// parser error wins, as with CPython's lazy tokenizer.
    case errorToken

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, arrow, colonEqual, at, atEqual
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, eqEqual, notEqual, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, vbarEqual, amperEqual, circumflexEqual, leftShiftEqual, rightShiftEqual

    // Hard keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait
    case kwBreak, kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept
    case kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs
    case kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry
    case kwWhile, kwWith, kwYield
}

/// One token: its kind and where it lies in the UTF-8 source.
///
/// Offsets are byte offsets into `Tokenizer.source` (the source after decoding
/// to UTF-8 and removing a BOM). Lines are 1-based; columns are 0-based byte
/// offsets from the start of their line, exactly as CPython's `col_offset`.
/// Thread-safety: a plain value type.
public struct Token: Sendable {
    public var kind: TokenKind
    /// Byte range `start..<end` of the token text in the source.
    public var start: Int32
    public var end: Int32
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32

    public init(kind: TokenKind, start: Int32, end: Int32, line: Int32, col: Int32, endLine: Int32, endCol: Int32) {
        self.kind = kind
        self.start = start
        self.end = end
        self.line = line
        self.col = col
        self.endLine = endLine
        self.endCol = endCol
    }
}

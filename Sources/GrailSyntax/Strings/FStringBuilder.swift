/// The pieces of one implicit string concatenation (or of one f-string format
/// spec) collected so far: CPython 3.11's `FstringParser` state.
///
/// `lastStr` accumulates adjacent literal text (empty pieces are dropped);
/// it is turned into a `Constant` only when a replacement field follows or at
/// `finish`. `fmode` records whether any f-string took part (then the result is
/// a `JoinedStr`, otherwise a single `Constant`).
/// Thread-safety: a plain value type used by one parse.
struct FStringBuilder {
    var lastStr: [UInt32]?
    var values: [Expr] = []
    var fmode = false

    /// `_PyPegen_FstringParser_ConcatAndDel`: adds literal text.
    mutating func appendLiteral(_ s: [UInt32]) {
        if s.isEmpty { return }
        if lastStr == nil {
            lastStr = s
        } else {
            lastStr?.append(contentsOf: s)
        }
    }

    /// Moves the pending literal text out, if any.
    mutating func takeLastStr() -> [UInt32]? {
        let s = lastStr
        lastStr = nil
        return s
    }
}

/// Where an f-string being parsed sits: CPython's `first_token`, `t` and
/// `last_token` arguments, plus the split text of `t`.
/// Thread-safety: a plain value type.
struct FStringContext {
    /// First token of the concatenation (positions and `kind='u'` of most nodes).
    var first: Token
    /// The STRING token whose f-string is being parsed.
    var current: Token
    /// Last token of the concatenation.
    var last: Token
    /// The current token's normalised text and prefix flags.
    var literal: StringLiteralToken

    var raw: Bool { literal.isRaw }
}

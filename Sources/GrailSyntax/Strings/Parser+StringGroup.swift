/// Implicit concatenation of adjacent STRING tokens, as CPython 3.11's
/// `_PyPegen_concatenate_strings` (Parser/action_helpers.c) with the
/// `FstringParser` helpers of Parser/string_parser.c.
extension Parser {
    /// Parses the consecutive STRING tokens src.tokens[first..<end] (one implicit concatenation)
    /// into an `Expr` (.constant or .joinedStr) with CPython 3.11's values, `kind` ("u" when the FIRST token has a u prefix) and positions.
    ///
    /// Errors follow CPython: a non-ASCII byte in a bytes literal is reported on
    /// that token; every other error (bad escapes as `(unicode error) ...` /
    /// `(value error) ...`, mixing bytes and str, f-string errors) at the token
    /// after the group, which CPython had fetched when the action ran.
    func parseStringGroup(first: Int, end: Int) throws(PySyntaxError) -> Expr {
        guard first >= 0, first < end, end <= tokens.count else {
            throw errorHere("invalid string literal")
        }
        // STRING+ looked at the token after the group (CPython's p->fill - 1).
        let lookahead = min(end, lastIndex)
        if lookahead > maxPos { maxPos = lookahead }

        let firstTok = tokens[first]
        let lastTok = tokens[end - 1]
        var builder = FStringBuilder()
        var bytesMode = false
        var bytesValue: [UInt8] = []

        for i in first..<end {
            let t = tokens[i]
            guard let lit = StringLiteralToken(tokenText: bytes(t)) else {
                throw errorAt(t, "invalid string literal")
            }
            var decoded: DecodedStringLiteral?
            if !lit.isFString {
                do {
                    decoded = try StringLiteralDecoder.decode(lit)
                } catch {
                    throw located(error, t)
                }
            }
            if i != first && bytesMode != lit.isBytes {
                throw errorHere("cannot mix bytes and nonbytes literals")
            }
            bytesMode = lit.isBytes
            switch decoded {
            case .none:
                let ctx = FStringContext(first: firstTok, current: t, last: lastTok, literal: lit)
                var idx = lit.bodyStart
                try fstringConcat(&builder, &idx, lit.bodyEnd, recurseLevel: 0, ctx)
            case .bytes(let b)?:
                bytesValue.append(contentsOf: b)
            case .str(let s)?:
                builder.appendLiteral(s)
            }
        }

        let range = SourceRange(lineno: firstTok.line, col: firstTok.col, endLineno: lastTok.endLine, endCol: lastTok.endCol)
        if bytesMode {
            return Expr(.constant(value: .bytes(bytesValue), kind: nil), range)
        }
        return fstringFinish(&builder, first: firstTok, last: lastTok)
    }

    /// A literal-decoding failure as the SyntaxError CPython raises for it.
    func located(_ e: StringLiteralError, _ t: Token) -> PySyntaxError {
        e.atToken ? errorAt(t, e.message) : errorHere(e.message)
    }

    /// Does the token's text start with a lowercase `u` (CPython's test for `kind='u'`)?
    func startsWithLowercaseU(_ t: Token) -> Bool {
        let i = Int(t.start)
        return i >= 0 && i < src.source.count && i < Int(t.end) && src.source[i] == UInt8(ascii: "u")
    }

    /// `make_str_node_and_del`: a str Constant spanning `first`...`last`.
    func makeStrNode(_ s: [UInt32], first: Token, last: Token) -> Expr {
        Expr(.constant(value: .str(s), kind: startsWithLowercaseU(first) ? "u" : nil),
             SourceRange(lineno: first.line, col: first.col, endLineno: last.endLine, endCol: last.endCol))
    }

    /// `_PyPegen_FstringParser_Finish`: a Constant when no f-string took part,
    /// else a JoinedStr of the collected values (pending text appended).
    func fstringFinish(_ b: inout FStringBuilder, first: Token, last: Token) -> Expr {
        if !b.fmode {
            return makeStrNode(b.takeLastStr() ?? [], first: first, last: last)
        }
        if let s = b.takeLastStr() {
            b.values.append(makeStrNode(s, first: first, last: last))
        }
        return Expr(.joinedStr(values: b.values),
                    SourceRange(lineno: first.line, col: first.col, endLineno: last.endLine, endCol: last.endCol))
    }
}

/// Parsing one f-string replacement-field expression with a sub-parser, as
/// CPython 3.11's `fstring_compile_expr`: the text is wrapped as `(` + text +
/// `)`, tokenized on its own, and every token is moved to where the text sits
/// in the real source (`_PyPegen_fill_token` with `starting_lineno` /
/// `starting_col_offset`).
extension Parser {
    /// Parses one replacement-field expression the way CPython 3.11's fstring_compile_expr does.
    ///
    /// - Parameters:
    ///   - exprText: the expression bytes between `{` and its `!`, `:`, `=` or `}`
    ///     (without the parens).
    ///   - startingLineno: CPython's `p2->starting_lineno`, added to every token line.
    ///   - startingColOffset: CPython's `p2->starting_col_offset`, added to the
    ///     columns of tokens that end on the first line of the wrapped text.
    ///   - filename: the file name for errors.
    ///
    /// Errors come out as CPython reports them: parser errors (prefixed
    /// "f-string: ") at the shifted line, with the column shift taken off the
    /// offsets again (so offsets count within the wrapped text on its first
    /// line); tokenizer errors at the shifted line and their unshifted offsets.
    static func parseFStringExpression(_ exprText: ArraySlice<UInt8>, startingLineno: Int32,
                                       startingColOffset: Int32, filename: String,
                                       initialDepth: Int = 0) throws(PySyntaxError) -> Expr {
        var wrapped: [UInt8] = []
        wrapped.reserveCapacity(exprText.count + 2)
        wrapped.append(UInt8(ascii: "("))
        wrapped.append(contentsOf: exprText)
        wrapped.append(UInt8(ascii: ")"))
        // Decoding errors (impossible for text taken from an already decoded
        // source) are passed on unchanged.
        var sub = try Tokenizer.tokenize(wrapped)
        shiftTokens(&sub, startingLineno: startingLineno, startingColOffset: startingColOffset)
        let p2 = Parser(sub, filename: filename)
        p2.depth = initialDepth
        do {
            return try p2.parseFStringInput()
        } catch {
            throw shiftErrorColumns(error, by: -startingColOffset)
        }
    }

    /// `_PyPegen_fill_token`'s shift: every line moves by `startingLineno`;
    /// columns move by `startingColOffset` when the tokenizer was still on line 1
    /// (the token ends on line 1). Tokenizer errors get the line shift; their
    /// offsets are pre-compensated for the column shift the caller removes from
    /// every error, so they come out unshifted, as CPython reports them.
    static func shiftTokens(_ sub: inout TokenizedSource, startingLineno: Int32, startingColOffset: Int32) {
        for i in sub.tokens.indices {
            var tk = sub.tokens[i]
            let onFirstLine = tk.endLine == 1
            tk.line += startingLineno
            tk.endLine += startingLineno
            if onFirstLine {
                tk.col += startingColOffset
                tk.endCol += startingColOffset
            }
            sub.tokens[i] = tk
        }
        for (k, e) in sub.errors {
            var e = e
            if e.kind != .memoryError && e.kind != .recursionError {
                if e.lineno > 0 { e.lineno += Int(startingLineno) }
                if e.endLineno > 0 { e.endLineno += Int(startingLineno) }
            }
            sub.errors[k] = shiftErrorColumns(e, by: startingColOffset)
        }
    }
}

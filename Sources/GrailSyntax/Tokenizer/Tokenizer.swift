/// Entry point of the tokenizer: decodes source bytes and produces the token
/// stream CPython 3.11's C tokenizer hands to its PEG parser.
///
/// Conventions the parser relies on (all mirror CPython 3.11's `compile()`):
/// - `source` is the decoded UTF-8 text with `\r\n`/`\r` turned into `\n` and a final
///   `\n` added when missing (CPython's `translate_newlines`, including its quirk of
///   adding an extra empty line after a final `\r\n`), BOM removed. Text in (or
///   defaulting to) UTF-8 is not validated. `lineStarts` has one entry per line of
///   `source` (as many as there are `\n`s).
/// - NEWLINE: starts at the comment that ends the line if there is one, else at the
///   `\n`; ends at the `\n` (`endCol` = column of the `\n`), like CPython's token.
/// - INDENT/DEDENT: zero width at the first token of the line; at end of input
///   DEDENTs and ENDMARKER sit on the last line at column = its length including
///   the `\n`. CPython gives these tokens `col_offset == -1` and locates errors at
///   them with offset = that column (no +1) and end_offset = -1.
/// - A tokenizer error is an `.errorToken` that is the *last* token, with its error
///   in `errors`. An `.errorToken` followed by more tokens is instead one of the
///   characters `$ ? ! \`` that CPython passes to the parser as a generic OP token
///   matching no rule; its `errors` entry is the "invalid syntax" CPython reports
///   when the parser fails there.
/// - `errors[-1]`, present only when the final error is "unexpected character after
///   line continuation character" with brackets open: the "'(' was never closed"
///   error CPython raises instead when a generic parser error lies on a later line
///   than that bracket (`_PyPegen_tokenize_full_source_to_check_for_errors`).
/// - `<>` is a `.notEqual` token whose text is `<>`: the parser must reject it
///   (CPython's `_PyPegen_check_barry_as_flufl`).
/// - Error offsets are 1-based byte offsets into the line (see `PySyntaxError`),
///   chosen so that CPython's byte-to-character conversion yields CPython's value;
///   errors CPython reports without an end use endOffset -1 or 0 exactly as CPython.
///
/// Thread-safety: stateless; `tokenize` may run concurrently on different inputs.
public enum Tokenizer {
    /// Decodes `bytes` (BOM, PEP 263 coding declaration) and tokenizes the whole text.
    /// Throws only for errors CPython raises before tokenizing (unknown encoding,
    /// BOM with a non-UTF-8 declaration, text undecodable in its declared codec);
    /// those have lineno 0 and offset -1 like CPython's. All other errors become a
    /// final `.errorToken` placed where CPython's lazy tokenizer would meet them.
    public static func tokenize(_ bytes: [UInt8]) throws(PySyntaxError) -> TokenizedSource {
        let decoded = try SourceDecoder.decode(bytes)
        var source = decoded.text
        let lineStarts = decoded.lineStarts
        let nulLine = decoded.nulLine
        let n = source.count
        if n >= Int(Int32.max) - 64 {
            throw PySyntaxError(.memoryError, "source too large", lineno: 0, offset: 0)
        }
        // Input ends at the start of the line holding the first NUL byte, if any.
        let limit = nulLine != 0 ? Int(lineStarts[nulLine - 1]) : n

        // Sentinel: a 0 byte at `limit` marks the end of input for the lexer.
        source.append(contentsOf: [0, 0, 0, 0])
        let saved = source[limit]
        source[limit] = 0
        let (tokens, errors) = source.withUnsafeBufferPointer { buf -> ([Token], [Int32: PySyntaxError]) in
            guard let b = buf.baseAddress else { return ([], [:]) }
            var lexer = Lexer(b, limit: limit, nulLine: nulLine, capacity: n / 4 + 16)
            lexer.run()
            return (lexer.tokens, lexer.errors)
        }
        source[limit] = saved
        source.removeLast(4)
        return TokenizedSource(source: source, tokens: tokens, errors: errors, lineStarts: lineStarts)
    }
}

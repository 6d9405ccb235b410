/// Error construction for the parser, following CPython's `RAISE_*` macros:
/// positions are 1-based byte offsets (`col_offset + 1`), converted to
/// characters only when shown.
extension Parser {
    static let genericMessage = "invalid syntax"

    /// Prefixes messages inside f-string replacement fields, as CPython 3.11 does.
    func decorate(_ msg: String) -> String { inFString ? "f-string: " + msg : msg }

    /// The generic "invalid syntax" at the furthest token looked at.
    func fail() -> PySyntaxError { errorAtIndex(maxPos) }

    /// The generic "invalid syntax" at token `index`.
    func errorAtIndex(_ index: Int) -> PySyntaxError {
        let t = tokens[min(index, lastIndex)]
        return PySyntaxError(.syntaxError, decorate(Parser.genericMessage), lineno: Int(t.line), offset: Int(t.col) + 1,
                             endLineno: Int(t.endLine), endOffset: Int(t.endCol) + 1)
    }

    /// RAISE_SYNTAX_ERROR: located at the furthest token looked at.
    func errorHere(_ msg: String, _ kind: PySyntaxError.Kind = .syntaxError) -> PySyntaxError {
        let t = tokens[min(maxPos, lastIndex)]
        return PySyntaxError(kind, decorate(msg), lineno: Int(t.line), offset: Int(t.col) + 1,
                             endLineno: Int(t.endLine), endOffset: Int(t.endCol) + 1)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token.
    func errorAt(_ t: Token, _ msg: String, _ kind: PySyntaxError.Kind = .syntaxError) -> PySyntaxError {
        PySyntaxError(kind, decorate(msg), lineno: Int(t.line), offset: Int(t.col) + 1,
                      endLineno: Int(t.endLine), endOffset: Int(t.endCol) + 1)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node.
    func errorAt(_ r: SourceRange, _ msg: String, _ kind: PySyntaxError.Kind = .syntaxError) -> PySyntaxError {
        PySyntaxError(kind, decorate(msg), lineno: Int(r.lineno), offset: Int(r.col) + 1,
                      endLineno: Int(r.endLineno), endOffset: Int(r.endCol) + 1)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b).
    func errorRange(_ a: SourceRange, _ b: SourceRange, _ msg: String) -> PySyntaxError {
        PySyntaxError(.syntaxError, decorate(msg), lineno: Int(a.lineno), offset: Int(a.col) + 1,
                      endLineno: Int(b.endLineno), endOffset: Int(b.endCol) + 1)
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a): from the start of `a` to where the
    /// tokenizer stands (the end of the furthest token read).
    func errorStartingFrom(_ a: SourceRange, _ msg: String) -> PySyntaxError {
        let t = tokens[min(maxPos, lastIndex)]
        return PySyntaxError(.syntaxError, decorate(msg), lineno: Int(a.lineno), offset: Int(a.col) + 1,
                             endLineno: Int(t.endLine), endOffset: Int(t.endCol))
    }

    /// Does a tokenizer error stop the parse when CPython re-tokenizes the rest
    /// of the source after a parser error? (Errors CPython's tokenizer raises as
    /// exceptions do; indentation errors and a plain EOF do not.)
    static func tokenizerErrorOverrides(_ e: PySyntaxError) -> Bool {
        if e.kind != .syntaxError { return false }
        if e.message.hasSuffix("was never closed") { return false }
        if e.message == "unexpected EOF while parsing" { return false }
        // Errors CPython's tokenizer reports through `tok->done` only.
        if e.message == "unexpected character after line continuation character" { return false }
        if e.message == "too many levels of indentation" { return false }
        return true
    }

    /// Picks the error CPython would report, given the error the parse raised
    /// (`genericIndex`: the first pass's furthest token, where a generic error sits).
    func finalError(_ e: PySyntaxError, genericIndex: Int) -> PySyntaxError {
        if e.kind == .memoryError || e.kind == .recursionError { return e }
        let errorIndex = lastIndex
        let last = tokens[errorIndex]
        let tokErr = last.kind == .errorToken ? src.errors[Int32(errorIndex)] : nil
        // The parser reached the tokenizer error: CPython raises it at once.
        if let tokErr = tokErr, maxPos >= errorIndex { return tokErr }
        if isGeneric(e) {
            // A generic failure on INDENT/DEDENT is an IndentationError, and
            // CPython reports it without re-tokenizing the rest of the source.
            let t = tokens[min(genericIndex, lastIndex)]
            if t.kind == .indent || t.kind == .dedent {
                return PySyntaxError(.indentationError, t.kind == .indent ? "unexpected indent" : "unexpected unindent",
                                     lineno: Int(t.line), offset: Int(t.col), endLineno: Int(t.line), endOffset: -1)
            }
        }
        if let tokErr = tokErr {
            if Parser.tokenizerErrorOverrides(tokErr) { return tokErr }
            // CPython's re-tokenization stops at an error that raised no
            // exception; with brackets still open it reports the innermost one
            // if the parser's error lies on a later line.
            let unclosed = tokErr.message.hasSuffix("was never closed") ? tokErr : src.errors[-1]
            if let u = unclosed {
                let errLine = Int(tokens[min(maxPos, lastIndex)].line)
                if errLine > u.lineno { return u }
            }
        }
        return e
    }
}

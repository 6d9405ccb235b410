/// The scanning state machine behind `Tokenizer.tokenize`: a byte-level port of
/// CPython 3.11's `tok_get` (Parser/tokenizer.c) that runs over the whole decoded
/// text at once and appends every token, stopping after the first tokenizer error.
///
/// The text must end with `\n` and be readable up to and including `limit`, where a
/// 0 byte acts as the end-of-input sentinel; no byte before `limit` is 0.
/// Line/column bookkeeping mirrors CPython: `lineno` advances only when a character
/// of the next line is actually read, so tokens produced at end of input (DEDENT,
/// ENDMARKER, EOF errors) stay on the last line.
///
/// Thread-safety: a value used by one thread for one tokenization; it holds an
/// unsafe pointer that is valid only inside the caller's `withUnsafeBufferPointer`.
struct Lexer {
    static let maxIndent = 100   // CPython's MAXINDENT
    static let maxLevel = 200    // CPython's MAXLEVEL
    static let tabSize = 8

    let p: UnsafePointer<UInt8>
    /// `CharClass.table`.
    let cls: UnsafePointer<UInt8>
    /// End of input (position of the 0 sentinel).
    let limit: Int
    /// 1-based line of the first NUL byte (input is cut at that line's start), or 0.
    let nulLine: Int

    var tokens: [Token] = []
    var errors: [Int32: PySyntaxError] = [:]

    /// `tok->cur`: next byte to read.
    var pos = 0
    /// `tok->lineno` and `tok->line_start`.
    var lineno = 1
    var lineStart = 0
    /// `tok->buf`: start of the line where the current run of lines began (only
    /// differs from `lineStart` after a continuation read in the middle of a token).
    var bufStart = 0
    var atbol = true
    var level = 0
    var parenChar: [UInt8]
    var parenLine: [Int32]
    var parenCol: [Int32]
    var indstack: [Int]
    var altindstack: [Int]
    var indent = 0
    var pendin = 0

    init(_ p: UnsafePointer<UInt8>, limit: Int, nulLine: Int, capacity: Int) {
        self.p = p
        self.cls = CharClass.table
        self.limit = limit
        self.nulLine = nulLine
        tokens.reserveCapacity(capacity)
        parenChar = [UInt8](repeating: 0, count: Lexer.maxLevel)
        parenLine = [Int32](repeating: 0, count: Lexer.maxLevel)
        parenCol = [Int32](repeating: 0, count: Lexer.maxLevel)
        indstack = [Int](repeating: 0, count: Lexer.maxIndent)
        altindstack = [Int](repeating: 0, count: Lexer.maxIndent)
    }

    // MARK: - Character classes

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 6 }
    @inline(__always) static func isIdentStart(_ c: UInt8) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c == 0x5F || c >= 0x80
    }
    @inline(__always) static func isIdentChar(_ c: UInt8) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x5F || c >= 0x80
    }

    // MARK: - Emitting

    @inline(__always)
    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
        tokens.append(Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                            line: Int32(truncatingIfNeeded: lineno), col: Int32(truncatingIfNeeded: start - lineStart),
                            endLine: Int32(truncatingIfNeeded: lineno), endCol: Int32(truncatingIfNeeded: end - lineStart)))
    }

    /// Appends an `.errorToken` at `at` carrying `error`.
    mutating func fail(_ error: PySyntaxError, at: Int) {
        let i = Int32(truncatingIfNeeded: tokens.count)
        let col = max(0, at - lineStart)
        tokens.append(Token(kind: .errorToken, start: Int32(truncatingIfNeeded: at), end: Int32(truncatingIfNeeded: at),
                            line: Int32(truncatingIfNeeded: lineno), col: Int32(truncatingIfNeeded: col),
                            endLine: Int32(truncatingIfNeeded: lineno), endCol: Int32(truncatingIfNeeded: col)))
        errors[i] = error
    }

    /// The 1-based byte offset CPython's `syntaxerror()` reports when the tokenizer
    /// stopped before `cur`: it counts the characters of `line_start..<cur`; we give
    /// the byte offset of the last of those characters plus one (0 when none), which
    /// converts back to the same character count.
    func charOffset(_ cur: Int) -> Int {
        if cur <= lineStart { return 0 }
        var i = cur - 1
        var k = 0
        while k < 3 && i > lineStart && p[i] & 0xC0 == 0x80 { i -= 1; k += 1 }
        if k > 0 && !(p[i] >= 0xC2 && p[i] <= 0xF4) { i = cur - 1 }
        return i - lineStart + 1
    }

    /// A `syntaxerror()`-style error: SyntaxError on the current line at `cur`.
    mutating func syntaxError(_ message: String, cur: Int, tokenStart: Int) {
        let off = charOffset(cur)
        fail(PySyntaxError(.syntaxError, message, lineno: lineno, offset: off, endLineno: lineno, endOffset: off), at: tokenStart)
    }

    /// The error CPython reports when the tokenizer meets the line holding a NUL byte.
    mutating func failNul() {
        fail(PySyntaxError(.syntaxError, "source code cannot contain null bytes", lineno: nulLine, offset: 0,
                           endLineno: nulLine, endOffset: 0), at: limit)
    }

    /// End of input reached where CPython's `E_EOF` error applies (inside a
    /// continuation): unclosed bracket or "unexpected EOF while parsing".
    mutating func failEOF() {
        if nulLine != 0 { failNul(); return }
        if level > 0 { failUnclosed(); return }
        fail(PySyntaxError(.syntaxError, "unexpected EOF while parsing", lineno: lineno, offset: limit - lineStart,
                           endLineno: lineno, endOffset: -1), at: limit)
    }

    /// "'(' was never closed", reported at the innermost open bracket.
    mutating func failUnclosed() {
        fail(unclosedError(), at: limit)
    }

    /// The "'(' was never closed" error for the innermost open bracket (`level > 0`).
    func unclosedError() -> PySyntaxError {
        let line = Int(parenLine[level - 1])
        let col = Int(parenCol[level - 1])
        let ch = String(UnicodeScalar(parenChar[level - 1]))
        return PySyntaxError(.syntaxError, "'\(ch)' was never closed", lineno: line, offset: col + 1,
                             endLineno: line, endOffset: 0)
    }

    /// "unexpected character after line continuation character" (CPython's E_LINECONT).
    /// CPython reports the offset from `tok->buf`, which can lie lines above. With
    /// brackets open, `errors[-1]` also gets the unclosed-bracket error CPython's
    /// full-source re-tokenization raises instead when its generic syntax error lies
    /// on a later line than that bracket.
    mutating func failLineContinuation(charAt: Int, tokenStart: Int) {
        fail(PySyntaxError(.syntaxError, "unexpected character after line continuation character",
                           lineno: lineno, offset: charAt - bufStart + 1, endLineno: lineno, endOffset: 0),
             at: tokenStart)
        if level > 0 { errors[-1] = unclosedError() }
    }

    /// Moves to the line starting at `q` if there is one (CPython's lazy `lineno++`).
    @inline(__always)
    mutating func enterLine(_ q: Int) {
        if q < limit {
            lineno += 1
            lineStart = q
        }
    }

    // MARK: - Main loop

    mutating func run() {
        nextline: while true {
            var blankline = false
            if atbol {
                atbol = false
                bufStart = lineStart
                if !indentation(&blankline) { return }
            }
            // Pending INDENT/DEDENT tokens sit, zero-width, where the line's first token starts.
            while pendin != 0 {
                if pendin < 0 { pendin += 1; emit(.dedent, pos, pos) } else { pendin -= 1; emit(.indent, pos, pos) }
            }

            again: while true {
                var c = p[pos]
                while c == 0x20 || c == 0x09 || c == 0x0C { pos += 1; c = p[pos] }
                let start = pos
                if c == 0x23 {   // comment: skip to end of line
                    repeat { pos += 1; c = p[pos] } while c != 0x0A && c != 0
                }
                if c == 0 && pos >= limit {
                    if nulLine != 0 { failNul(); return }
                    if level > 0 { failUnclosed(); return }
                    emit(.endMarker, pos, pos)
                    return
                }
                if Lexer.isIdentStart(c) {
                    if !identifierOrString(start) { return }
                    continue again
                }
                if c == 0x0A {
                    pos += 1
                    atbol = true
                    if !(blankline || level > 0) {
                        tokens.append(Token(kind: .newline, start: Int32(truncatingIfNeeded: start),
                                            end: Int32(truncatingIfNeeded: pos - 1),
                                            line: Int32(truncatingIfNeeded: lineno),
                                            col: Int32(truncatingIfNeeded: start - lineStart),
                                            endLine: Int32(truncatingIfNeeded: lineno),
                                            endCol: Int32(truncatingIfNeeded: pos - 1 - lineStart)))
                    }
                    enterLine(pos)
                    continue nextline
                }
                if c == 0x2E {   // '.'
                    let c2 = p[pos + 1]
                    if Lexer.isDigit(c2) {
                        if !number(start) { return }
                        continue again
                    }
                    if c2 == 0x2E && p[pos + 2] == 0x2E {
                        pos += 3
                        emit(.ellipsis, start, pos)
                    } else {
                        pos += 1
                        emit(.dot, start, pos)
                    }
                    continue again
                }
                if Lexer.isDigit(c) {
                    if !number(start) { return }
                    continue again
                }
                if c == 0x22 || c == 0x27 {
                    if !string(start, quoteAt: pos) { return }
                    continue again
                }
                if c == 0x5C {   // line continuation
                    pos += 1
                    let c2 = p[pos]
                    if c2 != 0x0A {
                        failLineContinuation(charAt: pos, tokenStart: start)
                        return
                    }
                    pos += 1
                    if pos >= limit { failEOF(); return }
                    enterLine(pos)
                    continue again
                }
                if !operatorToken(c, start) { return }
            }
        }
    }

    /// Indentation at the beginning of a line (first block of `tok_get`): measures
    /// the indentation, queues INDENT/DEDENT in `pendin`, and reports indentation
    /// errors. Returns false after emitting an error.
    mutating func indentation(_ blankline: inout Bool) -> Bool {
        var col = 0
        var altcol = 0
        var contLineCol = 0
        var c: UInt8
        while true {
            c = p[pos]
            if c == 0x20 {
                col += 1; altcol += 1; pos += 1
            } else if c == 0x09 {
                col = (col / Lexer.tabSize + 1) * Lexer.tabSize
                altcol += 1
                pos += 1
            } else if c == 0x0C {
                col = 0; altcol = 0; pos += 1
            } else if c == 0x5C {
                // Only the first backslash's column counts as the line's indentation.
                if contLineCol == 0 { contLineCol = col }
                pos += 1
                if p[pos] != 0x0A {
                    failLineContinuation(charAt: pos, tokenStart: pos - 1)
                    return false
                }
                pos += 1
                if pos >= limit { failEOF(); return false }
                enterLine(pos)
                bufStart = lineStart
            } else {
                break
            }
        }
        if c == 0 && pos >= limit && nulLine != 0 { failNul(); return false }
        if c == 0x23 || c == 0x0A { blankline = true }
        if blankline || level != 0 { return true }

        if contLineCol != 0 { col = contLineCol; altcol = contLineCol }
        if col == indstack[indent] {
            if altcol != altindstack[indent] { failTab(); return false }
        } else if col > indstack[indent] {
            if indent + 1 >= Lexer.maxIndent {
                fail(PySyntaxError(.indentationError, "too many levels of indentation", lineno: lineno, offset: 1,
                                   endLineno: lineno, endOffset: 0), at: pos)
                return false
            }
            if altcol <= altindstack[indent] { failTab(); return false }
            pendin += 1
            indent += 1
            indstack[indent] = col
            altindstack[indent] = altcol
        } else {
            while indent > 0 && col < indstack[indent] {
                pendin -= 1
                indent -= 1
            }
            if col != indstack[indent] {
                var e = pos
                while e < limit && p[e] != 0x0A { e += 1 }
                if e < limit { e += 1 }
                fail(PySyntaxError(.indentationError, "unindent does not match any outer indentation level",
                                   lineno: lineno, offset: e - lineStart, endLineno: lineno, endOffset: -1), at: pos)
                return false
            }
            if altcol != altindstack[indent] { failTab(); return false }
        }
        return true
    }

    mutating func failTab() {
        fail(PySyntaxError(.tabError, "inconsistent use of tabs and spaces in indentation", lineno: lineno, offset: 1,
                           endLineno: lineno, endOffset: 0), at: pos)
    }

    // MARK: - Names and strings

    /// A NAME (or keyword), or a prefixed string literal, starting at `start`.
    mutating func identifierOrString(_ start: Int) -> Bool {
        var q = start
        var c = p[q]
        var sawB = false, sawR = false, sawU = false, sawF = false
        // Only b, r, u, f (any case) can start a string prefix.
        let l0 = c | 0x20
        while l0 == 0x62 || l0 == 0x72 || l0 == 0x75 || l0 == 0x66 {
            let l = c | 0x20
            if !(sawB || sawU || sawF) && l == 0x62 {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && l == 0x75 {
                sawU = true
            } else if !(sawR || sawU) && l == 0x72 {
                sawR = true
            } else if !(sawF || sawB || sawU) && l == 0x66 {
                sawF = true
            } else {
                break
            }
            q += 1
            c = p[q]
            if c == 0x22 || c == 0x27 {
                pos = q
                return string(start, quoteAt: q)
            }
        }
        var nonASCII = false
        while cls[Int(c)] & CharClass.identChar != 0 {
            if c >= 0x80 { nonASCII = true }
            q &+= 1
            c = p[q]
        }
        if nonASCII {
            switch IdentifierCheck.check(p, from: start, to: q) {
            case .valid:
                break
            case .undecodable(let message):
                // CPython: E_DECODE, reported at the end of the identifier run.
                fail(PySyntaxError(.syntaxError, "(unicode error) " + message, lineno: lineno, offset: q - lineStart,
                                   endLineno: lineno, endOffset: -1), at: start)
                return false
            case .invalidCharacter(let at, let scalar):
                let off = start + at - lineStart + 1
                fail(PySyntaxError(.syntaxError, IdentifierCheck.invalidCharacterMessage(scalar), lineno: lineno,
                                   offset: off, endLineno: lineno, endOffset: off), at: start)
                return false
            }
            pos = q
            emit(.name, start, q)
            return true
        }
        pos = q
        emit(Keywords.kind(p + start, q - start), start, q)
        return true
    }

    /// A string literal whose prefix starts at `start` and opening quote is at `quoteAt`.
    mutating func string(_ start: Int, quoteAt: Int) -> Bool {
        let quote = p[quoteAt]
        let firstLine = lineno
        let firstLineStart = lineStart
        var q = quoteAt + 1
        var quoteSize = 1
        var endQuoteSize = 0
        if p[q] == quote {
            if p[q + 1] == quote {
                quoteSize = 3
                q += 2
            } else {
                endQuoteSize = 1
                q += 1
            }
        }
        while endQuoteSize != quoteSize {
            let c = p[q]
            if (c == 0 && q >= limit) || (quoteSize == 1 && c == 0x0A) {
                if c == 0 && nulLine != 0 { pos = q; failNul(); return false }
                let detected = lineno
                let off = start - firstLineStart + 1
                let message = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : "unterminated string literal (detected at line \(detected))"
                lineno = firstLine
                lineStart = firstLineStart
                fail(PySyntaxError(.syntaxError, message, lineno: firstLine, offset: off, endLineno: firstLine,
                                   endOffset: off), at: start)
                return false
            }
            q += 1
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == 0x5C {
                    let d = p[q]
                    if !(d == 0 && q >= limit) {
                        q += 1
                        if d == 0x0A { enterLine(q) }
                    }
                } else if c == 0x0A {
                    enterLine(q)
                }
            }
        }
        pos = q
        tokens.append(Token(kind: .string, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: q),
                            line: Int32(truncatingIfNeeded: firstLine),
                            col: Int32(truncatingIfNeeded: start - firstLineStart),
                            endLine: Int32(truncatingIfNeeded: lineno), endCol: Int32(truncatingIfNeeded: q - lineStart)))
        return true
    }
}

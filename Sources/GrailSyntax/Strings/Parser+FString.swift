/// Splitting an f-string body into literal text and replacement fields, as
/// CPython 3.11's Parser/string_parser.c (`fstring_find_literal`,
/// `fstring_find_expr`, `_PyPegen_FstringParser_ConcatFstring`,
/// `fstring_parse`). Indices are byte offsets into the current token's
/// normalised text; `end` is the end of the body.
extension Parser {
    /// CPython's MAXLEVEL: nesting limit of brackets inside a replacement field.
    static let fstringMaxBracketLevel = 200

    /// `_PyPegen_FstringParser_ConcatFstring`: parses `text[idx..<end]` (top
    /// level when `recurseLevel == 0`, else a format spec ending at `}`) into `b`.
    func fstringConcat(_ b: inout FStringBuilder, _ idx: inout Int, _ end: Int, recurseLevel: Int,
                       _ ctx: FStringContext) throws(PySyntaxError) {
        b.fmode = true
        while true {
            let (more, literal) = try fstringFindLiteral(&idx, end, recurseLevel: recurseLevel, ctx)
            if let literal { b.appendLiteral(literal) }
            if more { continue }
            // At the end of the string or of a nested format spec: no expression.
            if idx >= end || ctx.literal.text[idx] == UInt8(ascii: "}") { break }
            let (exprText, expression) = try fstringFindExpr(&idx, end, recurseLevel: recurseLevel, ctx)
            if let exprText { b.appendLiteral(exprText) }
            if let s = b.takeLastStr() {
                b.values.append(makeStrNode(s, first: ctx.first, last: ctx.last))
            }
            b.values.append(expression)
        }
        if recurseLevel == 0 && idx < end - 1 {
            throw errorHere("f-string: unexpected end of string")
        }
        if recurseLevel != 0 && (idx >= end || ctx.literal.text[idx] != UInt8(ascii: "}")) {
            throw errorHere("f-string: expecting '}'")
        }
    }

    /// `fstring_find_literal`: scans literal text up to an undoubled `{` (or a
    /// `}` ending a format spec). Returns `more == true` after a doubled brace
    /// (the literal then ends with one brace and scanning continues after the
    /// second), and the decoded literal when it is not empty.
    func fstringFindLiteral(_ idx: inout Int, _ end: Int, recurseLevel: Int,
                            _ ctx: FStringContext) throws(PySyntaxError) -> (more: Bool, literal: [UInt32]?) {
        let text = ctx.literal.text
        let raw = ctx.raw
        var s = idx
        let literalStart = s
        var more = false
        scan: while s < end {
            var ch = text[s]
            s += 1
            if !raw && ch == UInt8(ascii: "\\") && s < end {
                ch = text[s]
                s += 1
                if ch == UInt8(ascii: "N") {
                    if s < end {
                        let open = text[s]
                        s += 1
                        if open == UInt8(ascii: "{") {
                            while s < end {
                                let c = text[s]
                                s += 1
                                if c == UInt8(ascii: "}") { break }
                            }
                            continue scan
                        }
                    }
                    break scan
                }
                // `\{` only warns (invalid escape sequence) in 3.11.
            }
            if ch == UInt8(ascii: "{") || ch == UInt8(ascii: "}") {
                if recurseLevel == 0 {
                    if s < end && text[s] == ch {
                        idx = s + 1
                        more = true
                        break scan
                    }
                    if ch == UInt8(ascii: "}") {
                        idx = s - 1
                        throw errorHere("f-string: single '}' is not allowed")
                    }
                }
                s -= 1
                break scan
            }
        }
        if !more { idx = s }
        if literalStart == s { return (more, nil) }
        var out: [UInt32] = []
        out.reserveCapacity(s - literalStart)
        do {
            if raw {
                try UTF8Scalars.decode(text[literalStart..<s], into: &out)
            } else {
                try UnicodeEscapeDecoder.decode(text[literalStart..<s], into: &out)
            }
        } catch {
            throw located(error, ctx.current)
        }
        return (more, out)
    }

    /// `fstring_find_expr`: parses the replacement field starting at the `{` at
    /// `idx`. Returns the `=` debug text (expression text through the `=` and
    /// following whitespace) when present, and the FormattedValue.
    func fstringFindExpr(_ idx: inout Int, _ end: Int, recurseLevel: Int,
                         _ ctx: FStringContext) throws(PySyntaxError) -> (exprText: [UInt32]?, value: Expr) {
        if recurseLevel >= 2 {
            throw errorHere("f-string: expressions nested too deeply")
        }
        let text = ctx.literal.text
        // Skip the '{'.
        idx += 1
        let exprStart = idx
        var quoteChar: UInt8 = 0
        var stringType = 0
        var parenStack: [UInt8] = []
        while idx < end {
            let ch = text[idx]
            if ch == UInt8(ascii: "\\") {
                throw errorHere("f-string expression part cannot include a backslash")
            }
            if quoteChar != 0 {
                if ch == quoteChar {
                    if stringType == 3 {
                        if idx + 2 < end && text[idx + 1] == ch && text[idx + 2] == ch {
                            idx += 3
                            stringType = 0
                            quoteChar = 0
                            continue
                        }
                    } else {
                        stringType = 0
                        quoteChar = 0
                        idx += 1
                        continue
                    }
                }
            } else if ch == UInt8(ascii: "'") || ch == UInt8(ascii: "\"") {
                if idx + 2 < end && text[idx + 1] == ch && text[idx + 2] == ch {
                    stringType = 3
                    idx += 2
                } else {
                    stringType = 1
                }
                quoteChar = ch
            } else if ch == UInt8(ascii: "[") || ch == UInt8(ascii: "{") || ch == UInt8(ascii: "(") {
                if parenStack.count >= Parser.fstringMaxBracketLevel {
                    throw errorHere("f-string: too many nested parenthesis")
                }
                parenStack.append(ch)
            } else if ch == UInt8(ascii: "#") {
                throw errorHere("f-string expression part cannot include '#'")
            } else if parenStack.isEmpty && (ch == UInt8(ascii: "!") || ch == UInt8(ascii: ":") || ch == UInt8(ascii: "}")
                                              || ch == UInt8(ascii: "=") || ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<")) {
                if idx + 1 < end {
                    let next = text[idx + 1]
                    if next == UInt8(ascii: "=") && (ch == UInt8(ascii: "!") || ch == UInt8(ascii: "=")
                                                      || ch == UInt8(ascii: "<") || ch == UInt8(ascii: ">")) {
                        idx += 2
                        continue
                    }
                }
                // A lone '<' or '>' does not end the expression (3.11.7 checks
                // this even when it is the last character).
                if ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<") {
                    idx += 1
                    continue
                }
                break
            } else if ch == UInt8(ascii: "]") || ch == UInt8(ascii: "}") || ch == UInt8(ascii: ")") {
                guard let opening = parenStack.popLast() else {
                    throw errorHere("f-string: unmatched '\(Character(Unicode.Scalar(ch)))'")
                }
                if !((opening == UInt8(ascii: "(") && ch == UInt8(ascii: ")"))
                    || (opening == UInt8(ascii: "[") && ch == UInt8(ascii: "]"))
                    || (opening == UInt8(ascii: "{") && ch == UInt8(ascii: "}"))) {
                    throw errorHere("f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' "
                                    + "does not match opening parenthesis '\(Character(Unicode.Scalar(opening)))'")
                }
            }
            idx += 1
        }
        let exprEnd = idx
        if quoteChar != 0 {
            throw errorHere("f-string: unterminated string")
        }
        if let opening = parenStack.last {
            throw errorHere("f-string: unmatched '\(Character(Unicode.Scalar(opening)))'")
        }
        if idx >= end {
            throw errorHere("f-string: expecting '}'")
        }

        // Compile the expression first, so its errors win over later ones.
        let expression = try fstringCompileExpr(exprStart, exprEnd, ctx)

        var exprText: [UInt32]?
        if text[idx] == UInt8(ascii: "=") {
            idx += 1
            // Py_ISSPACE: space, \t, \n, \v, \f, \r.
            while idx < end, text[idx] == 0x20 || (text[idx] >= 0x09 && text[idx] <= 0x0D) { idx += 1 }
            var t: [UInt32] = []
            do {
                try UTF8Scalars.decode(text[exprStart..<idx], into: &t)
            } catch {
                throw located(error, ctx.current)
            }
            exprText = t
        }

        var conversion = -1
        if idx < end && text[idx] == UInt8(ascii: "!") {
            idx += 1
            if idx >= end { throw errorHere("f-string: expecting '}'") }
            let c = text[idx]
            idx += 1
            conversion = Int(c)
            if !(c == UInt8(ascii: "s") || c == UInt8(ascii: "r") || c == UInt8(ascii: "a")) {
                throw errorHere("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
        }

        if idx >= end { throw errorHere("f-string: expecting '}'") }
        var formatSpec: Expr?
        if text[idx] == UInt8(ascii: ":") {
            idx += 1
            if idx >= end { throw errorHere("f-string: expecting '}'") }
            formatSpec = try fstringParseSpec(&idx, end, recurseLevel: recurseLevel + 1, ctx)
        }
        if idx >= end || text[idx] != UInt8(ascii: "}") {
            throw errorHere("f-string: expecting '}'")
        }
        idx += 1

        if exprText != nil && formatSpec == nil && conversion == -1 {
            conversion = Int(UInt8(ascii: "r"))
        }
        let range = SourceRange(lineno: ctx.first.line, col: ctx.first.col,
                                endLineno: ctx.last.endLine, endCol: ctx.last.endCol)
        return (exprText, Expr(.formattedValue(value: expression, conversion: conversion, formatSpec: formatSpec), range))
    }

    /// `fstring_parse` for a format spec: a JoinedStr spanning the current
    /// token only (CPython finishes it with `t, t`), while the nodes inside
    /// span the whole concatenation.
    func fstringParseSpec(_ idx: inout Int, _ end: Int, recurseLevel: Int,
                          _ ctx: FStringContext) throws(PySyntaxError) -> Expr {
        var b = FStringBuilder()
        try fstringConcat(&b, &idx, end, recurseLevel: recurseLevel, ctx)
        return fstringFinish(&b, first: ctx.current, last: ctx.current)
    }

    /// `fstring_compile_expr`: rejects an all-whitespace expression, finds
    /// where the expression sits in the source (`fstring_find_expr_location`)
    /// and parses it with a sub-parser.
    func fstringCompileExpr(_ exprStart: Int, _ exprEnd: Int, _ ctx: FStringContext) throws(PySyntaxError) -> Expr {
        let text = ctx.literal.text
        var k = exprStart
        while k < exprEnd {
            let c = text[k]
            if !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C) { break }
            k += 1
        }
        if k == exprEnd {
            let terminator: UInt8 = exprEnd < text.count ? text[exprEnd] : 0
            if terminator == UInt8(ascii: "!") || terminator == UInt8(ascii: ":") || terminator == UInt8(ascii: "=") {
                throw errorHere("f-string: expression required before '\(Character(Unicode.Scalar(terminator)))'")
            }
            throw errorHere("f-string: empty expression not allowed")
        }
        let (lines, cols) = Parser.fstringExprLocation(text, brace: exprStart - 1)
        let t = ctx.current
        let startingLineno = t.line + Int32(lines) - 1
        let startingCol = lines != 0 ? Int32(cols) : t.col + Int32(cols)
        do {
            return try Parser.parseFStringExpression(text[exprStart..<exprEnd], startingLineno: startingLineno,
                                                     startingColOffset: startingCol, filename: filename,
                                                     initialDepth: depth)
        } catch {
            // Inside a replacement field ourselves: the nested error is final,
            // but our caller subtracts our own column shift from every error it
            // sees; pre-add it so the error comes out unchanged.
            if inFString, let open = tokens.first {
                throw Parser.shiftErrorColumns(error, by: open.col)
            }
            throw error
        }
    }

    /// `fstring_find_expr_location` (3.11): for the replacement field whose
    /// `{` is at `brace` in the token text, the number of newlines before it
    /// and the column shift: 0 when only whitespace separates the `{` from a
    /// newline, else the column of the `{` within its line.
    static func fstringExprLocation(_ text: [UInt8], brace: Int) -> (lines: Int, cols: Int) {
        guard brace >= 0 && brace < text.count else { return (0, 0) }
        var newlineAfterBrace = true
        var k = brace + 1
        while k < text.count && text[k] != UInt8(ascii: "}") && text[k] != 0x0A {
            let c = text[k]
            if c != 0x20 && c != 0x09 && c != 0x0C {
                newlineAfterBrace = false
                break
            }
            k += 1
        }
        if k >= text.count { newlineAfterBrace = false }
        var cols = 0
        if !newlineAfterBrace {
            var start = brace
            while start > 0 && text[start] != 0x0A { start -= 1 }
            cols = brace - start
            if text[start] == 0x0A { cols -= 1 }
        }
        var lines = 0
        var p = 0
        while p < brace {
            if text[p] == 0x0A { lines += 1 }
            p += 1
        }
        return (lines, cols)
    }

    /// Adds `delta` to an error's 1-based offsets (the end offset only when set).
    static func shiftErrorColumns(_ e: PySyntaxError, by delta: Int32) -> PySyntaxError {
        if e.kind == .memoryError || delta == 0 { return e }
        var e = e
        e.offset += Int(delta)
        if e.endOffset != 0 { e.endOffset += Int(delta) }
        return e
    }
}

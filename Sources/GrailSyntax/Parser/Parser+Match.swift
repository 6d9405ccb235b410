/// The `match` statement and its patterns (CPython's `match_stmt`,
/// `case_block`, `patterns` … `class_pattern`). `match` and `case` are soft
/// keywords: a line that does not parse as a match header is re-read as an
/// ordinary statement.
extension Parser {
    /// Returns nil (position restored) when the line is not a match statement.
    func parseMatchStatement() throws(PySyntaxError) -> Stmt? {
        let start = pos
        let matchTok = token()
        advance()
        guard startsExpression(kind()) || at(.star) else { pos = start; return nil }
        let subject: Expr
        do {
            subject = try parseSubjectExpr()
        } catch {
            if error.message != decorate(Parser.genericMessage) { throw error }
            pos = start
            return nil
        }
        if at(.newline) && invalidMode {
            throw errorHere("expected ':'")
        }
        guard at(.colon) && kind(1) == .newline else { pos = start; return nil }
        advance()
        advance()
        if !at(.indent) {
            throw errorHere("expected an indented block after 'match' statement on line \(matchTok.line)", .indentationError)
        }
        advance()
        var cases: [MatchCase] = []
        repeat {
            cases.append(try parseCaseBlock())
        } while !at(.dedent) && !at(.endMarker)
        try expect(.dedent)
        return Stmt(.match(subject: subject, cases: cases), range(from: start))
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
    func parseSubjectExpr() throws(PySyntaxError) -> Expr {
        let start = pos
        let first = try parseStarNamedExpression()
        if !at(.comma) {
            if case .starred = first.kind { throw fail() }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if !(startsExpression(kind()) || at(.star)) { break }
            elts.append(try parseStarNamedExpression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// `case_block: "case" patterns guard? ':' block`
    func parseCaseBlock() throws(PySyntaxError) -> MatchCase {
        guard atName("case") else { throw fail() }
        let caseTok = token()
        advance()
        let pattern = try parsePatterns()
        var guardExpr: Expr? = nil
        if accept(.kwIf) { guardExpr = try parseNamedExpression() }
        try expectHeaderColon()
        let body = try parseBlock(after: "'case' statement", line: caseTok.line)
        return MatchCase(pattern: pattern, guard_: guardExpr, body: body)
    }

    /// `patterns: open_sequence_pattern | pattern`
    func parsePatterns() throws(PySyntaxError) -> Pattern {
        let start = pos
        let first = try parseMaybeStarPattern()
        if !at(.comma) {
            if case .matchStar = first.kind { throw fail() }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if at(.colon) || at(.kwIf) { break }
            items.append(try parseMaybeStarPattern())
        }
        return Pattern(.matchSequence(patterns: items), range(from: start))
    }

    /// `maybe_star_pattern: star_pattern | pattern`
    func parseMaybeStarPattern() throws(PySyntaxError) -> Pattern {
        if at(.star) {
            let start = pos
            advance()
            let t = try expect(.name)
            let name = identifier(t)
            return Pattern(.matchStar(name: name == "_" ? nil : name), range(from: start))
        }
        return try parsePattern()
    }

    /// `pattern: as_pattern | or_pattern`
    func parsePattern() throws(PySyntaxError) -> Pattern {
        try enter()
        defer { leave() }
        let start = pos
        let p = try parseOrPattern()
        if at(.kwAs) {
            advance()
            if at(.name) && !(kind(1) == .dot || kind(1) == .lpar || kind(1) == .equal) {
                let t = token()
                if bytesEqual(t, "_") { throw errorAt(t, "cannot use '_' as a target") }
                advance()
                return Pattern(.matchAs(pattern: p, name: identifier(t)), range(from: start))
            }
            if !at(.name), startsExpression(kind()), let e = try? parseExpression() {
                throw errorAt(e.range, "invalid pattern target")
            }
            throw fail()
        }
        return p
    }

    /// `or_pattern: '|'.closed_pattern+`
    func parseOrPattern() throws(PySyntaxError) -> Pattern {
        let start = pos
        let first = try parseClosedPattern()
        if !at(.vbar) { return first }
        var alts = [first]
        while accept(.vbar) { alts.append(try parseClosedPattern()) }
        return Pattern(.matchOr(patterns: alts), range(from: start))
    }

    func parseClosedPattern() throws(PySyntaxError) -> Pattern {
        let start = pos
        let t = token()
        switch t.kind {
        case .minus, .number:
            let v = try parseSignedNumberOrComplex()
            return Pattern(.matchValue(value: v), range(from: start))
        case .string:
            let first = pos
            while at(.string) { advance() }
            let v = try parseStringGroup(first: first, end: pos)
            return Pattern(.matchValue(value: v), range(from: start))
        case .kwNone:
            advance()
            return Pattern(.matchSingleton(value: .none), range(t))
        case .kwTrue:
            advance()
            return Pattern(.matchSingleton(value: .bool(true)), range(t))
        case .kwFalse:
            advance()
            return Pattern(.matchSingleton(value: .bool(false)), range(t))
        case .name:
            let (e, dotted) = try parseNameOrAttr()
            if at(.lpar) { return try parseClassPattern(start: start, cls: e) }
            if dotted { return Pattern(.matchValue(value: e), range(from: start)) }
            if bytesEqual(t, "_") { return Pattern(.matchAs(pattern: nil, name: nil), range(t)) }
            if at(.equal) { throw fail() }
            return Pattern(.matchAs(pattern: nil, name: identifier(t)), range(t))
        case .lpar:
            advance()
            if accept(.rpar) { return Pattern(.matchSequence(patterns: []), range(from: start)) }
            let first = try parseMaybeStarPattern()
            if at(.comma) {
                var items = [first]
                while accept(.comma) {
                    if at(.rpar) { break }
                    items.append(try parseMaybeStarPattern())
                }
                try expect(.rpar)
                return Pattern(.matchSequence(patterns: items), range(from: start))
            }
            if case .matchStar = first.kind { throw fail() }
            try expect(.rpar)
            return first
        case .lsqb:
            advance()
            var items: [Pattern] = []
            while !at(.rsqb) {
                items.append(try parseMaybeStarPattern())
                if !accept(.comma) { break }
            }
            try expect(.rsqb)
            return Pattern(.matchSequence(patterns: items), range(from: start))
        case .lbrace:
            return try parseMappingPattern()
        default:
            throw fail()
        }
    }

    /// `name_or_attr`: NAME ('.' NAME)*; returns the expression and whether it had a dot.
    func parseNameOrAttr() throws(PySyntaxError) -> (Expr, Bool) {
        let start = pos
        let t = try expect(.name)
        var e = Expr(.name(id: identifier(t), ctx: .load), range(t))
        var dotted = false
        while at(.dot) {
            advance()
            let n = try expect(.name)
            e = Expr(.attribute(value: e, attr: identifier(n), ctx: .load), range(from: start))
            dotted = true
        }
        return (e, dotted)
    }

    /// `signed_number !('+' | '-') | complex_number`
    func parseSignedNumberOrComplex() throws(PySyntaxError) -> Expr {
        let start = pos
        var real: Expr
        if at(.minus) {
            advance()
            let t = try expect(.number)
            let c = Expr(.constant(value: try numberValue(t), kind: nil), range(t))
            real = Expr(.unaryOp(op: .uSub, operand: c), range(from: start))
        } else {
            let t = try expect(.number)
            real = Expr(.constant(value: try numberValue(t), kind: nil), range(t))
        }
        guard at(.plus) || at(.minus) else { return real }
        let op: BinaryOperator = at(.plus) ? .add : .sub
        // complex_number: signed_real_number ('+' | '-') imaginary_number
        if isImaginary(real) { throw errorAt(real.range, "real number required in complex literal") }
        advance()
        let it = try expect(.number)
        let imag = Expr(.constant(value: try numberValue(it), kind: nil), range(it))
        if !isImaginary(imag) { throw errorAt(imag.range, "imaginary number required in complex literal") }
        real = Expr(.binOp(left: real, op: op, right: imag), range(from: start))
        return real
    }

    func isImaginary(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant(let v, _):
            if case .complex = v { return true }
            return false
        case .unaryOp(_, let operand): return isImaginary(operand)
        default: return false
        }
    }

    /// `mapping_pattern`
    func parseMappingPattern() throws(PySyntaxError) -> Pattern {
        let start = pos
        advance() // '{'
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: String? = nil
        while !at(.rbrace) {
            if at(.doubleStar) {
                advance()
                let t = try expect(.name)
                if bytesEqual(t, "_") { throw fail() }
                rest = identifier(t)
                _ = accept(.comma)
                break
            }
            let key: Expr
            switch kind() {
            case .minus, .number: key = try parseSignedNumberOrComplex()
            case .string:
                let first = pos
                while at(.string) { advance() }
                key = try parseStringGroup(first: first, end: pos)
            case .kwNone:
                let t = token(); advance()
                key = Expr(.constant(value: .none, kind: nil), range(t))
            case .kwTrue:
                let t = token(); advance()
                key = Expr(.constant(value: .bool(true), kind: nil), range(t))
            case .kwFalse:
                let t = token(); advance()
                key = Expr(.constant(value: .bool(false), kind: nil), range(t))
            case .name:
                let (e, dotted) = try parseNameOrAttr()
                if !dotted { throw fail() }
                key = e
            default:
                throw fail()
            }
            try expect(.colon)
            keys.append(key)
            patterns.append(try parsePattern())
            if !accept(.comma) { break }
        }
        try expect(.rbrace)
        return Pattern(.matchMapping(keys: keys, patterns: patterns, rest: rest), range(from: start))
    }

    /// `class_pattern`; the current token is '('.
    func parseClassPattern(start: Int, cls: Expr) throws(PySyntaxError) -> Pattern {
        advance() // '('
        var patterns: [Pattern] = []
        var kwdAttrs: [String] = []
        var kwdPatterns: [Pattern] = []
        var misplaced: [Pattern] = []
        while !at(.rpar) {
            if at(.name) && kind(1) == .equal {
                let t = token()
                advance()
                advance()
                kwdAttrs.append(identifier(t))
                kwdPatterns.append(try parsePattern())
            } else {
                let p = try parsePattern()
                if !kwdAttrs.isEmpty { misplaced.append(p) } else { patterns.append(p) }
            }
            if !accept(.comma) { break }
        }
        if let f = misplaced.first, let l = misplaced.last {
            throw errorRange(f.range, l.range, "positional patterns follow keyword patterns")
        }
        try expect(.rpar)
        return Pattern(.matchClass(cls: cls, patterns: patterns, kwdAttrs: kwdAttrs, kwdPatterns: kwdPatterns), range(from: start))
    }
}

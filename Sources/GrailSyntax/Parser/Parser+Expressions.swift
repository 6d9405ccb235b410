/// Expression rules from `star_expressions` down to `primary`, following
/// CPython's precedence levels (`expression`, `disjunction`, …, `power`,
/// `await_primary`, `primary`).
extension Parser {
    /// Can token kind `k` begin an `expression`?
    func startsExpression(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        default:
            return false
        }
    }

    /// `expressions: expression (',' expression)* [',']`
    func parseExpressions() throws(PySyntaxError) -> Expr {
        let start = pos
        let first = try parseExpression()
        if !at(.comma) { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression(kind()) { break }
            elts.append(try parseExpression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// `star_expressions`
    func parseStarExpressions() throws(PySyntaxError) -> Expr {
        let start = pos
        let first = try parseStarExpression()
        if !at(.comma) { return first }
        var elts = [first]
        while accept(.comma) {
            if !(startsExpression(kind()) || at(.star)) { break }
            elts.append(try parseStarExpression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// `star_expression: '*' bitwise_or | expression`
    func parseStarExpression() throws(PySyntaxError) -> Expr {
        if at(.star) {
            let start = pos
            advance()
            let v = try parseBitwiseOr()
            return Expr(.starred(value: v, ctx: .load), range(from: start))
        }
        return try parseExpression()
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    func parseStarNamedExpression() throws(PySyntaxError) -> Expr {
        if at(.star) {
            let start = pos
            advance()
            let v = try parseBitwiseOr()
            return Expr(.starred(value: v, ctx: .load), range(from: start))
        }
        return try parseNamedExpression()
    }

    /// `named_expression: NAME ':=' expression | expression !':='`
    func parseNamedExpression() throws(PySyntaxError) -> Expr {
        let start = pos
        if at(.name) && kind(1) == .colonEqual {
            let nameTok = token()
            advance()
            advance()
            let value = try parseExpression()
            let target = Expr(.name(id: identifier(nameTok), ctx: .store), range(nameTok))
            return Expr(.namedExpr(target: target, value: value), range(from: start))
        }
        let e = try parseExpression()
        if at(.colonEqual) {
            // invalid_named_expression: a=expression ':=' expression
            throw errorAt(e.range, "cannot use assignment expressions with \(exprName(e))")
        }
        if invalidMode && at(.equal) {
            try checkInvalidNamedExpression(start: start)
        }
        return e
    }

    /// The `=`-instead-of-`==` alternatives of `invalid_named_expression`,
    /// tried at token `start`:
    /// `a=NAME '=' b=bitwise_or !('='|':=')` and
    /// `!(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')`.
    func checkInvalidNamedExpression(start: Int) throws(PySyntaxError) {
        let save = pos
        let savedMode = invalidMode
        // The look-ahead parses below run without the invalid rules: with them,
        // nested `x = [x = [...` would re-check every level again (exponential).
        invalidMode = false
        defer {
            pos = save
            invalidMode = savedMode
        }
        pos = start
        if at(.name) && kind(1) == .equal {
            let nameTok = token()
            advance()
            advance()
            if startsExpression(kind()), let b = try? parseBitwiseOr(), !(at(.equal) || at(.colonEqual)) {
                throw errorRange(range(nameTok), b.range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            }
            pos = start
        }
        switch kind() {
        case .kwTrue, .kwNone, .kwFalse: return
        case .lsqb:
            // The `list` rule matches a whole display: `[` star_named_expressions? `]`.
            if let e = try? parseAtom(), case .list = e.kind { return }
            pos = start
        case .lpar:
            if let e = try? parseAtom() {
                switch e.kind {
                case .generatorExp: return
                case .tuple: if e.range.col == tokens[start].col && e.range.lineno == tokens[start].line { return }
                default: break
                }
            }
            pos = start
        default: break
        }
        guard startsExpression(kind()), let a = try? parseBitwiseOr(), at(.equal) else { return }
        advance()
        guard startsExpression(kind()), (try? parseBitwiseOr()) != nil else { return }
        if at(.equal) || at(.colonEqual) { return }
        throw errorAt(a.range, "cannot assign to \(exprName(a)) here. Maybe you meant '==' instead of '='?")
    }

    /// `expression: disjunction ['if' disjunction 'else' expression] | lambdef`
    func parseExpression() throws(PySyntaxError) -> Expr {
        try enter()
        defer { leave() }
        if at(.kwLambda) { return try parseLambda() }
        let start = pos
        let body = try parseDisjunction()
        if at(.kwIf) {
            advance()
            let test = try parseDisjunction()
            if !at(.kwElse) {
                if !at(.colon) {
                    throw errorRange(body.range, test.range, "expected 'else' after 'if' expression")
                }
                throw fail()
            }
            advance()
            let orelse = try parseExpression()
            return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
        }
        if invalidMode { try checkInvalidExpression(start: start, body) }
        return body
    }

    /// `invalid_expression`: two expressions side by side inside brackets.
    func checkInvalidExpression(start: Int, _ a: Expr) throws(PySyntaxError) {
        guard startsExpression(kind()) else { return }
        let first = tokens[start]
        if first.kind == .name {
            let next = tokens[min(start + 1, lastIndex)].kind
            if next == .string { return }
            // CPython's SOFT_KEYWORD test compares only the token's length of
            // each soft keyword, so any prefix of "match"/"case"/"_" counts.
            if isPrefix(first, of: "match") || isPrefix(first, of: "case") || isPrefix(first, of: "_") { return }
        }
        if case .name(let id, _) = a.kind, id == "print" || id == "exec" { return }
        let save = pos
        let savedMode = invalidMode
        invalidMode = false
        defer { invalidMode = savedMode }
        guard let b = try? parseExpression() else { pos = save; return }
        let level = parenLevel(at: pos - 1)
        pos = save
        if level == 0 { return }
        throw errorRange(a.range, b.range, "invalid syntax. Perhaps you forgot a comma?")
    }

    /// Is the token's text a (non-empty) prefix of `word`?
    func isPrefix(_ t: Token, of word: StaticString) -> Bool {
        let n = Int(t.end - t.start)
        guard n >= 1, n <= word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w -> Bool in
            for i in 0..<n where src.source[Int(t.start) + i] != w[i] { return false }
            return true
        }
    }

    /// `disjunction: conjunction ('or' conjunction)*`
    func parseDisjunction() throws(PySyntaxError) -> Expr {
        let start = pos
        let first = try parseConjunction()
        if !at(.kwOr) { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try parseConjunction()) }
        return Expr(.boolOp(op: .or, values: values), range(from: start))
    }

    /// `conjunction: inversion ('and' inversion)*`
    func parseConjunction() throws(PySyntaxError) -> Expr {
        let start = pos
        let first = try parseInversion()
        if !at(.kwAnd) { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try parseInversion()) }
        return Expr(.boolOp(op: .and, values: values), range(from: start))
    }

    /// `inversion: 'not' inversion | comparison`
    func parseInversion() throws(PySyntaxError) -> Expr {
        if at(.kwNot) {
            try enter()
            defer { leave() }
            let start = pos
            advance()
            let operand = try parseInversion()
            return Expr(.unaryOp(op: .not, operand: operand), range(from: start))
        }
        return try parseComparison()
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair*`
    func parseComparison() throws(PySyntaxError) -> Expr {
        let start = pos
        let left = try parseBitwiseOr()
        return try parseComparisonTail(start: start, left: left)
    }

    func parseComparisonTail(start: Int, left: Expr) throws(PySyntaxError) -> Expr {
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        loop: while true {
            let op: CompareOperator
            switch kind() {
            case .eqEqual: op = .eq
            case .notEqual:
                // `<>` is only valid under `from __future__ import barry_as_FLUFL`.
                if bytesEqual(token(), "<>") { break loop }
                op = .notEq
            case .lessEqual: op = .ltE
            case .less: op = .lt
            case .greaterEqual: op = .gtE
            case .greater: op = .gt
            case .kwIn: op = .in
            case .kwNot:
                if kind(1) != .kwIn { break loop }
                advance()
                op = .notIn
            case .kwIs:
                if kind(1) == .kwNot {
                    advance()
                    op = .isNot
                } else {
                    op = .is
                }
            default:
                break loop
            }
            advance()
            ops.append(op)
            comparators.append(try parseBitwiseOr())
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: start))
    }

    /// `bitwise_or` down to `term`: left-associative binary operators.
    func parseBitwiseOr() throws(PySyntaxError) -> Expr {
        let entryDepth = depth
        defer { depth = entryDepth }
        let start = pos
        var left = try parseBitwiseXor()
        while at(.vbar) {
            try enterChain()
            advance()
            let right = try parseBitwiseXor()
            left = Expr(.binOp(left: left, op: .bitOr, right: right), range(from: start))
        }
        return left
    }

    func parseBitwiseXor() throws(PySyntaxError) -> Expr {
        let entryDepth = depth
        defer { depth = entryDepth }
        let start = pos
        var left = try parseBitwiseAnd()
        while at(.circumflex) {
            try enterChain()
            advance()
            let right = try parseBitwiseAnd()
            left = Expr(.binOp(left: left, op: .bitXor, right: right), range(from: start))
        }
        return left
    }

    func parseBitwiseAnd() throws(PySyntaxError) -> Expr {
        let entryDepth = depth
        defer { depth = entryDepth }
        let start = pos
        var left = try parseShift()
        while at(.amper) {
            try enterChain()
            advance()
            let right = try parseShift()
            left = Expr(.binOp(left: left, op: .bitAnd, right: right), range(from: start))
        }
        return left
    }

    func parseShift() throws(PySyntaxError) -> Expr {
        let entryDepth = depth
        defer { depth = entryDepth }
        let start = pos
        var left = try parseSum()
        while true {
            let op: BinaryOperator
            switch kind() {
            case .leftShift: op = .lShift
            case .rightShift: op = .rShift
            default: return left
            }
            try enterChain()
            advance()
            let right = try parseSum()
            left = Expr(.binOp(left: left, op: op, right: right), range(from: start))
        }
    }

    func parseSum() throws(PySyntaxError) -> Expr {
        let entryDepth = depth
        defer { depth = entryDepth }
        let start = pos
        var left = try parseTerm()
        while true {
            let op: BinaryOperator
            switch kind() {
            case .plus: op = .add
            case .minus: op = .sub
            default: return left
            }
            try enterChain()
            advance()
            let right = try parseTerm()
            left = Expr(.binOp(left: left, op: op, right: right), range(from: start))
        }
    }

    func parseTerm() throws(PySyntaxError) -> Expr {
        let entryDepth = depth
        defer { depth = entryDepth }
        let start = pos
        var left = try parseFactor()
        while true {
            let op: BinaryOperator
            switch kind() {
            case .star: op = .mult
            case .slash: op = .div
            case .doubleSlash: op = .floorDiv
            case .percent: op = .mod
            case .at: op = .matMult
            default: return left
            }
            try enterChain()
            advance()
            let right = try parseFactor()
            left = Expr(.binOp(left: left, op: op, right: right), range(from: start))
        }
    }

    /// `factor: ('+' | '-' | '~') factor | power`
    func parseFactor() throws(PySyntaxError) -> Expr {
        let op: UnaryOperator
        switch kind() {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try parsePower()
        }
        try enter()
        defer { leave() }
        let start = pos
        advance()
        let operand = try parseFactor()
        return Expr(.unaryOp(op: op, operand: operand), range(from: start))
    }

    /// `power: await_primary ['**' factor]`
    func parsePower() throws(PySyntaxError) -> Expr {
        let start = pos
        let base = try parseAwaitPrimary()
        if at(.doubleStar) {
            try enter(levels: 2)
            defer { leave(levels: 2) }
            advance()
            let exp = try parseFactor()
            return Expr(.binOp(left: base, op: .pow, right: exp), range(from: start))
        }
        return base
    }

    /// `await_primary: AWAIT primary | primary`
    func parseAwaitPrimary() throws(PySyntaxError) -> Expr {
        if at(.kwAwait) {
            let start = pos
            advance()
            let v = try parsePrimary()
            return Expr(.await(value: v), range(from: start))
        }
        return try parsePrimary()
    }

    /// `primary: primary ('.' NAME | genexp | '(' [arguments] ')' | '[' slices ']') | atom`
    func parsePrimary() throws(PySyntaxError) -> Expr {
        let entryDepth = depth
        defer { depth = entryDepth }
        let start = pos
        var e = try parseAtom()
        while true {
            switch kind() {
            case .dot, .lpar, .lsqb: try enterChain()
            default: break
            }
            switch kind() {
            case .dot:
                advance()
                let nameTok = try expect(.name)
                e = Expr(.attribute(value: e, attr: identifier(nameTok), ctx: .load), range(from: start))
            case .lpar:
                e = try parseCall(start: start, function: e)
            case .lsqb:
                advance()
                let s = try parseSlices()
                try expect(.rsqb)
                e = Expr(.subscript(value: e, slice: s, ctx: .load), range(from: start))
            default:
                return e
            }
        }
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    func parseSlices() throws(PySyntaxError) -> Expr {
        let start = pos
        let first = try parseSliceOrStarred()
        if !at(.comma) {
            if case .starred = first.kind {
                return Expr(.tuple(elts: [first], ctx: .load), range(from: start))
            }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if at(.rsqb) { break }
            elts.append(try parseSliceOrStarred())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    func parseSliceOrStarred() throws(PySyntaxError) -> Expr {
        if at(.star) {
            let start = pos
            advance()
            let v = try parseExpression()
            return Expr(.starred(value: v, ctx: .load), range(from: start))
        }
        return try parseSlice()
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`
    func parseSlice() throws(PySyntaxError) -> Expr {
        let start = pos
        var lower: Expr? = nil
        if !at(.colon) {
            let e = try parseNamedExpression()
            if !at(.colon) { return e }
            if case .namedExpr = e.kind { throw fail() }
            lower = e
        }
        advance() // ':'
        var upper: Expr? = nil
        if startsExpression(kind()) { upper = try parseExpression() }
        var step: Expr? = nil
        if accept(.colon) {
            if startsExpression(kind()) { step = try parseExpression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    func parseYieldExpr() throws(PySyntaxError) -> Expr {
        let start = pos
        advance()
        if accept(.kwFrom) {
            let v = try parseExpression()
            return Expr(.yieldFrom(value: v), range(from: start))
        }
        var v: Expr? = nil
        if startsExpression(kind()) || at(.star) { v = try parseStarExpressions() }
        return Expr(.yield(value: v), range(from: start))
    }

    /// Paren nesting level of token `index` (computed on demand; error paths only).
    func parenLevel(at index: Int) -> Int {
        var level = 0
        var i = 0
        let end = min(index, lastIndex)
        while i <= end {
            switch tokens[i].kind {
            case .lpar, .lsqb, .lbrace: level += 1
            case .rpar, .rsqb, .rbrace: level -= 1
            default: break
            }
            i += 1
        }
        return level
    }
}

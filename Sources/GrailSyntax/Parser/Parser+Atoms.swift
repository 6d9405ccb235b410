/// Atoms and displays: names, constants, numbers, strings, tuples, groups,
/// lists, dicts, sets and comprehensions (CPython's `atom`, `group`, `tuple`,
/// `list`, `dict`, `set`, `*comp`, `genexp`, `for_if_clauses`).
extension Parser {
    func parseAtom() throws(PySyntaxError) -> Expr {
        let t = token()
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(id: identifier(t), ctx: .load), range(t))
        case .kwTrue:
            advance()
            return Expr(.constant(value: .bool(true), kind: nil), range(t))
        case .kwFalse:
            advance()
            return Expr(.constant(value: .bool(false), kind: nil), range(t))
        case .kwNone:
            advance()
            return Expr(.constant(value: .none, kind: nil), range(t))
        case .ellipsis:
            advance()
            return Expr(.constant(value: .ellipsis, kind: nil), range(t))
        case .number:
            advance()
            return Expr(.constant(value: try numberValue(t), kind: nil), range(t))
        case .string:
            let first = pos
            while at(.string) { advance() }
            return try parseStringGroup(first: first, end: pos)
        case .lpar:
            try enter()
            defer { leave() }
            return try parseParenAtom()
        case .lsqb:
            try enter()
            defer { leave() }
            return try parseListAtom()
        case .lbrace:
            try enter()
            defer { leave() }
            return try parseBraceAtom()
        default:
            throw fail()
        }
    }

    /// The value of a NUMBER token.
    func numberValue(_ t: Token) throws(PySyntaxError) -> ConstantValue {
        if let v = NumberLiteral.parse(bytes(t)) { return v }
        throw errorAt(t, "invalid number literal")
    }

    /// Can the current token start an element of a comprehension's `for` clause?
    func atFor() -> Bool {
        at(.kwFor) || (at(.kwAsync) && kind(1) == .kwFor)
    }

    /// `tuple | group | genexp`
    func parseParenAtom() throws(PySyntaxError) -> Expr {
        let start = pos
        advance() // '('
        if accept(.rpar) {
            return Expr(.tuple(elts: [], ctx: .load), range(from: start))
        }
        if at(.kwYield) {
            let y = try parseYieldExpr()
            try expect(.rpar)
            return y
        }
        if at(.doubleStar) && invalidMode {
            let t = token()
            advance()
            invalidMode = false
            let e = try? parseExpression()
            invalidMode = true
            if e != nil && at(.rpar) {
                throw errorAt(t, "cannot use double starred expression here")
            }
            throw fail()
        }
        let first = try parseStarNamedExpression()
        if atFor() {
            if case .starred = first.kind {
                throw errorAt(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try parseForIfClauses()
            try expect(.rpar)
            return Expr(.generatorExp(elt: first, generators: gens), range(from: start))
        }
        if accept(.rpar) {
            if case .starred = first.kind {
                throw errorAt(first.range, "cannot use starred expression here")
            }
            return first
        }
        if !at(.comma) { throw fail() }
        var elts = [first]
        while accept(.comma) {
            if at(.rpar) { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect(.rpar)
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// `list | listcomp`
    func parseListAtom() throws(PySyntaxError) -> Expr {
        let start = pos
        advance() // '['
        if accept(.rsqb) {
            return Expr(.list(elts: [], ctx: .load), range(from: start))
        }
        let first = try parseStarNamedExpression()
        if atFor() {
            if case .starred = first.kind {
                throw errorAt(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try parseForIfClauses()
            try expect(.rsqb)
            return Expr(.listComp(elt: first, generators: gens), range(from: start))
        }
        var elts = [first]
        try parseMoreElements(into: &elts, closer: .rsqb)
        try expect(.rsqb)
        return Expr(.list(elts: elts, ctx: .load), range(from: start))
    }

    /// The `, elt, elt [,]` tail of a list or set display, with the
    /// "did you forget parentheses around the comprehension target?" check.
    func parseMoreElements(into elts: inout [Expr], closer: TokenKind) throws(PySyntaxError) {
        while at(.comma) {
            let comma = token()
            advance()
            if at(closer) { break }
            if atFor() {
                throw errorRange(elts[0].range, range(comma), "did you forget parentheses around the comprehension target?")
            }
            elts.append(try parseStarNamedExpression())
        }
        if atFor() && elts.count > 1 {
            throw errorRange(elts[0].range, elts[elts.count - 1].range, "did you forget parentheses around the comprehension target?")
        }
    }

    /// `dict | set | dictcomp | setcomp`
    func parseBraceAtom() throws(PySyntaxError) -> Expr {
        let start = pos
        advance() // '{'
        if accept(.rbrace) {
            return Expr(.dict(keys: [], values: []), range(from: start))
        }
        if at(.doubleStar) {
            let starTok = token()
            advance()
            let v = try parseBitwiseOr()
            if atFor() {
                throw errorAt(starTok, "dict unpacking cannot be used in dict comprehension")
            }
            var keys: [Expr?] = [nil]
            var values: [Expr] = [v]
            try parseMoreDictItems(keys: &keys, values: &values)
            try expect(.rbrace)
            return Expr(.dict(keys: keys, values: values), range(from: start))
        }
        let keyStart = pos
        let first = try parseStarNamedExpression()
        if at(.colon) {
            // dict or dictcomp
            let colonTok = token()
            switch first.kind {
            case .starred: throw fail()
            case .namedExpr:
                // Only a parenthesised walrus may be a key.
                if tokens[keyStart].kind != .lpar { throw fail() }
            default: break
            }
            advance()
            if at(.star) {
                throw errorStartingFrom(range(token()), "cannot use a starred expression in a dictionary value")
            }
            if at(.rbrace) || at(.comma) {
                throw errorAt(colonTok, "expression expected after dictionary key and ':'")
            }
            let value = try parseExpression()
            if atFor() {
                let gens = try parseForIfClauses()
                try expect(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators: gens), range(from: start))
            }
            var keys: [Expr?] = [first]
            var values: [Expr] = [value]
            try parseMoreDictItems(keys: &keys, values: &values)
            try expect(.rbrace)
            return Expr(.dict(keys: keys, values: values), range(from: start))
        }
        if atFor() {
            if case .starred = first.kind {
                throw errorAt(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try parseForIfClauses()
            try expect(.rbrace)
            return Expr(.setComp(elt: first, generators: gens), range(from: start))
        }
        var elts = [first]
        try parseMoreElements(into: &elts, closer: .rbrace)
        try expect(.rbrace)
        return Expr(.set(elts: elts), range(from: start))
    }

    /// `(',' double_starred_kvpair)* [',']` with CPython's dict error messages.
    func parseMoreDictItems(keys: inout [Expr?], values: inout [Expr]) throws(PySyntaxError) {
        while accept(.comma) {
            if at(.rbrace) { return }
            if accept(.doubleStar) {
                keys.append(nil)
                values.append(try parseBitwiseOr())
                continue
            }
            let k = try parseExpression()
            if !at(.colon) {
                if at(.rbrace) || at(.comma) {
                    // invalid_kvpair: a=expression !(':')
                    throw PySyntaxError(.syntaxError, decorate("':' expected after dictionary key"),
                                        lineno: Int(k.range.lineno), offset: Int(k.range.endCol),
                                        endLineno: Int(k.range.endLineno), endOffset: 0)
                }
                throw fail()
            }
            let colonTok = token()
            advance()
            if at(.star) {
                throw errorStartingFrom(range(token()), "cannot use a starred expression in a dictionary value")
            }
            if at(.rbrace) || at(.comma) {
                throw errorAt(colonTok, "expression expected after dictionary key and ':'")
            }
            keys.append(k)
            values.append(try parseExpression())
        }
    }

    /// `for_if_clauses: for_if_clause+`
    func parseForIfClauses() throws(PySyntaxError) -> [Comprehension] {
        var gens: [Comprehension] = []
        while atFor() {
            let isAsync = accept(.kwAsync)
            advance() // 'for'
            let storeTarget = try parseForTargetAndIn()
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try parseDisjunction()) }
            gens.append(Comprehension(target: storeTarget, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return gens
    }

    /// `star_targets 'in'` of a `for` statement or clause, with `invalid_for_target`:
    /// when no 'in' follows, the targets are re-read as `star_expressions` to name
    /// the invalid part ("cannot assign to …"). Consumes the 'in'.
    func parseForTargetAndIn() throws(PySyntaxError) -> Expr {
        let targetStart = pos
        let target = try parseStarTargetsAsExpr()
        if !at(.kwIn) {
            pos = targetStart
            let e = try parseStarExpressions()
            if let err = invalidTargetError(e, .forTargets) { throw err }
            throw fail()
        }
        let storeTarget = try toStarTargets(target, .store, rule: .forTargets)
        advance() // 'in'
        return storeTarget
    }

    /// Reads `star_targets` as an expression (elements `'*'? bitwise_or`),
    /// leaving validation to `toStarTargets`.
    func parseStarTargetsAsExpr() throws(PySyntaxError) -> Expr {
        let start = pos
        let first = try parseStarTargetElement()
        if !at(.comma) { return first }
        var elts = [first]
        while accept(.comma) {
            if !(startsExpression(kind()) || at(.star)) { break }
            elts.append(try parseStarTargetElement())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    func parseStarTargetElement() throws(PySyntaxError) -> Expr {
        if at(.star) {
            let start = pos
            advance()
            if at(.star) { throw fail() }
            let v = try parseStarTargetElement()
            return Expr(.starred(value: v, ctx: .load), range(from: start))
        }
        return try parseBitwiseOr()
    }
}

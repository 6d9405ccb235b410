/// Call arguments (CPython's `arguments`, `args`, `kwargs`, `invalid_arguments`,
/// `invalid_kwarg`), shared by calls and class definitions.
extension Parser {
    /// `primary '(' [arguments] ')'` and `primary genexp`; the current token is '('.
    func parseCall(start: Int, function: Expr) throws(PySyntaxError) -> Expr {
        let (args, keywords) = try parseArgumentList(allowGenexp: true)
        return Expr(.call(func: function, args: args, keywords: keywords), range(from: start))
    }

    /// Parses `'(' [arguments] ')'`; the current token is '('.
    func parseArgumentList(allowGenexp: Bool) throws(PySyntaxError) -> ([Expr], [Keyword]) {
        let lpar = pos
        advance()
        var args: [Expr] = []
        var keywords: [Keyword] = []
        if accept(.rpar) { return (args, keywords) }
        var seenKeyword = false
        var seenDoubleStar = false
        var pendingError: String? = nil
        while true {
            let aStart = pos
            let k0 = kind()
            if (k0 == .kwTrue || k0 == .kwFalse || k0 == .kwNone) && kind(1) == .equal {
                let t = token()
                throw errorRange(range(t), range(token(1)), "cannot assign to \(string(t))")
            }
            switch k0 {
            case .star:
                advance()
                let v = try parseExpression()
                if seenDoubleStar {
                    throw errorAt(tokens[aStart], "iterable argument unpacking follows keyword argument unpacking")
                }
                args.append(Expr(.starred(value: v, ctx: .load), range(from: aStart)))
            case .doubleStar:
                advance()
                let v = try parseExpression()
                keywords.append(Keyword(arg: nil, value: v, range: range(from: aStart)))
                seenDoubleStar = true
            case .name where kind(1) == .equal:
                let nameTok = token()
                let eqTok = token(1)
                advance()
                advance()
                let v = try parseExpression()
                if atFor() {
                    throw errorRange(range(nameTok), range(eqTok), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                }
                keywords.append(Keyword(arg: identifier(nameTok), value: v, range: range(from: aStart)))
                seenKeyword = true
            default:
                let e: Expr
                if at(.name) && kind(1) == .colonEqual {
                    e = try parseNamedExpression()
                } else {
                    e = try parseExpression()
                    if at(.colonEqual) { throw fail() }
                }
                if atFor() {
                    let gens = try parseForIfClauses()
                    let lastItem = lastComprehensionItem(gens)
                    if allowGenexp && args.isEmpty && keywords.isEmpty && at(.rpar) {
                        advance()
                        let g = Expr(.generatorExp(elt: e, generators: gens), range(from: lpar))
                        return ([g], [])
                    }
                    if !allowGenexp && args.isEmpty && keywords.isEmpty { throw fail() }
                    throw errorRange(e.range, lastItem, "Generator expression must be parenthesized")
                }
                if at(.equal) {
                    throw errorRange(e.range, range(token()), "expression cannot contain assignment, perhaps you meant \"==\"?")
                }
                if seenKeyword || seenDoubleStar {
                    // Reported once the whole list is read (CPython's `a=args ',' args`).
                    pendingError = pendingError ?? (seenDoubleStar ? "positional argument follows keyword argument unpacking"
                                                                   : "positional argument follows keyword argument")
                }
                args.append(e)
            }
            if accept(.comma) {
                if at(.rpar) { break }
                continue
            }
            break
        }
        if let msg = pendingError, at(.rpar) { throw errorHere(msg) }
        try expect(.rpar)
        return (args, keywords)
    }

    func rangeOfToken(_ i: Int) -> SourceRange { range(tokens[max(0, min(i, lastIndex))]) }

    /// `_PyPegen_get_last_comprehension_item`.
    func lastComprehensionItem(_ gens: [Comprehension]) -> SourceRange {
        guard let last = gens.last else { return .zero }
        if let lastIf = last.ifs.last { return lastIf.range }
        return last.iter.range
    }
}

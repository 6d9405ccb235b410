/// Function and lambda parameter lists (CPython's `parameters`,
/// `lambda_parameters`, `invalid_parameters`, `invalid_star_etc`, `invalid_kwds`).
extension Parser {
    /// Parses parameters up to (not including) `)` for `def` or `:` for `lambda`.
    func parseParameters(isLambda: Bool) throws(PySyntaxError) -> Arguments {
        var a = Arguments()
        let closer: TokenKind = isLambda ? .colon : .rpar
        var seenSlash = false
        var seenStar = false
        var seenDefault = false
        var seenKwarg = false
        while !at(closer) {
            if seenKwarg {
                let t = token()
                if t.kind == .name || t.kind == .star || t.kind == .doubleStar || t.kind == .slash {
                    throw errorAt(t, "arguments cannot follow var-keyword argument")
                }
                throw fail()
            }
            switch kind() {
            case .slash:
                let t = token()
                if seenSlash { throw errorAt(t, "/ may appear only once") }
                if seenStar { throw errorAt(t, "/ must be ahead of *") }
                if a.args.isEmpty {
                    if kind(1) == .comma { throw errorAt(t, "at least one argument must precede /") }
                    throw fail()
                }
                advance()
                a.posonlyargs = a.args
                a.args = []
                seenSlash = true
            case .star:
                let t = token()
                if seenStar { throw errorAt(t, "* argument may appear only once") }
                advance()
                seenStar = true
                if at(.comma) {
                    let k = kind(1)
                    if k == closer || k == .doubleStar {
                        throw isLambda ? errorHere("named arguments must follow bare *")
                                       : errorAt(t, "named arguments must follow bare *")
                    }
                } else if at(closer) {
                    throw isLambda ? errorHere("named arguments must follow bare *")
                                   : errorAt(t, "named arguments must follow bare *")
                } else {
                    a.vararg = try parseParam(isLambda: isLambda, starAnnotation: true)
                    if at(.equal) { throw errorAt(token(), "var-positional argument cannot have default value") }
                }
            case .doubleStar:
                advance()
                a.kwarg = try parseParam(isLambda: isLambda, starAnnotation: false)
                if at(.equal) { throw errorAt(token(), "var-keyword argument cannot have default value") }
                seenKwarg = true
            case .name:
                let p = try parseParam(isLambda: isLambda, starAnnotation: false)
                if at(.equal) {
                    let eq = token()
                    advance()
                    if at(.comma) || at(.rpar) { throw errorAt(eq, "expected default value expression") }
                    // params -> parameters -> param_with_default -> default -> expression:
                    // CPython spends about six more rule levels per default.
                    level += 6
                    let d: Expr
                    do { d = try parseExpression() } catch { level -= 6; throw error }
                    level -= 6
                    if seenStar {
                        a.kwonlyargs.append(p)
                        a.kwDefaults.append(d)
                    } else {
                        a.args.append(p)
                        a.defaults.append(d)
                        seenDefault = true
                    }
                } else if seenStar {
                    a.kwonlyargs.append(p)
                    a.kwDefaults.append(nil)
                } else {
                    if seenDefault { throw errorAt(p.range, "non-default argument follows default argument") }
                    a.args.append(p)
                }
            case .lpar:
                try parenthesizedParameterError(isLambda: isLambda)
            default:
                throw fail()
            }
            if !accept(.comma) { break }
        }
        if !at(closer) { throw fail() }
        return a
    }

    /// `param: NAME annotation?` (lambda parameters have no annotation).
    func parseParam(isLambda: Bool, starAnnotation: Bool) throws(PySyntaxError) -> Arg {
        let start = pos
        let nameTok = try expect(.name)
        var annotation: Expr? = nil
        if !isLambda && accept(.colon) {
            annotation = starAnnotation ? try parseStarExpression() : try parseExpression()
        }
        return Arg(arg: identifier(nameTok), annotation: annotation, range: range(from: start))
    }

    /// `'(' param_no_default+ ','? ')'` inside a parameter list.
    func parenthesizedParameterError(isLambda: Bool) throws(PySyntaxError) {
        let open = token()
        let save = pos
        advance()
        var count = 0
        while at(.name) {
            advance()
            count += 1
            if !isLambda && at(.colon) {
                advance()
                _ = try? parseExpression()
            }
            if !accept(.comma) { break }
        }
        if count > 0 && at(.rpar) {
            let close = token()
            throw errorRange(range(open), range(close), isLambda ? "Lambda expression parameters cannot be parenthesized"
                                                                  : "Function parameters cannot be parenthesized")
        }
        pos = save
        throw fail()
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    func parseLambda() throws(PySyntaxError) -> Expr {
        // lambdef -> expression: CPython spends two rule levels per lambda.
        level += 1
        defer { level -= 1 }
        let start = pos
        advance()
        let args = try parseParameters(isLambda: true)
        try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(args: args, body: body), range(from: start))
    }
}

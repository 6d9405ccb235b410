/// Simple statements: assignment forms, expression statements, `return`,
/// `import`, `raise`, `del`, `assert`, `global`, `nonlocal`, `pass`, `break`,
/// `continue` (CPython's `simple_stmts` and `simple_stmt` rules).
extension Parser {
    /// `statement: compound_stmt | simple_stmts`
    func parseStatement(into body: inout [Stmt]) throws(PySyntaxError) {
        switch kind() {
        case .kwDef, .at, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile:
            body.append(try parseCompoundStatement())
        case .kwAsync:
            let k = kind(1)
            if k == .kwDef || k == .kwWith || k == .kwFor {
                body.append(try parseCompoundStatement())
            } else {
                try parseSimpleStatements(into: &body)
            }
        case .name:
            if atName("match"), let m = try parseMatchStatement() {
                body.append(m)
            } else {
                try parseSimpleStatements(into: &body)
            }
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    /// `simple_stmts: ';'.simple_stmt+ [';'] NEWLINE`
    func parseSimpleStatements(into body: inout [Stmt]) throws(PySyntaxError) {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semi) {
                if accept(.newline) { return }
                continue
            }
            if accept(.newline) { return }
            throw fail()
        }
    }

    func parseSimpleStatement() throws(PySyntaxError) -> Stmt {
        let start = pos
        switch kind() {
        case .kwPass:
            advance()
            return Stmt(.pass, range(from: start))
        case .kwBreak:
            advance()
            return Stmt(.break, range(from: start))
        case .kwContinue:
            advance()
            return Stmt(.continue, range(from: start))
        case .kwReturn:
            advance()
            var value: Expr? = nil
            if startsExpression(kind()) || at(.star) { value = try parseStarExpressions() }
            return Stmt(.return(value: value), range(from: start))
        case .kwImport:
            return try parseImportName()
        case .kwFrom:
            return try parseImportFrom()
        case .kwRaise:
            advance()
            var exc: Expr? = nil
            var cause: Expr? = nil
            if startsExpression(kind()) {
                exc = try parseExpression()
                if accept(.kwFrom) { cause = try parseExpression() }
            }
            return Stmt(.raise(exc: exc, cause: cause), range(from: start))
        case .kwGlobal, .kwNonlocal:
            let isGlobal = at(.kwGlobal)
            advance()
            var names: [String] = []
            repeat {
                let t = try expect(.name)
                names.append(identifier(t))
            } while accept(.comma)
            return Stmt(isGlobal ? .global(names: names) : .nonlocal(names: names), range(from: start))
        case .kwDel:
            return try parseDel()
        case .kwAssert:
            advance()
            let test = try parseExpression()
            var msg: Expr? = nil
            if accept(.comma) { msg = try parseExpression() }
            return Stmt(.assert(test: test, msg: msg), range(from: start))
        default:
            return try parseExpressionStatement()
        }
    }

    // MARK: - Assignment and expression statements

    func parseAnnotatedRhs() throws(PySyntaxError) -> Expr {
        if at(.kwYield) { return try parseYieldExpr() }
        return try parseStarExpressions()
    }

    func augmentedOperator(_ k: TokenKind) -> BinaryOperator? {
        switch k {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }

    /// `assignment | star_expressions` (and the `invalid_assignment` messages).
    func parseExpressionStatement() throws(PySyntaxError) -> Stmt {
        let start = pos
        let startKind = kind()
        let first: Expr
        if startKind == .kwYield {
            first = try parseYieldExpr()
        } else {
            first = try parseStarExpressions()
        }
        switch kind() {
        case .equal:
            var targets: [Expr] = [first]
            var fromYieldRule: [Bool] = [startKind == .kwYield]
            var value = first
            while at(.equal) {
                advance()
                let isYield = at(.kwYield)
                let rhs = try parseAnnotatedRhs()
                if at(.equal) {
                    targets.append(rhs)
                    fromYieldRule.append(isYield)
                } else {
                    value = rhs
                }
            }
            var stored: [Expr] = []
            stored.reserveCapacity(targets.count)
            for (i, t) in targets.enumerated() {
                if isValidTarget(t, starAllowed: true) {
                    stored.append(withContext(t, .store))
                    continue
                }
                if i == 0 { try checkInvalidNamedExpression(start: start) }
                if fromYieldRule[i] { throw errorAt(t.range, "assignment to yield expression not possible") }
                if let err = invalidTargetError(t, .starTargets) { throw err }
                throw fail()
            }
            return Stmt(.assign(targets: stored, value: value), range(from: start))
        case .colon:
            // Annotated assignment.
            let simple: Bool
            let target: Expr
            switch first.kind {
            case .name:
                simple = startKind == .name || !(tokens[start].kind == .lpar)
                target = withContext(first, .store)
            case .attribute, .subscript:
                simple = false
                target = withContext(first, .store)
            case .list:
                throw errorAt(first.range, "only single target (not list) can be annotated")
            case .tuple:
                if tokens[start].kind == .lpar && isParenthesizedTuple(first) {
                    throw errorAt(first.range, "only single target (not tuple) can be annotated")
                }
                let r = (tupleElements(first).first ?? first).range
                throw errorAt(r, "only single target (not tuple) can be annotated")
            default:
                throw errorAt(first.range, "illegal target for annotation")
            }
            advance()
            let annotation = try parseExpression()
            var value: Expr? = nil
            if accept(.equal) { value = try parseAnnotatedRhs() }
            return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: simple), range(from: start))
        default:
            if let op = augmentedOperator(kind()) {
                switch first.kind {
                case .name, .attribute, .subscript:
                    break
                default:
                    throw errorAt(first.range, "'\(exprName(first))' is an illegal expression for augmented assignment")
                }
                advance()
                let value = try parseAnnotatedRhs()
                return Stmt(.augAssign(target: withContext(first, .store), op: op, value: value), range(from: start))
            }
            if invalidMode, case .name(let id, _) = first.kind, (id == "print" || id == "exec"),
               startsExpression(kind()) {
                // invalid_legacy_expression
                let save = pos
                if let b = try? parseStarExpressions() {
                    throw errorRange(first.range, b.range, "Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?")
                }
                pos = save
            }
            return Stmt(.expr(value: first), range(from: start))
        }
    }

    func tupleElements(_ e: Expr) -> [Expr] {
        if case .tuple(let elts, _) = e.kind { return elts }
        return []
    }

    /// Whether a tuple expression's range starts with its own '('.
    func isParenthesizedTuple(_ e: Expr) -> Bool {
        guard case .tuple(let elts, _) = e.kind, let f = elts.first else { return false }
        return f.range.col != e.range.col || f.range.lineno != e.range.lineno
    }

    // MARK: - del

    /// `del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt`
    func parseDel() throws(PySyntaxError) -> Stmt {
        let start = pos
        advance()
        let save = pos
        var targets: [Expr] = []
        var ok = true
        do {
            repeat {
                if at(.semi) || at(.newline) { break }
                let e = try parseBitwiseOr()
                guard let t = try? toDelTarget(e) else { ok = false; break }
                targets.append(t)
            } while accept(.comma)
            if ok && targets.isEmpty { ok = false }
            if ok && !(at(.semi) || at(.newline)) { ok = false }
        } catch {
            if error.message != decorate(Parser.genericMessage) { throw error }
            ok = false
        }
        if ok { return Stmt(.delete(targets: targets), range(from: start)) }
        // invalid_del_stmt: 'del' star_expressions
        pos = save
        let e = try parseStarExpressions()
        _ = try toStarTargets(e, .del, rule: .delTargets)
        throw fail()
    }

    // MARK: - import

    /// `import_name: 'import' dotted_as_names`
    func parseImportName() throws(PySyntaxError) -> Stmt {
        let start = pos
        advance()
        var names: [Alias] = []
        repeat {
            let aStart = pos
            let name = try parseDottedName()
            var asname: String? = nil
            if accept(.kwAs) { asname = identifier(try expect(.name)) }
            names.append(Alias(name: name, asname: asname, range: range(from: aStart)))
        } while accept(.comma)
        return Stmt(.import(names: names), range(from: start))
    }

    func parseDottedName() throws(PySyntaxError) -> String {
        var name = identifier(try expect(.name))
        while at(.dot) && kind(1) == .name {
            advance()
            name += "." + identifier(token())
            advance()
        }
        return name
    }

    /// `import_from`
    func parseImportFrom() throws(PySyntaxError) -> Stmt {
        let start = pos
        advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String? = nil
        if at(.name) {
            module = try parseDottedName()
        } else if level == 0 {
            throw fail()
        }
        try expect(.kwImport)
        var names: [Alias] = []
        if at(.star) {
            let t = token()
            advance()
            names.append(Alias(name: "*", asname: nil, range: range(t)))
        } else if accept(.lpar) {
            names = try parseImportFromAsNames()
            _ = accept(.comma)
            try expect(.rpar)
        } else {
            names = try parseImportFromAsNames()
            if at(.comma) {
                // invalid_import_from_targets
                advance()
                if at(.newline) {
                    throw errorHere("trailing comma not allowed without surrounding parentheses")
                }
                throw fail()
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
    }

    func parseImportFromAsNames() throws(PySyntaxError) -> [Alias] {
        var names: [Alias] = []
        while true {
            let aStart = pos
            let name = identifier(try expect(.name))
            var asname: String? = nil
            if accept(.kwAs) { asname = identifier(try expect(.name)) }
            names.append(Alias(name: name, asname: asname, range: range(from: aStart)))
            if at(.comma) && kind(1) == .name {
                advance()
                continue
            }
            return names
        }
    }
}

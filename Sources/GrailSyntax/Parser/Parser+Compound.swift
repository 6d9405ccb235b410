/// Compound statements: `def`, `class`, decorators, `if`, `while`, `for`,
/// `with`, `try`, their `async` forms, and blocks (CPython's `compound_stmt`
/// rules with their `invalid_*_indent` messages).
extension Parser {
    func parseCompoundStatement() throws(PySyntaxError) -> Stmt {
        switch kind() {
        case .at:
            return try parseDecorated()
        case .kwDef:
            return try parseFunctionDef(decorators: [], start: pos, isAsync: false)
        case .kwClass:
            return try parseClassDef(decorators: [], start: pos)
        case .kwIf:
            return try parseIf()
        case .kwWhile:
            return try parseWhile()
        case .kwFor:
            return try parseFor(isAsync: false, start: pos)
        case .kwWith:
            return try parseWith(isAsync: false, start: pos)
        case .kwTry:
            return try parseTry()
        case .kwAsync:
            let start = pos
            advance()
            switch kind() {
            case .kwDef: return try parseFunctionDef(decorators: [], start: start, isAsync: true)
            case .kwWith: return try parseWith(isAsync: true, start: start)
            case .kwFor: return try parseFor(isAsync: true, start: start)
            default: throw fail()
            }
        default:
            throw fail()
        }
    }

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`, with
    /// "expected an indented block after <what> on line N".
    func parseBlock(after what: String, line: Int32) throws(PySyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        if at(.newline) {
            if kind(1) != .indent {
                throw errorHere("expected an indented block after \(what) on line \(line)", .indentationError)
            }
            advance()
            advance()
            repeat {
                try parseStatement(into: &body)
            } while !at(.dedent) && !at(.endMarker)
            try expect(.dedent)
            return body
        }
        try parseSimpleStatements(into: &body)
        return body
    }

    /// Requires ':' after a compound statement header (the `invalid_*_stmt`
    /// "expected ':'" when the header is followed by NEWLINE).
    func expectHeaderColon() throws(PySyntaxError) {
        if accept(.colon) { return }
        if at(.newline) { throw errorHere("expected ':'") }
        throw fail()
    }

    // MARK: - Decorators, def, class

    func parseDecorated() throws(PySyntaxError) -> Stmt {
        let start = pos
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            try expect(.newline)
        }
        switch kind() {
        case .kwDef:
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: false)
        case .kwAsync where kind(1) == .kwDef:
            advance()
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: true)
        case .kwClass:
            return try parseClassDef(decorators: decorators, start: start)
        default:
            throw fail()
        }
    }

    /// `function_def_raw`; the current token is 'def'. A decorated definition's
    /// position starts at 'def' (or 'async'), as in CPython.
    func parseFunctionDef(decorators: [Expr], start: Int, isAsync: Bool) throws(PySyntaxError) -> Stmt {
        let defTok = token()
        let nodeStart = isAsync ? pos - 1 : pos
        advance()
        let nameTok = try expect(.name)
        try expectForced(.lpar, "(")
        let args = try parseParameters(isLambda: false)
        try expect(.rpar)
        var returns: Expr? = nil
        if accept(.arrow) { returns = try parseExpression() }
        try expectForced(.colon, ":")
        let body = try parseBlock(after: "function definition", line: defTok.line)
        let name = identifier(nameTok)
        let r = range(from: nodeStart)
        if isAsync {
            return Stmt(.asyncFunctionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns), r)
        }
        return Stmt(.functionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns), r)
    }

    /// `class_def_raw`; the current token is 'class'.
    func parseClassDef(decorators: [Expr], start: Int) throws(PySyntaxError) -> Stmt {
        let classTok = token()
        let nodeStart = pos
        advance()
        let nameTok = try expect(.name)
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if at(.lpar) {
            (bases, keywords) = try parseArgumentList(allowGenexp: false)
        }
        try expectHeaderColon()
        let body = try parseBlock(after: "class definition", line: classTok.line)
        return Stmt(.classDef(name: identifier(nameTok), bases: bases, keywords: keywords, body: body, decoratorList: decorators),
                    range(from: nodeStart))
    }

    // MARK: - if / while / for

    func parseIf() throws(PySyntaxError) -> Stmt {
        let start = pos
        let ifTok = token()
        advance()
        let test = try parseNamedExpression()
        try expectHeaderColon()
        let body = try parseBlock(after: "'if' statement", line: ifTok.line)
        let orelse = try parseElifOrElse()
        return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))
    }

    func parseElifOrElse() throws(PySyntaxError) -> [Stmt] {
        if at(.kwElif) {
            // Each elif nests an If in the previous one's orelse (two CPython rule levels).
            try enter(levels: 2)
            defer { leave(levels: 2) }
            let start = pos
            let elifTok = token()
            advance()
            let test = try parseNamedExpression()
            try expectHeaderColon()
            let body = try parseBlock(after: "'elif' statement", line: elifTok.line)
            let orelse = try parseElifOrElse()
            return [Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))]
        }
        return try parseElseBlock()
    }

    /// `else_block: 'else' &&':' block`, or nothing.
    func parseElseBlock() throws(PySyntaxError) -> [Stmt] {
        guard at(.kwElse) else { return [] }
        let elseTok = token()
        advance()
        try expectForced(.colon, ":")
        return try parseBlock(after: "'else' statement", line: elseTok.line)
    }

    func parseWhile() throws(PySyntaxError) -> Stmt {
        let start = pos
        let whileTok = token()
        advance()
        let test = try parseNamedExpression()
        try expectHeaderColon()
        let body = try parseBlock(after: "'while' statement", line: whileTok.line)
        let orelse = try parseElseBlock()
        return Stmt(.while(test: test, body: body, orelse: orelse), range(from: start))
    }

    /// `for_stmt`; the current token is 'for' (after 'async' when `isAsync`).
    func parseFor(isAsync: Bool, start: Int) throws(PySyntaxError) -> Stmt {
        let forTok = token()
        advance()
        let storeTarget = try parseForTargetAndIn()
        let iter = try parseStarExpressions()
        try expectHeaderColon()
        let body = try parseBlock(after: "'for' statement", line: forTok.line)
        let orelse = try parseElseBlock()
        let r = range(from: start)
        if isAsync {
            return Stmt(.asyncFor(target: storeTarget, iter: iter, body: body, orelse: orelse), r)
        }
        return Stmt(.for(target: storeTarget, iter: iter, body: body, orelse: orelse), r)
    }

    // MARK: - with

    /// `with_stmt`; the current token is 'with'.
    func parseWith(isAsync: Bool, start: Int) throws(PySyntaxError) -> Stmt {
        let withTok = token()
        advance()
        var items: [WithItem] = []
        var parsed = false
        if at(.lpar) {
            // 'with' '(' ','.with_item+ ','? ')' ':'
            let save = pos
            advance()
            do {
                var list: [WithItem] = []
                while true {
                    list.append(try parseWithItem())
                    if accept(.comma) {
                        if at(.rpar) { break }
                        continue
                    }
                    break
                }
                if accept(.rpar) && (at(.colon) || at(.newline)) {
                    items = list
                    parsed = true
                }
            } catch {
                if error.message != decorate(Parser.genericMessage) { throw error }
            }
            if !parsed { pos = save }
        }
        if !parsed {
            repeat {
                items.append(try parseWithItem())
            } while accept(.comma)
        }
        try expectHeaderColon()
        let body = try parseBlock(after: "'with' statement", line: withTok.line)
        let r = range(from: start)
        if isAsync { return Stmt(.asyncWith(items: items, body: body), r) }
        return Stmt(.with(items: items, body: body), r)
    }

    /// `with_item: expression 'as' star_target &(',' | ')' | ':') | expression`
    func parseWithItem() throws(PySyntaxError) -> WithItem {
        let e = try parseExpression()
        if accept(.kwAs) {
            let targetStart = pos
            let t = try parseStarTargetElement()
            if at(.newline) { throw errorHere("expected ':'") }
            if !(at(.comma) || at(.rpar) || at(.colon)) {
                pos = targetStart
                throw fail()
            }
            let stored = try toStarTargets(t, .store, rule: .starTargets)
            return WithItem(contextExpr: e, optionalVars: stored)
        }
        return WithItem(contextExpr: e, optionalVars: nil)
    }

    // MARK: - try

    func parseTry() throws(PySyntaxError) -> Stmt {
        let start = pos
        let tryTok = token()
        advance()
        try expectForced(.colon, ":")
        let body = try parseBlock(after: "'try' statement", line: tryTok.line)
        var handlers: [ExceptHandler] = []
        var isStar: Bool? = nil
        while at(.kwExcept) {
            let exceptTok = token()
            let hStart = pos
            advance()
            let star = accept(.star)
            if let s = isStar, s != star {
                throw errorHere("cannot have both 'except' and 'except*' on the same 'try'")
            }
            isStar = star
            var type: Expr? = nil
            var name: String? = nil
            if star && (at(.colon) || at(.newline)) {
                throw errorHere("expected one or more exception types")
            }
            if !at(.colon) {
                let t = try parseExpression()
                if at(.comma) {
                    // invalid_except_stmt: multiple exception types must be parenthesized
                    let save = pos
                    advance()
                    if (try? parseExpressions()) != nil {
                        if accept(.kwAs) { _ = accept(.name) }
                        if at(.colon) {
                            throw errorStartingFrom(t.range, "multiple exception types must be parenthesized")
                        }
                    }
                    pos = save
                }
                type = t
                if accept(.kwAs) { name = identifier(try expect(.name)) }
            }
            try expectHeaderColon()
            let what = star ? "'except*' statement" : "'except' statement"
            let hBody = try parseBlock(after: what, line: exceptTok.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hBody, range: range(from: hStart)))
        }
        let orelse = handlers.isEmpty ? [] : try parseElseBlock()
        var finalbody: [Stmt] = []
        if at(.kwFinally) {
            let finTok = token()
            advance()
            try expectForced(.colon, ":")
            finalbody = try parseBlock(after: "'finally' statement", line: finTok.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw errorHere("expected 'except' or 'finally' block")
        }
        let r = range(from: start)
        if isStar == true {
            return Stmt(.tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), r)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), r)
    }
}

import GrailSyntax

/// Statements (CPython's `compiler_visit_stmt` and the simple statement
/// helpers); compound statements with handlers live in
/// `Compiler+Exceptions.swift`, definitions in `Compiler+Functions.swift`.
extension CodeGen {
    func visitStmts(_ body: [Stmt]) {
        for s in body { visitStmt(s) }
    }

    func visitStmt(_ s: Stmt) {
        b.loc = s.range
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns):
            compileFunction(s, name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: false)
        case .asyncFunctionDef(let name, let args, let body, let decorators, let returns):
            compileFunction(s, name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: true)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            compileClass(s, name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        case .return(let value):
            compileReturn(s, value)
        case .delete(let targets):
            for t in targets { visitExpr(t) }
        case .assign(let targets, let value):
            visitExpr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { b.emit(.COPY, 1) }
                visitExpr(t)
            }
        case .augAssign(let target, let op, let value):
            compileAugAssign(s, target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            compileAnnAssign(s, target, annotation, value, simple)
        case .for(let target, let iter, let body, let orelse):
            compileFor(s, target, iter, body, orelse, isAsync: false)
        case .asyncFor(let target, let iter, let body, let orelse):
            compileFor(s, target, iter, body, orelse, isAsync: true)
        case .while(let test, let body, let orelse):
            compileWhile(s, test, body, orelse)
        case .if(let test, let body, let orelse):
            let end = b.newLabel()
            let next = orelse.isEmpty ? end : b.newLabel()
            jumpIf(test, next, cond: false)
            visitStmts(body)
            if !orelse.isEmpty {
                b.loc = nil
                b.emitJump(.JUMP, end)
                b.bind(next)
                visitStmts(orelse)
            }
            b.bind(end)
        case .with(let items, let body):
            compileWith(s, items, body, 0, isAsync: false)
        case .asyncWith(let items, let body):
            compileWith(s, items, body, 0, isAsync: true)
        case .match(let subject, let cases):
            compileMatch(s, subject, cases)
        case .raise(let exc, let cause):
            var n = 0
            if let e = exc {
                visitExpr(e)
                n += 1
                if let c = cause {
                    visitExpr(c)
                    n += 1
                }
            }
            b.emit(.RAISE_VARARGS, n)
        case .try(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                compileTryFinally(s, body, handlers, orelse, finalbody, star: false)
            } else {
                compileTryExcept(s, body, handlers, orelse)
            }
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                compileTryFinally(s, body, handlers, orelse, finalbody, star: true)
            } else {
                compileTryStarExcept(s, body, handlers, orelse)
            }
        case .assert(let test, let msg):
            let end = b.newLabel()
            jumpIf(test, end, cond: true)
            b.emit(.LOAD_ASSERTION_ERROR)
            if let m = msg {
                visitExpr(m)
                b.emit(.CALL, 0)
            }
            b.emit(.RAISE_VARARGS, 1)
            b.bind(end)
        case .import(let names):
            compileImport(names)
        case .importFrom(let module, let names, let level):
            compileImportFrom(module, names, level)
        case .global, .nonlocal, .pass:
            break
        case .expr(let value):
            if mode == .single && stack.isEmpty {
                visitExpr(value)
                b.emit(.PRINT_EXPR)
            } else if case .constant = value.kind {
                // A constant statement (e.g. a docstring-like string) does nothing.
            } else {
                visitExpr(value)
                b.loc = nil
                b.emit(.POP_TOP)
            }
        case .break:
            compileBreak(s)
        case .continue:
            compileContinue(s)
        }
    }

    // MARK: simple statements

    func compileAugAssign(_ s: Stmt, _ target: Expr, _ op: BinaryOperator, _ value: Expr) {
        b.loc = target.range
        switch target.kind {
        case .attribute(let obj, let attr, _):
            visitExpr(obj)
            b.emit(.COPY, 1)
            emitName(.LOAD_ATTR, attr)
        case .subscript(let obj, let slice, _):
            visitExpr(obj)
            visitExpr(slice)
            b.emit(.COPY, 2)
            b.emit(.COPY, 2)
            b.emit(.BINARY_SUBSCR)
        case .name(let id, _):
            nameOp(id, .load)
        default:
            fail("invalid node type for augmented assignment", target.range)
            return
        }
        b.loc = s.range
        visitExpr(value)
        b.emit(.BINARY_OP, binaryOpArg(op, inplace: true))
        b.loc = target.range
        switch target.kind {
        case .attribute(_, let attr, _):
            b.emit(.SWAP, 2)
            emitName(.STORE_ATTR, attr)
        case .subscript:
            b.emit(.SWAP, 3)
            b.emit(.SWAP, 2)
            b.emit(.STORE_SUBSCR)
        case .name(let id, _):
            nameOp(id, .store)
        default:
            break
        }
    }

    func compileAnnAssign(_ s: Stmt, _ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) {
        if let v = value {
            visitExpr(v)
            visitExpr(target)
        }
        let moduleOrClass = unit.kind == .module || unit.kind == .classBody
        switch target.kind {
        case .name(let id, _):
            if simple && moduleOrClass {
                visitAnnotation(annotation)
                emitName(.LOAD_NAME, "__annotations__", mangle: false)
                b.loadConst(.str(Array(mangleName(unit.privateName, id).unicodeScalars.map { $0.value })))
                b.emit(.STORE_SUBSCR)
            }
        case .attribute(let obj, _, _):
            if value == nil { checkAnnExpr(obj) }
        case .subscript(let obj, let slice, _):
            if value == nil {
                checkAnnExpr(obj)
                checkAnnSubscr(slice)
            }
        default:
            break
        }
        if !simple && !futureAnnotations && moduleOrClass {
            checkAnnExpr(annotation)
        }
    }

    private func checkAnnExpr(_ e: Expr) {
        visitExpr(e)
        b.emit(.POP_TOP)
    }

    private func checkAnnSubscr(_ e: Expr) {
        switch e.kind {
        case .slice(let lower, let upper, let step):
            if let x = lower { checkAnnExpr(x) }
            if let x = upper { checkAnnExpr(x) }
            if let x = step { checkAnnExpr(x) }
        case .tuple(let elts, _):
            for x in elts { checkAnnSubscr(x) }
        default:
            checkAnnExpr(e)
        }
    }

    /// An annotation value: evaluated, or a string under
    /// `from __future__ import annotations`.
    func visitAnnotation(_ e: Expr) {
        if futureAnnotations {
            withLoc(e.range) { b.loadConst(.str(Array(Unparser.unparse(e).unicodeScalars.map { $0.value }))) }
        } else {
            visitExpr(e)
        }
    }

    // MARK: imports

    func compileImport(_ names: [Alias]) {
        for alias in names {
            b.loadConst(.int(0))
            b.loadConst(.none)
            emitName(.IMPORT_NAME, alias.name)
            if let asname = alias.asname {
                let parts = alias.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if parts.count > 1 {
                    for (i, attr) in parts.dropFirst().enumerated() {
                        emitName(.IMPORT_FROM, attr, mangle: false)
                        if i < parts.count - 2 {
                            b.emit(.SWAP, 2)
                            b.emit(.POP_TOP)
                        }
                    }
                    nameOp(asname, .store)
                    b.emit(.POP_TOP)
                } else {
                    nameOp(asname, .store)
                }
            } else {
                var store = alias.name
                if let dot = store.firstIndex(of: ".") { store = String(store[..<dot]) }
                nameOp(store, .store)
            }
        }
    }

    func compileImportFrom(_ module: String?, _ names: [Alias], _ level: Int) {
        b.loadConst(.int(level))
        b.loadConst(.tuple(names.map { .str(Array($0.name.unicodeScalars.map { $0.value })) }))
        emitName(.IMPORT_NAME, module ?? "")
        for (i, alias) in names.enumerated() {
            if i == 0 && alias.name.hasPrefix("*") {
                b.emit(.IMPORT_STAR)
                return
            }
            emitName(.IMPORT_FROM, alias.name)
            nameOp(alias.asname ?? alias.name, .store)
        }
        b.emit(.POP_TOP)
    }

    // MARK: loops

    func compileFor(_ s: Stmt, _ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], isAsync: Bool) {
        let start = b.newLabel(), cleanup = b.newLabel(), end = b.newLabel()
        pushFBlock(FBlock(kind: .forLoop, block: start, exit: end))
        visitExpr(iter)
        b.emit(.GET_ITER)
        b.bind(start)
        b.emitJump(.FOR_ITER, cleanup)
        visitExpr(target)
        visitStmts(body)
        b.loc = nil
        b.emitJump(.JUMP, start)
        b.bind(cleanup)
        popFBlock()
        visitStmts(orelse)
        b.bind(end)
    }

    func compileWhile(_ s: Stmt, _ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) {
        let loop = b.newLabel(), bodyLabel = b.newLabel(), anchor = b.newLabel(), end = b.newLabel()
        b.bind(loop)
        pushFBlock(FBlock(kind: .whileLoop, block: loop, exit: end))
        jumpIf(test, anchor, cond: false)
        b.bind(bodyLabel)
        visitStmts(body)
        b.loc = s.range
        jumpIf(test, bodyLabel, cond: true)
        popFBlock()
        b.bind(anchor)
        visitStmts(orelse)
        b.bind(end)
    }

    // MARK: return / break / continue

    func compileReturn(_ s: Stmt, _ value: Expr?) {
        let constValue = value.flatMap { constantValue(of: $0) }
        let preserveTOS = value != nil && constValue == nil
        if preserveTOS, let v = value { visitExpr(v) }
        let savedHandlers = b.handlerStack
        defer { b.handlerStack = savedHandlers }
        _ = unwindFBlockStack(preserveTOS: preserveTOS, stopAtLoop: false)
        if value == nil {
            b.loadConst(.none)
        } else if let c = constValue {
            b.loadConst(c)
        }
        b.emit(.RETURN_VALUE)
    }

    func compileBreak(_ s: Stmt) {
        let savedHandlers = b.handlerStack
        defer { b.handlerStack = savedHandlers }
        guard let loop = unwindFBlockStack(preserveTOS: false, stopAtLoop: true) else {
            fail("'break' outside loop", s.range)
            return
        }
        unwindFBlock(loop, preserveTOS: false)
        b.emitJump(.JUMP, loop.exit)
    }

    func compileContinue(_ s: Stmt) {
        let savedHandlers = b.handlerStack
        defer { b.handlerStack = savedHandlers }
        guard let loop = unwindFBlockStack(preserveTOS: false, stopAtLoop: true) else {
            fail("'continue' not properly in loop", s.range)
            return
        }
        b.emitJump(.JUMP, loop.block)
    }
}

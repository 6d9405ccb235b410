import GrailSyntax

/// Code units nested in others: `def`, `class`, `lambda` and
/// comprehensions (CPython 3.11's `compiler_function`, `compiler_class`,
/// `compiler_lambda`, `compiler_comprehension`, `compiler_make_closure`).
extension CodeGen {
    // MARK: closures and arguments

    /// Pushes a function made from `code`: its closure tuple (cells of this
    /// unit or free variables passed through) and `MAKE_FUNCTION flags`.
    func makeClosure(_ code: CodeUnit, flags: Int) {
        var flags = flags
        if !code.freevars.isEmpty {
            for name in code.freevars {
                let idx: Int?
                if unit.kind == .classBody && name == "__class__" {
                    idx = b.cellIndex(name)
                } else if unit.scope.scope(of: name) == .cell {
                    idx = b.cellIndex(name)
                } else {
                    idx = b.freeIndex(name)
                }
                if let i = idx {
                    b.emit(.LOAD_CLOSURE, i)
                } else {
                    fail("internal compiler error: no cell for free variable '\(name)' of \(code.qualname)", b.loc)
                    b.loadConst(.none)
                }
            }
            flags |= MakeFunctionFlag.closure
            b.emit(.BUILD_TUPLE, code.freevars.count)
        }
        b.loadConst(.code(code))
        b.emit(.MAKE_FUNCTION, flags)
    }

    /// CPython's `compiler_default_arguments`; returns MAKE_FUNCTION flags.
    func defaultArguments(_ args: Arguments) -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { visitExpr(d) }
            b.emit(.BUILD_TUPLE, args.defaults.count)
            flags |= MakeFunctionFlag.defaults
        }
        var keys: [CodeConstant] = []
        for (i, a) in args.kwonlyargs.enumerated() {
            guard i < args.kwDefaults.count, let d = args.kwDefaults[i] else { continue }
            keys.append(CodeGen.strConst(mangleName(unit.privateName, a.arg)))
            visitExpr(d)
        }
        if !keys.isEmpty {
            b.loadConst(.tuple(keys))
            b.emit(.BUILD_CONST_KEY_MAP, keys.count)
            flags |= MakeFunctionFlag.kwDefaults
        }
        return flags
    }

    /// CPython's `compiler_visit_annotations`: pushes a flat tuple of
    /// name/value pairs; returns whether there was any.
    func visitAnnotations(_ args: Arguments, _ returns: Expr?) -> Bool {
        var count = 0
        func one(_ name: String, _ ann: Expr?) {
            guard let ann = ann else { return }
            b.loadConst(CodeGen.strConst(mangleName(unit.privateName, name)))
            if futureAnnotations {
                visitAnnotation(ann)
            } else if case .starred(let value, _) = ann.kind {
                visitExpr(value)
                b.emit(.UNPACK_SEQUENCE, 1)
            } else {
                visitExpr(ann)
            }
            count += 2
        }
        for a in args.args { one(a.arg, a.annotation) }
        for a in args.posonlyargs { one(a.arg, a.annotation) }
        if let v = args.vararg { one(v.arg, v.annotation) }
        for a in args.kwonlyargs { one(a.arg, a.annotation) }
        if let k = args.kwarg { one(k.arg, k.annotation) }
        one("return", returns)
        if count > 0 {
            b.emit(.BUILD_TUPLE, count)
            return true
        }
        return false
    }

    private func setArgCounts(_ args: Arguments) {
        unit.argCount = args.posonlyargs.count + args.args.count
        unit.posOnlyArgCount = args.posonlyargs.count
        unit.kwOnlyArgCount = args.kwonlyargs.count
    }

    // MARK: def / class

    func compileFunction(_ s: Stmt, name: String, args: Arguments, body: [Stmt], decorators: [Expr],
                         returns: Expr?, isAsync: Bool) {
        for d in decorators { visitExpr(d) }
        let firstLine = Int(decorators.first?.range.lineno ?? s.range.lineno)
        var flags = defaultArguments(args)
        if visitAnnotations(args, returns) { flags |= MakeFunctionFlag.annotations }
        let scope = scopeFor(ScopeKey(s.range, .function), kind: .function, name: name)
        enterUnit(isAsync ? .asyncFunction : .function, scope: scope, name: name, firstLineNo: firstLine)
        b.loc = s.range
        let doc = docString(body)
        _ = b.constIndex(doc.map { .str($0) } ?? .none)
        setArgCounts(args)
        for st in body.dropFirst(doc == nil ? 0 : 1) { visitStmt(st) }
        finishWithReturnNone()
        let code = exitUnit(keepFirstConst: true)
        b.loc = s.range
        makeClosure(code, flags: flags)
        for d in decorators.reversed() {
            withLoc(d.range) { b.emit(.CALL, 0) }
        }
        b.loc = s.range
        nameOp(name, .store)
    }

    func compileClass(_ s: Stmt, name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        for d in decorators { visitExpr(d) }
        let firstLine = Int(decorators.first?.range.lineno ?? s.range.lineno)
        let scope = scopeFor(ScopeKey(s.range, .classBody), kind: .classBody, name: name)
        enterUnit(.classBody, scope: scope, name: name, firstLineNo: firstLine)
        unit.privateName = name
        b.loc = s.range
        nameOp("__name__", .load)
        nameOp("__module__", .store)
        b.loadConst(CodeGen.strConst(unit.qualname))
        nameOp("__qualname__", .store)
        compileBody(body)
        b.loc = nil
        if scope.needsClassClosure, let i = b.cellIndex("__class__") {
            b.emit(.LOAD_CLOSURE, i)
            b.emit(.COPY, 1)
            nameOp("__classcell__", .store)
        } else {
            b.loadConst(.none)
        }
        b.emit(.RETURN_VALUE)
        let code = exitUnit(keepFirstConst: false)
        b.loc = s.range
        b.emit(.PUSH_NULL)
        b.emit(.LOAD_BUILD_CLASS)
        makeClosure(code, flags: 0)
        b.loadConst(CodeGen.strConst(name))
        callHelper(2, bases, keywords)
        for d in decorators.reversed() {
            withLoc(d.range) { b.emit(.CALL, 0) }
        }
        b.loc = s.range
        nameOp(name, .store)
    }

    // MARK: lambda

    func compileLambda(_ e: Expr, _ args: Arguments, _ body: Expr) {
        let flags = defaultArguments(args)
        let scope = scopeFor(ScopeKey(e.range, .lambda), kind: .function, name: "<lambda>")
        enterUnit(.lambda, scope: scope, name: "<lambda>", firstLineNo: Int(e.range.lineno))
        b.loc = e.range
        _ = b.constIndex(.none)
        setArgCounts(args)
        visitExpr(body)
        b.emit(.RETURN_VALUE)
        let code = exitUnit(keepFirstConst: true)
        makeClosure(code, flags: flags)
    }

    // MARK: comprehensions

    func compileComprehension(_ e: Expr, _ tag: ScopeKey.Tag, _ name: String, _ gens: [Comprehension],
                              _ elt: Expr, _ value: Expr?) {
        guard let outermost = gens.first else {
            fail("comprehension with no generators", e.range)
            return
        }
        let scope = scopeFor(ScopeKey(e.range, tag), kind: .function, name: name)
        enterUnit(.comprehension, scope: scope, name: name, firstLineNo: Int(e.range.lineno))
        b.loc = e.range
        switch tag {
        case .listComp: b.emit(.BUILD_LIST, 0)
        case .setComp: b.emit(.BUILD_SET, 0)
        case .dictComp: b.emit(.BUILD_MAP, 0)
        default: break
        }
        comprehensionGenerator(gens, 0, 0, elt, value, tag)
        unit.argCount = 1
        if tag != .genExp {
            b.emit(.RETURN_VALUE)
        } else {
            finishWithReturnNone()
        }
        let code = exitUnit(keepFirstConst: false)
        makeClosure(code, flags: 0)
        visitExpr(outermost.iter)
        b.emit(.GET_ITER)
        b.emit(.CALL, 0)
    }

    /// CPython's `compiler_sync_comprehension_generator` (async ones are
    /// compiled the same way: Grail does not run coroutines).
    private func comprehensionGenerator(_ gens: [Comprehension], _ index: Int, _ depthIn: Int,
                                        _ elt: Expr, _ value: Expr?, _ tag: ScopeKey.Tag) {
        guard index < gens.count else { return }
        var depth = depthIn
        let gen = gens[index]
        var start: Int? = b.newLabel()
        let ifCleanup = b.newLabel(), anchor = b.newLabel()
        if index == 0 {
            b.emit(.LOAD_FAST, b.varnameIndex(".0"))
        } else {
            var single: Expr?
            switch gen.iter.kind {
            case .list(let elts, _), .tuple(let elts, _):
                if elts.count == 1, let x = elts.first {
                    if case .starred = x.kind {} else { single = x }
                }
            default:
                break
            }
            if let x = single {
                visitExpr(x)
                start = nil
            } else {
                visitExpr(gen.iter)
                b.emit(.GET_ITER)
            }
        }
        if let st = start {
            depth += 1
            b.bind(st)
            b.emitJump(.FOR_ITER, anchor)
        }
        visitExpr(gen.target)
        for cond in gen.ifs { jumpIf(cond, ifCleanup, cond: false) }
        if index + 1 < gens.count {
            comprehensionGenerator(gens, index + 1, depth, elt, value, tag)
        } else {
            switch tag {
            case .genExp:
                visitExpr(elt)
                b.emit(.YIELD_VALUE)
                b.emit(.POP_TOP)
            case .listComp:
                visitExpr(elt)
                b.emit(.LIST_APPEND, depth + 1)
            case .setComp:
                visitExpr(elt)
                b.emit(.SET_ADD, depth + 1)
            case .dictComp:
                visitExpr(elt)
                if let v = value { visitExpr(v) } else { b.loadConst(.none) }
                b.emit(.MAP_ADD, depth + 1)
            default:
                break
            }
        }
        b.bind(ifCleanup)
        if let st = start {
            b.emitJump(.JUMP, st)
            b.bind(anchor)
        }
    }
}

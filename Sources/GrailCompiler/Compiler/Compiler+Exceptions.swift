import GrailSyntax

/// `try`/`except`/`finally`, `try`/`except*`, `with`, and the unwinding of
/// frame blocks by `return`/`break`/`continue` (CPython 3.11's code shapes;
/// handler ranges are delimited by SETUP_*/POP_BLOCK pseudo-instructions).
extension CodeGen {
    // MARK: unwinding

    /// CPython's `compiler_unwind_fblock`.
    func unwindFBlock(_ f: FBlock, preserveTOS: Bool) {
        switch f.kind {
        case .whileLoop, .exceptionHandler, .exceptionGroupHandler, .asyncComprehensionGenerator:
            return
        case .forLoop:
            if preserveTOS { b.emit(.SWAP, 2) }
            b.emit(.POP_TOP)
        case .tryExcept:
            b.popBlock()
        case .finallyTry:
            b.popBlock()
            if preserveTOS { pushFBlock(FBlock(kind: .popValue)) }
            visitStmts(f.finalBody)
            if preserveTOS { popFBlock() }
            b.loc = nil
        case .finallyEnd:
            if preserveTOS { b.emit(.SWAP, 2) }
            b.emit(.POP_TOP)
            if preserveTOS { b.emit(.SWAP, 2) }
            b.popBlock()
            b.emit(.POP_EXCEPT)
        case .with, .asyncWith:
            b.loc = f.loc
            b.popBlock()
            if preserveTOS { b.emit(.SWAP, 2) }
            callExitWithNones()
            if f.kind == .asyncWith { emitAwait() }
            b.emit(.POP_TOP)
            b.loc = nil
        case .handlerCleanup:
            if f.name != nil { b.popBlock() }
            if preserveTOS { b.emit(.SWAP, 2) }
            b.popBlock()
            b.emit(.POP_EXCEPT)
            if let n = f.name {
                b.loadConst(.none)
                nameOp(n, .store)
                nameOp(n, .del)
            }
        case .popValue:
            if preserveTOS { b.emit(.SWAP, 2) }
            b.emit(.POP_TOP)
        }
    }

    /// CPython's `compiler_unwind_fblock_stack`: unwinds blocks innermost
    /// first; with `stopAtLoop`, stops at (and returns) the innermost loop.
    /// The blocks are restored afterwards; the caller restores the handler stack.
    func unwindFBlockStack(preserveTOS: Bool, stopAtLoop: Bool) -> FBlock? {
        guard let top = unit.fblocks.last else { return nil }
        if top.kind == .exceptionGroupHandler {
            fail("'break', 'continue' and 'return' cannot appear in an except* block", b.loc)
            return nil
        }
        if stopAtLoop && (top.kind == .whileLoop || top.kind == .forLoop) {
            return top
        }
        unit.fblocks.removeLast()
        unwindFBlock(top, preserveTOS: preserveTOS)
        let loop = unwindFBlockStack(preserveTOS: preserveTOS, stopAtLoop: stopAtLoop)
        unit.fblocks.append(top)
        return loop
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`.
    func popExceptAndReraise() {
        b.emit(.COPY, 3)
        b.emit(.POP_EXCEPT)
        b.emit(.RERAISE, 1)
    }

    // MARK: try

    func compileTryFinally(_ s: Stmt, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                           _ finalbody: [Stmt], star: Bool) {
        let end = b.newLabel(), exit = b.newLabel(), cleanup = b.newLabel()
        b.setup(.setupFinally, end)
        pushFBlock(FBlock(kind: .finallyTry, finalBody: finalbody))
        if !handlers.isEmpty {
            if star {
                compileTryStarExcept(s, body, handlers, orelse)
            } else {
                compileTryExcept(s, body, handlers, orelse)
            }
        } else {
            visitStmts(body)
        }
        b.loc = nil
        b.popBlock()
        popFBlock()
        visitStmts(finalbody)
        b.loc = nil
        b.emitJump(.JUMP, exit)
        // The exceptional path.
        b.bind(end)
        b.loc = nil
        b.setup(.setupCleanup, cleanup)
        b.emit(.PUSH_EXC_INFO)
        pushFBlock(FBlock(kind: .finallyEnd))
        visitStmts(finalbody)
        popFBlock()
        b.loc = nil
        b.emit(.RERAISE, 0)
        b.bind(cleanup)
        popExceptAndReraise()
        b.bind(exit)
    }

    func compileTryExcept(_ s: Stmt, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) {
        var except = b.newLabel()
        let end = b.newLabel(), cleanup = b.newLabel()
        b.setup(.setupFinally, except)
        pushFBlock(FBlock(kind: .tryExcept))
        visitStmts(body)
        popFBlock()
        b.loc = nil
        b.popBlock()
        visitStmts(orelse)
        b.loc = nil
        b.emitJump(.JUMP, end)
        b.bind(except)
        b.loc = nil
        b.setup(.setupCleanup, cleanup)
        b.emit(.PUSH_EXC_INFO)
        pushFBlock(FBlock(kind: .exceptionHandler))
        for (i, h) in handlers.enumerated() {
            b.loc = h.range
            if h.type == nil && i < handlers.count - 1 {
                fail("default 'except:' must be last", h.range)
            }
            except = b.newLabel()
            if let t = h.type {
                visitExpr(t)
                b.emit(.CHECK_EXC_MATCH)
                b.emitJump(.POP_JUMP_IF_FALSE, except)
            }
            if let name = h.name {
                let cleanupEnd = b.newLabel()
                nameOp(name, .store)
                b.setup(.setupCleanup, cleanupEnd)
                pushFBlock(FBlock(kind: .handlerCleanup, name: name))
                visitStmts(h.body)
                popFBlock()
                b.loc = nil
                b.popBlock()
                b.popBlock()
                b.emit(.POP_EXCEPT)
                b.loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .del)
                b.emitJump(.JUMP, end)
                b.bind(cleanupEnd)
                b.loc = nil
                b.loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .del)
                b.emit(.RERAISE, 1)
            } else {
                b.emit(.POP_TOP)
                pushFBlock(FBlock(kind: .handlerCleanup))
                visitStmts(h.body)
                popFBlock()
                b.loc = nil
                b.popBlock()
                b.emit(.POP_EXCEPT)
                b.emitJump(.JUMP, end)
            }
            b.bind(except)
        }
        b.loc = nil
        popFBlock()
        b.emit(.RERAISE, 0)
        b.bind(cleanup)
        popExceptAndReraise()
        b.bind(end)
    }

    /// CPython 3.11's `compiler_try_star_except`.
    func compileTryStarExcept(_ s: Stmt, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) {
        var except = b.newLabel()
        let orelseLabel = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel(), reraiseStar = b.newLabel()
        b.setup(.setupFinally, except)
        pushFBlock(FBlock(kind: .tryExcept))
        visitStmts(body)
        popFBlock()
        b.loc = nil
        b.popBlock()
        b.emitJump(.JUMP, orelseLabel)
        b.bind(except)
        b.loc = nil
        b.setup(.setupCleanup, cleanup)
        b.emit(.PUSH_EXC_INFO)
        pushFBlock(FBlock(kind: .exceptionGroupHandler))
        let n = handlers.count
        for (i, h) in handlers.enumerated() {
            b.loc = h.range
            except = b.newLabel()
            let exceptWithError = b.newLabel(), noMatch = b.newLabel()
            if i == 0 {
                b.emit(.COPY, 1)
                b.emit(.BUILD_LIST, 0)
                b.emit(.SWAP, 2)
            }
            if let t = h.type {
                visitExpr(t)
                b.emit(.CHECK_EG_MATCH)
                b.emit(.COPY, 1)
                b.emitJump(.POP_JUMP_IF_NONE, noMatch)
            }
            let cleanupEnd = b.newLabel()
            if let name = h.name {
                nameOp(name, .store)
            } else {
                b.emit(.POP_TOP)
            }
            b.setup(.setupCleanup, cleanupEnd)
            pushFBlock(FBlock(kind: .handlerCleanup, name: h.name))
            visitStmts(h.body)
            popFBlock()
            b.loc = nil
            b.popBlock()
            if let name = h.name {
                b.loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .del)
            }
            b.emitJump(.JUMP, except)
            b.bind(cleanupEnd)
            if let name = h.name {
                b.loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .del)
            }
            b.emit(.LIST_APPEND, 3)
            b.emit(.POP_TOP)
            b.emitJump(.JUMP, exceptWithError)
            b.bind(except)
            b.emitJump(.JUMP, exceptWithError)
            b.bind(noMatch)
            b.emit(.POP_TOP)
            b.bind(exceptWithError)
            if i == n - 1 {
                b.emit(.LIST_APPEND, 1)
                b.emitJump(.JUMP, reraiseStar)
            }
        }
        b.loc = nil
        popFBlock()
        let reraise = b.newLabel()
        b.bind(reraiseStar)
        b.emit(.PREP_RERAISE_STAR)
        b.emit(.COPY, 1)
        b.emitJump(.POP_JUMP_IF_NOT_NONE, reraise)
        b.emit(.POP_TOP)
        b.popBlock()
        b.emit(.POP_EXCEPT)
        b.emitJump(.JUMP, end)
        b.bind(reraise)
        b.popBlock()
        b.emit(.SWAP, 2)
        b.emit(.POP_EXCEPT)
        b.emit(.RERAISE, 0)
        b.bind(cleanup)
        popExceptAndReraise()
        b.bind(orelseLabel)
        visitStmts(orelse)
        b.bind(end)
    }

    // MARK: with

    /// `LOAD_CONST None` x3; `CALL 2` on the bound `__exit__` (3.11 shape).
    func callExitWithNones() {
        b.loadConst(.none)
        b.loadConst(.none)
        b.loadConst(.none)
        b.emit(.CALL, 2)
    }

    /// CPython 3.11's `compiler_with` (one item per recursion level).
    /// `async with` is compiled like `with` (Grail does not run coroutines).
    func compileWith(_ s: Stmt, _ items: [WithItem], _ body: [Stmt], _ pos: Int, isAsync: Bool) {
        guard pos < items.count else {
            visitStmts(body)
            return
        }
        let item = items[pos]
        let final = b.newLabel(), exit = b.newLabel(), cleanup = b.newLabel()
        visitExpr(item.contextExpr)
        b.emit(.BEFORE_WITH)
        if isAsync { emitAwait() }
        b.setup(.setupWith, final)
        pushFBlock(FBlock(kind: isAsync ? .asyncWith : .with, loc: s.range))
        if let v = item.optionalVars {
            visitExpr(v)
        } else {
            b.emit(.POP_TOP)
        }
        if pos + 1 == items.count {
            visitStmts(body)
        } else {
            compileWith(s, items, body, pos + 1, isAsync: isAsync)
        }
        b.loc = nil
        b.popBlock()
        popFBlock()
        b.loc = s.range
        callExitWithNones()
        if isAsync { emitAwait() }
        b.emit(.POP_TOP)
        b.emitJump(.JUMP, exit)
        b.bind(final)
        b.setup(.setupCleanup, cleanup)
        b.emit(.PUSH_EXC_INFO)
        b.emit(.WITH_EXCEPT_START)
        if isAsync { emitAwait() }
        withExceptFinish(cleanup)
        b.bind(exit)
    }

    /// CPython's `compiler_with_except_finish`.
    func withExceptFinish(_ cleanup: Int) {
        b.loc = nil
        let exit = b.newLabel()
        b.emitJump(.POP_JUMP_IF_TRUE, exit)
        b.emit(.RERAISE, 2)
        b.bind(cleanup)
        popExceptAndReraise()
        b.bind(exit)
        b.emit(.POP_TOP)
        b.popBlock()
        b.emit(.POP_EXCEPT)
        b.emit(.POP_TOP)
        b.emit(.POP_TOP)
    }

    /// Stand-in for `GET_AWAITABLE; LOAD_CONST None; <yield from>`: Grail
    /// has no coroutine opcodes, so `await x` is compiled as `yield from x`
    /// (async code is compiled but never run).
    func emitAwait() {
        b.emit(.GET_YIELD_FROM_ITER)
        b.loadConst(.none)
        emitYieldFrom()
    }

    /// CPython's `compiler_add_yield_from`: the SEND loop.
    func emitYieldFrom() {
        let start = b.newLabel(), exit = b.newLabel()
        b.bind(start)
        b.emitJump(.SEND, exit)
        b.emit(.YIELD_VALUE)
        b.emitJump(.JUMP, start)
        b.bind(exit)
    }
}

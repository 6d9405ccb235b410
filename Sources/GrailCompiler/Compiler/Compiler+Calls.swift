import GrailSyntax

/// Calls (CPython 3.11's `compiler_call`, `maybe_optimize_method_call`,
/// `compiler_call_helper`, `compiler_subkwargs`), with Grail's `CALL_KW`
/// in place of `KW_NAMES` + `CALL`.
extension CodeGen {
    func compileCall(_ e: Expr, _ fn: Expr, _ args: [Expr], _ keywords: [Keyword]) {
        if tryMethodCall(e, fn, args, keywords) { return }
        withLoc(fn.range) { b.emit(.PUSH_NULL) }
        visitExpr(fn)
        callHelper(0, args, keywords)
    }

    private func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    /// `obj.meth(args)` without `*`/`**` arguments: `LOAD_METHOD` form.
    private func tryMethodCall(_ e: Expr, _ fn: Expr, _ args: [Expr], _ keywords: [Keyword]) -> Bool {
        guard case .attribute(let obj, let attr, .load) = fn.kind else { return false }
        let nk = keywords.count
        if args.count + nk + (nk != 0 ? 1 : 0) >= CodeGen.stackUseGuideline { return false }
        if args.contains(where: isStarred) { return false }
        if keywords.contains(where: { $0.arg == nil }) { return false }
        visitExpr(obj)
        let saved = b.loc
        if var r = b.loc {
            r.lineno = fn.range.endLineno
            b.loc = r
        }
        emitName(.LOAD_METHOD, attr)
        for a in args { visitExpr(a) }
        for k in keywords { visitExpr(k.value) }
        emitCall(args.count + nk, keywords)
        b.loc = saved
        return true
    }

    /// `CALL n`, or `LOAD_CONST kwnames; CALL_KW n` with keywords.
    private func emitCall(_ n: Int, _ keywords: [Keyword]) {
        if keywords.isEmpty {
            b.emit(.CALL, n)
        } else {
            b.loadConst(.tuple(keywords.map { CodeGen.strConst($0.arg ?? "") }))
            b.emit(.CALL_KW, n)
        }
    }

    /// CPython's `compiler_call_helper`: `n` arguments are already pushed.
    func callHelper(_ n: Int, _ args: [Expr], _ keywords: [Keyword]) {
        let nelts = args.count, nkw = keywords.count
        let simple = nelts + nkw * 2 <= CodeGen.stackUseGuideline
            && !args.contains(where: isStarred) && !keywords.contains(where: { $0.arg == nil })
        if simple {
            for a in args { visitExpr(a) }
            for k in keywords { visitExpr(k.value) }
            emitCall(n + nelts + nkw, keywords)
            return
        }
        // CALL_FUNCTION_EX: positional arguments as a tuple.
        if n == 0 && nelts == 1, case .starred(let value, _) = args[0].kind {
            visitExpr(value)
        } else {
            starUnpack(args, pushed: n, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: true)
        }
        if nkw > 0 {
            var haveDict = false
            var nseen = 0
            for (i, k) in keywords.enumerated() {
                if k.arg == nil {
                    if nseen > 0 {
                        subkwargs(keywords, i - nseen, i)
                        if haveDict { b.emit(.DICT_MERGE, 1) }
                        haveDict = true
                        nseen = 0
                    }
                    if !haveDict {
                        b.emit(.BUILD_MAP, 0)
                        haveDict = true
                    }
                    visitExpr(k.value)
                    b.emit(.DICT_MERGE, 1)
                } else {
                    nseen += 1
                }
            }
            if nseen > 0 {
                subkwargs(keywords, nkw - nseen, nkw)
                if haveDict { b.emit(.DICT_MERGE, 1) }
            }
        }
        b.emit(.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0)
    }

    /// CPython's `compiler_subkwargs`: a dict of `keywords[begin..<end]`.
    private func subkwargs(_ keywords: [Keyword], _ begin: Int, _ end: Int) {
        let n = end - begin
        let big = n * 2 > CodeGen.stackUseGuideline
        if n > 1 && !big {
            for i in begin..<end { visitExpr(keywords[i].value) }
            b.loadConst(.tuple(keywords[begin..<end].map { CodeGen.strConst($0.arg ?? "") }))
            b.emit(.BUILD_CONST_KEY_MAP, n)
            return
        }
        if big { b.emit(.BUILD_MAP, 0) }
        for i in begin..<end {
            b.loadConst(CodeGen.strConst(keywords[i].arg ?? ""))
            visitExpr(keywords[i].value)
            if big { b.emit(.MAP_ADD, 1) }
        }
        if !big { b.emit(.BUILD_MAP, n) }
    }
}

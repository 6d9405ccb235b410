/// CPython 3.11's `Python/compile.c` as far as it raises SyntaxErrors, walking
/// the module in code-generation order (which differs from source order: a
/// comprehension's outermost iterable after its body, a `try`'s `else` before
/// its handlers, `finally` bodies also compiled where `return`/`break`/
/// `continue` leave them, a class body before its bases). It tracks what the
/// compiler tracks for these errors: the kind of code unit, the stack of
/// frame blocks (loops, `try`, `with`, handlers; at most 20), and the current
/// source location (`SET_LOC`/`UNSET_LOC`) errors are reported at.
/// Thread-safety: a value type used by one check at a time.
struct CodegenChecker {
    /// `u_scope_type`: what kind of code object is being compiled.
    /// Thread-safety: a plain value type.
    enum ScopeType { case module, classBody, function, asyncFunction, lambda, comprehension }

    /// `enum fblocktype`: the kinds of frame blocks. Thread-safety: a plain value type.
    enum FBlockKind {
        case whileLoop, forLoop, tryExcept, finallyTry, finallyEnd, with, asyncWith, handlerCleanup
        case popValue, exceptionHandler, exceptionGroupHandler, asyncComprehensionGenerator
    }

    /// `struct fblockinfo`; a `finallyTry` carries the `finally` body that
    /// leaving the block compiles. Thread-safety: a plain value type.
    struct FBlock {
        var kind: FBlockKind
        var finalBody: [Stmt] = []
        var owner: SourceRange = .zero
    }

    /// The per-code-object state (`struct compiler_unit`) the checks consult.
    /// Thread-safety: a plain value type.
    struct Unit {
        var scope: ScopeType
        /// `ste_type == FunctionBlock` (functions, lambdas, comprehensions).
        var isFunctionBlock: Bool
        var coroutine = false
        var generator = false
        var fblocks: [FBlock] = []
    }

    /// A `finally` body already compiled at a given block depth: compiling it
    /// again there cannot raise anything new (CPython compiles it up to three
    /// times; doing the same here would be exponential in nesting).
    /// Thread-safety: a plain value type.
    struct FinallyVisit: Hashable {
        var lineno: Int32
        var col: Int32
        var depth: Int
    }

    static let maxBlocks = 20
    static let unsetLoc = SourceRange(lineno: -1, col: -1, endLineno: -1, endCol: -1)

    let blocks: [BlockKey: BlockInfo]
    let futureAnnotations: Bool
    let futureLineno: Int
    var unit = Unit(scope: .module, isFunctionBlock: false)
    var loc = SourceRange.zero
    var finallyDone: Set<FinallyVisit> = []

    init(blocks: [BlockKey: BlockInfo], future: FutureFeatures) {
        self.blocks = blocks
        self.futureAnnotations = future.annotations
        self.futureLineno = future.lineno
    }

    func err(_ msg: String) -> PySyntaxError {
        CompileChecks.error(msg, loc)
    }

    func err(_ msg: String, _ r: SourceRange) -> PySyntaxError {
        CompileChecks.error(msg, r)
    }

    mutating func compileModule(_ m: Module) throws(PySyntaxError) {
        try visit(m.body)
    }

    // MARK: units and blocks

    mutating func inUnit(_ u: Unit, _ body: (inout CodegenChecker) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        let savedUnit = unit
        let savedLoc = loc
        unit = u
        try body(&self)
        unit = savedUnit
        loc = savedLoc
    }

    mutating func push(_ b: FBlock) throws(PySyntaxError) {
        if unit.fblocks.count >= CodegenChecker.maxBlocks {
            throw err("too many statically nested blocks")
        }
        unit.fblocks.append(b)
    }

    mutating func push(_ kind: FBlockKind) throws(PySyntaxError) {
        try push(FBlock(kind: kind))
    }

    mutating func pop() {
        _ = unit.fblocks.popLast()
    }

    /// `compiler_unwind_fblock_stack`: leaving the blocks above the innermost
    /// loop (or all of them for `return`) compiles the `finally` bodies met.
    /// Returns whether a loop was found.
    mutating func unwind(preserveTos: Bool, toLoop: Bool) throws(PySyntaxError) -> Bool {
        var i = unit.fblocks.count - 1
        while i >= 0 {
            let top = unit.fblocks[i]
            if top.kind == .exceptionGroupHandler {
                throw err("'break', 'continue' and 'return' cannot appear in an except* block")
            }
            if toLoop && (top.kind == .whileLoop || top.kind == .forLoop) {
                return true
            }
            switch top.kind {
            case .finallyTry:
                let saved = unit.fblocks
                unit.fblocks.removeLast(unit.fblocks.count - i)
                if preserveTos { try push(.popValue) }
                try visitFinally(top.finalBody, top.owner)
                unit.fblocks = saved
                loc = CodegenChecker.unsetLoc
            case .with, .asyncWith:
                // The `__exit__` call is made artificial (`UNSET_LOC`).
                loc = CodegenChecker.unsetLoc
            default:
                break
            }
            i -= 1
        }
        return false
    }

    mutating func visitFinally(_ body: [Stmt], _ owner: SourceRange) throws(PySyntaxError) {
        let key = FinallyVisit(lineno: owner.lineno, col: owner.col, depth: unit.fblocks.count)
        if finallyDone.contains(key) { return }
        try visit(body)
        finallyDone.insert(key)
    }

    // MARK: statements

    mutating func visit(_ body: [Stmt]) throws(PySyntaxError) {
        for s in body { try visit(s) }
    }

    mutating func visit(_ s: Stmt) throws(PySyntaxError) {
        loc = s.range
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns):
            try compileFunction(s, name, args, body, decorators, returns, isAsync: false)
        case .asyncFunctionDef(let name, let args, let body, let decorators, let returns):
            try compileFunction(s, name, args, body, decorators, returns, isAsync: true)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try visit(decorators)
            try inUnit(Unit(scope: .classBody, isFunctionBlock: false)) { (c: inout CodegenChecker) throws(PySyntaxError) in
                try c.visit(body)
            }
            try callHelper(bases, keywords)
            try storeName(name)
        case .return(let value):
            try compileReturn(s, value)
        case .delete(let targets):
            try visit(targets)
        case .assign(let targets, let value):
            try visit(value)
            try visit(targets)
        case .augAssign(let target, _, let value):
            loc = target.range
            switch target.kind {
            case .attribute(let v, _, _):
                try visit(v)
            case .subscript(let v, let slice, _):
                try visit(v)
                try visit(slice)
            default:
                break
            }
            loc = s.range
            try visit(value)
            loc = target.range
            if case .name(let id, _) = target.kind { try storeName(id) }
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnAssign(target, annotation, value, simple)
        case .for(let target, let iter, let body, let orelse):
            try push(.forLoop)
            try visit(iter)
            try visit(target)
            try visit(body)
            loc = CodegenChecker.unsetLoc
            pop()
            try visit(orelse)
        case .asyncFor(let target, let iter, let body, let orelse):
            if unit.scope != .asyncFunction {
                throw err("'async for' outside async function")
            }
            try visit(iter)
            try push(.forLoop)
            try visit(target)
            try visit(body)
            loc = CodegenChecker.unsetLoc
            pop()
            loc = iter.range
            try visit(orelse)
        case .while(let test, let body, let orelse):
            try push(.whileLoop)
            try visit(test)
            try visit(body)
            pop()
            try visit(orelse)
        case .if(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .with(let items, let body):
            try compileWith(items, body, isAsync: false)
        case .asyncWith(let items, let body):
            if unit.scope != .asyncFunction {
                throw err("'async with' outside async function")
            }
            try compileWith(items, body, isAsync: true)
        case .match(let subject, let cases):
            try compileMatch(subject, cases)
        case .raise(let exc, let cause):
            if let e = exc {
                try visit(e)
                if let c = cause { try visit(c) }
            }
        case .try(let body, let handlers, let orelse, let finalbody):
            try compileTry(s, body, handlers, orelse, finalbody, star: false)
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            try compileTry(s, body, handlers, orelse, finalbody, star: true)
        case .assert(let test, let msg):
            try visit(test)
            if let m = msg { try visit(m) }
        case .import(let names):
            for a in names {
                var store = a.asname ?? a.name
                if a.asname == nil, let dot = store.firstIndex(of: ".") { store = String(store[..<dot]) }
                try storeName(store)
            }
        case .importFrom(let module, let names, _):
            if Int(s.range.lineno) > futureLineno && module == "__future__" {
                throw err("from __future__ imports must occur at the beginning of the file")
            }
            for (i, a) in names.enumerated() {
                if i == 0 && a.name.hasPrefix("*") { break }
                try storeName(a.asname ?? a.name)
            }
        case .global, .nonlocal, .pass:
            break
        case .expr(let value):
            if case .constant = value.kind { break }
            try visit(value)
        case .break:
            let saved = loc
            let found = try unwind(preserveTos: false, toLoop: true)
            if !found {
                loc = saved
                throw err("'break' outside loop")
            }
        case .continue:
            let saved = loc
            let found = try unwind(preserveTos: false, toLoop: true)
            if !found {
                loc = saved
                throw err("'continue' not properly in loop")
            }
        }
    }

    /// `forbidden_name` for a store of `name` at the current location.
    func storeName(_ name: String) throws(PySyntaxError) {
        if name == "__debug__" { throw err("cannot assign to __debug__") }
    }

    /// `compiler_check_debug_args`.
    func checkDebugArgs(_ args: Arguments) throws(PySyntaxError) {
        for a in args.posonlyargs { try storeName(a.arg) }
        for a in args.args { try storeName(a.arg) }
        if let a = args.vararg { try storeName(a.arg) }
        for a in args.kwonlyargs { try storeName(a.arg) }
        if let a = args.kwarg { try storeName(a.arg) }
    }

    mutating func visitDefaults(_ args: Arguments) throws(PySyntaxError) {
        try visit(args.defaults)
        for d in args.kwDefaults { if let d = d { try visit(d) } }
    }

    mutating func compileFunction(_ s: Stmt, _ name: String, _ args: Arguments, _ body: [Stmt],
                                          _ decorators: [Expr], _ returns: Expr?, isAsync: Bool) throws(PySyntaxError) {
        try checkDebugArgs(args)
        try visit(decorators)
        try visitDefaults(args)
        if !futureAnnotations {
            // `compiler_visit_annotations` order: args, posonlyargs, *args, kwonly, **kwargs, return.
            for a in args.args { try visitAnnotation(a.annotation) }
            for a in args.posonlyargs { try visitAnnotation(a.annotation) }
            try visitAnnotation(args.vararg?.annotation)
            for a in args.kwonlyargs { try visitAnnotation(a.annotation) }
            try visitAnnotation(args.kwarg?.annotation)
            try visitAnnotation(returns)
        }
        let info = blocks[BlockKey(s.range, .function)] ?? BlockInfo()
        var u = Unit(scope: isAsync ? .asyncFunction : .function, isFunctionBlock: true)
        u.coroutine = info.coroutine
        u.generator = info.generator
        try inUnit(u) { (c: inout CodegenChecker) throws(PySyntaxError) in
            try c.visit(body)
        }
        try storeName(name)
    }

    mutating func visitAnnotation(_ a: Expr?) throws(PySyntaxError) {
        guard let a = a else { return }
        if case .starred(let v, _) = a.kind {
            try visit(v)
        } else {
            try visit(a)
        }
    }

    mutating func compileReturn(_ s: Stmt, _ value: Expr?) throws(PySyntaxError) {
        if !unit.isFunctionBlock { throw err("'return' outside function") }
        if value != nil && unit.coroutine && unit.generator {
            throw err("'return' with value in async generator")
        }
        var preserve = false
        if let v = value {
            if CompileChecks.foldsToConstant(v) {
                loc = v.range
            } else {
                preserve = true
                try visit(v)
            }
        }
        if value == nil || value?.range.lineno != s.range.lineno { loc = s.range }
        _ = try unwind(preserveTos: preserve, toLoop: false)
    }

    mutating func compileAnnAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?,
                                           _ simple: Bool) throws(PySyntaxError) {
        if let v = value {
            try visit(v)
            try visit(target)
        }
        let evaluated = !futureAnnotations && (unit.scope == .module || unit.scope == .classBody)
        switch target.kind {
        case .name(let id, _):
            try storeName(id)
            if simple && evaluated { try visit(annotation) }
        case .attribute(let v, let attr, _):
            try storeName(attr)
            if value == nil { try visit(v) }
        case .subscript(let v, let slice, _):
            if value == nil {
                try visit(v)
                try checkAnnSubscript(slice)
            }
        default:
            break
        }
        if !simple && evaluated { try visit(annotation) }
    }

    mutating func checkAnnSubscript(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .slice(let lower, let upper, let step):
            if let x = lower { try visit(x) }
            if let x = upper { try visit(x) }
            if let x = step { try visit(x) }
        case .tuple(let elts, _):
            for x in elts { try checkAnnSubscript(x) }
        default:
            try visit(e)
        }
    }

    mutating func compileWith(_ items: [WithItem], _ body: [Stmt], isAsync: Bool) throws(PySyntaxError) {
        let start = unit.fblocks.count
        let stmtLoc = loc
        for item in items {
            try visit(item.contextExpr)
            loc = stmtLoc
            try push(isAsync ? .asyncWith : .with)
            if let v = item.optionalVars { try visit(v) }
        }
        try visit(body)
        unit.fblocks.removeLast(unit.fblocks.count - start)
    }

    /// `compiler_try_finally` / `compiler_try_star_finally`.
    mutating func compileTryFinally(_ s: Stmt, _ finalbody: [Stmt],
                                            _ inner: (inout CodegenChecker) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        try push(FBlock(kind: .finallyTry, finalBody: finalbody, owner: s.range))
        try inner(&self)
        pop()
        try visitFinally(finalbody, s.range)
        loc = CodegenChecker.unsetLoc
        // The exceptional-path copy runs one block deeper; it can only add a
        // "too many statically nested blocks" error.
        if unit.fblocks.count + 1 + CodegenChecker.blockDepth(finalbody) > CodegenChecker.maxBlocks {
            try push(.finallyEnd)
            try visitFinally(finalbody, s.range)
            pop()
        }
    }

    /// `compiler_try_except`: body, `else`, then the handlers.
    /// `try` / `try*` in code-generation order: the finally wrapper (if any)
    /// around the body and its `except` or `except*` handlers.
    mutating func compileTry(_ s: Stmt, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                             _ finalbody: [Stmt], star: Bool) throws(PySyntaxError) {
        func tryExcept(_ c: inout CodegenChecker) throws(PySyntaxError) {
            if star {
                try c.compileTryStarExcept(body, handlers, orelse)
            } else {
                try c.compileTryExcept(body, handlers, orelse)
            }
        }
        if finalbody.isEmpty {
            try tryExcept(&self)
            return
        }
        try compileTryFinally(s, finalbody) { (c: inout CodegenChecker) throws(PySyntaxError) in
            if handlers.isEmpty {
                try c.visit(body)
            } else {
                try tryExcept(&c)
            }
        }
    }

    mutating func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(PySyntaxError) {
        try push(.tryExcept)
        try visit(body)
        pop()
        try visit(orelse)
        loc = CodegenChecker.unsetLoc
        try push(.exceptionHandler)
        for (i, h) in handlers.enumerated() {
            loc = h.range
            if h.type == nil && i < handlers.count - 1 {
                throw err("default 'except:' must be last")
            }
            if let t = h.type { try visit(t) }
            if let n = h.name { try storeName(n) }
            try push(.handlerCleanup)
            try visit(h.body)
            pop()
            loc = CodegenChecker.unsetLoc
        }
        pop()
    }

    /// `compiler_try_star_except`: body, the handlers, then `else`.
    mutating func compileTryStarExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(PySyntaxError) {
        try push(.tryExcept)
        try visit(body)
        pop()
        loc = CodegenChecker.unsetLoc
        try push(.exceptionGroupHandler)
        for h in handlers {
            loc = h.range
            if let t = h.type { try visit(t) }
            if let n = h.name { try storeName(n) }
            try push(.handlerCleanup)
            try visit(h.body)
            pop()
            loc = CodegenChecker.unsetLoc
        }
        pop()
        try visit(orelse)
    }

    /// The deepest frame-block nesting `body` reaches in its own code unit.
    static func blockDepth(_ body: [Stmt]) -> Int {
        var m = 0
        for s in body {
            let d: Int
            switch s.kind {
            case .for(_, _, let b, let o), .asyncFor(_, _, let b, let o), .while(_, let b, let o):
                d = max(1 + blockDepth(b), blockDepth(o))
            case .if(_, let b, let o):
                d = max(blockDepth(b), blockDepth(o))
            case .with(let items, let b), .asyncWith(let items, let b):
                d = items.count + blockDepth(b)
            case .try(let b, let hs, let o, let f), .tryStar(let b, let hs, let o, let f):
                var inner = max(1 + blockDepth(b), blockDepth(o))
                for h in hs { inner = max(inner, 2 + blockDepth(h.body)) }
                if f.isEmpty {
                    d = inner
                } else {
                    d = max(1 + (hs.isEmpty ? blockDepth(b) : inner), 1 + blockDepth(f))
                }
            case .match(_, let cases):
                d = cases.reduce(0) { max($0, blockDepth($1.body)) }
            default:
                d = 0
            }
            m = max(m, d)
        }
        return m
    }

    // MARK: expressions

    mutating func visit(_ es: [Expr]) throws(PySyntaxError) {
        for e in es { try visit(e) }
    }

    mutating func visit(_ e: Expr) throws(PySyntaxError) {
        let saved = loc
        loc = e.range
        try visitInner(e)
        loc = saved
    }

    mutating func visitInner(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .boolOp(_, let values):
            try visit(values)
        case .namedExpr(let target, let value):
            try visit(value)
            try visit(target)
        case .binOp(let l, _, let r):
            try visit(l)
            try visit(r)
        case .unaryOp(_, let operand):
            try visit(operand)
        case .lambda(let args, let body):
            try checkDebugArgs(args)
            try visitDefaults(args)
            let info = blocks[BlockKey(e.range, .lambda)] ?? BlockInfo()
            var u = Unit(scope: .lambda, isFunctionBlock: true)
            u.coroutine = info.coroutine
            u.generator = info.generator
            try inUnit(u) { (c: inout CodegenChecker) throws(PySyntaxError) in
                try c.visit(body)
            }
        case .ifExp(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .dict(let keys, let values):
            for (i, v) in values.enumerated() {
                if i < keys.count, let k = keys[i] { try visit(k) }
                try visit(v)
            }
        case .set(let elts):
            try visitElements(elts)
        case .listComp(let elt, let gens):
            try compileComprehension(e, .listComp, gens, elt, nil)
        case .setComp(let elt, let gens):
            try compileComprehension(e, .setComp, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try compileComprehension(e, .dictComp, gens, key, value)
        case .generatorExp(let elt, let gens):
            try compileComprehension(e, .genExp, gens, elt, nil)
        case .await(let value):
            if !unit.isFunctionBlock { throw err("'await' outside function") }
            if unit.scope != .asyncFunction && unit.scope != .comprehension {
                throw err("'await' outside async function")
            }
            try visit(value)
        case .yield(let value):
            if !unit.isFunctionBlock { throw err("'yield' outside function") }
            if let v = value { try visit(v) }
        case .yieldFrom(let value):
            if !unit.isFunctionBlock { throw err("'yield' outside function") }
            if unit.scope == .asyncFunction { throw err("'yield from' inside async function") }
            try visit(value)
        case .compare(let left, _, let comparators):
            try visit(left)
            try visit(comparators)
        case .call(let fn, let args, let keywords):
            // compiler_call validates the keywords before compiling anything.
            try validateKeywords(keywords)
            try visit(fn)
            try visitElements(args)
            for k in keywords { try visit(k.value) }
        case .formattedValue(let value, _, let spec):
            try visit(value)
            if let sp = spec { try visit(sp) }
        case .joinedStr(let values):
            try visit(values)
        case .constant:
            break
        case .attribute(let value, let attr, let ctx):
            try visit(value)
            if ctx == .store {
                if e.range.lineno != e.range.endLineno {
                    // update_start_location_to_match_attr
                    let len = Int32(attr.unicodeScalars.count)
                    loc = SourceRange(lineno: e.range.endLineno, col: len <= e.range.endCol ? e.range.endCol - len : -1,
                                      endLineno: e.range.endLineno, endCol: e.range.endCol)
                }
                try storeName(attr)
            }
        case .subscript(let value, let slice, _):
            try visit(value)
            try visit(slice)
        case .starred(_, let ctx):
            if ctx == .store {
                throw err("starred assignment target must be in a list or tuple")
            }
            throw err("can't use starred expression here")
        case .slice(let lower, let upper, let step):
            if let x = lower { try visit(x) }
            if let x = upper { try visit(x) }
            if let x = step { try visit(x) }
        case .name(let id, let ctx):
            if id == "__debug__" {
                if ctx == .store { throw err("cannot assign to __debug__") }
                if ctx == .del { throw err("cannot delete __debug__") }
            }
        case .list(let elts, let ctx), .tuple(let elts, let ctx):
            switch ctx {
            case .store:
                var seenStar = false
                for (i, x) in elts.enumerated() {
                    guard case .starred = x.kind else { continue }
                    if seenStar { throw err("multiple starred expressions in assignment") }
                    if i >= (1 << 8) || elts.count - i - 1 >= (Int(Int32.max) >> 8) {
                        throw err("too many expressions in star-unpacking assignment")
                    }
                    seenStar = true
                }
                try visitElements(elts)
            case .load:
                try visitElements(elts)
            case .del:
                try visit(elts)
            }
        }
    }

    /// Elements of a display or unpacking target: a starred element's value is
    /// compiled in place of the element.
    mutating func visitElements(_ elts: [Expr]) throws(PySyntaxError) {
        for x in elts {
            if case .starred(let v, _) = x.kind {
                try visit(v)
            } else {
                try visit(x)
            }
        }
    }

    /// `compiler_call_helper` (class bases and keywords): `validate_keywords`
    /// runs before any argument is compiled.
    mutating func callHelper(_ args: [Expr], _ keywords: [Keyword]) throws(PySyntaxError) {
        try validateKeywords(keywords)
        try visitElements(args)
        for k in keywords { try visit(k.value) }
    }

    /// `validate_keywords`: no `__debug__=`, no keyword given twice (reported
    /// at the repeat of the first keyword that has one).
    func validateKeywords(_ keywords: [Keyword]) throws(PySyntaxError) {
        if !keywords.isEmpty {
            var next = [Int](repeating: -1, count: keywords.count)
            var lastSeen: [String: Int] = [:]
            var i = keywords.count - 1
            while i >= 0 {
                if let a = keywords[i].arg {
                    if let j = lastSeen[a] { next[i] = j }
                    lastSeen[a] = i
                }
                i -= 1
            }
            for (i, k) in keywords.enumerated() {
                guard let a = k.arg else { continue }
                try storeName(a)
                if next[i] >= 0 {
                    throw err("keyword argument repeated: \(a)", keywords[next[i]].range)
                }
            }
        }
    }

    /// `compiler_comprehension`: the body in a new unit, then the outermost
    /// iterable in the enclosing one.
    mutating func compileComprehension(_ e: Expr, _ tag: BlockKey.Tag, _ gens: [Comprehension],
                                               _ elt: Expr, _ value: Expr?) throws(PySyntaxError) {
        guard let outermost = gens.first else { return }
        let outer = unit.scope
        let info = blocks[BlockKey(e.range, tag)] ?? BlockInfo()
        var u = Unit(scope: .comprehension, isFunctionBlock: true)
        u.coroutine = info.coroutine
        u.generator = info.generator
        try inUnit(u) { (c: inout CodegenChecker) throws(PySyntaxError) in
            c.loc = e.range
            if info.coroutine && tag != .genExp && outer != .asyncFunction && outer != .comprehension {
                throw c.err("asynchronous comprehension outside of an asynchronous function")
            }
            try c.compileGenerators(gens, 0, elt, value)
        }
        try visit(outermost.iter)
    }

    mutating func compileGenerators(_ gens: [Comprehension], _ index: Int, _ elt: Expr,
                                            _ value: Expr?) throws(PySyntaxError) {
        guard index < gens.count else { return }
        let g = gens[index]
        if index > 0 { try visit(g.iter) }
        if g.isAsync { try push(.asyncComprehensionGenerator) }
        try visit(g.target)
        try visit(g.ifs)
        if index + 1 < gens.count {
            try compileGenerators(gens, index + 1, elt, value)
        } else {
            try visit(elt)
            if let v = value { try visit(v) }
        }
        if g.isAsync { pop() }
    }
}

import GrailSyntax

/// CPython 3.11's `Python/symtable.c` for code generation: one walk of the
/// module recording every scope's names and flags (in symtable order), then
/// the analysis deciding which names are local, global, free or cells.
/// SyntaxErrors are not raised here: `CompileChecks` already did that.
/// Thread-safety: a value type used by one compilation at a time.
struct SymbolAnalysis {
    private(set) var top: Scope
    private(set) var byKey: [ScopeKey: Scope] = [:]
    private var cur: Scope
    private var stack: [Scope] = []
    private var privateName: String?
    private let futureAnnotations: Bool

    init(futureAnnotations: Bool) {
        self.futureAnnotations = futureAnnotations
        top = Scope(kind: .module, name: "top", parent: nil)
        cur = top
    }

    /// Builds and analyses the scopes of `m`.
    static func run(_ m: Module, futureAnnotations: Bool) -> SymbolAnalysis {
        var a = SymbolAnalysis(futureAnnotations: futureAnnotations)
        a.stack = [a.top]
        for s in m.body { a.visit(s) }
        var free = Set<String>(), global = Set<String>()
        analyzeBlock(a.top, bound: nil, free: &free, global: &global)
        return a
    }

    /// Same, for an eval-mode expression.
    static func run(expression e: Expr, futureAnnotations: Bool) -> SymbolAnalysis {
        var a = SymbolAnalysis(futureAnnotations: futureAnnotations)
        a.stack = [a.top]
        a.visit(e)
        var free = Set<String>(), global = Set<String>()
        analyzeBlock(a.top, bound: nil, free: &free, global: &global)
        return a
    }

    // MARK: building

    private mutating func enter(_ kind: Scope.Kind, _ name: String, _ key: ScopeKey) {
        let s = Scope(kind: kind, name: name, parent: cur)
        cur.children.append(s)
        if byKey[key] == nil { byKey[key] = s }
        stack.append(s)
        cur = s
    }

    private mutating func exit() {
        stack.removeLast()
        cur = stack.last ?? top
    }

    private mutating func addDef(_ name: String, _ flag: Int) {
        addDef(name, flag, cur)
    }

    /// `symtable_add_def_helper`.
    private mutating func addDef(_ name: String, _ flag: Int, _ scope: Scope) {
        let mangled = mangleName(privateName, name)
        var val = flag
        if let old = scope.flags[mangled] {
            val |= old
        } else {
            scope.order.append(mangled)
        }
        if scope.compIterTarget { val |= SymFlag.compIter }
        scope.flags[mangled] = val
        if flag & SymFlag.param != 0 {
            scope.params.append(mangled)
        } else if flag & SymFlag.global != 0 {
            if let g = top.flags[mangled] {
                top.flags[mangled] = g | flag
            } else {
                top.flags[mangled] = flag
                top.order.append(mangled)
            }
        }
    }

    private mutating func visit(_ body: [Stmt]) {
        for s in body { visit(s) }
    }

    private mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns),
             .asyncFunctionDef(let name, let args, let body, let decorators, let returns):
            addDef(name, SymFlag.local)
            visit(args.defaults)
            for d in args.kwDefaults { if let d = d { visit(d) } }
            visitAnnotations(args, returns)
            visit(decorators)
            enter(.function, name, ScopeKey(s.range, .function))
            if case .asyncFunctionDef = s.kind { cur.isCoroutine = true }
            visitParams(args)
            visit(body)
            exit()
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            addDef(name, SymFlag.local)
            visit(bases)
            for k in keywords { visit(k.value) }
            visit(decorators)
            enter(.classBody, name, ScopeKey(s.range, .classBody))
            let saved = privateName
            privateName = name
            visit(body)
            privateName = saved
            exit()
        case .return(let value):
            if let v = value { visit(v) }
        case .delete(let targets):
            visit(targets)
        case .assign(let targets, let value):
            visit(targets)
            visit(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                if simple {
                    addDef(id, SymFlag.annot | SymFlag.local)
                } else if value != nil {
                    addDef(id, SymFlag.local)
                }
            } else {
                visit(target)
            }
            visitAnnotation(annotation)
            if let v = value { visit(v) }
        case .augAssign(let target, _, let value):
            visit(target)
            visit(value)
        case .for(let target, let iter, let body, let orelse),
             .asyncFor(let target, let iter, let body, let orelse):
            visit(target)
            visit(iter)
            visit(body)
            visit(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            visit(test)
            visit(body)
            visit(orelse)
        case .with(let items, let body), .asyncWith(let items, let body):
            for item in items {
                visit(item.contextExpr)
                if let v = item.optionalVars { visit(v) }
            }
            visit(body)
        case .match(let subject, let cases):
            visit(subject)
            for c in cases {
                visit(c.pattern)
                if let g = c.guard_ { visit(g) }
                visit(c.body)
            }
        case .raise(let exc, let cause):
            if let e = exc { visit(e) }
            if let c = cause { visit(c) }
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            visit(body)
            visit(orelse)
            for h in handlers {
                if let t = h.type { visit(t) }
                if let n = h.name { addDef(n, SymFlag.local) }
                visit(h.body)
            }
            visit(finalbody)
        case .assert(let test, let msg):
            visit(test)
            if let m = msg { visit(m) }
        case .import(let names), .importFrom(_, let names, _):
            for a in names {
                let name = a.asname ?? a.name
                if name == "*" { continue }
                var store = name
                if let dot = name.firstIndex(of: ".") { store = String(name[..<dot]) }
                addDef(store, SymFlag.imported)
            }
        case .global(let names):
            for n in names { addDef(n, SymFlag.global) }
        case .nonlocal(let names):
            for n in names { addDef(n, SymFlag.nonlocal) }
        case .expr(let value):
            visit(value)
        case .pass, .break, .continue:
            break
        }
    }

    private mutating func visitParams(_ args: Arguments) {
        for a in args.posonlyargs { addDef(a.arg, SymFlag.param) }
        for a in args.args { addDef(a.arg, SymFlag.param) }
        for a in args.kwonlyargs { addDef(a.arg, SymFlag.param) }
        if let a = args.vararg {
            addDef(a.arg, SymFlag.param)
            cur.hasVarArgs = true
        }
        if let a = args.kwarg {
            addDef(a.arg, SymFlag.param)
            cur.hasVarKeywords = true
        }
    }

    /// Annotations are evaluated in the enclosing scope, except under
    /// `from __future__ import annotations` where they become strings.
    private mutating func visitAnnotations(_ args: Arguments, _ returns: Expr?) {
        for a in args.posonlyargs { if let an = a.annotation { visitAnnotation(an) } }
        for a in args.args { if let an = a.annotation { visitAnnotation(an) } }
        if let an = args.vararg?.annotation { visitAnnotation(an) }
        if let an = args.kwarg?.annotation { visitAnnotation(an) }
        for a in args.kwonlyargs { if let an = a.annotation { visitAnnotation(an) } }
        if let r = returns { visitAnnotation(r) }
    }

    private mutating func visitAnnotation(_ e: Expr) {
        if futureAnnotations { return }
        visit(e)
    }

    private mutating func visit(_ p: Pattern) {
        switch p.kind {
        case .matchValue(let value):
            visit(value)
        case .matchSingleton:
            break
        case .matchSequence(let patterns):
            for q in patterns { visit(q) }
        case .matchStar(let name):
            if let n = name { addDef(n, SymFlag.local) }
        case .matchMapping(let keys, let patterns, let rest):
            visit(keys)
            for q in patterns { visit(q) }
            if let n = rest { addDef(n, SymFlag.local) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            visit(cls)
            for q in patterns { visit(q) }
            for q in kwdPatterns { visit(q) }
        case .matchAs(let pattern, let name):
            if let q = pattern { visit(q) }
            if let n = name { addDef(n, SymFlag.local) }
        case .matchOr(let patterns):
            for q in patterns { visit(q) }
        }
    }

    private mutating func visit(_ es: [Expr]) {
        for e in es { visit(e) }
    }

    private mutating func visit(_ e: Expr) {
        switch e.kind {
        case .boolOp(_, let values):
            visit(values)
        case .namedExpr(let target, let value):
            if cur.comprehension != nil { extendNamedExprScope(target) }
            visit(value)
            visit(target)
        case .binOp(let l, _, let r):
            visit(l)
            visit(r)
        case .unaryOp(_, let operand):
            visit(operand)
        case .lambda(let args, let body):
            visit(args.defaults)
            for d in args.kwDefaults { if let d = d { visit(d) } }
            enter(.function, "<lambda>", ScopeKey(e.range, .lambda))
            visitParams(args)
            visit(body)
            exit()
        case .ifExp(let test, let body, let orelse):
            visit(test)
            visit(body)
            visit(orelse)
        case .dict(let keys, let values):
            for k in keys { if let k = k { visit(k) } }
            visit(values)
        case .set(let elts):
            visit(elts)
        case .listComp(let elt, let gens):
            visitComprehension(e, .listComp, "<listcomp>", gens, elt, nil)
        case .setComp(let elt, let gens):
            visitComprehension(e, .setComp, "<setcomp>", gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            visitComprehension(e, .dictComp, "<dictcomp>", gens, key, value)
        case .generatorExp(let elt, let gens):
            visitComprehension(e, .genExp, "<genexpr>", gens, elt, nil)
        case .await(let value):
            visit(value)
            cur.isCoroutine = true
        case .yield(let value):
            if let v = value { visit(v) }
            cur.isGenerator = true
        case .yieldFrom(let value):
            visit(value)
            cur.isGenerator = true
        case .compare(let left, _, let comparators):
            visit(left)
            visit(comparators)
        case .call(let fn, let args, let keywords):
            visit(fn)
            visit(args)
            for k in keywords { visit(k.value) }
        case .formattedValue(let value, _, let spec):
            visit(value)
            if let sp = spec { visit(sp) }
        case .joinedStr(let values):
            visit(values)
        case .constant:
            break
        case .attribute(let value, _, _):
            visit(value)
        case .subscript(let value, let slice, _):
            visit(value)
            visit(slice)
        case .starred(let value, _):
            visit(value)
        case .slice(let lower, let upper, let step):
            if let x = lower { visit(x) }
            if let x = upper { visit(x) }
            if let x = step { visit(x) }
        case .name(let id, let ctx):
            if ctx == .load {
                if id == "__debug__" { return }
                addDef(id, SymFlag.use)
                if id == "super" && cur.kind == .function {
                    addDef("__class__", SymFlag.use)
                }
            } else {
                addDef(id, SymFlag.local)
            }
        case .list(let elts, _), .tuple(let elts, _):
            visit(elts)
        }
    }

    /// `symtable_handle_comprehension`: the outermost iterable belongs to the
    /// enclosing scope, the rest to a new function scope taking `.0`.
    private mutating func visitComprehension(_ e: Expr, _ tag: ScopeKey.Tag, _ name: String,
                                             _ gens: [Comprehension], _ elt: Expr, _ value: Expr?) {
        guard let outermost = gens.first else { return }
        visit(outermost.iter)
        enter(.function, name, ScopeKey(e.range, tag))
        cur.comprehension = tag
        if outermost.isAsync { cur.isCoroutine = true }
        addDef(".0", SymFlag.param)
        cur.compIterTarget = true
        visit(outermost.target)
        cur.compIterTarget = false
        visit(outermost.ifs)
        for g in gens.dropFirst() {
            cur.compIterTarget = true
            visit(g.target)
            cur.compIterTarget = false
            visit(g.iter)
            visit(g.ifs)
            if g.isAsync { cur.isCoroutine = true }
        }
        if let v = value { visit(v) }
        visit(elt)
        let isGenerator = tag == .genExp
        if isGenerator { cur.isGenerator = true }
        let isAsync = cur.isCoroutine && !isGenerator
        exit()
        if isAsync { cur.isCoroutine = true }
    }

    /// `symtable_extend_namedexpr_scope`: a walrus inside a comprehension binds
    /// in the nearest enclosing function or module scope.
    private mutating func extendNamedExprScope(_ target: Expr) {
        guard case .name(let id, _) = target.kind else { return }
        for scope in stack.reversed() {
            if scope.comprehension != nil { continue }
            switch scope.kind {
            case .function:
                if (scope.flags[id] ?? 0) & SymFlag.global != 0 {
                    addDef(id, SymFlag.global)
                } else {
                    addDef(id, SymFlag.nonlocal)
                }
                addDef(id, SymFlag.local, scope)
                return
            case .module:
                addDef(id, SymFlag.global)
                addDef(id, SymFlag.global, scope)
                return
            case .classBody:
                return
            }
        }
    }

    // MARK: analysis (symtable.c's analyze_block and friends)

    private static func analyzeName(_ ste: Scope, _ name: String, _ flags: Int, bound: inout Set<String>?,
                                    local: inout Set<String>, free: inout Set<String>, global: inout Set<String>) {
        if flags & SymFlag.global != 0 {
            ste.scopes[name] = .globalExplicit
            global.insert(name)
            bound?.remove(name)
            return
        }
        if flags & SymFlag.nonlocal != 0 {
            ste.scopes[name] = .free
            ste.hasFree = true
            free.insert(name)
            return
        }
        if flags & SymFlag.bound != 0 {
            ste.scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        if let b = bound, b.contains(name) {
            ste.scopes[name] = .free
            ste.hasFree = true
            free.insert(name)
            return
        }
        if global.contains(name) {
            ste.scopes[name] = .globalImplicit
            return
        }
        if ste.isNested { ste.hasFree = true }
        ste.scopes[name] = .globalImplicit
    }

    private static func analyzeBlock(_ ste: Scope, bound boundIn: Set<String>?, free: inout Set<String>, global: inout Set<String>) {
        var bound = boundIn
        var local = Set<String>()
        var newGlobal = Set<String>(), newFree = Set<String>(), newBound = Set<String>()
        if ste.kind == .classBody {
            newGlobal.formUnion(global)
            if let b = bound { newBound.formUnion(b) }
        }
        for name in ste.order {
            analyzeName(ste, name, ste.flags[name] ?? 0, bound: &bound, local: &local, free: &free, global: &global)
        }
        if ste.kind != .classBody {
            if ste.kind == .function { newBound.formUnion(local) }
            if let b = bound { newBound.formUnion(b) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }
        var allFree = Set<String>()
        for child in ste.children {
            var tFree = newFree
            var tGlobal = newGlobal
            analyzeBlock(child, bound: newBound, free: &tFree, global: &tGlobal)
            allFree.formUnion(tFree)
            if child.hasFree || child.childFree { ste.childFree = true }
        }
        newFree.formUnion(allFree)
        if ste.kind == .function {
            // analyze_cells
            for name in ste.order where ste.scopes[name] == .local && newFree.contains(name) {
                ste.scopes[name] = .cell
                newFree.remove(name)
            }
        } else if ste.kind == .classBody {
            if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
        }
        // update_symbols
        for name in newFree {
            if let v = ste.flags[name] {
                if ste.kind == .classBody && v & (SymFlag.bound | SymFlag.global) != 0 {
                    ste.flags[name] = v | SymFlag.freeClass
                }
                continue
            }
            if let b = bound, !b.contains(name) { continue }
            if bound == nil { continue }
            ste.flags[name] = SymFlag.free
            ste.order.append(name)
            ste.scopes[name] = .free
        }
        free.formUnion(newFree)
    }
}

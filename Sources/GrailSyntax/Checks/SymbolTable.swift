/// Symbol flags of `Include/internal/pycore_symtable.h`.
/// Thread-safety: constants.
enum SymbolFlag {
    static let global: UInt16 = 1
    static let local: UInt16 = 2
    static let param: UInt16 = 4
    static let nonlocal: UInt16 = 8
    static let use: UInt16 = 16
    static let imported: UInt16 = 128
    static let annot: UInt16 = 256
    static let compIter: UInt16 = 512
    static let bound: UInt16 = local | param | imported
}

/// Identifies a function, lambda or comprehension node across the symbol-table
/// and code-generation passes (both see the same AST; positions plus node kind
/// are unique among scope-creating nodes). Thread-safety: a plain value type.
struct BlockKey: Hashable {
    /// Which kind of scope-creating node. Thread-safety: a plain value type.
    enum Tag: UInt8 { case function, lambda, listComp, setComp, dictComp, genExp }
    var lineno: Int32
    var col: Int32
    var endLineno: Int32
    var endCol: Int32
    var tag: Tag

    init(_ r: SourceRange, _ tag: Tag) {
        lineno = r.lineno
        col = r.col
        endLineno = r.endLineno
        endCol = r.endCol
        self.tag = tag
    }
}

/// What the compiler needs to know about a function-like scope from its
/// symbol table entry (`ste_coroutine`, `ste_generator`), computed over the
/// whole scope before any of it is compiled. Thread-safety: a plain value type.
struct BlockInfo {
    var coroutine = false
    var generator = false
}

/// One symbol table entry (`PySTEntryObject`) being built; a class so the
/// builder updates entries in place.
/// Thread-safety: mutable; owned by one `SymbolTableBuilder`, never shared.
final class SymbolScope {
    /// `_Py_block_ty` (lambdas and comprehensions are function blocks).
    /// Thread-safety: a plain value type.
    enum Kind { case module, function, classBody, annotation }
    /// `_Py_comprehension_ty`. Thread-safety: a plain value type.
    enum Comprehension { case none, list, set, dict, generator }

    var kind: Kind
    var comprehension: Comprehension = .none
    var parent: Int
    var children: [Int] = []
    /// Flags by (mangled) name, and the names in first-insertion order (the
    /// order CPython's dict iterates them during analysis).
    var symbols: [String: UInt16] = [:]
    var order: [String] = []
    /// First `global`/`nonlocal` directive location per (mangled) name.
    var directives: [String: SourceRange] = [:]
    var hasNonlocal = false
    var compIterTarget = false
    var compIterExpr = 0
    var coroutine = false
    var generator = false

    init(kind: Kind, parent: Int) {
        self.kind = kind
        self.parent = parent
    }
}

/// CPython 3.11's `Python/symtable.c` as far as it raises SyntaxErrors: one
/// walk of the module in symtable order (errors raised as met), then the
/// analysis of `global`/`nonlocal` declarations over the scope tree. Also
/// records each function-like scope's coroutine/generator flags for the
/// compiler pass. Thread-safety: a value type used by one check at a time.
struct SymbolTableBuilder {
    private(set) var scopes: [SymbolScope] = []
    private var stack: [Int] = []
    private var cur = 0
    private var privateName: String?
    private let futureAnnotations: Bool
    private(set) var blockInfo: [BlockKey: BlockInfo] = [:]

    init(futureAnnotations: Bool) {
        self.futureAnnotations = futureAnnotations
    }

    private func err(_ msg: String, _ r: SourceRange) -> PySyntaxError {
        CompileChecks.error(msg, r)
    }

    // MARK: scopes and definitions

    private mutating func enter(_ kind: SymbolScope.Kind, _ comp: SymbolScope.Comprehension = .none) {
        let s = SymbolScope(kind: kind, parent: stack.isEmpty ? -1 : cur)
        s.comprehension = comp
        if !stack.isEmpty {
            s.compIterExpr = scopes[cur].compIterExpr
        }
        let idx = scopes.count
        scopes.append(s)
        if !stack.isEmpty && kind != .annotation {
            scopes[cur].children.append(idx)
        }
        stack.append(idx)
        cur = idx
    }

    private mutating func exit(_ key: BlockKey?) {
        if let key = key {
            blockInfo[key] = BlockInfo(coroutine: scopes[cur].coroutine, generator: scopes[cur].generator)
        }
        stack.removeLast()
        cur = stack.last ?? 0
    }

    private mutating func addDef(_ name: String, _ flag: UInt16, _ r: SourceRange) throws(PySyntaxError) {
        try addDef(name, flag, cur, r)
    }

    /// `symtable_add_def_helper`.
    private mutating func addDef(_ name: String, _ flag: UInt16, _ si: Int, _ r: SourceRange) throws(PySyntaxError) {
        let mangled = CompileChecks.mangle(privateName, name)
        let scope = scopes[si]
        let existing = scope.symbols.index(forKey: mangled)
        var val = flag
        if let idx = existing {
            let old = scope.symbols.values[idx]
            if flag & SymbolFlag.param != 0 && old & SymbolFlag.param != 0 {
                throw err("duplicate argument '\(name)' in function definition", r)
            }
            val = old | flag
        }
        if scope.compIterTarget {
            if val & (SymbolFlag.global | SymbolFlag.nonlocal) != 0 {
                throw err("comprehension inner loop cannot rebind assignment expression target '\(name)'", r)
            }
            val |= SymbolFlag.compIter
        }
        if let idx = existing {
            scope.symbols.values[idx] = val
        } else {
            scope.symbols[mangled] = val
            scope.order.append(mangled)
        }
        if flag & SymbolFlag.nonlocal != 0 { scope.hasNonlocal = true }
        if flag & SymbolFlag.param == 0 && flag & SymbolFlag.global != 0 {
            // Every global declaration also lands in the module's symbols.
            if let g = scopes[0].symbols[mangled] {
                scopes[0].symbols[mangled] = g | flag
            } else {
                scopes[0].symbols[mangled] = flag
                scopes[0].order.append(mangled)
            }
        }
    }

    private func lookup(_ name: String) -> UInt16 {
        scopes[cur].symbols[CompileChecks.mangle(privateName, name)] ?? 0
    }

    private mutating func recordDirective(_ name: String, _ r: SourceRange) {
        let mangled = CompileChecks.mangle(privateName, name)
        if scopes[cur].directives[mangled] == nil {
            scopes[cur].directives[mangled] = r
        }
    }

    // MARK: statements

    mutating func build(_ m: Module) throws(PySyntaxError) {
        enter(.module)
        for s in m.body { try visit(s) }
    }

    private mutating func visit(_ body: [Stmt]) throws(PySyntaxError) {
        for s in body { try visit(s) }
    }

    /// A `global` or `nonlocal` statement: CPython's symtable errors when the
    /// name was already a parameter, used, annotated or assigned in this scope.
    private mutating func declare(_ names: [String], keyword: String, flag: UInt16, _ r: SourceRange) throws(PySyntaxError) {
        for name in names {
            let flags = lookup(name)
            if flags & (SymbolFlag.param | SymbolFlag.local | SymbolFlag.use | SymbolFlag.annot) != 0 {
                let msg: String
                if flags & SymbolFlag.param != 0 {
                    msg = "name '\(name)' is parameter and \(keyword)"
                } else if flags & SymbolFlag.use != 0 {
                    msg = "name '\(name)' is used prior to \(keyword) declaration"
                } else if flags & SymbolFlag.annot != 0 {
                    msg = "annotated name '\(name)' can't be \(keyword)"
                } else {
                    msg = "name '\(name)' is assigned to before \(keyword) declaration"
                }
                throw err(msg, r)
            }
            try addDef(name, flag, r)
            recordDirective(name, r)
        }
    }

    private mutating func visit(_ s: Stmt) throws(PySyntaxError) {
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns),
             .asyncFunctionDef(let name, let args, let body, let decorators, let returns):
            try addDef(name, SymbolFlag.local, s.range)
            try visit(args.defaults)
            for d in args.kwDefaults { if let d = d { try visit(d) } }
            try visitAnnotations(args, returns)
            try visit(decorators)
            enter(.function)
            if case .asyncFunctionDef = s.kind { scopes[cur].coroutine = true }
            try visitParams(args)
            try visit(body)
            exit(BlockKey(s.range, .function))
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try addDef(name, SymbolFlag.local, s.range)
            try visit(bases)
            for k in keywords { try visit(k.value) }
            try visit(decorators)
            enter(.classBody)
            let savedPrivate = privateName
            privateName = name
            try visit(body)
            privateName = savedPrivate
            exit(nil)
        case .return(let value):
            if let v = value { try visit(v) }
        case .delete(let targets):
            try visit(targets)
        case .assign(let targets, let value):
            try visit(targets)
            try visit(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let flags = lookup(id)
                if flags & (SymbolFlag.global | SymbolFlag.nonlocal) != 0 && cur != 0 && simple {
                    let msg = flags & SymbolFlag.global != 0
                        ? "annotated name '\(id)' can't be global" : "annotated name '\(id)' can't be nonlocal"
                    throw err(msg, s.range)
                }
                if simple {
                    try addDef(id, SymbolFlag.annot | SymbolFlag.local, target.range)
                } else if value != nil {
                    try addDef(id, SymbolFlag.local, target.range)
                }
            } else {
                try visit(target)
            }
            try visitAnnotation(annotation)
            if let v = value { try visit(v) }
        case .augAssign(let target, _, let value):
            try visit(target)
            try visit(value)
        case .for(let target, let iter, let body, let orelse),
             .asyncFor(let target, let iter, let body, let orelse):
            try visit(target)
            try visit(iter)
            try visit(body)
            try visit(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .with(let items, let body), .asyncWith(let items, let body):
            for item in items {
                try visit(item.contextExpr)
                if let v = item.optionalVars { try visit(v) }
            }
            try visit(body)
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visit(c.pattern)
                if let g = c.guard_ { try visit(g) }
                try visit(c.body)
            }
        case .raise(let exc, let cause):
            if let e = exc { try visit(e) }
            if let c = cause { try visit(c) }
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            try visit(body)
            try visit(orelse)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { try addDef(n, SymbolFlag.local, h.range) }
                try visit(h.body)
            }
            try visit(finalbody)
        case .assert(let test, let msg):
            try visit(test)
            if let m = msg { try visit(m) }
        case .import(let names):
            for a in names { try visitAlias(a) }
        case .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }
        case .global(let names):
            try declare(names, keyword: "global", flag: SymbolFlag.global, s.range)
        case .nonlocal(let names):
            try declare(names, keyword: "nonlocal", flag: SymbolFlag.nonlocal, s.range)
        case .expr(let value):
            try visit(value)
        case .pass, .break, .continue:
            break
        }
    }

    private mutating func visitAlias(_ a: Alias) throws(PySyntaxError) {
        let name = a.asname ?? a.name
        if name == "*" {
            if scopes[cur].kind != .module {
                throw err("import * only allowed at module level", a.range)
            }
            return
        }
        var store = name
        if let dot = name.firstIndex(of: ".") { store = String(name[..<dot]) }
        try addDef(store, SymbolFlag.imported, a.range)
    }

    private mutating func visitParams(_ args: Arguments) throws(PySyntaxError) {
        for a in args.posonlyargs { try addDef(a.arg, SymbolFlag.param, a.range) }
        for a in args.args { try addDef(a.arg, SymbolFlag.param, a.range) }
        for a in args.kwonlyargs { try addDef(a.arg, SymbolFlag.param, a.range) }
        if let a = args.vararg { try addDef(a.arg, SymbolFlag.param, a.range) }
        if let a = args.kwarg { try addDef(a.arg, SymbolFlag.param, a.range) }
    }

    /// `symtable_visit_annotations`: parameter annotations (in one annotation
    /// block under `from __future__ import annotations`), then the return one.
    private mutating func visitAnnotations(_ args: Arguments, _ returns: Expr?) throws(PySyntaxError) {
        if futureAnnotations { enter(.annotation) }
        for a in args.posonlyargs { if let an = a.annotation { try visit(an) } }
        for a in args.args { if let an = a.annotation { try visit(an) } }
        if let an = args.vararg?.annotation { try visit(an) }
        if let an = args.kwarg?.annotation { try visit(an) }
        for a in args.kwonlyargs { if let an = a.annotation { try visit(an) } }
        if futureAnnotations { exit(nil) }
        if let r = returns { try visitAnnotation(r) }
    }

    private mutating func visitAnnotation(_ e: Expr) throws(PySyntaxError) {
        if futureAnnotations { enter(.annotation) }
        try visit(e)
        if futureAnnotations { exit(nil) }
    }

    private mutating func visit(_ p: Pattern) throws(PySyntaxError) {
        switch p.kind {
        case .matchValue(let value):
            try visit(value)
        case .matchSingleton:
            break
        case .matchSequence(let patterns):
            for q in patterns { try visit(q) }
        case .matchStar(let name):
            if let n = name { try addDef(n, SymbolFlag.local, p.range) }
        case .matchMapping(let keys, let patterns, let rest):
            try visit(keys)
            for q in patterns { try visit(q) }
            if let n = rest { try addDef(n, SymbolFlag.local, p.range) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            try visit(cls)
            for q in patterns { try visit(q) }
            for q in kwdPatterns { try visit(q) }
        case .matchAs(let pattern, let name):
            if let q = pattern { try visit(q) }
            if let n = name { try addDef(n, SymbolFlag.local, p.range) }
        case .matchOr(let patterns):
            for q in patterns { try visit(q) }
        }
    }

    // MARK: expressions

    private mutating func visit(_ es: [Expr]) throws(PySyntaxError) {
        for e in es { try visit(e) }
    }

    /// `symtable_raise_if_annotation_block`.
    private func checkNotAnnotation(_ what: String, _ e: Expr) throws(PySyntaxError) {
        if scopes[cur].kind == .annotation {
            throw err("'\(what)' can not be used within an annotation", e.range)
        }
    }

    private mutating func visit(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .boolOp(_, let values):
            try visit(values)
        case .namedExpr(let target, let value):
            try checkNotAnnotation("named expression", e)
            if scopes[cur].compIterExpr > 0 {
                throw err("assignment expression cannot be used in a comprehension iterable expression", e.range)
            }
            if scopes[cur].comprehension != .none {
                try extendNamedExprScope(target)
            }
            try visit(value)
            try visit(target)
        case .binOp(let l, _, let r):
            try visit(l)
            try visit(r)
        case .unaryOp(_, let operand):
            try visit(operand)
        case .lambda(let args, let body):
            try visit(args.defaults)
            for d in args.kwDefaults { if let d = d { try visit(d) } }
            enter(.function)
            try visitParams(args)
            try visit(body)
            exit(BlockKey(e.range, .lambda))
        case .ifExp(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .dict(let keys, let values):
            for k in keys { if let k = k { try visit(k) } }
            try visit(values)
        case .set(let elts):
            try visit(elts)
        case .listComp(let elt, let gens):
            try visitComprehension(e, .list, .listComp, gens, elt, nil)
        case .setComp(let elt, let gens):
            try visitComprehension(e, .set, .setComp, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try visitComprehension(e, .dict, .dictComp, gens, key, value)
        case .generatorExp(let elt, let gens):
            try visitComprehension(e, .generator, .genExp, gens, elt, nil)
        case .await(let value):
            try checkNotAnnotation("await expression", e)
            try visit(value)
            scopes[cur].coroutine = true
        case .yield(let value):
            try checkNotAnnotation("yield expression", e)
            if let v = value { try visit(v) }
            scopes[cur].generator = true
            try checkNotComprehension(e)
        case .yieldFrom(let value):
            try checkNotAnnotation("yield expression", e)
            try visit(value)
            scopes[cur].generator = true
            try checkNotComprehension(e)
        case .compare(let left, _, let comparators):
            try visit(left)
            try visit(comparators)
        case .call(let fn, let args, let keywords):
            try visit(fn)
            try visit(args)
            for k in keywords { try visit(k.value) }
        case .formattedValue(let value, _, let spec):
            try visit(value)
            if let sp = spec { try visit(sp) }
        case .joinedStr(let values):
            try visit(values)
        case .constant:
            break
        case .attribute(let value, _, _):
            try visit(value)
        case .subscript(let value, let slice, _):
            try visit(value)
            try visit(slice)
        case .starred(let value, _):
            try visit(value)
        case .slice(let lower, let upper, let step):
            if let x = lower { try visit(x) }
            if let x = upper { try visit(x) }
            if let x = step { try visit(x) }
        case .name(let id, let ctx):
            if ctx == .load {
                // The AST optimizer has already replaced a loaded `__debug__`.
                if id == "__debug__" { return }
                try addDef(id, SymbolFlag.use, e.range)
                if id == "super" && scopes[cur].kind == .function {
                    try addDef("__class__", SymbolFlag.use, e.range)
                }
            } else {
                try addDef(id, SymbolFlag.local, e.range)
            }
        case .list(let elts, _), .tuple(let elts, _):
            try visit(elts)
        }
    }

    private func checkNotComprehension(_ e: Expr) throws(PySyntaxError) {
        let what: String
        switch scopes[cur].comprehension {
        case .none: return
        case .list: what = "list comprehension"
        case .set: what = "set comprehension"
        case .dict: what = "dict comprehension"
        case .generator: what = "generator expression"
        }
        throw err("'yield' inside \(what)", e.range)
    }

    /// `symtable_handle_comprehension`: the outermost iterable belongs to the
    /// enclosing scope; the rest to a new function scope.
    private mutating func visitComprehension(_ e: Expr, _ comp: SymbolScope.Comprehension, _ tag: BlockKey.Tag,
                                             _ gens: [Comprehension], _ elt: Expr, _ value: Expr?) throws(PySyntaxError) {
        guard let outermost = gens.first else { return }
        scopes[cur].compIterExpr += 1
        try visit(outermost.iter)
        scopes[cur].compIterExpr -= 1
        enter(.function, comp)
        if outermost.isAsync { scopes[cur].coroutine = true }
        scopes[cur].compIterTarget = true
        try visit(outermost.target)
        scopes[cur].compIterTarget = false
        try visit(outermost.ifs)
        for g in gens.dropFirst() {
            scopes[cur].compIterTarget = true
            try visit(g.target)
            scopes[cur].compIterTarget = false
            scopes[cur].compIterExpr += 1
            try visit(g.iter)
            scopes[cur].compIterExpr -= 1
            try visit(g.ifs)
            if g.isAsync { scopes[cur].coroutine = true }
        }
        if let v = value { try visit(v) }
        try visit(elt)
        let isGenerator = comp == .generator
        scopes[cur].generator = isGenerator
        let isAsync = scopes[cur].coroutine && !isGenerator
        exit(BlockKey(e.range, tag))
        if isAsync { scopes[cur].coroutine = true }
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in
    /// the nearest enclosing function or module scope.
    private mutating func extendNamedExprScope(_ target: Expr) throws(PySyntaxError) {
        guard case .name(let id, _) = target.kind else { return }
        var i = stack.count - 1
        while i >= 0 {
            let si = stack[i]
            i -= 1
            let scope = scopes[si]
            if scope.comprehension != .none {
                // CPython looks the unmangled name up here.
                if (scope.symbols[id] ?? 0) & SymbolFlag.compIter != 0 {
                    throw err("assignment expression cannot rebind comprehension iteration variable '\(id)'", target.range)
                }
                continue
            }
            switch scope.kind {
            case .function:
                if (scope.symbols[id] ?? 0) & SymbolFlag.global != 0 {
                    try addDef(id, SymbolFlag.global, target.range)
                } else {
                    try addDef(id, SymbolFlag.nonlocal, target.range)
                }
                recordDirective(id, target.range)
                try addDef(id, SymbolFlag.local, si, target.range)
                return
            case .module:
                try addDef(id, SymbolFlag.global, target.range)
                recordDirective(id, target.range)
                try addDef(id, SymbolFlag.global, si, target.range)
                return
            case .classBody:
                throw err("assignment expression within a comprehension cannot be used in a class body", target.range)
            case .annotation:
                continue
            }
        }
    }

    // MARK: analysis

    /// The errors of `symtable_analyze` (`analyze_name`): nonlocal names must be
    /// bound in an enclosing function, and may not also be global. Scopes are
    /// visited as CPython does: a block's names in insertion order, then its
    /// children depth first.
    func analyze() throws(PySyntaxError) {
        guard !scopes.isEmpty else { return }
        var work: [Int] = [0]
        while let si = work.popLast() {
            let scope = scopes[si]
            if scope.hasNonlocal {
                for name in scope.order {
                    let flags = scope.symbols[name] ?? 0
                    guard flags & SymbolFlag.nonlocal != 0 else { continue }
                    if flags & SymbolFlag.global != 0 {
                        throw err("name '\(name)' is nonlocal and global", directive(scope, name))
                    }
                    if si == 0 {
                        throw err("nonlocal declaration not allowed at module level", directive(scope, name))
                    }
                    if !boundAbove(si, name) {
                        throw err("no binding for nonlocal '\(name)' found", directive(scope, name))
                    }
                }
            }
            work.append(contentsOf: scope.children.reversed())
        }
    }

    private func directive(_ scope: SymbolScope, _ name: String) -> SourceRange {
        scope.directives[name] ?? .zero
    }

    /// Whether `name` is in the `bound` set CPython passes to scope `si`:
    /// names local to enclosing function scopes (not hidden by a `global`
    /// there), plus `__class__` below a class.
    private func boundAbove(_ si: Int, _ name: String) -> Bool {
        var child = si
        while true {
            let p = scopes[child].parent
            guard p >= 0 else { return false }
            let ps = scopes[p]
            switch ps.kind {
            case .module:
                return false
            case .classBody:
                if name == "__class__" { return true }
            case .function:
                let f = ps.symbols[name] ?? 0
                if f & SymbolFlag.bound != 0 && f & (SymbolFlag.global | SymbolFlag.nonlocal) == 0 { return true }
                if f & SymbolFlag.global != 0 { return false }
            case .annotation:
                break
            }
            child = p
        }
    }
}

/// Renders an AST exactly as CPython 3.11's `ast.dump(node)` does (with
/// `include_attributes` optional), for differential testing and
/// `grail --dump-ast`. Thread-safety: a value used by one thread.
public struct ASTDumper {
    public var includeAttributes: Bool
    private var out: String = ""

    public init(includeAttributes: Bool = false) {
        self.includeAttributes = includeAttributes
    }

    public static func dump(_ m: Module, includeAttributes: Bool = false) -> String {
        var d = ASTDumper(includeAttributes: includeAttributes)
        d.out.reserveCapacity(4096)
        d.module(m)
        return d.out
    }

    public static func dump(_ e: Expr, includeAttributes: Bool = false) -> String {
        var d = ASTDumper(includeAttributes: includeAttributes)
        d.expr(e)
        return d.out
    }

    // MARK: - Building blocks

    /// Writes `Name(` and tracks whether a field separator is due.
    private struct Fields {
        var first = true
    }

    private mutating func open(_ name: String) -> Fields {
        out += name
        out += "("
        return Fields()
    }

    private mutating func sep(_ f: inout Fields, _ name: String) {
        if f.first { f.first = false } else { out += ", " }
        out += name
        out += "="
    }

    private mutating func close(_ f: inout Fields, _ r: SourceRange?) {
        if includeAttributes, let r = r {
            sep(&f, "lineno"); out += String(r.lineno)
            sep(&f, "col_offset"); out += String(r.col)
            sep(&f, "end_lineno"); out += String(r.endLineno)
            sep(&f, "end_col_offset"); out += String(r.endCol)
        }
        out += ")"
    }

    private mutating func str(_ s: String) {
        out += pyStrRepr(Array(s.unicodeScalars.map { $0.value }))
    }

    private mutating func list<T>(_ items: [T], _ body: (inout ASTDumper, T) -> Void) {
        out += "["
        var first = true
        for x in items {
            if first { first = false } else { out += ", " }
            body(&self, x)
        }
        out += "]"
    }

    private mutating func exprs(_ items: [Expr]) { list(items) { $0.expr($1) } }
    private mutating func stmts(_ items: [Stmt]) { list(items) { $0.stmt($1) } }

    private mutating func optExpr(_ f: inout Fields, _ name: String, _ e: Expr?) {
        guard let e = e else { return }
        sep(&f, name)
        expr(e)
    }

    private mutating func optStr(_ f: inout Fields, _ name: String, _ s: String?) {
        guard let s = s else { return }
        sep(&f, name)
        str(s)
    }

    private mutating func unit(_ name: String) { out += name; out += "()" }

    // MARK: - Nodes

    mutating func module(_ m: Module) {
        var f = open("Module")
        sep(&f, "body"); stmts(m.body)
        sep(&f, "type_ignores"); out += "[]"
        close(&f, nil)
    }

    mutating func stmt(_ s: Stmt) {
        var f: Fields
        switch s.kind {
        case .functionDef(let name, let args, let body, let decos, let returns),
             .asyncFunctionDef(let name, let args, let body, let decos, let returns):
            if case .functionDef = s.kind { f = open("FunctionDef") } else { f = open("AsyncFunctionDef") }
            sep(&f, "name"); str(name)
            sep(&f, "args"); arguments(args)
            sep(&f, "body"); stmts(body)
            sep(&f, "decorator_list"); exprs(decos)
            optExpr(&f, "returns", returns)
        case .classDef(let name, let bases, let keywords, let body, let decos):
            f = open("ClassDef")
            sep(&f, "name"); str(name)
            sep(&f, "bases"); exprs(bases)
            sep(&f, "keywords"); list(keywords) { $0.keyword($1) }
            sep(&f, "body"); stmts(body)
            sep(&f, "decorator_list"); exprs(decos)
        case .return(let value):
            f = open("Return")
            optExpr(&f, "value", value)
        case .delete(let targets):
            f = open("Delete")
            sep(&f, "targets"); exprs(targets)
        case .assign(let targets, let value):
            f = open("Assign")
            sep(&f, "targets"); exprs(targets)
            sep(&f, "value"); expr(value)
        case .augAssign(let target, let op, let value):
            f = open("AugAssign")
            sep(&f, "target"); expr(target)
            sep(&f, "op"); unit(op.rawValue)
            sep(&f, "value"); expr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            f = open("AnnAssign")
            sep(&f, "target"); expr(target)
            sep(&f, "annotation"); expr(annotation)
            optExpr(&f, "value", value)
            sep(&f, "simple"); out += simple ? "1" : "0"
        case .for(let target, let iter, let body, let orelse), .asyncFor(let target, let iter, let body, let orelse):
            if case .for = s.kind { f = open("For") } else { f = open("AsyncFor") }
            sep(&f, "target"); expr(target)
            sep(&f, "iter"); expr(iter)
            sep(&f, "body"); stmts(body)
            sep(&f, "orelse"); stmts(orelse)
        case .while(let test, let body, let orelse):
            f = open("While")
            sep(&f, "test"); expr(test)
            sep(&f, "body"); stmts(body)
            sep(&f, "orelse"); stmts(orelse)
        case .if(let test, let body, let orelse):
            f = open("If")
            sep(&f, "test"); expr(test)
            sep(&f, "body"); stmts(body)
            sep(&f, "orelse"); stmts(orelse)
        case .with(let items, let body), .asyncWith(let items, let body):
            if case .with = s.kind { f = open("With") } else { f = open("AsyncWith") }
            sep(&f, "items"); list(items) { $0.withItem($1) }
            sep(&f, "body"); stmts(body)
        case .match(let subject, let cases):
            f = open("Match")
            sep(&f, "subject"); expr(subject)
            sep(&f, "cases"); list(cases) { $0.matchCase($1) }
        case .raise(let exc, let cause):
            f = open("Raise")
            optExpr(&f, "exc", exc)
            optExpr(&f, "cause", cause)
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            if case .try = s.kind { f = open("Try") } else { f = open("TryStar") }
            sep(&f, "body"); stmts(body)
            sep(&f, "handlers"); list(handlers) { $0.handler($1) }
            sep(&f, "orelse"); stmts(orelse)
            sep(&f, "finalbody"); stmts(finalbody)
        case .assert(let test, let msg):
            f = open("Assert")
            sep(&f, "test"); expr(test)
            optExpr(&f, "msg", msg)
        case .import(let names):
            f = open("Import")
            sep(&f, "names"); list(names) { $0.alias($1) }
        case .importFrom(let module, let names, let level):
            f = open("ImportFrom")
            optStr(&f, "module", module)
            sep(&f, "names"); list(names) { $0.alias($1) }
            sep(&f, "level"); out += String(level)
        case .global(let names), .nonlocal(let names):
            if case .global = s.kind { f = open("Global") } else { f = open("Nonlocal") }
            sep(&f, "names"); list(names) { $0.str($1) }
        case .expr(let value):
            f = open("Expr")
            sep(&f, "value"); expr(value)
        case .pass: f = open("Pass")
        case .break: f = open("Break")
        case .continue: f = open("Continue")
        }
        close(&f, s.range)
    }

    mutating func expr(_ e: Expr) {
        var f: Fields
        switch e.kind {
        case .boolOp(let op, let values):
            f = open("BoolOp")
            sep(&f, "op"); unit(op.rawValue)
            sep(&f, "values"); exprs(values)
        case .namedExpr(let target, let value):
            f = open("NamedExpr")
            sep(&f, "target"); expr(target)
            sep(&f, "value"); expr(value)
        case .binOp(let left, let op, let right):
            f = open("BinOp")
            sep(&f, "left"); expr(left)
            sep(&f, "op"); unit(op.rawValue)
            sep(&f, "right"); expr(right)
        case .unaryOp(let op, let operand):
            f = open("UnaryOp")
            sep(&f, "op"); unit(op.rawValue)
            sep(&f, "operand"); expr(operand)
        case .lambda(let args, let body):
            f = open("Lambda")
            sep(&f, "args"); arguments(args)
            sep(&f, "body"); expr(body)
        case .ifExp(let test, let body, let orelse):
            f = open("IfExp")
            sep(&f, "test"); expr(test)
            sep(&f, "body"); expr(body)
            sep(&f, "orelse"); expr(orelse)
        case .dict(let keys, let values):
            f = open("Dict")
            sep(&f, "keys"); list(keys) { d, k in if let k = k { d.expr(k) } else { d.out += "None" } }
            sep(&f, "values"); exprs(values)
        case .set(let elts):
            f = open("Set")
            sep(&f, "elts"); exprs(elts)
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            switch e.kind {
            case .listComp: f = open("ListComp")
            case .setComp: f = open("SetComp")
            default: f = open("GeneratorExp")
            }
            sep(&f, "elt"); expr(elt)
            sep(&f, "generators"); list(gens) { $0.comprehension($1) }
        case .dictComp(let key, let value, let gens):
            f = open("DictComp")
            sep(&f, "key"); expr(key)
            sep(&f, "value"); expr(value)
            sep(&f, "generators"); list(gens) { $0.comprehension($1) }
        case .await(let value):
            f = open("Await")
            sep(&f, "value"); expr(value)
        case .yield(let value):
            f = open("Yield")
            optExpr(&f, "value", value)
        case .yieldFrom(let value):
            f = open("YieldFrom")
            sep(&f, "value"); expr(value)
        case .compare(let left, let ops, let comparators):
            f = open("Compare")
            sep(&f, "left"); expr(left)
            sep(&f, "ops"); list(ops) { $0.unit($1.rawValue) }
            sep(&f, "comparators"); exprs(comparators)
        case .call(let fn, let args, let keywords):
            f = open("Call")
            sep(&f, "func"); expr(fn)
            sep(&f, "args"); exprs(args)
            sep(&f, "keywords"); list(keywords) { $0.keyword($1) }
        case .formattedValue(let value, let conversion, let spec):
            f = open("FormattedValue")
            sep(&f, "value"); expr(value)
            sep(&f, "conversion"); out += String(conversion)
            optExpr(&f, "format_spec", spec)
        case .joinedStr(let values):
            f = open("JoinedStr")
            sep(&f, "values"); exprs(values)
        case .constant(let value, let kind):
            f = open("Constant")
            sep(&f, "value"); out += pyConstantRepr(value)
            optStr(&f, "kind", kind)
        case .attribute(let value, let attr, let ctx):
            f = open("Attribute")
            sep(&f, "value"); expr(value)
            sep(&f, "attr"); str(attr)
            sep(&f, "ctx"); unit(ctx.rawValue)
        case .subscript(let value, let slice, let ctx):
            f = open("Subscript")
            sep(&f, "value"); expr(value)
            sep(&f, "slice"); expr(slice)
            sep(&f, "ctx"); unit(ctx.rawValue)
        case .starred(let value, let ctx):
            f = open("Starred")
            sep(&f, "value"); expr(value)
            sep(&f, "ctx"); unit(ctx.rawValue)
        case .name(let id, let ctx):
            f = open("Name")
            sep(&f, "id"); str(id)
            sep(&f, "ctx"); unit(ctx.rawValue)
        case .list(let elts, let ctx), .tuple(let elts, let ctx):
            if case .list = e.kind { f = open("List") } else { f = open("Tuple") }
            sep(&f, "elts"); exprs(elts)
            sep(&f, "ctx"); unit(ctx.rawValue)
        case .slice(let lower, let upper, let step):
            f = open("Slice")
            optExpr(&f, "lower", lower)
            optExpr(&f, "upper", upper)
            optExpr(&f, "step", step)
        }
        close(&f, e.range)
    }

    mutating func arguments(_ a: Arguments) {
        var f = open("arguments")
        sep(&f, "posonlyargs"); list(a.posonlyargs) { $0.arg($1) }
        sep(&f, "args"); list(a.args) { $0.arg($1) }
        if let v = a.vararg { sep(&f, "vararg"); arg(v) }
        sep(&f, "kwonlyargs"); list(a.kwonlyargs) { $0.arg($1) }
        sep(&f, "kw_defaults"); list(a.kwDefaults) { d, k in if let k = k { d.expr(k) } else { d.out += "None" } }
        if let k = a.kwarg { sep(&f, "kwarg"); arg(k) }
        sep(&f, "defaults"); exprs(a.defaults)
        close(&f, nil)
    }

    mutating func arg(_ a: Arg) {
        var f = open("arg")
        sep(&f, "arg"); str(a.arg)
        optExpr(&f, "annotation", a.annotation)
        close(&f, a.range)
    }

    mutating func keyword(_ k: Keyword) {
        var f = open("keyword")
        optStr(&f, "arg", k.arg)
        sep(&f, "value"); expr(k.value)
        close(&f, k.range)
    }

    mutating func comprehension(_ c: Comprehension) {
        var f = open("comprehension")
        sep(&f, "target"); expr(c.target)
        sep(&f, "iter"); expr(c.iter)
        sep(&f, "ifs"); exprs(c.ifs)
        sep(&f, "is_async"); out += c.isAsync ? "1" : "0"
        close(&f, nil)
    }

    mutating func alias(_ a: Alias) {
        var f = open("alias")
        sep(&f, "name"); str(a.name)
        optStr(&f, "asname", a.asname)
        close(&f, a.range)
    }

    mutating func handler(_ h: ExceptHandler) {
        var f = open("ExceptHandler")
        optExpr(&f, "type", h.type)
        optStr(&f, "name", h.name)
        sep(&f, "body"); stmts(h.body)
        close(&f, h.range)
    }

    mutating func withItem(_ w: WithItem) {
        var f = open("withitem")
        sep(&f, "context_expr"); expr(w.contextExpr)
        optExpr(&f, "optional_vars", w.optionalVars)
        close(&f, nil)
    }

    mutating func matchCase(_ c: MatchCase) {
        var f = open("match_case")
        sep(&f, "pattern"); pattern(c.pattern)
        optExpr(&f, "guard", c.guard_)
        sep(&f, "body"); stmts(c.body)
        close(&f, nil)
    }

    mutating func pattern(_ p: Pattern) {
        var f: Fields
        switch p.kind {
        case .matchValue(let value):
            f = open("MatchValue")
            sep(&f, "value"); expr(value)
        case .matchSingleton(let value):
            f = open("MatchSingleton")
            sep(&f, "value"); out += pyConstantRepr(value)
        case .matchSequence(let patterns):
            f = open("MatchSequence")
            sep(&f, "patterns"); list(patterns) { $0.pattern($1) }
        case .matchMapping(let keys, let patterns, let rest):
            f = open("MatchMapping")
            sep(&f, "keys"); exprs(keys)
            sep(&f, "patterns"); list(patterns) { $0.pattern($1) }
            optStr(&f, "rest", rest)
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            f = open("MatchClass")
            sep(&f, "cls"); expr(cls)
            sep(&f, "patterns"); list(patterns) { $0.pattern($1) }
            sep(&f, "kwd_attrs"); list(kwdAttrs) { $0.str($1) }
            sep(&f, "kwd_patterns"); list(kwdPatterns) { $0.pattern($1) }
        case .matchStar(let name):
            f = open("MatchStar")
            optStr(&f, "name", name)
        case .matchAs(let pat, let name):
            f = open("MatchAs")
            if let pat = pat { sep(&f, "pattern"); pattern(pat) }
            optStr(&f, "name", name)
        case .matchOr(let patterns):
            f = open("MatchOr")
            sep(&f, "patterns"); list(patterns) { $0.pattern($1) }
        }
        close(&f, p.range)
    }
}

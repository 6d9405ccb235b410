/// A statement node of CPython's `ast` (the `stmt` sum of `Python.asdl`).
/// Thread-safety: a value type; share freely once built.
public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange

    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The cases of `stmt`, with CPython's field names and order. `type_comment`
/// fields are omitted: Grail never parses type comments, so they are None.
public indirect enum StmtKind: Sendable {
    case functionDef(name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?)
    case asyncFunctionDef(name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?)
    case classDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decoratorList: [Expr])
    case `return`(value: Expr?)
    case delete(targets: [Expr])
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case asyncFor(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt])
    case asyncWith(items: [WithItem], body: [Stmt])
    case match(subject: Expr, cases: [MatchCase])
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`(names: [Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global(names: [String])
    case nonlocal(names: [String])
    case expr(value: Expr)
    case pass
    case `break`
    case `continue`
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange

    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

/// `alias(identifier name, identifier? asname)`.
public struct Alias: Sendable {
    public var name: String
    public var asname: String?
    public var range: SourceRange

    public init(name: String, asname: String?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}

/// `withitem(expr context_expr, expr? optional_vars)`; no positions.
public struct WithItem: Sendable {
    public var contextExpr: Expr
    public var optionalVars: Expr?

    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// `match_case(pattern pattern, expr? guard, stmt* body)`; no positions.
public struct MatchCase: Sendable {
    public var pattern: Pattern
    public var guard_: Expr?
    public var body: [Stmt]

    public init(pattern: Pattern, guard_: Expr?, body: [Stmt]) {
        self.pattern = pattern
        self.guard_ = guard_
        self.body = body
    }
}

/// A `match` pattern node (the `pattern` sum of `Python.asdl`).
public struct Pattern: Sendable {
    public var kind: PatternKind
    public var range: SourceRange

    public init(_ kind: PatternKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum PatternKind: Sendable {
    case matchValue(value: Expr)
    case matchSingleton(value: ConstantValue)
    case matchSequence(patterns: [Pattern])
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    case matchStar(name: String?)
    case matchAs(pattern: Pattern?, name: String?)
    case matchOr(patterns: [Pattern])
}

/// A parsed module (`ast.Module`; `type_ignores` is always empty).
public struct Module: Sendable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

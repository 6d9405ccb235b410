/// An expression node of CPython's `ast` (the `expr` sum of `Python.asdl`).
/// Thread-safety: a value type; share freely once built.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange

    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The cases of `expr`, with CPython's field names and order.
public indirect enum ExprKind: Sendable {
    case boolOp(op: BoolOperator, values: [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(left: Expr, op: BinaryOperator, right: Expr)
    case unaryOp(op: UnaryOperator, operand: Expr)
    case lambda(args: Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// `keys[i] == nil` is a `**value` entry.
    case dict(keys: [Expr?], values: [Expr])
    case set(elts: [Expr])
    case listComp(elt: Expr, generators: [Comprehension])
    case setComp(elt: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(elt: Expr, generators: [Comprehension])
    case await(value: Expr)
    case yield(value: Expr?)
    case yieldFrom(value: Expr)
    case compare(left: Expr, ops: [CompareOperator], comparators: [Expr])
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// `conversion` is -1 (none) or the code of `s`, `r`, `a`.
    case formattedValue(value: Expr, conversion: Int, formatSpec: Expr?)
    case joinedStr(values: [Expr])
    /// `kind` is "u" for a `u"..."` literal, else nil.
    case constant(value: ConstantValue, kind: String?)
    case attribute(value: Expr, attr: String, ctx: ExprContext)
    case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
    case starred(value: Expr, ctx: ExprContext)
    case name(id: String, ctx: ExprContext)
    case list(elts: [Expr], ctx: ExprContext)
    case tuple(elts: [Expr], ctx: ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// `comprehension(expr target, expr iter, expr* ifs, int is_async)`; no positions.
public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool

    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// `keyword(identifier? arg, expr value)`; `arg == nil` is `**value`.
public struct Keyword: Sendable {
    public var arg: String?
    public var value: Expr
    public var range: SourceRange

    public init(arg: String?, value: Expr, range: SourceRange) {
        self.arg = arg
        self.value = value
        self.range = range
    }
}

/// `arg(identifier arg, expr? annotation, string? type_comment)`.
public struct Arg: Sendable {
    public var arg: String
    public var annotation: Expr?
    public var range: SourceRange

    public init(arg: String, annotation: Expr?, range: SourceRange) {
        self.arg = arg
        self.annotation = annotation
        self.range = range
    }
}

/// `arguments(...)`: a function's or lambda's parameters; no positions.
public struct Arguments: Sendable {
    public var posonlyargs: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg?
    public var kwonlyargs: [Arg] = []
    /// One per `kwonlyargs` entry; nil where there is no default.
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg?
    public var defaults: [Expr] = []

    public init() {}
}

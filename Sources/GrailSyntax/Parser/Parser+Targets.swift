/// Assignment, `for` and `del` targets: the parser reads targets as
/// expressions and converts them here, checking CPython's `star_targets`,
/// `for` and `del_targets` shapes and raising CPython's "cannot assign to …"
/// messages (`_PyPegen_get_invalid_target`).
extension Parser {
    enum TargetsType { case starTargets, delTargets, forTargets }

    /// `_PyPegen_set_expr_context`.
    func withContext(_ e: Expr, _ ctx: ExprContext) -> Expr {
        switch e.kind {
        case .name(let id, _): return Expr(.name(id: id, ctx: ctx), e.range)
        case .attribute(let v, let a, _): return Expr(.attribute(value: v, attr: a, ctx: ctx), e.range)
        case .subscript(let v, let s, _): return Expr(.subscript(value: v, slice: s, ctx: ctx), e.range)
        case .starred(let v, _): return Expr(.starred(value: withContext(v, ctx), ctx: ctx), e.range)
        case .list(let elts, _): return Expr(.list(elts: elts.map { withContext($0, ctx) }, ctx: ctx), e.range)
        case .tuple(let elts, _): return Expr(.tuple(elts: elts.map { withContext($0, ctx) }, ctx: ctx), e.range)
        default: return e
        }
    }

    /// Is `e` a valid (star) target?
    func isValidTarget(_ e: Expr, starAllowed: Bool) -> Bool {
        switch e.kind {
        case .name, .attribute, .subscript: return true
        case .starred(let v, _):
            if !starAllowed { return false }
            if case .starred = v.kind { return false }
            return isValidTarget(v, starAllowed: true)
        case .list(let elts, _), .tuple(let elts, _):
            for x in elts where !isValidTarget(x, starAllowed: starAllowed) { return false }
            return true
        default: return false
        }
    }

    /// `_PyPegen_get_invalid_target`.
    func invalidTarget(_ e: Expr, _ type: TargetsType) -> Expr? {
        switch e.kind {
        case .list(let elts, _), .tuple(let elts, _):
            for x in elts { if let c = invalidTarget(x, type) { return c } }
            return nil
        case .starred(let v, _):
            if type == .delTargets { return e }
            return invalidTarget(v, type)
        case .compare(let left, let ops, _):
            if type == .forTargets {
                if ops.first == .in { return invalidTarget(left, type) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// RAISE_SYNTAX_ERROR_INVALID_TARGET, or nil when no invalid part is found.
    func invalidTargetError(_ e: Expr, _ type: TargetsType) -> PySyntaxError? {
        guard let bad = invalidTarget(e, type) else { return nil }
        let verb = type == .delTargets ? "delete" : "assign to"
        return errorAt(bad.range, "cannot \(verb) \(exprName(bad))")
    }

    /// Converts an expression to a Store/Del target or raises CPython's error.
    func toStarTargets(_ e: Expr, _ ctx: ExprContext, rule: TargetsType) throws(PySyntaxError) -> Expr {
        if isValidTarget(e, starAllowed: rule != .delTargets) {
            return withContext(e, ctx)
        }
        if let err = invalidTargetError(e, rule) { throw err }
        throw fail()
    }

    /// `del_target` conversion (no starred).
    func toDelTarget(_ e: Expr) throws(PySyntaxError) -> Expr {
        if isValidTarget(e, starAllowed: false) { return withContext(e, .del) }
        throw fail()
    }

    /// `_PyPegen_get_expr_name`.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let v, _):
            switch v {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }
}

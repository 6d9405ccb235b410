import GrailSyntax

/// Expressions (CPython's `compiler_visit_expr` and helpers): names,
/// operators, displays, subscripts, f-strings, yields, conditional jumps and
/// assignment targets. Calls live in `Compiler+Calls.swift`, lambdas and
/// comprehensions in `Compiler+Functions.swift`.
extension CodeGen {
    func visitExpr(_ e: Expr) {
        let saved = b.loc
        b.loc = e.range
        visitExprInner(e)
        b.loc = saved
    }

    private func visitExprInner(_ e: Expr) {
        if let c = constantValue(of: e) {
            b.loadConst(c)
            return
        }
        switch e.kind {
        case .boolOp(let op, let values):
            let end = b.newLabel()
            let jump: Opcode = op == .and ? .JUMP_IF_FALSE_OR_POP : .JUMP_IF_TRUE_OR_POP
            for (i, v) in values.enumerated() {
                visitExpr(v)
                if i < values.count - 1 { b.emitJump(jump, end) }
            }
            b.bind(end)
        case .namedExpr(let target, let value):
            visitExpr(value)
            b.emit(.COPY, 1)
            visitExpr(target)
        case .binOp(let l, let op, let r):
            visitExpr(l)
            visitExpr(r)
            b.emit(.BINARY_OP, binaryOpArg(op, inplace: false))
        case .unaryOp(let op, let operand):
            visitExpr(operand)
            switch op {
            case .invert: b.emit(.UNARY_INVERT)
            case .not: b.emit(.UNARY_NOT)
            case .uAdd: b.emit(.UNARY_POSITIVE)
            case .uSub: b.emit(.UNARY_NEGATIVE)
            }
        case .lambda(let args, let body):
            compileLambda(e, args, body)
        case .ifExp(let test, let body, let orelse):
            let end = b.newLabel(), next = b.newLabel()
            jumpIf(test, next, cond: false)
            visitExpr(body)
            b.emitJump(.JUMP, end)
            b.bind(next)
            visitExpr(orelse)
            b.bind(end)
        case .dict(let keys, let values):
            compileDict(keys, values)
        case .set(let elts):
            starUnpack(elts, pushed: 0, build: .BUILD_SET, add: .SET_ADD, extend: .SET_UPDATE, tuple: false)
        case .listComp(let elt, let gens):
            compileComprehension(e, .listComp, "<listcomp>", gens, elt, nil)
        case .setComp(let elt, let gens):
            compileComprehension(e, .setComp, "<setcomp>", gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            compileComprehension(e, .dictComp, "<dictcomp>", gens, key, value)
        case .generatorExp(let elt, let gens):
            compileComprehension(e, .genExp, "<genexpr>", gens, elt, nil)
        case .await(let value):
            visitExpr(value)
            emitAwait()
        case .yield(let value):
            if let v = value { visitExpr(v) } else { b.loadConst(.none) }
            b.emit(.YIELD_VALUE)
        case .yieldFrom(let value):
            visitExpr(value)
            b.emit(.GET_YIELD_FROM_ITER)
            b.loadConst(.none)
            emitYieldFrom()
        case .compare(let left, let ops, let comparators):
            compileCompare(left, ops, comparators)
        case .call(let fn, let args, let keywords):
            compileCall(e, fn, args, keywords)
        case .formattedValue(let value, let conversion, let spec):
            visitExpr(value)
            var arg: Int
            switch conversion {
            case 115: arg = FormatValueArg.str
            case 114: arg = FormatValueArg.repr
            case 97: arg = FormatValueArg.ascii
            default: arg = FormatValueArg.noConversion
            }
            if let sp = spec {
                visitExpr(sp)
                arg |= FormatValueArg.hasSpec
            }
            b.emit(.FORMAT_VALUE, arg)
        case .joinedStr(let values):
            if values.count > CodeGen.stackUseGuideline {
                b.loadConst(.str([]))
                emitName(.LOAD_METHOD, "join", mangle: false)
                b.emit(.BUILD_LIST, 0)
                for v in values {
                    visitExpr(v)
                    b.emit(.LIST_APPEND, 1)
                }
                b.emit(.CALL, 1)
            } else {
                for v in values { visitExpr(v) }
                if values.count != 1 { b.emit(.BUILD_STRING, values.count) }
            }
        case .constant(let v, _):
            b.loadConst(CodeGen.codeConstant(v))
        case .attribute(let value, let attr, let ctx):
            visitExpr(value)
            switch ctx {
            case .load: emitName(.LOAD_ATTR, attr)
            case .store: emitName(.STORE_ATTR, attr)
            case .del: emitName(.DELETE_ATTR, attr)
            }
        case .subscript(let value, let slice, let ctx):
            visitExpr(value)
            visitExpr(slice)
            switch ctx {
            case .load: b.emit(.BINARY_SUBSCR)
            case .store: b.emit(.STORE_SUBSCR)
            case .del: b.emit(.DELETE_SUBSCR)
            }
        case .starred(let value, let ctx):
            if ctx == .store {
                fail("starred assignment target must be in a list or tuple", e.range)
            } else {
                fail("can't use starred expression here", e.range)
            }
            visitExpr(value)
        case .name(let id, let ctx):
            nameOp(id, ctx)
        case .list(let elts, let ctx):
            switch ctx {
            case .store: assignmentHelper(elts, e.range)
            case .load: starUnpack(elts, pushed: 0, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: false)
            case .del: for x in elts { visitExpr(x) }
            }
        case .tuple(let elts, let ctx):
            switch ctx {
            case .store: assignmentHelper(elts, e.range)
            case .load: starUnpack(elts, pushed: 0, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: true)
            case .del: for x in elts { visitExpr(x) }
            }
        case .slice(let lower, let upper, let step):
            var n = 2
            if let x = lower { visitExpr(x) } else { b.loadConst(.none) }
            if let x = upper { visitExpr(x) } else { b.loadConst(.none) }
            if let x = step {
                visitExpr(x)
                n = 3
            }
            b.emit(.BUILD_SLICE, n)
        }
    }

    // MARK: operators

    func binaryOpArg(_ op: BinaryOperator, inplace: Bool) -> Int {
        let base: BinaryOpArg
        switch op {
        case .add: base = .add
        case .sub: base = .subtract
        case .mult: base = .multiply
        case .matMult: base = .matrixMultiply
        case .div: base = .trueDivide
        case .mod: base = .remainder
        case .pow: base = .power
        case .lShift: base = .lshift
        case .rShift: base = .rshift
        case .bitOr: base = .or
        case .bitXor: base = .xor
        case .bitAnd: base = .and
        case .floorDiv: base = .floorDivide
        }
        return base.rawValue + (inplace ? 13 : 0)
    }

    /// `ADDOP_COMPARE`.
    func emitCompare(_ op: CompareOperator) {
        switch op {
        case .eq: b.emit(.COMPARE_OP, CompareOpArg.eq.rawValue)
        case .notEq: b.emit(.COMPARE_OP, CompareOpArg.ne.rawValue)
        case .lt: b.emit(.COMPARE_OP, CompareOpArg.lt.rawValue)
        case .ltE: b.emit(.COMPARE_OP, CompareOpArg.le.rawValue)
        case .gt: b.emit(.COMPARE_OP, CompareOpArg.gt.rawValue)
        case .gtE: b.emit(.COMPARE_OP, CompareOpArg.ge.rawValue)
        case .is: b.emit(.IS_OP, 0)
        case .isNot: b.emit(.IS_OP, 1)
        case .in: b.emit(.CONTAINS_OP, 0)
        case .notIn: b.emit(.CONTAINS_OP, 1)
        }
    }

    func compileCompare(_ left: Expr, _ ops: [CompareOperator], _ comparators: [Expr]) {
        visitExpr(left)
        let n = min(ops.count, comparators.count)
        guard n > 0 else { return }
        if n == 1 {
            visitExpr(comparators[0])
            emitCompare(ops[0])
            return
        }
        let cleanup = b.newLabel(), end = b.newLabel()
        for i in 0..<(n - 1) {
            visitExpr(comparators[i])
            b.emit(.SWAP, 2)
            b.emit(.COPY, 2)
            emitCompare(ops[i])
            b.emitJump(.JUMP_IF_FALSE_OR_POP, cleanup)
        }
        visitExpr(comparators[n - 1])
        emitCompare(ops[n - 1])
        b.emitJump(.JUMP, end)
        b.bind(cleanup)
        b.emit(.SWAP, 2)
        b.emit(.POP_TOP)
        b.bind(end)
    }

    /// CPython's `compiler_jump_if`: jump to `next` when `e`'s truth equals `cond`.
    func jumpIf(_ e: Expr, _ next: Int, cond: Bool) {
        if let c = constantValue(of: e) {
            if CodeGen.isTruthy(c) == cond { b.emitJump(.JUMP, next) }
            return
        }
        switch e.kind {
        case .unaryOp(.not, let operand):
            jumpIf(operand, next, cond: !cond)
            return
        case .boolOp(let op, let values):
            guard let last = values.last else { break }
            let cond2 = op == .or
            var next2 = next
            if cond2 != cond { next2 = b.newLabel() }
            for v in values.dropLast() { jumpIf(v, next2, cond: cond2) }
            jumpIf(last, next, cond: cond)
            if next2 != next { b.bind(next2) }
            return
        case .ifExp(let test, let body, let orelse):
            let end = b.newLabel(), next2 = b.newLabel()
            jumpIf(test, next2, cond: false)
            jumpIf(body, next, cond: cond)
            b.emitJump(.JUMP, end)
            b.bind(next2)
            jumpIf(orelse, next, cond: cond)
            b.bind(end)
            return
        case .compare(let left, let ops, let comparators) where ops.count > 1 && comparators.count == ops.count:
            let saved = b.loc
            b.loc = e.range
            let cleanup = b.newLabel()
            visitExpr(left)
            let n = ops.count - 1
            for i in 0..<n {
                visitExpr(comparators[i])
                b.emit(.SWAP, 2)
                b.emit(.COPY, 2)
                emitCompare(ops[i])
                b.emitJump(.POP_JUMP_IF_FALSE, cleanup)
            }
            visitExpr(comparators[n])
            emitCompare(ops[n])
            b.emitJump(cond ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, next)
            let end = b.newLabel()
            b.emitJump(.JUMP, end)
            b.bind(cleanup)
            b.emit(.POP_TOP)
            if !cond { b.emitJump(.JUMP, next) }
            b.bind(end)
            b.loc = saved
            return
        default:
            break
        }
        visitExpr(e)
        withLoc(e.range) { b.emitJump(cond ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, next) }
    }

    // MARK: displays

    /// CPython's `starunpack_helper`.
    func starUnpack(_ elts: [Expr], pushed: Int, build: Opcode, add: Opcode, extend: Opcode, tuple: Bool) {
        let n = elts.count
        if n > 2 {
            var consts: [CodeConstant] = []
            for x in elts {
                guard let c = constantValue(of: x) else { break }
                consts.append(c)
            }
            if consts.count == n {
                if tuple && pushed == 0 {
                    b.loadConst(.tuple(consts))
                } else {
                    b.emit(build, pushed)
                    b.loadConst(add == .SET_ADD ? .frozenset(consts) : .tuple(consts))
                    b.emit(extend, 1)
                    if tuple { b.emit(.LIST_TO_TUPLE) }
                }
                return
            }
        }
        let big = n + pushed > CodeGen.stackUseGuideline
        let seenStar = elts.contains { if case .starred = $0.kind { return true } else { return false } }
        if !seenStar && !big {
            for x in elts { visitExpr(x) }
            b.emit(tuple ? .BUILD_TUPLE : build, n + pushed)
            return
        }
        var built = false
        if big {
            b.emit(build, pushed)
            built = true
        }
        for (i, x) in elts.enumerated() {
            if case .starred(let value, _) = x.kind {
                if !built {
                    b.emit(build, i + pushed)
                    built = true
                }
                visitExpr(value)
                b.emit(extend, 1)
            } else {
                visitExpr(x)
                if built { b.emit(add, 1) }
            }
        }
        if !built { b.emit(build, n + pushed) }
        if tuple { b.emit(.LIST_TO_TUPLE) }
    }

    private func allConstKeys(_ keys: [Expr?], _ range: Range<Int>) -> [CodeConstant]? {
        var out: [CodeConstant] = []
        for i in range {
            guard let k = keys[i], let c = constantValue(of: k) else { return nil }
            out.append(c)
        }
        return out
    }

    /// CPython's `compiler_subdict`.
    private func subdict(_ keys: [Expr?], _ values: [Expr], _ begin: Int, _ end: Int) {
        let n = end - begin
        let big = n * 2 > CodeGen.stackUseGuideline
        if n > 1 && !big, let ks = allConstKeys(keys, begin..<end) {
            for i in begin..<end { visitExpr(values[i]) }
            b.loadConst(.tuple(ks))
            b.emit(.BUILD_CONST_KEY_MAP, n)
            return
        }
        if big { b.emit(.BUILD_MAP, 0) }
        for i in begin..<end {
            if let k = keys[i] { visitExpr(k) } else { b.loadConst(.none) }
            visitExpr(values[i])
            if big { b.emit(.MAP_ADD, 1) }
        }
        if !big { b.emit(.BUILD_MAP, n) }
    }

    /// CPython's `compiler_dict`.
    func compileDict(_ keys: [Expr?], _ values: [Expr]) {
        let n = min(keys.count, values.count)
        var haveDict = false
        var elements = 0
        for i in 0..<n {
            if keys[i] == nil {
                if elements > 0 {
                    subdict(keys, values, i - elements, i)
                    if haveDict { b.emit(.DICT_UPDATE, 1) }
                    haveDict = true
                    elements = 0
                }
                if !haveDict {
                    b.emit(.BUILD_MAP, 0)
                    haveDict = true
                }
                visitExpr(values[i])
                b.emit(.DICT_UPDATE, 1)
            } else {
                if elements * 2 > CodeGen.stackUseGuideline {
                    subdict(keys, values, i - elements, i + 1)
                    if haveDict { b.emit(.DICT_UPDATE, 1) }
                    haveDict = true
                    elements = 0
                } else {
                    elements += 1
                }
            }
        }
        if elements > 0 {
            subdict(keys, values, n - elements, n)
            if haveDict { b.emit(.DICT_UPDATE, 1) }
            haveDict = true
        }
        if !haveDict { b.emit(.BUILD_MAP, 0) }
    }

    // MARK: assignment targets

    /// CPython's `unpack_helper` + `assignment_helper`.
    func assignmentHelper(_ elts: [Expr], _ r: SourceRange) {
        let n = elts.count
        var seenStar = false
        for (i, x) in elts.enumerated() {
            if case .starred = x.kind {
                if seenStar {
                    fail("multiple starred expressions in assignment", x.range)
                    return
                }
                if i >= (1 << 8) || n - i - 1 >= (1 << 16) {
                    fail("too many expressions in star-unpacking assignment", x.range)
                    return
                }
                b.emit(.UNPACK_EX, i + ((n - i - 1) << 8))
                seenStar = true
            }
        }
        if !seenStar { b.emit(.UNPACK_SEQUENCE, n) }
        for x in elts {
            if case .starred(let value, _) = x.kind {
                visitExpr(value)
            } else {
                visitExpr(x)
            }
        }
    }
}

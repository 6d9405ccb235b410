import GrailSyntax

/// CPython 3.11's `pattern_context`: names captured so far (their values
/// wait on the stack), whether an irrefutable pattern is allowed here, the
/// `fail_pop` labels (jumping to `failPop[i]` pops i items), and how many
/// items must stay on top of the captures.
/// Thread-safety: a plain value type.
struct PatternContext {
    var stores: [String] = []
    var allowIrrefutable = false
    var failPop: [Int] = []
    var onTop = 0
}

/// `match` statements (CPython 3.11's `compiler_match` and `compiler_pattern_*`).
extension CodeGen {
    private func isWildcard(_ p: Pattern) -> Bool {
        if case .matchAs(nil, nil) = p.kind { return true }
        return false
    }

    private func isStarWildcard(_ p: Pattern) -> Bool {
        if case .matchStar(nil) = p.kind { return true }
        return false
    }

    func compileMatch(_ s: Stmt, _ subject: Expr, _ cases: [MatchCase]) {
        visitExpr(subject)
        let end = b.newLabel()
        guard let lastCase = cases.last else {
            b.emit(.POP_TOP)
            return
        }
        let hasDefault = isWildcard(lastCase.pattern) && cases.count > 1
        let n = cases.count - (hasDefault ? 1 : 0)
        for i in 0..<n {
            let m = cases[i]
            b.loc = m.pattern.range
            if i != n - 1 { b.emit(.COPY, 1) }
            var pc = PatternContext()
            pc.allowIrrefutable = m.guard_ != nil || i == cases.count - 1
            compilePattern(m.pattern, &pc)
            for name in pc.stores { nameOp(name, .store) }
            if let g = m.guard_ {
                ensureFailPop(&pc, 0)
                jumpIf(g, pc.failPop[0], cond: false)
            }
            if i != n - 1 { b.emit(.POP_TOP) }
            visitStmts(m.body)
            b.emitJump(.JUMP, end)
            b.loc = m.pattern.range
            emitAndResetFailPop(&pc)
        }
        if hasDefault {
            b.loc = lastCase.pattern.range
            if cases.count == 1 { b.emit(.POP_TOP) }
            if let g = lastCase.guard_ { jumpIf(g, end, cond: false) }
            visitStmts(lastCase.body)
        }
        b.bind(end)
    }

    private func ensureFailPop(_ pc: inout PatternContext, _ n: Int) {
        while pc.failPop.count < n + 1 { pc.failPop.append(b.newLabel()) }
    }

    private func jumpToFailPop(_ pc: inout PatternContext, _ op: Opcode) {
        let pops = pc.onTop + pc.stores.count
        ensureFailPop(&pc, pops)
        b.emitJump(op, pc.failPop[pops])
    }

    private func emitAndResetFailPop(_ pc: inout PatternContext) {
        guard !pc.failPop.isEmpty else { return }
        var i = pc.failPop.count - 1
        while i > 0 {
            b.bind(pc.failPop[i])
            b.emit(.POP_TOP)
            i -= 1
        }
        b.bind(pc.failPop[0])
        pc.failPop = []
    }

    private func rotate(_ count: Int) {
        var c = count
        while c > 1 {
            b.emit(.SWAP, c)
            c -= 1
        }
    }

    private func storeName(_ name: String?, _ pc: inout PatternContext) {
        guard let n = name else {
            b.emit(.POP_TOP)
            return
        }
        if pc.stores.contains(n) {
            fail("multiple assignments to name '\(n)' in pattern", b.loc)
            return
        }
        rotate(pc.onTop + pc.stores.count + 1)
        pc.stores.append(n)
    }

    private func subpattern(_ p: Pattern, _ pc: inout PatternContext) {
        let saved = pc.allowIrrefutable
        pc.allowIrrefutable = true
        compilePattern(p, &pc)
        pc.allowIrrefutable = saved
    }

    func compilePattern(_ p: Pattern, _ pc: inout PatternContext) {
        b.loc = p.range
        switch p.kind {
        case .matchValue(let value):
            visitExpr(value)
            emitCompare(.eq)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        case .matchSingleton(let value):
            b.loadConst(CodeGen.codeConstant(value))
            emitCompare(.is)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        case .matchSequence(let patterns):
            patternSequence(patterns, &pc)
        case .matchMapping(let keys, let patterns, let rest):
            patternMapping(p, keys, patterns, rest, &pc)
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            patternClass(p, cls, patterns, kwdAttrs, kwdPatterns, &pc)
        case .matchStar(let name):
            storeName(name, &pc)
        case .matchAs(let pattern, let name):
            guard let sub = pattern else {
                if !pc.allowIrrefutable {
                    if let n = name {
                        fail("name capture '\(n)' makes remaining patterns unreachable", p.range)
                    } else {
                        fail("wildcard makes remaining patterns unreachable", p.range)
                    }
                    return
                }
                storeName(name, &pc)
                return
            }
            pc.onTop += 1
            b.emit(.COPY, 1)
            compilePattern(sub, &pc)
            pc.onTop -= 1
            storeName(name, &pc)
        case .matchOr(let patterns):
            patternOr(p, patterns, &pc)
        }
    }

    private func patternSequence(_ patterns: [Pattern], _ pc: inout PatternContext) {
        let size = patterns.count
        var star = -1
        var onlyWildcard = true
        var starWildcard = false
        for (i, q) in patterns.enumerated() {
            if case .matchStar = q.kind {
                if star >= 0 {
                    fail("multiple starred names in sequence pattern", q.range)
                    return
                }
                starWildcard = isStarWildcard(q)
                onlyWildcard = onlyWildcard && starWildcard
                star = i
                continue
            }
            onlyWildcard = onlyWildcard && isWildcard(q)
        }
        pc.onTop += 1
        b.emit(.MATCH_SEQUENCE)
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        if star < 0 {
            b.emit(.GET_LEN)
            b.loadConst(.int(size))
            emitCompare(.eq)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        } else if size > 1 {
            b.emit(.GET_LEN)
            b.loadConst(.int(size - 1))
            emitCompare(.gtE)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        }
        pc.onTop -= 1
        if onlyWildcard {
            b.emit(.POP_TOP)
        } else if starWildcard {
            // pattern_helper_sequence_subscr
            pc.onTop += 1
            for (i, q) in patterns.enumerated() {
                if isWildcard(q) || i == star { continue }
                b.emit(.COPY, 1)
                if i < star {
                    b.loadConst(.int(i))
                } else {
                    b.emit(.GET_LEN)
                    b.loadConst(.int(size - i))
                    b.emit(.BINARY_OP, BinaryOpArg.subtract.rawValue)
                }
                b.emit(.BINARY_SUBSCR)
                subpattern(q, &pc)
            }
            pc.onTop -= 1
            b.emit(.POP_TOP)
        } else {
            // pattern_helper_sequence_unpack
            if star >= 0 {
                b.emit(.UNPACK_EX, star + ((size - star - 1) << 8))
            } else {
                b.emit(.UNPACK_SEQUENCE, size)
            }
            pc.onTop += size
            for q in patterns {
                pc.onTop -= 1
                subpattern(q, &pc)
            }
        }
    }

    private func patternMapping(_ p: Pattern, _ keys: [Expr], _ patterns: [Pattern], _ rest: String?,
                                _ pc: inout PatternContext) {
        var size = keys.count
        guard size == patterns.count else {
            fail("keys (\(size)) / patterns (\(patterns.count)) length mismatch in mapping pattern", p.range)
            return
        }
        pc.onTop += 1
        b.emit(.MATCH_MAPPING)
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        if size == 0 && rest == nil {
            pc.onTop -= 1
            b.emit(.POP_TOP)
            return
        }
        if size > 0 {
            b.emit(.GET_LEN)
            b.loadConst(.int(size))
            emitCompare(.gtE)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        }
        var seen = Set<ConstKey>()
        for k in keys {
            if let c = constantValue(of: k) {
                let key = ConstKey(c)
                if seen.contains(key) {
                    fail("mapping pattern checks duplicate key (\(Disassembler.constRepr(c)))", k.range)
                    return
                }
                seen.insert(key)
            } else if case .attribute = k.kind {
            } else {
                fail("mapping pattern keys may only match literals and attribute lookups", k.range)
                return
            }
            visitExpr(k)
        }
        b.emit(.BUILD_TUPLE, size)
        b.emit(.MATCH_KEYS)
        pc.onTop += 2
        b.emit(.COPY, 1)
        b.loadConst(.none)
        b.emit(.IS_OP, 1)
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        b.emit(.UNPACK_SEQUENCE, size)
        pc.onTop += size - 1
        for q in patterns {
            pc.onTop -= 1
            subpattern(q, &pc)
        }
        pc.onTop -= 2
        if let r = rest {
            b.emit(.BUILD_MAP, 0)
            b.emit(.SWAP, 3)
            b.emit(.DICT_UPDATE, 2)
            b.emit(.UNPACK_SEQUENCE, size)
            while size > 0 {
                b.emit(.COPY, 1 + size)
                size -= 1
                b.emit(.SWAP, 2)
                b.emit(.DELETE_SUBSCR)
            }
            storeName(r, &pc)
        } else {
            b.emit(.POP_TOP)
            b.emit(.POP_TOP)
        }
    }

    private func patternClass(_ p: Pattern, _ cls: Expr, _ patterns: [Pattern], _ kwdAttrs: [String],
                              _ kwdPatterns: [Pattern], _ pc: inout PatternContext) {
        let nargs = patterns.count, nattrs = kwdAttrs.count
        guard nattrs == kwdPatterns.count else {
            fail("kwd_attrs (\(nattrs)) / kwd_patterns (\(kwdPatterns.count)) length mismatch in class pattern", p.range)
            return
        }
        for i in 0..<nattrs {
            for j in (i + 1)..<max(i + 1, nattrs) where kwdAttrs[i] == kwdAttrs[j] {
                fail("attribute name repeated in class pattern: \(kwdAttrs[i])", kwdPatterns[j].range)
                return
            }
        }
        b.loc = p.range
        visitExpr(cls)
        b.loadConst(.tuple(kwdAttrs.map { CodeGen.strConst($0) }))
        b.emit(.MATCH_CLASS, nargs)
        b.emit(.COPY, 1)
        b.loadConst(.none)
        b.emit(.IS_OP, 1)
        pc.onTop += 1
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        b.emit(.UNPACK_SEQUENCE, nargs + nattrs)
        pc.onTop += nargs + nattrs - 1
        for i in 0..<(nargs + nattrs) {
            pc.onTop -= 1
            let q = i < nargs ? patterns[i] : kwdPatterns[i - nargs]
            if isWildcard(q) {
                b.emit(.POP_TOP)
                continue
            }
            subpattern(q, &pc)
        }
    }

    private func patternOr(_ p: Pattern, _ alts: [Pattern], _ pc: inout PatternContext) {
        let end = b.newLabel()
        let old = pc
        var control: [String]?
        for (i, alt) in alts.enumerated() {
            b.loc = alt.range
            pc.stores = []
            pc.allowIrrefutable = i == alts.count - 1 && old.allowIrrefutable
            pc.failPop = []
            pc.onTop = 0
            b.emit(.COPY, 1)
            compilePattern(alt, &pc)
            if error != nil { return }
            let nstores = pc.stores.count
            if let ctl = control {
                if nstores != ctl.count {
                    fail("alternative patterns bind different names", alt.range)
                    return
                }
                if nstores > 0 {
                    var icontrol = nstores
                    while icontrol > 0 {
                        icontrol -= 1
                        let name = ctl[icontrol]
                        guard let istores = pc.stores.firstIndex(of: name) else {
                            fail("alternative patterns bind different names", alt.range)
                            return
                        }
                        if icontrol != istores {
                            let rotations = istores + 1
                            let rotated = Array(pc.stores[0..<rotations])
                            pc.stores.removeSubrange(0..<rotations)
                            let at = icontrol - istores
                            pc.stores.insert(contentsOf: rotated, at: min(at, pc.stores.count))
                            for _ in 0..<rotations { rotate(icontrol + 1) }
                        }
                    }
                }
            } else {
                control = pc.stores
            }
            b.emitJump(.JUMP, end)
            emitAndResetFailPop(&pc)
        }
        pc = old
        b.emit(.POP_TOP)
        jumpToFailPop(&pc, .JUMP)
        b.bind(end)
        let ctl = control ?? []
        let nrots = ctl.count + 1 + pc.onTop + pc.stores.count
        for name in ctl {
            rotate(nrots)
            if pc.stores.contains(name) {
                fail("multiple assignments to name '\(name)' in pattern", p.range)
                return
            }
            pc.stores.append(name)
        }
        b.emit(.POP_TOP)
    }
}

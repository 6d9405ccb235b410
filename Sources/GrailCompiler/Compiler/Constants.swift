import GrailSyntax

/// Conversion of AST constants to code constants and the bit of CPython's
/// AST optimizer (`Python/ast_opt.c`) that matters for code shapes: tuples
/// of constants, negated numbers and `__debug__` become constants.
extension CodeGen {
    /// `ConstantValue` as a `CodeConstant`.
    static func codeConstant(_ v: ConstantValue) -> CodeConstant {
        switch v {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return .bigInt(s)
        case .float(let d): return .float(d)
        case .complex(let imag): return .complex(real: 0, imag: imag)
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// The constant `e` folds to, or nil when it needs code.
    func constantValue(of e: Expr) -> CodeConstant? {
        switch e.kind {
        case .constant(let v, _):
            return CodeGen.codeConstant(v)
        case .name(let id, let ctx):
            if id == "__debug__" && ctx == .load { return .bool(true) }
            return nil
        case .unaryOp(.uSub, let operand):
            guard let c = constantValue(of: operand) else { return nil }
            return CodeGen.negate(c)
        case .binOp(let l, let op, let r) where op == .add || op == .sub:
            // `1 + 2j` / `-0 - 0j`: complex literals (the only binary
            // operations folded here; others are computed at run time).
            guard case .constant(.complex(let im), _) = r.kind, let lc = constantValue(of: l) else { return nil }
            let re: Double
            switch lc {
            case .int(let i): re = Double(i)
            case .float(let d): re = d
            default: return nil
            }
            if case .int(let i) = lc, i.magnitude > (1 << 53) { return nil }
            return op == .add ? .complex(real: re + 0.0, imag: 0.0 + im) : .complex(real: re - 0.0, imag: 0.0 - im)
        case .tuple(let elts, let ctx):
            guard ctx == .load else { return nil }
            var items: [CodeConstant] = []
            items.reserveCapacity(elts.count)
            for x in elts {
                if case .starred = x.kind { return nil }
                guard let c = constantValue(of: x) else { return nil }
                items.append(c)
            }
            return .tuple(items)
        default:
            return nil
        }
    }

    /// `-c` for numeric constants (nil for others: left to run time).
    static func negate(_ c: CodeConstant) -> CodeConstant? {
        switch c {
        case .int(let i):
            if i == Int.min { return .bigInt("9223372036854775808") }
            return .int(-i)
        case .bigInt(let s):
            if s.hasPrefix("-") { return .bigInt(String(s.dropFirst())) }
            if s == "9223372036854775808" { return .int(Int.min) }
            return .bigInt("-" + s)
        case .float(let d):
            return .float(-d)
        case .complex(let r, let i):
            return .complex(real: -r, imag: -i)
        default:
            return nil
        }
    }

    /// Python truthiness of a constant.
    static func isTruthy(_ c: CodeConstant) -> Bool {
        switch c {
        case .none: return false
        case .ellipsis, .code: return true
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .complex(let r, let i): return r != 0 || i != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .frozenset(let t): return !t.isEmpty
        }
    }

    static func strConst(_ s: String) -> CodeConstant {
        .str(s.unicodeScalars.map { $0.value })
    }
}

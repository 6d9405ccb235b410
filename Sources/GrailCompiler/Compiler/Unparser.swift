import GrailSyntax

/// Source text of an expression, as CPython's `Python/ast_unparse.c` writes
/// it for `from __future__ import annotations` (annotations become strings).
/// Thread-safety: stateless.
enum Unparser {
    /// Operator priorities of `ast_unparse.c`. Thread-safety: constants.
    private enum Pr {
        static let tuple = 0, test = 1, or = 2, and = 3, not = 4, cmp = 5, expr = 6, bor = 6
        static let bxor = 7, band = 8, shift = 9, arith = 10, term = 11, factor = 12, power = 13
        static let await = 14, atom = 15
    }

    static func unparse(_ e: Expr) -> String {
        var out = ""
        write(e, Pr.test, &out)
        return out
    }

    private static func write(_ e: Expr, _ level: Int, _ out: inout String) {
        switch e.kind {
        case .boolOp(let op, let values):
            let pr = op == .and ? Pr.and : Pr.or
            if level > pr { out += "(" }
            for (i, v) in values.enumerated() {
                if i > 0 { out += op == .and ? " and " : " or " }
                write(v, pr + 1, &out)
            }
            if level > pr { out += ")" }
        case .namedExpr(let target, let value):
            if level > Pr.tuple { out += "(" }
            write(target, Pr.atom, &out)
            out += " := "
            write(value, Pr.atom, &out)
            if level > Pr.tuple { out += ")" }
        case .binOp(let l, let op, let r):
            let (sym, pr) = binOp(op)
            let rassoc = op == .pow
            if level > pr { out += "(" }
            write(l, pr + (rassoc ? 1 : 0), &out)
            out += sym
            write(r, pr + (rassoc ? 0 : 1), &out)
            if level > pr { out += ")" }
        case .unaryOp(let op, let operand):
            let (sym, pr): (String, Int)
            switch op {
            case .not: (sym, pr) = ("not ", Pr.not)
            case .invert: (sym, pr) = ("~", Pr.factor)
            case .uAdd: (sym, pr) = ("+", Pr.factor)
            case .uSub: (sym, pr) = ("-", Pr.factor)
            }
            if level > pr { out += "(" }
            out += sym
            write(operand, pr, &out)
            if level > pr { out += ")" }
        case .lambda(let args, let body):
            if level > Pr.test { out += "(" }
            let a = arguments(args)
            out += a.isEmpty ? "lambda" : "lambda " + a
            out += ": "
            write(body, Pr.test, &out)
            if level > Pr.test { out += ")" }
        case .ifExp(let test, let body, let orelse):
            if level > Pr.test { out += "(" }
            write(body, Pr.test + 1, &out)
            out += " if "
            write(test, Pr.test + 1, &out)
            out += " else "
            write(orelse, Pr.test, &out)
            if level > Pr.test { out += ")" }
        case .dict(let keys, let values):
            out += "{"
            for (i, v) in values.enumerated() {
                if i > 0 { out += ", " }
                if i < keys.count, let k = keys[i] {
                    write(k, Pr.test, &out)
                    out += ": "
                    write(v, Pr.test, &out)
                } else {
                    out += "**"
                    write(v, Pr.expr, &out)
                }
            }
            out += "}"
        case .set(let elts):
            if elts.isEmpty {
                out += "{*()}"
            } else {
                out += "{"
                seq(elts, &out)
                out += "}"
            }
        case .listComp(let elt, let gens):
            out += "["
            write(elt, Pr.test, &out)
            comprehensions(gens, &out)
            out += "]"
        case .setComp(let elt, let gens):
            out += "{"
            write(elt, Pr.test, &out)
            comprehensions(gens, &out)
            out += "}"
        case .dictComp(let key, let value, let gens):
            out += "{"
            write(key, Pr.test, &out)
            out += ": "
            write(value, Pr.test, &out)
            comprehensions(gens, &out)
            out += "}"
        case .generatorExp(let elt, let gens):
            out += "("
            write(elt, Pr.test, &out)
            comprehensions(gens, &out)
            out += ")"
        case .await(let value):
            if level > Pr.await { out += "(" }
            out += "await "
            write(value, Pr.atom, &out)
            if level > Pr.await { out += ")" }
        case .yield(let value):
            out += "(yield"
            if let v = value {
                out += " "
                write(v, Pr.test, &out)
            }
            out += ")"
        case .yieldFrom(let value):
            out += "(yield from "
            write(value, Pr.test, &out)
            out += ")"
        case .compare(let left, let ops, let comparators):
            if level > Pr.cmp { out += "(" }
            write(left, Pr.cmp + 1, &out)
            for (op, c) in zip(ops, comparators) {
                out += cmpOp(op)
                write(c, Pr.cmp + 1, &out)
            }
            if level > Pr.cmp { out += ")" }
        case .call(let fn, let args, let keywords):
            write(fn, Pr.atom, &out)
            if args.count == 1 && keywords.isEmpty, case .generatorExp = args[0].kind {
                write(args[0], Pr.test, &out)
                return
            }
            out += "("
            var first = true
            for a in args {
                if !first { out += ", " }
                first = false
                write(a, Pr.test, &out)
            }
            for k in keywords {
                if !first { out += ", " }
                first = false
                if let name = k.arg {
                    out += name + "="
                    write(k.value, Pr.test, &out)
                } else {
                    out += "**"
                    write(k.value, Pr.expr, &out)
                }
            }
            out += ")"
        case .formattedValue, .joinedStr:
            out += "f" + pyStrRepr(fstringBody(e).unicodeScalars.map { $0.value })
        case .constant(let v, let kind):
            switch v {
            case .ellipsis:
                out += "..."
            case .float(let d) where d.isInfinite:
                out += d < 0 ? "-1e309" : "1e309"
            case .complex(let imag) where imag.isInfinite:
                out += "1e309j"
            default:
                if kind == "u" { out += "u" }
                out += pyConstantRepr(v)
            }
        case .attribute(let value, let attr, _):
            write(value, Pr.atom, &out)
            if case .constant(.int, _) = value.kind { out += " " }
            out += "." + attr
        case .subscript(let value, let slice, _):
            write(value, Pr.atom, &out)
            var lvl = Pr.tuple
            if case .tuple(let elts, _) = slice.kind,
               elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                lvl += 1
            }
            out += "["
            write(slice, lvl, &out)
            out += "]"
        case .starred(let value, _):
            out += "*"
            write(value, Pr.expr, &out)
        case .name(let id, _):
            out += id
        case .list(let elts, _):
            out += "["
            seq(elts, &out)
            out += "]"
        case .tuple(let elts, _):
            if elts.isEmpty {
                out += "()"
                return
            }
            if level > Pr.tuple { out += "(" }
            seq(elts, &out)
            if elts.count == 1 { out += "," }
            if level > Pr.tuple { out += ")" }
        case .slice(let lower, let upper, let step):
            if let x = lower { write(x, Pr.test, &out) }
            out += ":"
            if let x = upper { write(x, Pr.test, &out) }
            if let x = step {
                out += ":"
                write(x, Pr.test, &out)
            }
        }
    }

    private static func seq(_ elts: [Expr], _ out: inout String) {
        for (i, x) in elts.enumerated() {
            if i > 0 { out += ", " }
            write(x, Pr.test, &out)
        }
    }

    private static func comprehensions(_ gens: [Comprehension], _ out: inout String) {
        for g in gens {
            out += g.isAsync ? " async for " : " for "
            write(g.target, Pr.tuple, &out)
            out += " in "
            write(g.iter, Pr.test + 1, &out)
            for c in g.ifs {
                out += " if "
                write(c, Pr.test + 1, &out)
            }
        }
    }

    private static func binOp(_ op: BinaryOperator) -> (String, Int) {
        switch op {
        case .add: return (" + ", Pr.arith)
        case .sub: return (" - ", Pr.arith)
        case .mult: return (" * ", Pr.term)
        case .matMult: return (" @ ", Pr.term)
        case .div: return (" / ", Pr.term)
        case .mod: return (" % ", Pr.term)
        case .floorDiv: return (" // ", Pr.term)
        case .pow: return (" ** ", Pr.power)
        case .lShift: return (" << ", Pr.shift)
        case .rShift: return (" >> ", Pr.shift)
        case .bitOr: return (" | ", Pr.bor)
        case .bitXor: return (" ^ ", Pr.bxor)
        case .bitAnd: return (" & ", Pr.band)
        }
    }

    private static func cmpOp(_ op: CompareOperator) -> String {
        switch op {
        case .eq: return " == "
        case .notEq: return " != "
        case .lt: return " < "
        case .ltE: return " <= "
        case .gt: return " > "
        case .gtE: return " >= "
        case .is: return " is "
        case .isNot: return " is not "
        case .in: return " in "
        case .notIn: return " not in "
        }
    }

    private static func arguments(_ a: Arguments) -> String {
        var parts: [String] = []
        let positional = a.posonlyargs + a.args
        let firstDefault = positional.count - a.defaults.count
        for (i, p) in positional.enumerated() {
            var s = p.arg
            if i >= firstDefault && i - firstDefault < a.defaults.count {
                s += "=" + unparse(a.defaults[i - firstDefault])
            }
            parts.append(s)
            if i == a.posonlyargs.count - 1 { parts.append("/") }
        }
        if let v = a.vararg {
            parts.append("*" + v.arg)
        } else if !a.kwonlyargs.isEmpty {
            parts.append("*")
        }
        for (i, k) in a.kwonlyargs.enumerated() {
            var s = k.arg
            if i < a.kwDefaults.count, let d = a.kwDefaults[i] { s += "=" + unparse(d) }
            parts.append(s)
        }
        if let k = a.kwarg { parts.append("**" + k.arg) }
        return parts.joined(separator: ", ")
    }

    /// The text between the quotes of an f-string.
    private static func fstringBody(_ e: Expr) -> String {
        var out = ""
        func piece(_ x: Expr) {
            switch x.kind {
            case .constant(.str(let s), _):
                var t = ""
                t.unicodeScalars.append(contentsOf: s.compactMap { Unicode.Scalar($0) })
                out += t.replacingBraces()
            case .formattedValue(let value, let conversion, let spec):
                var inner = ""
                write(value, Pr.test + 1, &inner)
                out += inner.hasPrefix("{") ? "{ " + inner : "{" + inner
                if conversion > 0, let u = Unicode.Scalar(UInt32(truncatingIfNeeded: conversion)) { out += "!" + String(Character(u)) }
                if let sp = spec {
                    out += ":"
                    if case .joinedStr(let vs) = sp.kind { vs.forEach(piece) } else { piece(sp) }
                }
                out += "}"
            case .joinedStr(let values):
                values.forEach(piece)
            default:
                out += "{" + unparse(x) + "}"
            }
        }
        piece(e)
        return out
    }
}

/// Brace doubling for literal parts of unparsed f-strings.
private extension String {
    func replacingBraces() -> String {
        var out = ""
        for ch in self {
            if ch == "{" { out += "{{" } else if ch == "}" { out += "}}" } else { out.append(ch) }
        }
        return out
    }
}

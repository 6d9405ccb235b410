import BigInt

/// The numeric builtins `round`, `divmod`, `pow`, `bin`, `oct` and `hex`
/// (installed into the builtins dict by `NumberTypes.install`).
/// Thread-safety: pure functions of their arguments.
enum NumericBuiltins {
    static func fn(_ name: String, _ f: @escaping NativeFunction) {
        Runtime.shared.builtinsDict.setStr(name, .obj(PyBuiltinFunction(name, module: "builtins", f)))
    }

    static func install() {
        fn("round") { (a) throws(PyBaseException) -> Value in
            try NumberTypes.checkKeywords(a, ["number", "ndigits"], "round")
            let p = try a.bind("round", ["number", "ndigits"], required: 0)
            guard let x = p[0] else { throw PyErr.typeError("round() missing required argument 'number' (pos 1)") }
            let nd: Value? = (p[1]?.isNone ?? true) ? nil : p[1]
            switch x {
            case .float(let d): return try NumberTypes.roundFloat(d, nd)
            case .int: if nd == nil { return x }
            default: break
            }
            let name = PyStr.intern("__round__")
            guard let r = try Ops.callDunder(x, name, nd.map { [$0] } ?? []) else {
                throw PyErr.typeError("type \(x.type.name) doesn't define __round__ method")
            }
            return r
        }
        fn("divmod") { (a) throws(PyBaseException) -> Value in
            try a.expect("divmod", min: 2, max: 2)
            return try divmod(a[0], a[1])
        }
        fn("pow") { (a) throws(PyBaseException) -> Value in
            try NumberTypes.checkKeywords(a, ["base", "exp", "mod"], "pow")
            let p = try a.bind("pow", ["base", "exp", "mod"], required: 0)
            guard let base = p[0] else { throw PyErr.typeError("pow() missing required argument 'base' (pos 1)") }
            guard let exp = p[1] else { throw PyErr.typeError("pow() missing required argument 'exp' (pos 2)") }
            guard let m = p[2], !m.isNone else { return try Ops.binaryOp(base, exp, 8) }
            return try pow3(base, exp, m)
        }
        fn("bin") { (a) throws(PyBaseException) -> Value in
            try a.expect("bin", min: 1, max: 1)
            return .str(radixString(try IntOps.index(a[0]), 2, "0b"))
        }
        fn("oct") { (a) throws(PyBaseException) -> Value in
            try a.expect("oct", min: 1, max: 1)
            return .str(radixString(try IntOps.index(a[0]), 8, "0o"))
        }
        fn("hex") { (a) throws(PyBaseException) -> Value in
            try a.expect("hex", min: 1, max: 1)
            return .str(radixString(try IntOps.index(a[0]), 16, "0x"))
        }
    }

    static func radixString(_ b: BigInt, _ radix: Int, _ prefix: String) -> String {
        let digits = String(b.magnitude, radix: radix)
        return (b.sign == .minus && !b.isZero ? "-" : "") + prefix + digits
    }

    static let sDivmod = PyStr.intern("__divmod__")
    static let sRdivmod = PyStr.intern("__rdivmod__")

    /// `divmod(a, b)` with the binary operator protocol on `__divmod__`/`__rdivmod__`.
    static func divmod(_ a: Value, _ b: Value) throws(PyBaseException) -> Value {
        if IntOps.isInt(a) && IntOps.isInt(b), let (q, r) = try IntOps.divmod(a, b) {
            return .obj(PyTuple([q, r]))
        }
        let ta = a.type, tb = b.type
        let fa = ta.lookup(sDivmod)
        var fb: Value? = nil
        if ta !== tb { fb = tb.lookup(sRdivmod) }
        if let g = fb, tb.isSubtype(ta), !(ta.lookup(sRdivmod).map { $0.isSame(g) } ?? false) {
            let r = try Ops.callValues(try Ops.bindDescriptor(g, b), [a])
            if !r.isNotImplemented { return r }
            fb = nil
        }
        if let f = fa {
            let r = try Ops.callValues(try Ops.bindDescriptor(f, a), [b])
            if !r.isNotImplemented { return r }
        }
        if let g = fb {
            let r = try Ops.callValues(try Ops.bindDescriptor(g, b), [a])
            if !r.isNotImplemented { return r }
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '\(MiscTypes.tpName(ta))' and '\(MiscTypes.tpName(tb))'")
    }

    /// Three-argument `pow`.
    static func pow3(_ base: Value, _ exp: Value, _ m: Value) throws(PyBaseException) -> Value {
        if let x = IntOps.big(base), let y = IntOps.big(exp), let z = IntOps.big(m) {
            return try IntOps.powMod(x, y, z)
        }
        func isReal(_ v: Value) -> Bool { IntOps.isInt(v) || NativeOps.floatValue(v) != nil }
        func isNum(_ v: Value) -> Bool { isReal(v) || v.object is PyComplex }
        let name = PyStr.intern("__pow__")
        if base.type.isHeapType, let f = base.type.lookup(name), !((f.object as? PyBuiltinFunction)?.kind == .method) {
            let r = try Ops.callValues(try Ops.bindDescriptor(f, base), [exp, m])
            if !r.isNotImplemented { return r }
        }
        if exp.type.isHeapType, exp.type !== base.type, let f = exp.type.lookup(name), !((f.object as? PyBuiltinFunction)?.kind == .method) {
            let r = try Ops.callValues(try Ops.bindDescriptor(f, exp), [base, m])
            if !r.isNotImplemented { return r }
        }
        if isNum(base) && isNum(exp) {
            if base.object is PyComplex || exp.object is PyComplex {
                if isNum(m) { throw PyErr.valueError("complex modulo") }
            } else if isReal(m) || m.object is PyComplex {
                throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '\(MiscTypes.tpName(base.type))', '\(MiscTypes.tpName(exp.type))', '\(MiscTypes.tpName(m.type))'")
    }
}

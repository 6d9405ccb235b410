import Glibc

/// Binary and unary operators with CPython's protocol: native fast paths for
/// builtin types, then `__op__`/`__rop__` with subclass priority and
/// NotImplemented, then TypeError.
extension Ops {
    static let opSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
    static let opNames = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"]
    static let dunders: [PyStr] = opNames.map { PyStr.intern("__\($0)__") }
    static let rdunders: [PyStr] = opNames.map { PyStr.intern("__r\($0)__") }
    static let idunders: [PyStr] = opNames.map { PyStr.intern("__i\($0)__") }

    /// BINARY_OP with CPython's NB_* argument (13+ = in-place).
    public static func binaryOp(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value {
        let inplace = op >= 13
        let base = inplace ? op - 13 : op
        if inplace {
            if case .obj(let l as PyList) = a, base == 0 {
                if case .obj(let t as PyList) = b { l.extend(t.items); return a }
                if case .obj(let t as PyTuple) = b { l.extend(t.items); return a }
                try iterate(b) { (v) throws(PyBaseException) in l.append(v) }
                return a
            }
            if a.type.isHeapType || !(a.type === PyType.int || a.type === PyType.float || a.type === PyType.str || a.type === PyType.tuple) {
                if let f = a.type.lookup(idunders[base]), !nativeRepeatWithoutIndex(a, b, base, f) {
                    let r = try callValues(try bindDescriptor(f, a), [b])
                    if !r.isNotImplemented { return r }
                }
            }
        }
        if let r = try binary1(a, b, base) { return r }
        if base == 5 {
            // PyNumber_Multiply's sequence_repeat fallback for a count that is no index.
            let n: Value? = NativeOps.isRepeatable(a) ? b : (NativeOps.isRepeatable(b) ? a : nil)
            if let n = n, !IntOps.isInt(n), n.type.lookup(Ops.s__index__) == nil {
                throw PyErr.typeError("can't multiply sequence by non-int of type '\(MiscTypes.tpName(n.type))'")
            }
        }
        if base == 0, case .obj(let ao) = a {
            // PyNumber_Add's sq_concat fallback (the left operand's only).
            let bn = MiscTypes.tpName(b.type)
            switch ao {
            case is PyStr: throw PyErr.typeError("can only concatenate str (not \"\(bn)\") to str")
            case is PyList: throw PyErr.typeError("can only concatenate list (not \"\(bn)\") to list")
            case is PyTuple: throw PyErr.typeError("can only concatenate tuple (not \"\(bn)\") to tuple")
            case is PyBytes: throw PyErr.typeError("can't concat \(bn) to \(MiscTypes.tpName(a.type))")
            default: break
            }
        }
        let sym = opSymbols[base] + (inplace ? "=" : "")
        if base == 8 && !inplace {
            throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '\(MiscTypes.tpName(a.type))' and '\(MiscTypes.tpName(b.type))'")
        }
        if base == 9 || base == 3, !inplace, case .obj(let bf as PyBuiltinFunction) = a, bf.name == "print" {
            throw PyErr.typeError("unsupported operand type(s) for \(sym): 'builtin_function_or_method' and '\(MiscTypes.tpName(b.type))'. Did you mean \"print(<message>, file=<output_stream>)\"?")
        }
        throw PyErr.typeError("unsupported operand type(s) for \(sym): '\(MiscTypes.tpName(a.type))' and '\(MiscTypes.tpName(b.type))'")
    }

    /// `seq *= n` where `seq`'s in-place repeat is the builtin one and `n` is
    /// no index: CPython tries `n.__rmul__` first (the builtin `__imul__`
    /// would raise at once), so the in-place method is skipped.
    static func nativeRepeatWithoutIndex(_ a: Value, _ b: Value, _ base: Int, _ f: Value) -> Bool {
        guard base == 5, NativeOps.isRepeatable(a), case .obj(let bf as PyBuiltinFunction) = f, bf.kind == .method else { return false }
        return !IntOps.isInt(b) && b.type.lookup(Ops.s__index__) == nil
    }

    /// One binary operation without the error: nil when both sides return NotImplemented.
    static func binary1(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        let ta = a.type, tb = b.type
        if !ta.isHeapType && !tb.isHeapType {
            if let r = try NativeOps.binary(a, b, op) { return r }
            return try MiscTypes.nativeBinary(a, b, op)
        }
        let fa = ta.lookup(dunders[op])
        var fb: Value? = nil
        if ta !== tb { fb = tb.lookup(rdunders[op]) }
        if let g = fb, tb.isSubtype(ta), !sameFunction(g, ta.lookup(rdunders[op])) {
            let r = try callSlot(g, b, a, op, reflected: true)
            if !r.isNotImplemented { return r }
            fb = nil
        }
        if let f = fa {
            let r = try callSlot(f, a, b, op, reflected: false)
            if !r.isNotImplemented { return r }
        }
        if let g = fb {
            let r = try callSlot(g, b, a, op, reflected: true)
            if !r.isNotImplemented { return r }
        }
        return nil
    }

    static func sameFunction(_ a: Value, _ b: Value?) -> Bool {
        guard let b = b else { return false }
        return a.isSame(b)
    }

    @inline(__always) static func callSlot(_ f: Value, _ selfV: Value, _ other: Value, _ op: Int, reflected: Bool) throws(PyBaseException) -> Value {
        if case .obj(let bf as PyBuiltinFunction) = f, bf.kind == .method {
            // A builtin base's slot handles only its own kinds of operands (int's
            // slots ints, float's ints and floats), so the other side's reflected
            // method gets its turn, as in CPython.
            if let owner = bf.owner {
                if owner === PyType.int && !IntOps.isInt(other) { return .notImplemented }
                if owner === PyType.float && NativeOps.floatValue(other) == nil && !IntOps.isInt(other) { return .notImplemented }
            }
            // A builtin base's slot: run the native operation directly.
            let r = reflected ? try NativeOps.binary(other, selfV, op) : try NativeOps.binary(selfV, other, op)
            if r == nil, let owner = bf.owner, owner.moduleName != "builtins" {
                // An extension module type's slot (deque.__add__): NativeOps does not know it.
                return try Args.with([selfV, other]) { (x) throws(PyBaseException) -> Value in try bf.fn(x) }
            }
            return r ?? .notImplemented
        }
        return try callValues(try bindDescriptor(f, selfV), [other])
    }

    public static func neg(_ v: Value) throws(PyBaseException) -> Value {
        switch v {
        case .int(let i): return i == Int.min ? .int(-IntOps.big(v)!) : .int(-i)
        case .float(let d): return .float(-d)
        default:
            if !v.type.isHeapType, let r = try NativeOps.unary(v, 0) { return r }
            if let r = try callDunder(v, PyStr.intern("__neg__"), []) { return r }
            throw PyErr.typeError("bad operand type for unary -: '\(MiscTypes.tpName(v.type))'")
        }
    }

    public static func pos(_ v: Value) throws(PyBaseException) -> Value {
        switch v {
        case .int, .float: return v
        default:
            if !v.type.isHeapType, let r = try NativeOps.unary(v, 1) { return r }
            if let r = try callDunder(v, PyStr.intern("__pos__"), []) { return r }
            throw PyErr.typeError("bad operand type for unary +: '\(MiscTypes.tpName(v.type))'")
        }
    }

    public static func invert(_ v: Value) throws(PyBaseException) -> Value {
        switch v {
        case .int(let i): return .int(~i)
        default:
            if !v.type.isHeapType, let r = try NativeOps.unary(v, 2) { return r }
            if let r = try callDunder(v, PyStr.intern("__invert__"), []) { return r }
            throw PyErr.typeError("bad operand type for unary ~: '\(MiscTypes.tpName(v.type))'")
        }
    }
}

extension Value {
    @inline(__always) public var isNotImplemented: Bool {
        if case .obj(let o) = self { return o === PyNotImplemented.shared }
        return false
    }
}

/// Operators of the builtin types (used directly for builtin operands and as
/// the slots a Python subclass inherits). nil means NotImplemented.
public enum NativeOps {
    /// float value of a float-like (float or float subclass).
    @inline(__always) static func floatValue(_ v: Value) -> Double? {
        switch v {
        case .float(let d): return d
        case .obj(let o as PyFloat): return o.value
        default: return nil
        }
    }

    /// float value of a float or int (nil for other types).
    static func real(_ v: Value) throws(PyBaseException) -> Double? {
        if let d = floatValue(v) { return d }
        return try IntOps.toDouble(v)
    }

    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        // int op int
        if IntOps.isInt(a) && IntOps.isInt(b) { return try IntOps.binary(a, b, op) }
        // float op float/int
        if let x = floatValue(a) {
            if let y = try real(b) { return try FloatOps.binary(x, y, op) }
        } else if let y = floatValue(b), let x = try IntOps.toDouble(a) {
            return try FloatOps.binary(x, y, op)
        }
        if !(a.object is PyStr) && !(a.object is PyBytes) && (a.object is PyComplex || b.object is PyComplex) {
            return try ComplexOps.binary(a, b, op)
        }
        if op == 5, IntOps.isInt(a) || (a.type.lookup("__index__") != nil && !(a.object is PyStr)), case .obj(let bo) = b, bo is PyStr || bo is PyList || bo is PyTuple || bo is PyBytes {
            return try binary(b, a, op)
        }
        guard case .obj(let ao) = a else { return nil }
        switch ao {
        case let s as PyStr:
            if op == 0 {
                if case .obj(let t as PyStr) = b { return .str(s.value + t.value) }
                if b.type.isHeapType { return nil }
                throw PyErr.typeError("can only concatenate str (not \"\(MiscTypes.tpName(b.type))\") to str")
            }
            if op == 5 {
                guard IntOps.isInt(b) || b.type.lookup("__index__") != nil else {
                    if b.type.isHeapType { return nil }
                    throw PyErr.typeError("can't multiply sequence by non-int of type '\(MiscTypes.tpName(b.type))'")
                }
                return .obj(try StrOps.repeatStr(s, try repeatCountValue(b)))
            }
            if op == 6 { return try StrFormatting.percent(s, b) }
            return nil
        case let l as PyList:
            if op == 0 {
                if case .obj(let t as PyList) = b { return .obj(PyList(l.items + t.items)) }
                if b.type.isHeapType { return nil }
                throw PyErr.typeError("can only concatenate list (not \"\(MiscTypes.tpName(b.type))\") to list")
            }
            if op == 5 { return .obj(PyList(try repeatCount(l.items, b))) }
            return try NativeOpsExtra.binary(a, b, op)
        case let t as PyTuple:
            if op == 0 {
                if case .obj(let u as PyTuple) = b { return .obj(PyTuple(t.items + u.items)) }
                if b.type.isHeapType { return nil }
                throw PyErr.typeError("can only concatenate tuple (not \"\(MiscTypes.tpName(b.type))\") to tuple")
            }
            if op == 5 { return .obj(PyTuple(try repeatCount(t.items, b))) }
            return try NativeOpsExtra.binary(a, b, op)
        default:
            if op == 5, IntOps.isInt(a), case .obj(let bo) = b {
                if bo is PyStr || bo is PyList || bo is PyTuple || bo is PyBytes { return try binary(b, a, op) }
            }
            return try NativeOpsExtra.binary(a, b, op)
        }
    }

    /// A builtin sequence with CPython's `sq_repeat` (str, bytes, bytearray, list, tuple).
    static func isRepeatable(_ v: Value) -> Bool {
        guard case .obj(let o) = v else { return false }
        return o is PyStr || o is PyList || o is PyTuple || o is PyBytes
    }

    /// `seq * n` with CPython's errors for non-int and huge counts.
    static func repeatCount(_ items: [Value], _ n: Value) throws(PyBaseException) -> [Value] {
        return try ContainerTypes.repeated(items, try repeatCountValue(n))
    }

    /// PyNumber_AsSsize_t(n, OverflowError) for sequence repetition: any
    /// count outside Int (negative too) is "cannot fit 'T' into an
    /// index-sized integer", T naming the count's own type.
    static func repeatCountValue(_ n: Value) throws(PyBaseException) -> Int {
        if case .int(let i) = n { return i }
        var v = n
        if !IntOps.isInt(v) {
            guard let m = v.type.lookup("__index__") else {
                throw PyErr.typeError("can't multiply sequence by non-int of type '\(MiscTypes.tpName(n.type))'")
            }
            v = try Ops.callValues(try Ops.bindDescriptor(m, n), [])
            if !IntOps.isInt(v) { throw PyErr.typeError("__index__ returned non-int (type \(MiscTypes.tpName(v.type)))") }
        }
        guard let k = IntOps.small(v) else {
            throw PyErr.overflow("cannot fit '\(MiscTypes.tpName(n.type))' into an index-sized integer")
        }
        return k
    }

    static func repeatArray(_ items: [Value], _ n: Int) -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    /// 0 = neg, 1 = pos, 2 = invert, 3 = abs
    static func unary(_ v: Value, _ op: Int) throws(PyBaseException) -> Value? {
        if let b = IntOps.big(v) {
            switch op {
            case 0: return .int(-b)
            case 1: return .int(b)
            case 2: return .int(-b - 1)
            default: return .int(b.magnitude == b.magnitude ? BigIntAbs(b) : b)
            }
        }
        if let d = floatValue(v) {
            switch op {
            case 0: return .float(-d)
            case 1: return .float(d)
            case 3: return .float(Swift.abs(d))
            default: return nil
            }
        }
        if case .obj(let c as PyComplex) = v {
            switch op {
            case 0: return .obj(PyComplex(-c.real, -c.imag))
            case 1: return .obj(PyComplex(c.real, c.imag))
            case 3: return .float(hypot(c.real, c.imag))
            default: return nil
            }
        }
        return nil
    }
}

import BigInt
func BigIntAbs(_ b: BigInt) -> BigInt { b.sign == .minus ? -b : b }

/// float arithmetic with Python's error rules. Thread-safety: pure.
public enum FloatOps {
    static func binary(_ x: Double, _ y: Double, _ op: Int) throws(PyBaseException) -> Value? {
        switch op {
        case 0: return .float(x + y)
        case 10: return .float(x - y)
        case 5: return .float(x * y)
        case 11:
            if y == 0 { throw PyErr.zeroDivision("float division by zero") }
            return .float(x / y)
        case 2:
            if y == 0 { throw PyErr.zeroDivision("float floor division by zero") }
            return .float(floorDivMod(x, y).0)
        case 6:
            if y == 0 { throw PyErr.zeroDivision("float modulo") }
            return .float(floorDivMod(x, y).1)
        case 8: return try power(x, y)
        default: return nil
        }
    }

    /// CPython's float_divmod.
    static func floorDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) { mod += wx; div -= 1.0 }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    static func power(_ x: Double, _ y: Double) throws(PyBaseException) -> Value {
        if y == 0 { return .float(1.0) }
        if x.isNaN { return .float(x) }
        if x == 0 && y < 0 && y.isFinite { throw PyErr.zeroDivision("0.0 cannot be raised to a negative power") }
        if x < 0 && x.isFinite && y != floor(y) && y.isFinite {
            return .obj(try ComplexOps.pow(x, 0, y, 0))
        }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw PyErr.overflow("(34, 'Numerical result out of range')") }
        return .float(r)
    }
}

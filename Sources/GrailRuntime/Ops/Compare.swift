import BigInt

/// Comparisons, truth and hashing with CPython's rules (reflected
/// comparisons, identity shortcut for `==` in containers, unhashable types).
extension Ops {
    static let cmpDunders: [PyStr] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].map { PyStr.intern($0) }
    static let cmpSwapped = [4, 5, 2, 3, 0, 1]
    static let cmpSymbols = ["<", "<=", "==", "!=", ">", ">="]

    /// COMPARE_OP.
    public static func richCompare(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value {
        let ta = a.type, tb = b.type
        if !ta.isHeapType && !tb.isHeapType {
            if let r = try NativeCompare.compare(a, b, op) { return .bool(r) }
        } else {
            var checkedReflected = false
            if ta !== tb, tb.isSubtype(ta), let g = tb.lookup(cmpDunders[cmpSwapped[op]]) {
                checkedReflected = true
                let r = try callCompareSlot(g, b, a, cmpSwapped[op])
                if !r.isNotImplemented { return r }
            }
            if let f = ta.lookup(cmpDunders[op]) {
                let r = try callCompareSlot(f, a, b, op)
                if !r.isNotImplemented { return r }
            }
            if !checkedReflected, let g = tb.lookup(cmpDunders[cmpSwapped[op]]) {
                let r = try callCompareSlot(g, b, a, cmpSwapped[op])
                if !r.isNotImplemented { return r }
            }
        }
        switch op {
        case 2: return .bool(a.isSame(b))
        case 3: return .bool(!a.isSame(b))
        default:
            throw PyErr.typeError("'\(cmpSymbols[op])' not supported between instances of '\(MiscTypes.tpName(ta))' and '\(MiscTypes.tpName(tb))'")
        }
    }

    static func callCompareSlot(_ f: Value, _ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value {
        if case .obj(let bf as PyBuiltinFunction) = f, bf.kind == .method {
            if bf.owner === PyType.object {
                // object.__eq__: identity or NotImplemented; object.__ne__: the inverse of __eq__.
                if op == 2 { return a.isSame(b) ? .True : .notImplemented }
                if op == 3 {
                    guard let eqm = a.type.lookup(cmpDunders[2]) else { return .notImplemented }
                    let r = try callCompareSlot(eqm, a, b, 2)
                    if r.isNotImplemented { return r }
                    return .bool(!(try isTrue(r)))
                }
                return .notImplemented
            }
            if let r = try NativeCompare.compare(a, b, op) { return .bool(r) }
            return .notImplemented
        }
        return try callValues(try bindDescriptor(f, a), [b])
    }

    /// `a == b` as a Swift Bool (containers, dict keys): identity first.
    @inline(__always) public static func eq(_ a: Value, _ b: Value) throws(PyBaseException) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.obj(let x), .obj(let y)):
            if x === y { return true }
            if let s = x as? PyStr, let t = y as? PyStr, s.type === PyType.str, t.type === PyType.str { return s.equals(t) }
        default: break
        }
        return try isTrue(try richCompare(a, b, 2))
    }

    /// Identity, then `==` (containers' membership and equality rule).
    @inline(__always) public static func sameOrEq(_ a: Value, _ b: Value) throws(PyBaseException) -> Bool {
        if a.isSame(b) { return true }
        return try eq(a, b)
    }

    /// `a < b` as Bool (sorting, min/max).
    public static func lessThan(_ a: Value, _ b: Value) throws(PyBaseException) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        default: return try isTrue(try richCompare(a, b, 0))
        }
    }

    /// `bool(v)`.
    @inline(__always) public static func isTrue(_ v: Value) throws(PyBaseException) -> Bool {
        switch v {
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .null: return false
        case .obj(let o):
            if o === PyBool.trueObj { return true }
            if o === PyBool.falseObj || o === PyNone.shared { return false }
            return try objectTruth(o)
        }
    }

    static func objectTruth(_ o: PyObject) throws(PyBaseException) -> Bool {
        let t = o.type
        if !t.isHeapType {
            switch o {
            case let s as PyStr: return s.count > 0
            case let l as PyList: return l.count > 0
            case let t as PyTuple: return t.count > 0
            case let d as PyDict: return d.count > 0
            case let s as PySet: return s.count > 0
            case let l as PyLong: return !l.big.isZero
            case let f as PyFloat: return f.value != 0
            case let c as PyComplex: return c.real != 0 || c.imag != 0
            case let b as PyBytes: return !b.bytes.isEmpty
            case let r as PyRange: return (try? len(.obj(r))) ?? 1 > 0
            default: break
            }
        }
        if let b = t.lookup("__bool__") {
            if case .obj(let bf as PyBuiltinFunction) = b, bf.kind == .method {
                return try objectTruthNative(o)
            }
            let r = try callValues(try bindDescriptor(b, .obj(o)), [])
            guard case .obj(let ro as PyBool) = r else {
                throw PyErr.typeError("__bool__ should return bool, returned \(r.type.name)")
            }
            return ro.flag
        }
        if t.lookup("__len__") != nil {
            return try len(.obj(o)) > 0
        }
        return true
    }

    static func objectTruthNative(_ o: PyObject) throws(PyBaseException) -> Bool {
        switch o {
        case let l as PyLong: return !l.big.isZero
        case let f as PyFloat: return f.value != 0
        case let s as PyStr: return s.count > 0
        default: return try len(.obj(o)) > 0
        }
    }

    static let s__hash__ = PyStr.intern("__hash__")

    /// `hash(v)` with CPython's numeric hash (so sets and dicts of numbers order like CPython).
    public static func hash(_ v: Value) throws(PyBaseException) -> Int {
        switch v {
        case .int(let i): return NumericHash.int(i)
        case .float(let d): return NumericHash.double(d)
        case .null: return 0
        case .obj(let o):
            if let s = o as? PyStr, o.type === PyType.str { return s.hash }
            let t = o.type
            if !t.isHeapType { return try NativeHash.hash(o) }
            guard let h = t.lookup(s__hash__) else { return NumericHash.pointer(o) }
            if h.isNone { throw PyErr.typeError("unhashable type: '\(MiscTypes.tpName(t))'") }
            if case .obj(let bf as PyBuiltinFunction) = h, bf.kind == .method {
                return try NativeHash.hash(o)
            }
            let r = try callValues(try bindDescriptor(h, v), [])
            guard let big = IntOps.big(r) else { throw PyErr.typeError("__hash__ method should return an integer") }
            if let i = Int(exactly: big) { return i == -1 ? -2 : i }
            return NumericHash.big(big)
        }
    }
}

/// CPython's hash for numbers (modulus 2**61 - 1), pointers and tuples.
public enum NumericHash {
    static let modulus: UInt64 = (1 << 61) - 1

    @inline(__always) public static func int(_ i: Int) -> Int {
        if i >= 0 && UInt64(i) < modulus { return i }
        if i < 0 && i > -Int(modulus) { return i == -1 ? -2 : i }
        let m = Int(UInt64(i.magnitude) % modulus)
        let r = i < 0 ? -m : m
        return r == -1 ? -2 : r
    }

    public static func big(_ b: BigInt) -> Int {
        let m = b.magnitude % BigUInt(modulus)
        let r = Int(m)
        let s = b.sign == .minus ? -r : r
        return s == -1 ? -2 : s
    }

    public static func double(_ d: Double) -> Int {
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d.isNaN { return 0 }
        if d == d.rounded(.towardZero), Swift.abs(d) < 9.2e18 { return int(Int(d)) }
        let sign = d < 0 ? -1 : 1
        let m = frexp(Swift.abs(d))
        var x: UInt64 = 0
        var e = m.1
        var mant = m.0
        while mant != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            mant *= 268435456.0
            e -= 28
            let y = UInt64(mant)
            mant -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(ee)) & modulus) | (x >> UInt64(61 - ee))
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }

    public static func pointer(_ o: PyObject) -> Int {
        let a = UInt(bitPattern: o.address)
        return Int(bitPattern: (a >> 4) | (a << (UInt.bitWidth - 4)))
    }

    /// CPython 3.11's tuplehash (xxHash-based).
    public static func tuple(_ hashes: [Int]) -> Int {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc: UInt64 = p5
        for h in hashes {
            let lane = UInt64(bitPattern: Int64(h))
            acc = acc &+ lane &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(hashes.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(bitPattern: UInt(acc))
    }
}

import Glibc

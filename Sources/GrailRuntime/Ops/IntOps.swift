import BigInt

/// int arithmetic: machine-word fast paths with overflow to `BigInt`, and
/// Python's floor-division/modulo sign rules. Thread-safety: pure functions.
public enum IntOps {
    /// The integer value of an int-like value (int, bool, int subclass), or nil.
    @inline(__always) public static func big(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .obj(let o as PyLong): return o.big
        default: return nil
        }
    }

    @inline(__always) public static func isInt(_ v: Value) -> Bool {
        switch v {
        case .int: return true
        case .obj(let o): return o is PyLong
        default: return false
        }
    }

    /// A machine int when the value is int-like and fits.
    @inline(__always) public static func small(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .obj(let o as PyLong): return Int(exactly: o.big)
        default: return nil
        }
    }

    static func parseDecimalConstant(_ s: String) -> Value {
        if let b = BigInt(s, radix: 10) { return .int(b) }
        return .int(0)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Value {
        if a == Int.min && b == -1 { return .int(-BigInt(a)) }
        var q = a / b
        if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
        return .int(q)
    }

    static func mod(_ a: Int, _ b: Int) -> Int {
        if b == -1 { return 0 }
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { r += b }
        return r
    }

    static func bigFloorDiv(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) { return q - 1 }
        return q
    }

    static func bigMod(_ a: BigInt, _ b: BigInt) -> BigInt {
        let r = a % b
        if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) { return r + b }
        return r
    }

    /// Binary op on two int-like values; nil when `op` is not an int operation.
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        if let x = small(a), let y = small(b) {
            switch op {
            case 0: let (r, o) = x.addingReportingOverflow(y); if !o { return .int(r) }
            case 10: let (r, o) = x.subtractingReportingOverflow(y); if !o { return .int(r) }
            case 5: let (r, o) = x.multipliedReportingOverflow(by: y); if !o { return .int(r) }
            case 2:
                if y == 0 { throw PyErr.zeroDivision("integer division or modulo by zero") }
                return floorDiv(x, y)
            case 6:
                if y == 0 { throw PyErr.zeroDivision("integer modulo by zero") }
                return .int(mod(x, y))
            case 11:
                if y == 0 { throw PyErr.zeroDivision("division by zero") }
                if abs(x) < (1 << 53) && abs(y) < (1 << 53) { return .float(Double(x) / Double(y)) }
            case 1: return .int(x & y)
            case 7: return .int(x | y)
            case 12: return .int(x ^ y)
            case 3:
                if y < 0 { throw PyErr.valueError("negative shift count") }
                if x == 0 { return .int(0) }
                if y < 62 {
                    let r = x << y
                    if r >> y == x { return .int(r) }
                }
            case 9:
                if y < 0 { throw PyErr.valueError("negative shift count") }
                return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
            case 8:
                if y >= 0 {
                    var result = 1, base = x, e = y, overflow = false
                    while e > 0 && !overflow {
                        if e & 1 == 1 { let (r, o) = result.multipliedReportingOverflow(by: base); result = r; overflow = overflow || o }
                        e >>= 1
                        if e > 0 { let (r, o) = base.multipliedReportingOverflow(by: base); base = r; overflow = overflow || o }
                    }
                    if !overflow { return .int(result) }
                }
            default: break
            }
        }
        guard let x = big(a), let y = big(b) else { return nil }
        switch op {
        case 0: return .int(x + y)
        case 10: return .int(x - y)
        case 5: return .int(x * y)
        case 2:
            if y.isZero { throw PyErr.zeroDivision("integer division or modulo by zero") }
            return .int(bigFloorDiv(x, y))
        case 6:
            if y.isZero { throw PyErr.zeroDivision("integer modulo by zero") }
            return .int(bigMod(x, y))
        case 11:
            if y.isZero { throw PyErr.zeroDivision("division by zero") }
            return .float(try trueDivide(x, y))
        case 1: return .int(x & y)
        case 7: return .int(x | y)
        case 12: return .int(x ^ y)
        case 3:
            if y.sign == .minus { throw PyErr.valueError("negative shift count") }
            guard let s = Int(exactly: y), s < (1 << 32) else { throw PyErr.overflow("too many digits in integer") }
            return .int(x << s)
        case 9:
            if y.sign == .minus { throw PyErr.valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return .int(x >> s)
        case 8:
            if y.sign == .minus {
                if x.isZero { throw PyErr.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation_pow(try toDouble(x), try toDouble(y)))
            }
            guard let e = Int(exactly: y) else { throw PyErr.overflow("exponent too large") }
            return .int(x.power(e))
        default: return nil
        }
    }

    /// Correctly rounded int/int true division for big operands.
    static func trueDivide(_ x: BigInt, _ y: BigInt) throws(PyBaseException) -> Double {
        if let a = Int(exactly: x), let b = Int(exactly: y), abs(a) < (1 << 53), abs(b) < (1 << 53) { return Double(a) / Double(b) }
        let neg = (x.sign == .minus) != (y.sign == .minus)
        let a = x.magnitude, b = y.magnitude
        // Scale so the quotient has 55+ significant bits, then round via Double conversion of an integer.
        let shift = Int(b.bitWidth) - Int(a.bitWidth) + 55
        let q: BigUInt
        if shift >= 0 { q = (a << shift) / b } else { q = a / (b << (-shift)) }
        let exact: Bool = shift >= 0 ? ((a << shift) % b).isZero : (a % (b << (-shift))).isZero
        var qd = q
        if !exact { qd = (q << 1) | 1; return signed(Double(sign: .plus, exponent: -shift - 1, significand: toDoubleU(qd)), neg) }
        return signed(Double(sign: .plus, exponent: -shift, significand: toDoubleU(qd)), neg)
    }

    static func signed(_ d: Double, _ neg: Bool) -> Double { neg ? -d : d }

    static func toDoubleU(_ u: BigUInt) -> Double {
        let w = u.bitWidth
        if w <= 64 { return Double(UInt64(u)) }
        let shift = w - 64
        let top = UInt64(u >> shift)
        let sticky = (u & ((BigUInt(1) << shift) - 1)).isZero ? 0 : 1
        return Double(sign: .plus, exponent: shift, significand: Double(top | UInt64(sticky)))
    }

    /// int -> float with OverflowError like CPython.
    public static func toDouble(_ b: BigInt) throws(PyBaseException) -> Double {
        if let i = Int(exactly: b) { return Double(i) }
        let d = toDoubleU(b.magnitude)
        if d.isInfinite { throw PyErr.overflow("int too large to convert to float") }
        return b.sign == .minus ? -d : d
    }

    public static func toDouble(_ v: Value) throws(PyBaseException) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .obj(let o as PyLong): return try toDouble(o.big)
        default: return nil
        }
    }
}

import Glibc
@inline(__always) func Foundation_pow(_ a: Double, _ b: Double) -> Double { Glibc.pow(a, b) }

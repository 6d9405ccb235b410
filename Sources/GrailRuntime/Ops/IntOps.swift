import BigInt
import Glibc

/// int arithmetic: machine-word fast paths with overflow to `BigInt`, and
/// Python's floor-division/modulo sign rules, two's complement bitwise
/// operations on negative big ints, correctly rounded conversions to float
/// and the 3.11 limit on decimal string conversion. Thread-safety: pure functions.
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

    /// `operator.index(v)`: the int value of an int or of an object with
    /// `__index__` (CPython's messages otherwise).
    public static func index(_ v: Value) throws(PyBaseException) -> BigInt {
        if let b = big(v) { return b }
        if let m = v.type.lookup("__index__") {
            let r = try Ops.callValues(try Ops.bindDescriptor(m, v), [])
            guard let b = big(r) else {
                throw PyErr.typeError("__index__ returned non-int (type \(MiscTypes.tpName(r.type)))")
            }
            return b
        }
        throw PyErr.typeError("'\(MiscTypes.tpName(v.type))' object cannot be interpreted as an integer")
    }

    /// `operator.index(v)` as a plain int `Value` (bool and subclasses become exact ints).
    public static func indexValue(_ v: Value) throws(PyBaseException) -> Value {
        if case .int = v { return v }
        return .int(try index(v))
    }

    /// An exact int `Value` (drops bool / subclass identity).
    public static func exact(_ v: Value) -> Value {
        if case .int = v { return v }
        if let b = big(v) { return .int(b) }
        return v
    }

    static func parseDecimalConstant(_ s: String) -> Value {
        if let b = BigInt(s, radix: 10) { return .int(b) }
        return .int(0)
    }

    // MARK: decimal string conversion limit (sys.int_max_str_digits)

    /// CPython 3.11's default `sys.int_max_str_digits`.
    public static let maxStrDigits = 4300

    /// `str(int)` / `repr(int)` with the 3.11 digit limit.
    public static func toDecimalString(_ b: BigInt) throws(PyBaseException) -> String {
        if let i = Int(exactly: b) { return String(i) }
        // Quick reject without converting (more than maxStrDigits digits for sure).
        if Double(b.magnitude.bitWidth - 1) * 0.30102999566398119 >= Double(maxStrDigits) + 1 {
            throw strLimitError()
        }
        let s = b.description
        let digits = b.sign == .minus ? s.utf8.count - 1 : s.utf8.count
        if digits > maxStrDigits { throw strLimitError() }
        return s
    }

    static func strLimitError() -> PyBaseException {
        PyErr.valueError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    // MARK: arithmetic

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

    /// Python's `divmod` for ints (ZeroDivisionError as CPython).
    static func divmod(_ a: Value, _ b: Value) throws(PyBaseException) -> (Value, Value)? {
        if let x = small(a), let y = small(b) {
            if y == 0 { throw PyErr.zeroDivision("integer division or modulo by zero") }
            if !(x == Int.min && y == -1) { return (floorDiv(x, y), .int(mod(x, y))) }
        }
        guard let x = big(a), let y = big(b) else { return nil }
        if y.isZero { throw PyErr.zeroDivision("integer division or modulo by zero") }
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && ((r.sign == .minus) != (y.sign == .minus)) { q -= 1; r += y }
        return (.int(q), .int(r))
    }

    /// Arithmetic right shift (floor), correct for negative values.
    static func shiftRight(_ x: BigInt, _ s: Int) -> BigInt {
        if x.sign == .minus {
            let m = (x.magnitude - 1) >> s
            return -BigInt(m) - 1
        }
        return BigInt(x.magnitude >> s)
    }

    /// Two's complement words of `x`, `n` words long.
    static func twos(_ x: BigInt, _ n: Int) -> [UInt] {
        var w = Array(x.magnitude.words)
        if w.count < n { w.append(contentsOf: repeatElement(0, count: n - w.count)) }
        if x.sign == .minus && !x.isZero {
            var carry = true
            for i in 0..<n {
                w[i] = ~w[i]
                if carry { let (r, o) = w[i].addingReportingOverflow(1); w[i] = r; carry = o }
            }
        }
        return w
    }

    /// The BigInt of two's complement words (top bit is the sign).
    static func fromTwos(_ w: [UInt]) -> BigInt {
        guard let top = w.last, top >> (UInt.bitWidth - 1) == 1 else { return BigInt(BigUInt(words: w)) }
        var m = w
        var carry = true
        for i in 0..<m.count {
            m[i] = ~m[i]
            if carry { let (r, o) = m[i].addingReportingOverflow(1); m[i] = r; carry = o }
        }
        return -BigInt(BigUInt(words: m))
    }

    /// `&` (0), `|` (1), `^` (2) on arbitrary ints with two's complement semantics.
    static func bitwise(_ x: BigInt, _ y: BigInt, _ kind: Int) -> BigInt {
        let n = Swift.max(x.magnitude.words.count, y.magnitude.words.count) + 1
        let a = twos(x, n), b = twos(y, n)
        var r = [UInt](repeating: 0, count: n)
        for i in 0..<n {
            switch kind {
            case 0: r[i] = a[i] & b[i]
            case 1: r[i] = a[i] | b[i]
            default: r[i] = a[i] ^ b[i]
            }
        }
        return fromTwos(r)
    }

    @inline(__always) static func bothBool(_ a: Value, _ b: Value) -> (Bool, Bool)? {
        if case .obj(let x as PyBool) = a, case .obj(let y as PyBool) = b { return (x.flag, y.flag) }
        return nil
    }

    /// Binary op on two int-like values; nil when `op` is not an int operation.
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        if op == 1 || op == 7 || op == 12, let (p, q) = bothBool(a, b) {
            return .bool(op == 1 ? (p && q) : op == 7 ? (p || q) : (p != q))
        }
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
                if Swift.abs(x) < (1 << 53) && Swift.abs(y) < (1 << 53) { return .float(Double(x) / Double(y)) }
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
        case 1: return .int(bitwise(x, y, 0))
        case 7: return .int(bitwise(x, y, 1))
        case 12: return .int(bitwise(x, y, 2))
        case 3:
            if y.sign == .minus { throw PyErr.valueError("negative shift count") }
            if x.isZero { return .int(0) }
            guard let s = Int(exactly: y), s < (1 << 40) else { throw PyErr.overflow("too many digits in integer") }
            return .int(x << s)
        case 9:
            if y.sign == .minus { throw PyErr.valueError("negative shift count") }
            guard let s = Int(exactly: y), s < Int(x.magnitude.bitWidth) + 1 else { return .int(x.sign == .minus && !x.isZero ? -1 : 0) }
            return .int(shiftRight(x, s))
        case 8:
            return try power(x, y)
        default: return nil
        }
    }

    /// `x ** y` for ints without modulus.
    static func power(_ x: BigInt, _ y: BigInt) throws(PyBaseException) -> Value {
        if y.sign == .minus {
            if x.isZero { throw PyErr.zeroDivision("0.0 cannot be raised to a negative power") }
            return try FloatOps.power(try toDouble(x), try toDouble(y))
        }
        if x.isZero { return .int(y.isZero ? 1 : 0) }
        if x == 1 { return .int(1) }
        if x == -1 { return .int(y.words[0] & 1 == 0 ? 1 : -1) }
        guard let e = Int(exactly: y), e <= (1 << 40) / Swift.max(1, x.magnitude.bitWidth) else {
            throw PyErr.memoryError()
        }
        return .int(x.power(e))
    }

    /// Three-argument `pow(x, y, m)` for ints (negative exponents use the
    /// modular inverse as in 3.8+).
    static func powMod(_ x: BigInt, _ y: BigInt, _ m: BigInt) throws(PyBaseException) -> Value {
        if m.isZero { throw PyErr.valueError("pow() 3rd argument cannot be 0") }
        let mm = BigInt(m.magnitude)
        var base = bigMod(x, mm)
        var e = y
        if e.sign == .minus {
            guard let inv = inverse(base, mm) else { throw PyErr.valueError("base is not invertible for the given modulus") }
            base = inv
            e = -e
        }
        var r: BigInt
        if mm == 1 { r = 0 } else { r = base.power(BigInt(e.magnitude), modulus: mm) }
        r = bigMod(r, mm)
        // Result takes the sign of the modulus (Python's % rule).
        if m.sign == .minus && !r.isZero { r -= mm }
        return .int(r)
    }

    /// Modular inverse by the extended Euclidean algorithm; nil when gcd != 1.
    static func inverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        var (oldR, r) = (bigMod(a, m), m)
        var (oldS, s) = (BigInt(1), BigInt(0))
        while !r.isZero {
            let q = bigFloorDiv(oldR, r)
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        if oldR != 1 { return m == 1 ? 0 : nil }
        return bigMod(oldS, m)
    }

    /// Correctly rounded int/int true division (round-half-even, subnormals
    /// included); OverflowError like CPython when the quotient is too large.
    static func trueDivide(_ x: BigInt, _ y: BigInt) throws(PyBaseException) -> Double {
        if let a = Int(exactly: x), let b = Int(exactly: y), Swift.abs(a) < (1 << 53), Swift.abs(b) < (1 << 53) { return Double(a) / Double(b) }
        if x.isZero { return (y.sign == .minus) ? -0.0 : 0.0 }
        let neg = (x.sign == .minus) != (y.sign == .minus)
        let a = x.magnitude, b = y.magnitude
        let diff = a.bitWidth - b.bitWidth
        if diff > 1025 { throw PyErr.overflow("integer division result too large for a float") }
        if diff < -1080 { return neg ? -0.0 : 0.0 }
        let shift = 56 - diff
        let q: BigUInt, sticky: Bool
        if shift >= 0 {
            let n = a << shift
            q = n / b
            sticky = !(n % b).isZero
        } else {
            let d = b << (-shift)
            q = a / d
            sticky = !(a % d).isZero
        }
        let d = roundScaled(q, sticky: sticky, shift: shift)
        if d.isInfinite { throw PyErr.overflow("integer division result too large for a float") }
        return neg ? -d : d
    }

    /// The double nearest to `(q + sticky·ε) · 2^-shift` (round-half-even).
    static func roundScaled(_ q: BigUInt, sticky: Bool, shift: Int) -> Double {
        let qbw = q.bitWidth
        let e = Swift.max(qbw - shift - 53, -1074)
        let drop = e + shift
        var mant: BigUInt
        if drop <= 0 {
            mant = q << (-drop)
        } else {
            mant = q >> drop
            let rem = q - (mant << drop)
            let half = BigUInt(1) << (drop - 1)
            if rem > half || (rem == half && (sticky || mant.words.first.map { $0 & 1 == 1 } ?? false)) {
                mant += 1
            }
        }
        guard let m64 = UInt64(exactly: mant) else { return .infinity }
        return Double(sign: .plus, exponent: e, significand: Double(m64))
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

    /// The exact integer value of a finite double (truncated toward zero).
    static func fromDouble(_ d: Double) throws(PyBaseException) -> Value {
        if d.isNaN { throw PyErr.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyErr.overflow("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if Swift.abs(t) < 9.2e18 { return .int(Int(t)) }
        return .int(BigInt(exactly: t) ?? 0)
    }
}

@inline(__always) func Foundation_pow(_ a: Double, _ b: Double) -> Double { Glibc.pow(a, b) }

import Glibc
import GrailSyntax

/// complex arithmetic with CPython 3.11's algorithms (`_Py_c_quot`,
/// `_Py_c_pow`, `c_powi`) and error messages, plus `repr(complex)`.
/// Operands that are not complex are converted as CPython's `TO_COMPLEX`
/// does (int and float become `complex(x, 0)`). Thread-safety: pure functions.
enum ComplexOps {
    /// (real, imag) of a complex, float or int operand; nil for other types.
    static func parts(_ v: Value) throws(PyBaseException) -> (Double, Double)? {
        if case .obj(let c as PyComplex) = v { return (c.real, c.imag) }
        if let d = NativeOps.floatValue(v) { return (d, 0) }
        if let d = try IntOps.toDouble(v) { return (d, 0) }
        return nil
    }

    /// Binary operator (CPython NB_* numbering) where at least one side is
    /// complex; nil means NotImplemented.
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        guard op == 0 || op == 5 || op == 8 || op == 10 || op == 11 else { return nil }
        guard let (ar, ai) = try parts(a), let (br, bi) = try parts(b) else { return nil }
        switch op {
        case 0: return .obj(PyComplex(ar + br, ai + bi))
        case 10: return .obj(PyComplex(ar - br, ai - bi))
        case 5:
            let p = prod(ar, ai, br, bi)
            return .obj(PyComplex(p.0, p.1))
        case 11:
            let (q, edom) = quot(ar, ai, br, bi)
            if edom { throw PyErr.zeroDivision("complex division by zero") }
            return .obj(PyComplex(q.0, q.1))
        default:
            return .obj(try pow(ar, ai, br, bi))
        }
    }

    static func prod(_ ar: Double, _ ai: Double, _ br: Double, _ bi: Double) -> (Double, Double) {
        (ar * br - ai * bi, ar * bi + ai * br)
    }

    /// `_Py_c_quot`; the flag is CPython's EDOM (division by zero).
    static func quot(_ ar: Double, _ ai: Double, _ br: Double, _ bi: Double) -> ((Double, Double), Bool) {
        let absR = Swift.abs(br), absI = Swift.abs(bi)
        if absR >= absI {
            if absR == 0 { return ((0, 0), true) }
            let ratio = bi / br
            let denom = br + bi * ratio
            return (((ar + ai * ratio) / denom, (ai - ar * ratio) / denom), false)
        } else if absI >= absR {
            let ratio = br / bi
            let denom = br * ratio + bi
            return (((ar * ratio + ai) / denom, (ai * ratio - ar) / denom), false)
        }
        return ((Double.nan, Double.nan), false)
    }

    /// `complex_pow` without modulus: `a ** b` with CPython's special cases.
    static func pow(_ ar: Double, _ ai: Double, _ br: Double, _ bi: Double) throws(PyBaseException) -> PyComplex {
        var edom = false
        var r: (Double, Double)
        if bi == 0 && br == br.rounded(.down) && Swift.abs(br) <= 100 {
            let n = Int(br)
            if n > 0 {
                r = powu(ar, ai, n)
            } else {
                let p = powu(ar, ai, -n)
                let q = quot(1, 0, p.0, p.1)
                r = q.0
                edom = q.1
            }
        } else if br == 0 && bi == 0 {
            r = (1, 0)
        } else if ar == 0 && ai == 0 {
            if bi != 0 || br < 0 { edom = true }
            r = (0, 0)
        } else {
            let vabs = hypot(ar, ai)
            var len = Glibc.pow(vabs, br)
            let at = atan2(ai, ar)
            var phase = at * br
            if bi != 0 {
                len /= exp(at * bi)
                phase += bi * log(vabs)
            }
            r = (len * cos(phase), len * sin(phase))
        }
        if edom { throw PyErr.zeroDivision("0.0 to a negative or complex power") }
        if r.0.isInfinite || r.1.isInfinite { throw PyErr.overflow("complex exponentiation") }
        return PyComplex(r.0, r.1)
    }

    /// `c_powu`: repeated squaring for a non-negative integer exponent.
    static func powu(_ xr: Double, _ xi: Double, _ n: Int) -> (Double, Double) {
        var r = (1.0, 0.0)
        var p = (xr, xi)
        var mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = prod(r.0, r.1, p.0, p.1) }
            mask <<= 1
            p = prod(p.0, p.1, p.0, p.1)
        }
        return r
    }

    /// `repr(complex)`: CPython's `complex_repr` (format code 'r').
    static func repr(_ re: Double, _ im: Double) -> String {
        if re == 0 && re.sign == .plus { return pyComplexRepr(imag: im) }
        var imText = String(pyComplexRepr(imag: im).dropLast())
        if !imText.hasPrefix("-") { imText = "+" + imText }
        let reText = String(pyComplexRepr(imag: re).dropLast())
        return "(" + reText + imText + "j)"
    }

    /// `hash(complex)`.
    static func hash(_ re: Double, _ im: Double) -> Int {
        let r = NumericHash.double(re) &+ 1000003 &* NumericHash.double(im)
        return r == -1 ? -2 : r
    }
}

import BigInt
import Glibc

/// `math`: Python 3.11's math module with CPython's error rules
/// ("math domain error" ValueError, "math range error" OverflowError),
/// exact integer functions on big ints, and CPython's algorithms where the
/// result depends on them (fsum, hypot/dist, log of big ints).
/// Thread-safety: pure functions; the module dict is filled once.
enum MathModule {
    // MARK: argument conversion


    /// `PyFloat_AsDouble`: a float (or float subclass: its own value, its
    /// `__float__` is not called), int, `__float__`, then `__index__`.
    static func num(_ v: Value) throws(PyBaseException) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .obj(let f as PyFloat): return f.value
        default:
            if let b = IntOps.big(v), !v.type.isHeapType { return try IntOps.toDouble(b) }
            if v.type.lookup(Ops.s__float__) != nil || v.type.lookup(Ops.s__index__) != nil {
                return try NumberTypes.floatFrom(v)
            }
            throw PyErr.typeError("must be real number, not \(MiscTypes.tpName(v.type))")
        }
    }

    static func domain() -> PyBaseException { PyErr.valueError("math domain error") }
    static func range() -> PyBaseException { PyErr.overflow("math range error") }

    /// CPython's `math_1`: NaN from a non-NaN is a domain error; an infinity
    /// from a finite argument is a range error when `canOverflow`, else a domain error.
    static func math1(_ a: Args, _ name: String, _ canOverflow: Bool, _ f: (Double) -> Double) throws(PyBaseException) -> Value {
        try a.expect("math.\(name)", min: 1, max: 1)
        let x = try num(a[0])
        let r = f(x)
        if r.isNaN && !x.isNaN { throw domain() }
        if r.isInfinite && x.isFinite { throw canOverflow ? range() : domain() }
        return .float(r)
    }

    /// CPython's `math_2`.
    static func math2(_ a: Args, _ name: String, _ f: (Double, Double) -> Double) throws(PyBaseException) -> Value {
        try a.expect(name, min: 2, max: 2)
        let x = try num(a[0]), y = try num(a[1])
        let r = f(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw domain() }
        if r.isInfinite && x.isFinite && y.isFinite { throw range() }
        return .float(r)
    }

    static func fn(_ m: PyModule, _ name: String, _ f: @escaping NativeFunction) {
        m.dict?.setStr(name, .obj(PyBuiltinFunction(name, module: "math", f)))
    }

    // MARK: module

    static func make() -> PyModule {
        let m = PyModule(name: "math")
        m.dict?.setStr("pi", .float(Double.pi))
        m.dict?.setStr("e", .float(M_E))
        m.dict?.setStr("tau", .float(2 * Double.pi))
        m.dict?.setStr("inf", .float(.infinity))
        m.dict?.setStr("nan", .float(.nan))
        installElementary(m)
        installIntegers(m)
        installMisc(m)
        installSums(m)
        return m
    }

    static func installElementary(_ m: PyModule) {
        fn(m, "sqrt") { (a) throws(PyBaseException) -> Value in try math1(a, "sqrt", false) { $0.squareRoot() } }
        fn(m, "cbrt") { (a) throws(PyBaseException) -> Value in try math1(a, "cbrt", false) { Glibc.cbrt($0) } }
        fn(m, "exp") { (a) throws(PyBaseException) -> Value in try math1(a, "exp", true) { Glibc.exp($0) } }
        fn(m, "exp2") { (a) throws(PyBaseException) -> Value in try math1(a, "exp2", true) { Glibc.exp2($0) } }
        fn(m, "expm1") { (a) throws(PyBaseException) -> Value in try math1(a, "expm1", true) { Glibc.expm1($0) } }
        fn(m, "log1p") { (a) throws(PyBaseException) -> Value in
            try math1(a, "log1p", false) { (x: Double) -> Double in x == -1 ? -.infinity : (x < -1 ? .nan : Glibc.log1p(x)) }
        }
        fn(m, "fabs") { (a) throws(PyBaseException) -> Value in try math1(a, "fabs", false) { Swift.abs($0) } }
        fn(m, "sin") { (a) throws(PyBaseException) -> Value in try math1(a, "sin", false) { Glibc.sin($0) } }
        fn(m, "cos") { (a) throws(PyBaseException) -> Value in try math1(a, "cos", false) { Glibc.cos($0) } }
        fn(m, "tan") { (a) throws(PyBaseException) -> Value in try math1(a, "tan", false) { Glibc.tan($0) } }
        fn(m, "asin") { (a) throws(PyBaseException) -> Value in try math1(a, "asin", false) { Glibc.asin($0) } }
        fn(m, "acos") { (a) throws(PyBaseException) -> Value in try math1(a, "acos", false) { Glibc.acos($0) } }
        fn(m, "atan") { (a) throws(PyBaseException) -> Value in try math1(a, "atan", false) { Glibc.atan($0) } }
        fn(m, "sinh") { (a) throws(PyBaseException) -> Value in try math1(a, "sinh", true) { Glibc.sinh($0) } }
        fn(m, "cosh") { (a) throws(PyBaseException) -> Value in try math1(a, "cosh", true) { Glibc.cosh($0) } }
        fn(m, "tanh") { (a) throws(PyBaseException) -> Value in try math1(a, "tanh", false) { Glibc.tanh($0) } }
        fn(m, "asinh") { (a) throws(PyBaseException) -> Value in try math1(a, "asinh", false) { Glibc.asinh($0) } }
        fn(m, "acosh") { (a) throws(PyBaseException) -> Value in try math1(a, "acosh", false) { Glibc.acosh($0) } }
        fn(m, "atanh") { (a) throws(PyBaseException) -> Value in try math1(a, "atanh", false) { Glibc.atanh($0) } }
        fn(m, "erf") { (a) throws(PyBaseException) -> Value in try math1(a, "erf", false) { Glibc.erf($0) } }
        fn(m, "erfc") { (a) throws(PyBaseException) -> Value in try math1(a, "erfc", false) { Glibc.erfc($0) } }
        fn(m, "gamma") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.gamma", min: 1, max: 1)
            let x = try num(a[0])
            let (r, err) = Gamma.tgamma(x)
            if err == 1 { throw domain() }
            if err == 2 { throw range() }
            return .float(r)
        }
        fn(m, "lgamma") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.lgamma", min: 1, max: 1)
            let x = try num(a[0])
            let (r, err) = Gamma.lgamma(x)
            if err == 1 { throw domain() }
            if err == 2 { throw range() }
            return .float(r)
        }
        fn(m, "atan2") { (a) throws(PyBaseException) -> Value in try math2(a, "atan2") { Glibc.atan2($0, $1) } }
        fn(m, "copysign") { (a) throws(PyBaseException) -> Value in try math2(a, "copysign") { Glibc.copysign($0, $1) } }
        fn(m, "remainder") { (a) throws(PyBaseException) -> Value in
            try math2(a, "remainder") { (x: Double, y: Double) -> Double in
                if x.isNaN { return x }
                if y.isNaN { return y }
                if x.isInfinite || y == 0 { return .nan }
                if y.isInfinite { return x }
                return Glibc.remainder(x, y)
            }
        }
        fn(m, "fmod") { (a) throws(PyBaseException) -> Value in
            try a.expect("fmod", min: 2, max: 2)
            let x = try num(a[0]), y = try num(a[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Glibc.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domain() }
            return .float(r)
        }
        fn(m, "pow") { (a) throws(PyBaseException) -> Value in
            try a.expect("pow", min: 2, max: 2)
            return .float(try mathPow(try num(a[0]), try num(a[1])))
        }
        fn(m, "log") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("math.log() takes no keyword arguments") }
            if a.count < 1 || a.count > 2 { throw PyErr.typeError("math.log requires 1 to 2 arguments") }
            let num = try logHelper(a[0], 0)
            if a.count == 1 { return .float(num) }
            let den = try logHelper(a[1], 0)
            if den == 0 { throw PyErr.zeroDivision("float division by zero") }
            return .float(num / den)
        }
        fn(m, "log2") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.log2", min: 1, max: 1)
            return .float(try logHelper(a[0], 2))
        }
        fn(m, "log10") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.log10", min: 1, max: 1)
            return .float(try logHelper(a[0], 10))
        }
        fn(m, "degrees") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.degrees", min: 1, max: 1)
            return .float(try num(a[0]) * (180.0 / Double.pi))
        }
        fn(m, "radians") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.radians", min: 1, max: 1)
            return .float(try num(a[0]) * (Double.pi / 180.0))
        }
    }

    /// `math.pow` (IEEE special cases handled explicitly, as CPython does).
    static func mathPow(_ x: Double, _ y: Double) throws(PyBaseException) -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Glibc.fmod(Swift.abs(y), 2.0) == 1.0
                if y > 0 { return oddY ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return oddY ? Glibc.copysign(0, x) : 0
            }
            if Swift.abs(x) == 1 { return 1 }
            if y > 0 && Swift.abs(x) > 1 { return y }
            if y < 0 && Swift.abs(x) < 1 { return -y }
            return 0
        }
        let r = Glibc.pow(x, y)
        if r.isNaN { throw domain() }
        if r.isInfinite { throw x == 0 ? domain() : range() }
        return r
    }

    /// `loghelper`: natural (0), base-2 or base-10 log; big ints beyond the
    /// float range use their binary exponent.
    static func logHelper(_ v: Value, _ kind: Int) throws(PyBaseException) -> Double {
        func f(_ x: Double) -> Double {
            switch kind {
            case 2: return Glibc.log2(x)
            case 10: return Glibc.log10(x)
            default: return Glibc.log(x)
            }
        }
        if let b = IntOps.big(v) {
            if b.sign == .minus || b.isZero { throw domain() }
            if let d = try? IntOps.toDouble(b) { return f(d) }
            let w = b.magnitude.bitWidth
            var x = IntOps.roundScaled(b.magnitude, sticky: false, shift: w)
            var e = w
            if x >= 1 { x /= 2; e += 1 }
            return f(x) + f(2.0) * Double(e)
        }
        let x = try num(v)
        if x.isNaN { return x }
        if x.isInfinite { if x > 0 { return x }; throw domain() }
        if x <= 0 { throw domain() }
        return f(x)
    }

    // MARK: integer functions

    static func installIntegers(_ m: PyModule) {
        fn(m, "factorial") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.factorial", min: 1, max: 1)
            let n = try IntOps.index(a[0])
            if n.sign == .minus && !n.isZero { throw PyErr.valueError("factorial() not defined for negative values") }
            guard let k = Int(exactly: n) else { throw PyErr.overflow("factorial() argument should not exceed \(Int.max)") }
            return .int(productRange(1, k))
        }
        fn(m, "gcd") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("gcd() takes no keyword arguments") }
            var g = BigInt(0)
            for i in 0..<a.count { g = g.greatestCommonDivisor(with: try IntOps.index(a[i])) }
            return .int(BigIntAbs(g))
        }
        fn(m, "lcm") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("lcm() takes no keyword arguments") }
            var l = BigInt(1)
            for i in 0..<a.count {
                let x = try IntOps.index(a[i])
                if l.isZero || x.isZero { l = 0; continue }
                let g = l.greatestCommonDivisor(with: x)
                l = BigIntAbs(l / g * x)
            }
            return .int(l)
        }
        fn(m, "isqrt") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.isqrt", min: 1, max: 1)
            let n = try IntOps.index(a[0])
            if n.sign == .minus && !n.isZero { throw PyErr.valueError("isqrt() argument must be nonnegative") }
            return .int(BigInt(n.magnitude.squareRoot()))
        }
        fn(m, "comb") { (a) throws(PyBaseException) -> Value in
            try a.expect("comb", min: 2, max: 2)
            let n = try IntOps.index(a[0]), k = try IntOps.index(a[1])
            if n.sign == .minus && !n.isZero { throw PyErr.valueError("n must be a non-negative integer") }
            if k.sign == .minus && !k.isZero { throw PyErr.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            var kk = k
            if n - k < kk { kk = n - k }
            guard let ki = Int(exactly: kk) else { throw PyErr.overflow("min(n - k, k) must not exceed \(Int.max)") }
            var r = BigInt(1)
            for i in 0..<ki { r = r * (n - BigInt(i)) / BigInt(i + 1) }
            return .int(r)
        }
        fn(m, "perm") { (a) throws(PyBaseException) -> Value in
            try a.expect("perm", min: 1, max: 2)
            let n = try IntOps.index(a[0])
            if a.count == 1 || a[1].isNone {
                if n.sign == .minus && !n.isZero { throw PyErr.valueError("factorial() not defined for negative values") }
                guard let ni = Int(exactly: n) else { throw PyErr.overflow("n must not exceed \(Int.max)") }
                return .int(productRange(1, ni))
            }
            let k = try IntOps.index(a[1])
            if n.sign == .minus && !n.isZero { throw PyErr.valueError("n must be a non-negative integer") }
            if k.sign == .minus && !k.isZero { throw PyErr.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let ki = Int(exactly: k) else { throw PyErr.overflow("k must not exceed \(Int.max)") }
            var r = BigInt(1)
            for i in 0..<ki { r *= n - BigInt(i) }
            return .int(r)
        }
    }

    /// lo * (lo+1) * ... * hi by binary splitting (1 when hi < lo).
    static func productRange(_ lo: Int, _ hi: Int) -> BigInt {
        if hi < lo { return 1 }
        if hi - lo < 16 {
            var r = BigInt(1)
            var acc = 1
            for i in lo...hi {
                let (p, o) = acc.multipliedReportingOverflow(by: i)
                if o { r *= BigInt(acc); acc = i } else { acc = p }
            }
            return r * BigInt(acc)
        }
        let mid = lo + (hi - lo) / 2
        return productRange(lo, mid) * productRange(mid + 1, hi)
    }

    // MARK: misc float functions

    static func installMisc(_ m: PyModule) {
        fn(m, "ceil") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.ceil", min: 1, max: 1)
            let x = a[0]
            if case .float(let d) = x { return try IntOps.fromDouble(Glibc.ceil(d)) }
            if let r = try Ops.callDunder(x, PyStr.intern("__ceil__"), []) { return r }
            return try IntOps.fromDouble(Glibc.ceil(try num(x)))
        }
        fn(m, "floor") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.floor", min: 1, max: 1)
            let x = a[0]
            if case .float(let d) = x { return try IntOps.fromDouble(Glibc.floor(d)) }
            if let r = try Ops.callDunder(x, PyStr.intern("__floor__"), []) { return r }
            return try IntOps.fromDouble(Glibc.floor(try num(x)))
        }
        fn(m, "trunc") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.trunc", min: 1, max: 1)
            let x = a[0]
            if case .float(let d) = x { return try IntOps.fromDouble(d) }
            if let r = try Ops.callDunder(x, PyStr.intern("__trunc__"), []) { return r }
            throw PyErr.typeError("type \(MiscTypes.tpName(x.type)) doesn't define __trunc__ method")
        }
        fn(m, "frexp") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.frexp", min: 1, max: 1)
            let x = try num(a[0])
            if x.isNaN || x.isInfinite || x == 0 { return .obj(PyTuple([.float(x), .int(0)])) }
            let (mm, e) = Glibc.frexp(Swift.abs(x))
            return .obj(PyTuple([.float(x < 0 ? -mm : mm), .int(e)]))
        }
        fn(m, "ldexp") { (a) throws(PyBaseException) -> Value in
            try a.expect("ldexp", min: 2, max: 2)
            let x = try num(a[0])
            guard let eb = IntOps.big(a[1]) else { throw PyErr.typeError("Expected an int as second argument to ldexp.") }
            if x == 0 || !x.isFinite { return .float(x) }
            let e = Int(exactly: eb) ?? (eb.sign == .minus ? Int.min : Int.max)
            let clamped = Swift.max(-5000, Swift.min(5000, e))
            let r = Glibc.scalbn(x, Int32(clamped))
            if r.isInfinite { throw range() }
            return .float(r)
        }
        fn(m, "modf") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.modf", min: 1, max: 1)
            let x = try num(a[0])
            if x.isInfinite { return .obj(PyTuple([.float(Glibc.copysign(0, x)), .float(x)])) }
            if x.isNaN { return .obj(PyTuple([.float(x), .float(x)])) }
            let ip = x.rounded(.towardZero)
            return .obj(PyTuple([.float(Glibc.copysign(x - ip, x)), .float(ip)]))
        }
        fn(m, "isfinite") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.isfinite", min: 1, max: 1)
            return .bool(try num(a[0]).isFinite)
        }
        fn(m, "isinf") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.isinf", min: 1, max: 1)
            return .bool(try num(a[0]).isInfinite)
        }
        fn(m, "isnan") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.isnan", min: 1, max: 1)
            return .bool(try num(a[0]).isNaN)
        }
        fn(m, "isclose") { (a) throws(PyBaseException) -> Value in
            if a.count > 2 { throw PyErr.typeError("isclose() takes exactly 2 positional arguments (\(a.count) given)") }
            try NumberTypes.checkKeywords(a, ["a", "b", "rel_tol", "abs_tol"], "isclose")
            let p = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 0, maxPositional: 2)
            guard let av = p[0] else { throw PyErr.typeError("isclose() missing required argument 'a' (pos 1)") }
            guard let bv = p[1] else { throw PyErr.typeError("isclose() missing required argument 'b' (pos 2)") }
            let x = try num(av), y = try num(bv)
            let rel = try p[2].map { (v) throws(PyBaseException) -> Double in try num(v) } ?? 1e-09
            let absTol = try p[3].map { (v) throws(PyBaseException) -> Double in try num(v) } ?? 0.0
            if rel < 0 || absTol < 0 { throw PyErr.valueError("tolerances must be non-negative") }
            if x == y { return .True }
            if x.isInfinite || y.isInfinite { return .False }
            let diff = Swift.abs(y - x)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= absTol)
        }
        fn(m, "nextafter") { (a) throws(PyBaseException) -> Value in
            try a.expect("nextafter", min: 2, max: 2)
            return .float(Glibc.nextafter(try num(a[0]), try num(a[1])))
        }
        fn(m, "ulp") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.ulp", min: 1, max: 1)
            var x = try num(a[0])
            if x.isNaN { return .float(x) }
            x = Swift.abs(x)
            if x.isInfinite { return .float(x) }
            let x2 = Glibc.nextafter(x, .infinity)
            if x2.isInfinite { return .float(x - Glibc.nextafter(x, -.infinity)) }
            return .float(x2 - x)
        }
        fn(m, "hypot") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("hypot() takes no keyword arguments") }
            var coords: [Double] = []
            var maxv = 0.0
            var foundNan = false
            for i in 0..<a.count {
                let x = Swift.abs(try num(a[i]))
                coords.append(x)
                foundNan = foundNan || x.isNaN
                if x > maxv { maxv = x }
            }
            return .float(vectorNorm(&coords, maxv, foundNan))
        }
        fn(m, "dist") { (a) throws(PyBaseException) -> Value in
            try a.expect("dist", min: 2, max: 2)
            let p = try Ops.toArray(a[0]), q = try Ops.toArray(a[1])
            if p.count != q.count { throw PyErr.valueError("both points must have the same number of dimensions") }
            var diffs: [Double] = []
            var maxv = 0.0
            var foundNan = false
            for i in 0..<p.count {
                let x = Swift.abs(try num(p[i]) - (try num(q[i])))
                diffs.append(x)
                foundNan = foundNan || x.isNaN
                if x > maxv { maxv = x }
            }
            return .float(vectorNorm(&diffs, maxv, foundNan))
        }
    }

    /// CPython's `vector_norm` (lossless scaling and squaring, then a
    /// differential correction of the square root).
    static func vectorNorm(_ vec: inout [Double], _ maxv: Double, _ foundNan: Bool) -> Double {
        if maxv.isInfinite { return maxv }
        if foundNan { return .nan }
        if maxv == 0 || vec.count <= 1 { return maxv }
        let maxE = Glibc.frexp(maxv).1
        if maxE < -1023 {
            let dmin = Double.leastNormalMagnitude
            for i in 0..<vec.count { vec[i] /= dmin }
            return dmin * vectorNorm(&vec, maxv / dmin, foundNan)
        }
        let scale = Glibc.ldexp(1.0, -maxE)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for v in vec {
            let x = v * scale
            let hi = x * x
            let lo = Glibc.fma(x, x, -hi)
            let s = csum + hi
            let slo = (csum - s) + hi
            csum = s
            frac1 += lo
            frac2 += slo
        }
        var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
        let phi = -h * h
        let plo = Glibc.fma(-h, h, -phi)
        let s = csum + phi
        let slo = (csum - s) + phi
        csum = s
        frac1 += plo
        frac2 += slo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }

    // MARK: sums and products

    static func installSums(_ m: PyModule) {
        fn(m, "fsum") { (a) throws(PyBaseException) -> Value in
            try a.expect("math.fsum", min: 1, max: 1)
            return .float(try fsum(a[0]))
        }
        fn(m, "prod") { (a) throws(PyBaseException) -> Value in
            if a.count != 1 { throw PyErr.typeError("prod() takes exactly 1 positional argument (\(a.count) given)") }
            var acc: Value = .int(1)
            for (k, v) in a.keywords {
                if k == "start" { acc = v } else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for prod()") }
            }
            try Ops.iterate(a[0]) { (v) throws(PyBaseException) in acc = try Ops.binaryOp(acc, v, 5) }
            return acc
        }
    }

    /// Shewchuk's exact summation as in CPython's `math_fsum`.
    static func fsum(_ it: Value) throws(PyBaseException) -> Double {
        var p: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        try Ops.iterate(it) { (item) throws(PyBaseException) in
            var x = try num(item)
            let xsave = x
            var i = 0
            for j in 0..<p.count {
                var y = p[j]
                if Swift.abs(x) < Swift.abs(y) { let t = x; x = y; y = t }
                let hi = x + y
                let yr = hi - x
                let lo = y - yr
                if lo != 0 { p[i] = lo; i += 1 }
                x = hi
            }
            p.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    if xsave.isFinite { throw PyErr.overflow("intermediate overflow in fsum") }
                    if xsave.isInfinite { infSum += xsave }
                    specialSum += xsave
                    p.removeAll()
                } else {
                    p.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw PyErr.valueError("-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = p.count
        if n > 0 {
            n -= 1
            hi = p[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = p[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }
}

/// CPython's own Lanczos-based `m_tgamma`/`m_lgamma` (results differ from
/// libm in the last bits, so they are ported exactly). The second result is
/// 0 (ok), 1 (domain error) or 2 (range error). Thread-safety: pure.
enum Gamma {
    static let g = 6.024680040776729583740234375
    static let gMinusHalf = 5.524680040776729583740234375
    static let num: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    static let den: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
    static let integral: [Double] = [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ]
    static let pi = 3.141592653589793238462643383279502884197
    static let logpi = 1.144729885849400174143427351353058711647

    static func lanczosSum(_ x: Double) -> Double {
        var n = 0.0, d = 0.0
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) { n = n * x + num[i]; d = d * x + den[i] }
        } else {
            for i in 0..<13 { n = n / x + num[i]; d = d / x + den[i] }
        }
        return n / d
    }

    static func sinpi(_ x: Double) -> Double {
        let y = Glibc.fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
        let r: Double
        switch n {
        case 0: r = Glibc.sin(pi * y)
        case 1: r = Glibc.cos(pi * (y - 0.5))
        case 2: r = Glibc.sin(pi * (1.0 - y))
        case 3: r = -Glibc.cos(pi * (y - 1.5))
        default: r = Glibc.sin(pi * (y - 2.0))
        }
        return Glibc.copysign(1.0, x) * r
    }

    static func tgamma(_ x: Double) -> (Double, Int) {
        if !x.isFinite {
            if x.isNaN || x > 0 { return (x, 0) }
            return (.nan, 1)
        }
        if x == 0 { return (Glibc.copysign(.infinity, x), 1) }
        if x == x.rounded(.down) {
            if x < 0 { return (.nan, 1) }
            if x <= 23 { return (integral[Int(x) - 1], 0) }
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            return (r, r.isInfinite ? 2 : 0)
        }
        if absx > 200 {
            if x < 0 { return (0.0 / sinpi(x), 0) }
            return (.infinity, 2)
        }
        let y = absx + gMinusHalf
        var z: Double
        if absx > gMinusHalf {
            let q = y - absx
            z = q - gMinusHalf
        } else {
            let q = y - gMinusHalf
            z = q - absx
        }
        z = z * g / y
        var r: Double
        if x < 0 {
            r = -pi / sinpi(absx) / absx * Glibc.exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140 {
                r /= Glibc.pow(y, absx - 0.5)
            } else {
                let sp = Glibc.pow(y, absx / 2.0 - 0.25)
                r /= sp
                r /= sp
            }
        } else {
            r = lanczosSum(absx) / Glibc.exp(y)
            r += z * r
            if absx < 140 {
                r *= Glibc.pow(y, absx - 0.5)
            } else {
                let sp = Glibc.pow(y, absx / 2.0 - 0.25)
                r *= sp
                r *= sp
            }
        }
        return (r, r.isInfinite ? 2 : 0)
    }

    static func lgamma(_ x: Double) -> (Double, Int) {
        if !x.isFinite { return (x.isNaN ? x : .infinity, 0) }
        if x == x.rounded(.down) && x <= 2 {
            if x <= 0 { return (.infinity, 1) }
            return (0.0, 0)
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return (-Glibc.log(absx), 0) }
        var r = Glibc.log(lanczosSum(absx)) - g
        r += (absx - 0.5) * (Glibc.log(absx + g - 0.5) - 1)
        if x < 0 { r = logpi - Glibc.log(Swift.abs(sinpi(absx))) - Glibc.log(absx) - r }
        return (r, r.isInfinite ? 2 : 0)
    }
}

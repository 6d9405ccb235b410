import Glibc

/// `cmath`: Python 3.11's complex math module. Results follow CPython's
/// algorithms (Modules/cmathmodule.c: C99 Annex G special values through
/// 7x7 tables indexed by the kind of the real and imaginary parts, care
/// against spurious overflow for huge arguments and precision loss for
/// subnormal ones) and its errors: "math domain error" ValueError where
/// Annex G signals divide-by-zero or invalid, "math range error"
/// OverflowError on overflow. The special-value tables and kernels live in
/// CMathModule+Functions.swift. Thread-safety: pure functions.
enum CMathModule {
    typealias C = (re: Double, im: Double)

    /// The outcome of a kernel: the value and CPython's errno (0, EDOM or ERANGE).
    enum Err { case none, domain, range }

    static func fn(_ m: PyModule, _ name: String, _ f: @escaping NativeFunction) {
        m.dict?.setStr(name, .obj(PyBuiltinFunction(name, module: "cmath", f)))
    }

    /// `PyComplex_AsCComplex`: a complex (subclasses included) as is, else
    /// `__complex__`, else a real number through `__float__` / `__index__`.
    static func complexArg(_ v: Value) throws(PyBaseException) -> C {
        if case .obj(let c as PyComplex) = v { return (c.real, c.imag) }
        if let m = v.type.lookup("__complex__") {
            let r = try Ops.callValues(try Ops.bindDescriptor(m, v), [])
            guard case .obj(let c as PyComplex) = r else {
                throw PyErr.typeError("__complex__ returned non-complex (type \(r.type.name))")
            }
            return (c.real, c.imag)
        }
        return (try real(v), 0)
    }

    /// `PyFloat_AsDouble`: a float (subclasses included: their value, not
    /// their `__float__`), else `__float__` / `__index__`.
    static func real(_ v: Value) throws(PyBaseException) -> Double {
        if case .obj(let o) = v, o is PyFloat, let d = NativeOps.floatValue(v) { return d }
        return try MathModule.num(v)
    }

    static func result(_ r: (C, Err)) throws(PyBaseException) -> Value {
        switch r.1 {
        case .domain: throw PyErr.valueError("math domain error")
        case .range: throw PyErr.overflow("math range error")
        case .none: return .obj(PyComplex(r.0.re, r.0.im))
        }
    }

    static func kernelFunction(_ name: String) -> NativeFunction {
        switch name {
        case "acos": return { (a) throws(PyBaseException) -> Value in try call1(a, "acos", cacos) }
        case "acosh": return { (a) throws(PyBaseException) -> Value in try call1(a, "acosh", cacosh) }
        case "asin": return { (a) throws(PyBaseException) -> Value in try call1(a, "asin", casin) }
        case "asinh": return { (a) throws(PyBaseException) -> Value in try call1(a, "asinh", casinh) }
        case "atan": return { (a) throws(PyBaseException) -> Value in try call1(a, "atan", catan) }
        case "atanh": return { (a) throws(PyBaseException) -> Value in try call1(a, "atanh", catanh) }
        case "cos": return { (a) throws(PyBaseException) -> Value in try call1(a, "cos", ccos) }
        case "cosh": return { (a) throws(PyBaseException) -> Value in try call1(a, "cosh", ccosh) }
        case "exp": return { (a) throws(PyBaseException) -> Value in try call1(a, "exp", cexp) }
        case "log10": return { (a) throws(PyBaseException) -> Value in try call1(a, "log10", clog10) }
        case "sin": return { (a) throws(PyBaseException) -> Value in try call1(a, "sin", csin) }
        case "sinh": return { (a) throws(PyBaseException) -> Value in try call1(a, "sinh", csinh) }
        case "sqrt": return { (a) throws(PyBaseException) -> Value in try call1(a, "sqrt", csqrt) }
        case "tan": return { (a) throws(PyBaseException) -> Value in try call1(a, "tan", ctan) }
        default: return { (a) throws(PyBaseException) -> Value in try call1(a, "tanh", ctanh) }
        }
    }

    @inline(__always)
    static func call1(_ a: Args, _ name: String, _ f: (C) -> (C, Err)) throws(PyBaseException) -> Value {
        try a.expect("cmath.\(name)", min: 1, max: 1)
        return try result(f(try complexArg(a[0])))
    }

    /// `_Py_c_abs`: hypot with CPython's infinity/nan rules; overflow is a range error.
    static func cabs(_ z: C) -> (Double, Err) {
        if z.re.isInfinite || z.im.isInfinite { return (.infinity, .none) }
        if z.re.isNaN || z.im.isNaN { return (.nan, .none) }
        let r = hypot(z.re, z.im)
        return (r, r.isInfinite ? .range : .none)
    }

    static func make() -> PyModule {
        let m = PyModule(name: "cmath")
        m.dict?.setStr("__doc__", .str("This module provides access to mathematical functions for complex\nnumbers."))
        m.dict?.setStr("pi", .float(Double.pi))
        m.dict?.setStr("e", .float(M_E))
        m.dict?.setStr("tau", .float(2 * Double.pi))
        m.dict?.setStr("inf", .float(.infinity))
        m.dict?.setStr("infj", .obj(PyComplex(0, .infinity)))
        m.dict?.setStr("nan", .float(Double.nan))
        m.dict?.setStr("nanj", .obj(PyComplex(0, Double.nan)))
        for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
                     "log10", "sin", "sinh", "sqrt", "tan", "tanh"] {
            fn(m, name, kernelFunction(name))
        }
        fn(m, "log") { (a) throws(PyBaseException) -> Value in
            try a.expect("log", min: 1, max: 2)
            var (x, err) = clog(try complexArg(a[0]))
            if a.count == 2 {
                let yv = try complexArg(a[1])
                let (y, e2) = clog(yv)
                err = e2
                let (q, zero) = ComplexOps.quot(x.re, x.im, y.re, y.im)
                x = (q.0, q.1)
                if zero { err = .domain }
            }
            return try result((x, err))
        }
        fn(m, "phase") { (a) throws(PyBaseException) -> Value in
            try a.expect("cmath.phase", min: 1, max: 1)
            let z = try complexArg(a[0])
            return .float(atan2(z.im, z.re))
        }
        fn(m, "polar") { (a) throws(PyBaseException) -> Value in
            try a.expect("cmath.polar", min: 1, max: 1)
            let z = try complexArg(a[0])
            let phi = atan2(z.im, z.re)
            let (r, err) = cabs(z)
            if err == .range { throw PyErr.overflow("math range error") }
            return .obj(PyTuple([.float(r), .float(phi)]))
        }
        fn(m, "rect") { (a) throws(PyBaseException) -> Value in
            try a.expect("rect", min: 2, max: 2)
            let r = try real(a[0]), phi = try real(a[1])
            return try result(crect(r, phi))
        }
        fn(m, "isfinite") { (a) throws(PyBaseException) -> Value in
            try a.expect("cmath.isfinite", min: 1, max: 1)
            let z = try complexArg(a[0])
            return .bool(z.re.isFinite && z.im.isFinite)
        }
        fn(m, "isnan") { (a) throws(PyBaseException) -> Value in
            try a.expect("cmath.isnan", min: 1, max: 1)
            let z = try complexArg(a[0])
            return .bool(z.re.isNaN || z.im.isNaN)
        }
        fn(m, "isinf") { (a) throws(PyBaseException) -> Value in
            try a.expect("cmath.isinf", min: 1, max: 1)
            let z = try complexArg(a[0])
            return .bool(z.re.isInfinite || z.im.isInfinite)
        }
        fn(m, "isclose") { (a) throws(PyBaseException) -> Value in try isclose(a) }
        return m
    }

    /// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
    static func isclose(_ a: Args) throws(PyBaseException) -> Value {
        let names = ["a", "b", "rel_tol", "abs_tol"]
        if a.count > 2 { throw PyErr.typeError("isclose() takes exactly 2 positional arguments (\(a.count) given)") }
        var p = [Value?](repeating: nil, count: 4)
        for i in 0..<a.count { p[i] = a[i] }
        for (k, v) in a.keywords {
            guard let idx = names.firstIndex(of: k) else {
                throw PyErr.typeError("'\(k)' is an invalid keyword argument for isclose()")
            }
            if p[idx] != nil { throw PyErr.typeError("argument for isclose() given by name ('\(k)') and position (\(idx + 1))") }
            p[idx] = v
        }
        for i in 0..<2 where p[i] == nil {
            throw PyErr.typeError("isclose() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        let x = try complexArg(p[0] ?? .None), y = try complexArg(p[1] ?? .None)
        let rel = try p[2].map { (v) throws(PyBaseException) -> Double in try real(v) } ?? 1e-09
        let abs = try p[3].map { (v) throws(PyBaseException) -> Double in try real(v) } ?? 0.0
        if rel < 0 || abs < 0 { throw PyErr.valueError("tolerances must be non-negative") }
        if x.re == y.re && x.im == y.im { return .True }
        if x.re.isInfinite || x.im.isInfinite || y.re.isInfinite || y.im.isInfinite { return .False }
        let diff = cabs((x.re - y.re, x.im - y.im)).0
        return .bool(diff <= rel * cabs(y).0 || diff <= rel * cabs(x).0 || diff <= abs)
    }
}

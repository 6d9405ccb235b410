import Glibc

/// The numeric kernels of `cmath` and the C99 Annex G special-value tables
/// (same results as CPython 3.11's cmathmodule.c). Each kernel returns its value
/// and the error CPython would signal. Thread-safety: pure functions over
/// immutable tables.
extension CMathModule {
    static let largeDouble = Double.greatestFiniteMagnitude / 4
    static let sqrtLargeDouble = Glibc.sqrt(Double.greatestFiniteMagnitude / 4)
    static let logLargeDouble = Glibc.log(Double.greatestFiniteMagnitude / 4)
    static let sqrtDblMin = Glibc.sqrt(Double.leastNormalMagnitude)
    static let dblMin = Double.leastNormalMagnitude
    static let scaleUp: Int32 = 53
    static let scaleDown: Int32 = -27
    static let ln2 = 0.6931471805599453094
    static let ln10 = 2.302585092994045684

    /// Kind of a double: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan.
    static func kind(_ d: Double) -> Int {
        if d.isFinite {
            if d != 0 { return d.sign == .plus ? 4 : 1 }
            return d.sign == .plus ? 3 : 2
        }
        if d.isNaN { return 6 }
        return d.sign == .plus ? 5 : 0
    }

    @inline(__always) static func special(_ t: [[C]], _ z: C) -> C { t[kind(z.re)][kind(z.im)] }
    @inline(__always) static func finite(_ z: C) -> Bool { z.re.isFinite && z.im.isFinite }

    // MARK: tables (row: kind of the real part, column: kind of the imaginary part)

    static let P = Double.pi, P14 = 0.25 * Double.pi, P12 = 0.5 * Double.pi, P34 = 0.75 * Double.pi
    static let INF = Double.infinity, N = Double.nan
    /// Placeholder for finite cases, which never use the tables.
    static let U = -9.5426319407711027e33

    static let acosTable: [[C]] = [
        [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
        [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
        [(P12, INF), (U, U), (P12, 0), (P12, -0.0), (U, U), (P12, -INF), (P12, N)],
        [(P12, INF), (U, U), (P12, 0), (P12, -0.0), (U, U), (P12, -INF), (P12, N)],
        [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
        [(P14, INF), (0, INF), (0, INF), (0, -INF), (0, -INF), (P14, -INF), (N, INF)],
        [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
    ]
    static let acoshTable: [[C]] = [
        [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
        [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
        [(INF, -P12), (U, U), (0, -P12), (0, P12), (U, U), (INF, P12), (N, N)],
        [(INF, -P12), (U, U), (0, -P12), (0, P12), (U, U), (INF, P12), (N, N)],
        [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
        [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0), (INF, 0), (INF, P14), (INF, N)],
        [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
    ]
    static let asinhTable: [[C]] = [
        [(-INF, -P14), (-INF, -0.0), (-INF, -0.0), (-INF, 0), (-INF, 0), (-INF, P14), (-INF, N)],
        [(-INF, -P12), (U, U), (U, U), (U, U), (U, U), (-INF, P12), (N, N)],
        [(-INF, -P12), (U, U), (-0.0, -0.0), (-0.0, 0), (U, U), (-INF, P12), (N, N)],
        [(INF, -P12), (U, U), (0, -0.0), (0, 0), (U, U), (INF, P12), (N, N)],
        [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
        [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0), (INF, 0), (INF, P14), (INF, N)],
        [(INF, N), (N, N), (N, -0.0), (N, 0), (N, N), (INF, N), (N, N)],
    ]
    static let atanhTable: [[C]] = [
        [(-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N)],
        [(-0.0, -P12), (U, U), (U, U), (U, U), (U, U), (-0.0, P12), (N, N)],
        [(-0.0, -P12), (U, U), (-0.0, -0.0), (-0.0, 0), (U, U), (-0.0, P12), (-0.0, N)],
        [(0, -P12), (U, U), (0, -0.0), (0, 0), (U, U), (0, P12), (0, N)],
        [(0, -P12), (U, U), (U, U), (U, U), (U, U), (0, P12), (N, N)],
        [(0, -P12), (0, -P12), (0, -P12), (0, P12), (0, P12), (0, P12), (0, N)],
        [(0, -P12), (N, N), (N, N), (N, N), (N, N), (0, P12), (N, N)],
    ]
    static let coshTable: [[C]] = [
        [(INF, N), (U, U), (INF, 0), (INF, -0.0), (U, U), (INF, N), (INF, N)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(N, 0), (U, U), (1, 0), (1, -0.0), (U, U), (N, 0), (N, 0)],
        [(N, 0), (U, U), (1, -0.0), (1, 0), (U, U), (N, 0), (N, 0)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(INF, N), (U, U), (INF, -0.0), (INF, 0), (U, U), (INF, N), (INF, N)],
        [(N, N), (N, N), (N, 0), (N, 0), (N, N), (N, N), (N, N)],
    ]
    static let expTable: [[C]] = [
        [(0, 0), (U, U), (0, -0.0), (0, 0), (U, U), (0, 0), (0, 0)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(N, N), (U, U), (1, -0.0), (1, 0), (U, U), (N, N), (N, N)],
        [(N, N), (U, U), (1, -0.0), (1, 0), (U, U), (N, N), (N, N)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(INF, N), (U, U), (INF, -0.0), (INF, 0), (U, U), (INF, N), (INF, N)],
        [(N, N), (N, N), (N, -0.0), (N, 0), (N, N), (N, N), (N, N)],
    ]
    static let logTable: [[C]] = [
        [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
        [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
        [(INF, -P12), (U, U), (-INF, -P), (-INF, P), (U, U), (INF, P12), (N, N)],
        [(INF, -P12), (U, U), (-INF, -0.0), (-INF, 0), (U, U), (INF, P12), (N, N)],
        [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
        [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0), (INF, 0), (INF, P14), (INF, N)],
        [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
    ]
    static let sinhTable: [[C]] = [
        [(INF, N), (U, U), (-INF, -0.0), (-INF, 0), (U, U), (INF, N), (INF, N)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(0, N), (U, U), (-0.0, -0.0), (-0.0, 0), (U, U), (0, N), (0, N)],
        [(0, N), (U, U), (0, -0.0), (0, 0), (U, U), (0, N), (0, N)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(INF, N), (U, U), (INF, -0.0), (INF, 0), (U, U), (INF, N), (INF, N)],
        [(N, N), (N, N), (N, -0.0), (N, 0), (N, N), (N, N), (N, N)],
    ]
    static let sqrtTable: [[C]] = [
        [(INF, -INF), (0, -INF), (0, -INF), (0, INF), (0, INF), (INF, INF), (N, INF)],
        [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
        [(INF, -INF), (U, U), (0, -0.0), (0, 0), (U, U), (INF, INF), (N, N)],
        [(INF, -INF), (U, U), (0, -0.0), (0, 0), (U, U), (INF, INF), (N, N)],
        [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
        [(INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0), (INF, 0), (INF, INF), (INF, N)],
        [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    ]
    static let tanhTable: [[C]] = [
        [(-1, 0), (U, U), (-1, -0.0), (-1, 0), (U, U), (-1, 0), (-1, 0)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(N, N), (U, U), (-0.0, -0.0), (-0.0, 0), (U, U), (N, N), (N, N)],
        [(N, N), (U, U), (0, -0.0), (0, 0), (U, U), (N, N), (N, N)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(1, 0), (U, U), (1, -0.0), (1, 0), (U, U), (1, 0), (1, 0)],
        [(N, N), (N, N), (N, -0.0), (N, 0), (N, N), (N, N), (N, N)],
    ]
    static let rectTable: [[C]] = [
        [(INF, N), (U, U), (-INF, 0), (-INF, -0.0), (U, U), (INF, N), (INF, N)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(0, 0), (U, U), (-0.0, 0), (-0.0, -0.0), (U, U), (0, 0), (0, 0)],
        [(0, 0), (U, U), (0, -0.0), (0, 0), (U, U), (0, 0), (0, 0)],
        [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
        [(INF, N), (U, U), (INF, -0.0), (INF, 0), (U, U), (INF, N), (INF, N)],
        [(N, N), (N, N), (N, 0), (N, 0), (N, N), (N, N), (N, N)],
    ]

    // MARK: kernels

    /// `log1p` keeping the sign of a zero argument (CPython's m_log1p).
    static func log1p(_ x: Double) -> Double { x == 0 ? x : Glibc.log1p(x) }

    static func cacos(_ z: C) -> (C, Err) {
        if !finite(z) { return (special(acosTable, z), .none) }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let re = atan2(Swift.abs(z.im), z.re)
            let im = -copysign(Glibc.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2, z.im)
            return ((re, im), .none)
        }
        let s1 = csqrt((1 - z.re, -z.im)).0
        let s2 = csqrt((1 + z.re, z.im)).0
        return ((2 * atan2(s1.re, s2.re), Glibc.asinh(s2.re * s1.im - s2.im * s1.re)), .none)
    }

    static func cacosh(_ z: C) -> (C, Err) {
        if !finite(z) { return (special(acoshTable, z), .none) }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            return ((Glibc.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2, atan2(z.im, z.re)), .none)
        }
        let s1 = csqrt((z.re - 1, z.im)).0
        let s2 = csqrt((z.re + 1, z.im)).0
        return ((Glibc.asinh(s1.re * s2.re + s1.im * s2.im), 2 * atan2(s1.im, s2.re)), .none)
    }

    static func casin(_ z: C) -> (C, Err) {
        let (s, e) = casinh((-z.im, z.re))
        return ((s.im, -s.re), e)
    }

    static func casinh(_ z: C) -> (C, Err) {
        if !finite(z) { return (special(asinhTable, z), .none) }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let l = Glibc.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2
            let re = z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re)
            return ((re, atan2(z.im, Swift.abs(z.re))), .none)
        }
        let s1 = csqrt((1 + z.im, -z.re)).0
        let s2 = csqrt((1 - z.im, z.re)).0
        return ((Glibc.asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im)), .none)
    }

    static func catan(_ z: C) -> (C, Err) {
        let (s, e) = catanh((-z.im, z.re))
        return ((s.im, -s.re), e)
    }

    static func catanh(_ z: C) -> (C, Err) {
        if !finite(z) { return (special(atanhTable, z), .none) }
        if z.re < 0 {
            let (r, e) = catanh((-z.re, -z.im))
            return ((-r.re, -r.im), e)
        }
        let ay = Swift.abs(z.im)
        if z.re > sqrtLargeDouble || ay > sqrtLargeDouble {
            let h = hypot(z.re / 2, z.im / 2)
            return ((z.re / 4 / h / h, copysign(Double.pi / 2, z.im)), .none)
        }
        if z.re == 1 && ay < sqrtDblMin {
            if ay == 0 { return ((INF, z.im), .domain) }
            let re = -Glibc.log(Glibc.sqrt(ay) / Glibc.sqrt(hypot(ay, 2)))
            return ((re, copysign(atan2(2, -ay) / 2, z.im)), .none)
        }
        let re = log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4
        let im = -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2
        return ((re, im), .none)
    }

    static func ccos(_ z: C) -> (C, Err) { ccosh((-z.im, z.re)) }

    static func ccosh(_ z: C) -> (C, Err) {
        if !finite(z) {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                if z.re > 0 {
                    r = (copysign(INF, Glibc.cos(z.im)), copysign(INF, Glibc.sin(z.im)))
                } else {
                    r = (copysign(INF, Glibc.cos(z.im)), -copysign(INF, Glibc.sin(z.im)))
                }
            } else {
                r = special(coshTable, z)
            }
            return (r, z.im.isInfinite && !z.re.isNaN ? .domain : .none)
        }
        var r: C
        if Swift.abs(z.re) > logLargeDouble {
            let x1 = z.re - copysign(1, z.re)
            r = (Glibc.cos(z.im) * Glibc.cosh(x1) * M_E, Glibc.sin(z.im) * Glibc.sinh(x1) * M_E)
        } else {
            r = (Glibc.cos(z.im) * Glibc.cosh(z.re), Glibc.sin(z.im) * Glibc.sinh(z.re))
        }
        return (r, r.re.isInfinite || r.im.isInfinite ? .range : .none)
    }

    static func cexp(_ z: C) -> (C, Err) {
        if !finite(z) {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                if z.re > 0 {
                    r = (copysign(INF, Glibc.cos(z.im)), copysign(INF, Glibc.sin(z.im)))
                } else {
                    r = (copysign(0, Glibc.cos(z.im)), copysign(0, Glibc.sin(z.im)))
                }
            } else {
                r = special(expTable, z)
            }
            let dom = z.im.isInfinite && (z.re.isFinite || (z.re.isInfinite && z.re > 0))
            return (r, dom ? .domain : .none)
        }
        var r: C
        if z.re > logLargeDouble {
            let l = Glibc.exp(z.re - 1)
            r = (l * Glibc.cos(z.im) * M_E, l * Glibc.sin(z.im) * M_E)
        } else {
            let l = Glibc.exp(z.re)
            r = (l * Glibc.cos(z.im), l * Glibc.sin(z.im))
        }
        return (r, r.re.isInfinite || r.im.isInfinite ? .range : .none)
    }

    static func clog(_ z: C) -> (C, Err) {
        if !finite(z) { return (special(logTable, z), .none) }
        let ax = Swift.abs(z.re), ay = Swift.abs(z.im)
        var re: Double
        if ax > largeDouble || ay > largeDouble {
            re = Glibc.log(hypot(ax / 2, ay / 2)) + ln2
        } else if ax < dblMin && ay < dblMin {
            if ax > 0 || ay > 0 {
                re = Glibc.log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * ln2
            } else {
                return ((-INF, atan2(z.im, z.re)), .domain)
            }
        } else {
            let h = hypot(ax, ay)
            if 0.71 <= h && h <= 1.73 {
                let am = ax > ay ? ax : ay
                let an = ax > ay ? ay : ax
                re = log1p((am - 1) * (am + 1) + an * an) / 2
            } else {
                re = Glibc.log(h)
            }
        }
        return ((re, atan2(z.im, z.re)), .none)
    }

    static func clog10(_ z: C) -> (C, Err) {
        let (r, e) = clog(z)
        return ((r.re / ln10, r.im / ln10), e)
    }

    static func csin(_ z: C) -> (C, Err) {
        let (s, e) = csinh((-z.im, z.re))
        return ((s.im, -s.re), e)
    }

    static func csinh(_ z: C) -> (C, Err) {
        if !finite(z) {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                if z.re > 0 {
                    r = (copysign(INF, Glibc.cos(z.im)), copysign(INF, Glibc.sin(z.im)))
                } else {
                    r = (-copysign(INF, Glibc.cos(z.im)), copysign(INF, Glibc.sin(z.im)))
                }
            } else {
                r = special(sinhTable, z)
            }
            return (r, z.im.isInfinite && !z.re.isNaN ? .domain : .none)
        }
        var r: C
        if Swift.abs(z.re) > logLargeDouble {
            let x1 = z.re - copysign(1, z.re)
            r = (Glibc.cos(z.im) * Glibc.sinh(x1) * M_E, Glibc.sin(z.im) * Glibc.cosh(x1) * M_E)
        } else {
            r = (Glibc.cos(z.im) * Glibc.sinh(z.re), Glibc.sin(z.im) * Glibc.cosh(z.re))
        }
        return (r, r.re.isInfinite || r.im.isInfinite ? .range : .none)
    }

    static func csqrt(_ z: C) -> (C, Err) {
        if !finite(z) { return (special(sqrtTable, z), .none) }
        if z.re == 0 && z.im == 0 { return ((0, z.im), .none) }
        var ax = Swift.abs(z.re)
        let ay = Swift.abs(z.im)
        var s: Double
        if ax < dblMin && ay < dblMin {
            ax = ldexp(ax, scaleUp)
            s = ldexp(Glibc.sqrt(ax + hypot(ax, ldexp(ay, scaleUp))), scaleDown)
        } else {
            ax /= 8
            s = 2 * Glibc.sqrt(ax + hypot(ax, ay / 8))
        }
        let d = ay / (2 * s)
        if z.re >= 0 { return ((s, copysign(d, z.im)), .none) }
        return ((d, copysign(s, z.im)), .none)
    }

    static func ctan(_ z: C) -> (C, Err) {
        let (s, e) = ctanh((-z.im, z.re))
        return ((s.im, -s.re), e)
    }

    static func ctanh(_ z: C) -> (C, Err) {
        if !finite(z) {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                let im = copysign(0, 2 * Glibc.sin(z.im) * Glibc.cos(z.im))
                r = (z.re > 0 ? 1 : -1, im)
            } else {
                r = special(tanhTable, z)
            }
            return (r, z.im.isInfinite && z.re.isFinite ? .domain : .none)
        }
        if Swift.abs(z.re) > logLargeDouble {
            let im = 4 * Glibc.sin(z.im) * Glibc.cos(z.im) * Glibc.exp(-2 * Swift.abs(z.re))
            return ((copysign(1, z.re), im), .none)
        }
        let tx = Glibc.tanh(z.re)
        let ty = Glibc.tan(z.im)
        let cx = 1 / Glibc.cosh(z.re)
        let txty = tx * ty
        let denom = 1 + txty * txty
        return ((tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx), .none)
    }

    static func crect(_ r: Double, _ phi: Double) -> (C, Err) {
        if !r.isFinite || !phi.isFinite {
            var z: C
            if r.isInfinite && phi.isFinite && phi != 0 {
                if r > 0 {
                    z = (copysign(INF, Glibc.cos(phi)), copysign(INF, Glibc.sin(phi)))
                } else {
                    z = (-copysign(INF, Glibc.cos(phi)), -copysign(INF, Glibc.sin(phi)))
                }
            } else {
                z = rectTable[kind(r)][kind(phi)]
            }
            return (z, r != 0 && !r.isNaN && phi.isInfinite ? .domain : .none)
        }
        if phi == 0 { return ((r, r * phi), .none) }
        return ((r * Glibc.cos(phi), r * Glibc.sin(phi)), .none)
    }
}

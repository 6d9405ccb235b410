/// `match` statement checks of CPython 3.11's compiler (`compiler_match` and
/// the `compiler_pattern_*` functions), in their order: unreachable cases,
/// repeated or non-matching captures, starred names, class-pattern attribute
/// names, mapping keys. Pattern nodes move the error location without
/// restoring it, as `compiler_pattern`'s `SET_LOC` does.
extension CodegenChecker {
    /// `pattern_context`: names captured so far, and whether an irrefutable
    /// pattern is acceptable here. Thread-safety: a plain value type.
    struct PatternContext {
        /// Captured names in capture order, and the same names as a set.
        var stores: [String] = []
        var storeSet: Set<String> = []
        var allowIrrefutable = false

        mutating func resetStores() {
            stores = []
            storeSet = []
        }

        mutating func add(_ n: String) {
            stores.append(n)
            storeSet.insert(n)
        }
    }

    static func isWildcard(_ p: Pattern) -> Bool {
        if case .matchAs(nil, nil) = p.kind { return true }
        return false
    }

    mutating func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws(PySyntaxError) {
        try visit(subject)
        guard let last = cases.last else { return }
        let hasDefault = CodegenChecker.isWildcard(last.pattern) && cases.count > 1
        let compiled = hasDefault ? cases.count - 1 : cases.count
        for i in 0..<compiled {
            let m = cases[i]
            loc = m.pattern.range
            var pc = PatternContext()
            pc.allowIrrefutable = m.guard_ != nil || i == cases.count - 1
            try compilePattern(m.pattern, &pc)
            if let g = m.guard_ { try visit(g) }
            try visit(m.body)
            loc = m.pattern.range
        }
        if hasDefault {
            loc = last.pattern.range
            if let g = last.guard_ { try visit(g) }
            try visit(last.body)
        }
    }

    private mutating func subpattern(_ p: Pattern, _ pc: inout PatternContext) throws(PySyntaxError) {
        let allow = pc.allowIrrefutable
        pc.allowIrrefutable = true
        try compilePattern(p, &pc)
        pc.allowIrrefutable = allow
    }

    /// `pattern_helper_store_name`.
    private func storeCapture(_ name: String?, _ pc: inout PatternContext) throws(PySyntaxError) {
        guard let n = name else { return }
        try storeName(n)
        if pc.storeSet.contains(n) {
            throw err("multiple assignments to name \(CompileChecks.reprName(n)) in pattern")
        }
        pc.add(n)
    }

    private mutating func compilePattern(_ p: Pattern, _ pc: inout PatternContext) throws(PySyntaxError) {
        loc = p.range
        switch p.kind {
        case .matchValue(let value):
            if PatternConstant.fold(value) == nil {
                guard case .attribute = value.kind else {
                    throw err("patterns may only match literals and attribute lookups")
                }
            }
            try visit(value)
        case .matchSingleton:
            break
        case .matchSequence(let patterns):
            var star = -1
            var onlyWildcard = true
            var starWildcard = false
            for (i, q) in patterns.enumerated() {
                if case .matchStar(let name) = q.kind {
                    if star >= 0 { throw err("multiple starred names in sequence pattern") }
                    starWildcard = name == nil
                    onlyWildcard = onlyWildcard && starWildcard
                    star = i
                    continue
                }
                onlyWildcard = onlyWildcard && CodegenChecker.isWildcard(q)
            }
            if onlyWildcard {
                break
            }
            if starWildcard {
                for (i, q) in patterns.enumerated() where i != star && !CodegenChecker.isWildcard(q) {
                    try subpattern(q, &pc)
                }
            } else {
                if star >= 0 && (star >= (1 << 8) || patterns.count - star - 1 >= (Int(Int32.max) >> 8)) {
                    throw err("too many expressions in star-unpacking sequence pattern")
                }
                for q in patterns { try subpattern(q, &pc) }
            }
        case .matchMapping(let keys, let patterns, let rest):
            if keys.isEmpty && rest == nil { break }
            var seen = Set<PatternConstant.Key>()
            for k in keys {
                if let c = PatternConstant.fold(k) {
                    if let key = c.key {
                        if seen.contains(key) {
                            throw err("mapping pattern checks duplicate key (\(c.repr))")
                        }
                        seen.insert(key)
                    }
                } else if case .attribute = k.kind {
                } else {
                    throw err("mapping pattern keys may only match literals and attribute lookups")
                }
                try visit(k)
            }
            for q in patterns { try subpattern(q, &pc) }
            try storeCapture(rest, &pc)
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            if !kwdAttrs.isEmpty {
                // validate_kwd_attrs: each name, then its first later repeat.
                var next = [Int](repeating: -1, count: kwdAttrs.count)
                var lastSeen: [String: Int] = [:]
                var i = kwdAttrs.count - 1
                while i >= 0 {
                    if let j = lastSeen[kwdAttrs[i]] { next[i] = j }
                    lastSeen[kwdAttrs[i]] = i
                    i -= 1
                }
                for (i, attr) in kwdAttrs.enumerated() {
                    if i < kwdPatterns.count { loc = kwdPatterns[i].range }
                    try storeName(attr)
                    let j = next[i]
                    if j >= 0 {
                        if j < kwdPatterns.count { loc = kwdPatterns[j].range }
                        throw err("attribute name repeated in class pattern: \(attr)")
                    }
                }
                loc = p.range
            }
            try visit(cls)
            for q in patterns where !CodegenChecker.isWildcard(q) { try subpattern(q, &pc) }
            for q in kwdPatterns where !CodegenChecker.isWildcard(q) { try subpattern(q, &pc) }
        case .matchStar(let name):
            try storeCapture(name, &pc)
        case .matchAs(let pattern, let name):
            guard let sub = pattern else {
                if !pc.allowIrrefutable {
                    if let n = name {
                        throw err("name capture \(CompileChecks.reprName(n)) makes remaining patterns unreachable")
                    }
                    throw err("wildcard makes remaining patterns unreachable")
                }
                try storeCapture(name, &pc)
                break
            }
            try compilePattern(sub, &pc)
            try storeCapture(name, &pc)
        case .matchOr(let alternatives):
            let old = pc
            var control: [String]?
            for (i, alt) in alternatives.enumerated() {
                loc = alt.range
                pc.resetStores()
                pc.allowIrrefutable = i == alternatives.count - 1 && old.allowIrrefutable
                try compilePattern(alt, &pc)
                if let ctl = control {
                    if pc.stores.count != ctl.count || !ctl.allSatisfy({ pc.storeSet.contains($0) }) {
                        throw err("alternative patterns bind different names")
                    }
                } else {
                    control = pc.stores
                }
            }
            pc = old
            for n in control ?? [] {
                if pc.storeSet.contains(n) {
                    throw err("multiple assignments to name \(CompileChecks.reprName(n)) in pattern")
                }
                pc.add(n)
            }
        }
    }
}

/// A pattern literal as CPython's AST optimizer folds it before compiling
/// (`-1`, `1+2j` become constants), with Python's equality for duplicate
/// mapping keys (`1`, `1.0`, `True` and `1+0j` are the same key) and `repr()`
/// for the message. Thread-safety: a plain value type.
enum PatternConstant {
    case none
    case ellipsis
    case bool(Bool)
    /// An integer: sign and canonical decimal magnitude.
    case int(negative: Bool, magnitude: String)
    case float(Double)
    case complex(re: Double, im: Double)
    case str([UInt32])
    case bytes([UInt8])

    /// What Python's set compares: numbers by value, strings by content.
    /// Thread-safety: a plain value type.
    enum Key: Hashable {
        case none, ellipsis
        case str([UInt32])
        case bytes([UInt8])
        /// Real part as an exact integer (decimal) or as float bits, imaginary bits.
        case number(realInt: String?, realBits: UInt64, imagBits: UInt64)
    }

    static func fold(_ e: Expr) -> PatternConstant? {
        switch e.kind {
        case .constant(let v, _):
            switch v {
            case .none: return PatternConstant.none
            case .ellipsis: return .ellipsis
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(negative: i < 0, magnitude: String(i.magnitude))
            case .bigInt(let d): return .int(negative: false, magnitude: d)
            case .float(let d): return .float(d)
            case .complex(let im): return .complex(re: 0, im: im)
            case .str(let s): return .str(s)
            case .bytes(let b): return .bytes(b)
            }
        case .unaryOp(let op, let operand):
            guard op == .uSub || op == .uAdd, let v = fold(operand) else { return nil }
            if op == .uAdd { return v.isNumber ? v : nil }
            switch v {
            case .int(let neg, let mag): return .int(negative: mag == "0" ? false : !neg, magnitude: mag)
            case .bool(let b): return .int(negative: b, magnitude: b ? "1" : "0")
            case .float(let d): return .float(-d)
            case .complex(let re, let im): return .complex(re: -re, im: -im)
            default: return nil
            }
        case .binOp(let l, let op, let r):
            guard op == .add || op == .sub, let a = fold(l), let b = fold(r) else { return nil }
            guard a.isComplex || b.isComplex, let x = a.asComplex, let y = b.asComplex else { return nil }
            return op == .add ? .complex(re: x.re + y.re, im: x.im + y.im) : .complex(re: x.re - y.re, im: x.im - y.im)
        default:
            return nil
        }
    }

    var isNumber: Bool {
        switch self {
        case .bool, .int, .float, .complex: return true
        default: return false
        }
    }

    var isComplex: Bool {
        if case .complex = self { return true }
        return false
    }

    var asComplex: (re: Double, im: Double)? {
        switch self {
        case .bool(let b): return (b ? 1 : 0, 0)
        case .int(let neg, let mag):
            guard let d = Double(mag) else { return nil }
            return (neg ? -d : d, 0)
        case .float(let d): return (d, 0)
        case .complex(let re, let im): return (re, im)
        default: return nil
        }
    }

    /// The set key; nil for a NaN, which equals nothing.
    var key: Key? {
        switch self {
        case .none: return Key.none
        case .ellipsis: return .ellipsis
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        case .bool(let b): return .number(realInt: b ? "1" : "0", realBits: 0, imagBits: 0)
        case .int(let neg, let mag): return .number(realInt: (neg && mag != "0" ? "-" : "") + mag, realBits: 0, imagBits: 0)
        case .float(let d): return PatternConstant.numberKey(d, 0)
        case .complex(let re, let im): return PatternConstant.numberKey(re, im)
        }
    }

    private static func numberKey(_ re: Double, _ im: Double) -> Key? {
        if re.isNaN || im.isNaN { return nil }
        let imagBits = im == 0 ? 0 : im.bitPattern
        if re.isFinite && re == re.rounded(.towardZero) {
            return .number(realInt: exactInteger(re), realBits: 0, imagBits: imagBits)
        }
        return .number(realInt: nil, realBits: re.bitPattern, imagBits: imagBits)
    }

    /// The exact decimal value of a finite integral double.
    static func exactInteger(_ d: Double) -> String {
        if d == 0 { return "0" }
        if d.magnitude < 9.0e18, let i = Int64(exactly: d) { return String(i) }
        // d = significand * 2^shift with a 53-bit integer significand.
        var limbs: [UInt32] = []   // base 1e9, little-endian
        var sig = d.magnitude.significandBitPattern | (UInt64(1) << 52)
        let shift = Int(d.magnitude.exponent) - 52
        while sig > 0 {
            limbs.append(UInt32(sig % 1_000_000_000))
            sig /= 1_000_000_000
        }
        if shift > 0 {
            for _ in 0..<shift {
                var carry: UInt64 = 0
                for i in 0..<limbs.count {
                    let v = UInt64(limbs[i]) * 2 + carry
                    limbs[i] = UInt32(v % 1_000_000_000)
                    carry = v / 1_000_000_000
                }
                if carry > 0 { limbs.append(UInt32(carry)) }
            }
        }
        var s = d < 0 ? "-" : ""
        var first = true
        for limb in limbs.reversed() {
            let part = String(limb)
            s += first ? part : String(repeating: "0", count: 9 - part.count) + part
            first = false
        }
        return s
    }

    var repr: String {
        switch self {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let neg, let mag): return (neg && mag != "0" ? "-" : "") + mag
        case .float(let d): return pyFloatRepr(d)
        case .complex(let re, let im):
            if re == 0 && re.sign == .plus { return pyComplexRepr(imag: im) }
            let reStr = String(pyComplexRepr(imag: re).dropLast())
            var imStr = pyComplexRepr(imag: im)
            if !imStr.hasPrefix("-") { imStr = "+" + imStr }
            return "(" + reStr + imStr + ")"
        case .str(let s): return pyStrRepr(s)
        case .bytes(let b): return pyBytesRepr(b)
        }
    }
}

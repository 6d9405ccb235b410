/// str's case conversions and character-class predicates, following
/// CPython's unicodedata-based definitions through Swift's
/// `Unicode.Scalar.Properties` (full case mappings, Final_Sigma, Cased and
/// Case_Ignorable). Differences: Swift's Unicode tables may be newer than
/// CPython 3.11's Unicode 14.0 (code points assigned later are letters or
/// printable here but not in CPython). Thread-safety: pure natives.
extension StrType {
    static func installCase() {
        let s = PyType.str
        s.def("lower") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "lower"); try StrArgs.none(a, "lower")
            return .obj(StrCase.map(x, .lower))
        }
        s.def("upper") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "upper"); try StrArgs.none(a, "upper")
            return .obj(StrCase.map(x, .upper))
        }
        s.def("casefold") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "casefold"); try StrArgs.none(a, "casefold")
            return .obj(StrCase.map(x, .fold))
        }
        s.def("swapcase") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "swapcase"); try StrArgs.none(a, "swapcase")
            return .obj(StrCase.map(x, .swap))
        }
        s.def("capitalize") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "capitalize"); try StrArgs.none(a, "capitalize")
            return .obj(StrCase.map(x, .capitalize))
        }
        s.def("title") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "title"); try StrArgs.none(a, "title")
            return .obj(StrCase.map(x, .title))
        }
        s.def("isascii") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isascii"); try StrArgs.none(a, "isascii")
            return .bool(x.isASCII)
        }
        s.def("isalpha") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isalpha"); try StrArgs.none(a, "isalpha")
            return .bool(StrCase.all(x, StrCase.isAlpha))
        }
        s.def("isalnum") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isalnum"); try StrArgs.none(a, "isalnum")
            return .bool(StrCase.all(x, StrCase.isAlnum))
        }
        s.def("isdecimal") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isdecimal"); try StrArgs.none(a, "isdecimal")
            return .bool(StrCase.all(x, StrCase.isDecimal))
        }
        s.def("isdigit") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isdigit"); try StrArgs.none(a, "isdigit")
            return .bool(StrCase.all(x, StrCase.isDigit))
        }
        s.def("isnumeric") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isnumeric"); try StrArgs.none(a, "isnumeric")
            return .bool(StrCase.all(x, StrCase.isNumeric))
        }
        s.def("isspace") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isspace"); try StrArgs.none(a, "isspace")
            return .bool(StrCase.all(x, StrBuf.isSpace))
        }
        s.def("isprintable") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isprintable"); try StrArgs.none(a, "isprintable")
            if x.count == 0 { return .True }
            return .bool(StrCase.all(x, StrCase.isPrintable))
        }
        s.def("isidentifier") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isidentifier"); try StrArgs.none(a, "isidentifier")
            return .bool(StrCase.isIdentifier(x))
        }
        s.def("islower") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "islower"); try StrArgs.none(a, "islower")
            return .bool(StrCase.caseCheck(x, lower: true))
        }
        s.def("isupper") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "isupper"); try StrArgs.none(a, "isupper")
            return .bool(StrCase.caseCheck(x, lower: false))
        }
        s.def("istitle") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "istitle"); try StrArgs.none(a, "istitle")
            return .bool(StrCase.isTitle(x))
        }
    }
}

/// Unicode character classes and case mappings with CPython's rules.
/// Thread-safety: pure functions.
enum StrCase {
    enum Mode { case lower, upper, fold, swap, capitalize, title }

    @inline(__always) static func props(_ c: UInt32) -> Unicode.Scalar.Properties {
        (Unicode.Scalar(c) ?? "\u{FFFD}").properties
    }

    /// True when `s` is non-empty and every code point satisfies `pred`.
    static func all(_ s: PyStr, _ pred: (UInt32) -> Bool) -> Bool {
        if s.count == 0 { return false }
        if s.isASCII { return StrBuf.bytes(s) { b in b.allSatisfy { pred(UInt32($0)) } } }
        return StrBuf.wide(s) { b in b.allSatisfy(pred) }
    }

    static func isAlpha(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        switch props(c).generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
    static func isDecimal(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return props(c).numericType == .decimal
    }
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        let t = props(c).numericType
        return t == .decimal || t == .digit
    }
    static func isNumeric(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return props(c).numericType != nil
    }
    static func isAlnum(_ c: UInt32) -> Bool {
        if c < 0x80 { return isAlpha(c) || (c >= 0x30 && c <= 0x39) }
        return isAlpha(c) || isNumeric(c)
    }
    static func isPrintable(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x20 && c < 0x7F }
        return StrRepr.isPrintable(Unicode.Scalar(c) ?? "\u{FFFD}")
    }
    @inline(__always) static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return props(c).isLowercase
    }
    @inline(__always) static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        return props(c).isUppercase
    }
    @inline(__always) static func isTitlecase(_ c: UInt32) -> Bool {
        if c < 0x80 { return false }
        return props(c).generalCategory == .titlecaseLetter
    }
    @inline(__always) static func isCased(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        return props(c).isCased
    }
    @inline(__always) static func isCaseIgnorable(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x27 || c == 0x2E || c == 0x3A || c == 0x5E || c == 0x60 }
        return props(c).isCaseIgnorable
    }

    static func isIdentifier(_ s: PyStr) -> Bool {
        if s.count == 0 { return false }
        func start(_ c: UInt32) -> Bool {
            if c < 0x80 { return c == 0x5F || isAlpha(c) }
            return props(c).isXIDStart
        }
        func cont(_ c: UInt32) -> Bool {
            if c < 0x80 { return c == 0x5F || isAlpha(c) || (c >= 0x30 && c <= 0x39) }
            return props(c).isXIDContinue
        }
        if s.isASCII { return StrBuf.bytes(s) { b in start(UInt32(b[0])) && b.dropFirst().allSatisfy { cont(UInt32($0)) } } }
        return StrBuf.wide(s) { b in start(b[0]) && b.dropFirst().allSatisfy(cont) }
    }

    /// islower (lower: true) / isupper.
    static func caseCheck(_ s: PyStr, lower: Bool) -> Bool {
        func check<T: StrUnit>(_ b: UnsafeBufferPointer<T>) -> Bool {
            var cased = false
            for u in b {
                let c = UInt32(u)
                if lower {
                    if isUpper(c) || isTitlecase(c) { return false }
                    if !cased && isLower(c) { cased = true }
                } else {
                    if isLower(c) || isTitlecase(c) { return false }
                    if !cased && isUpper(c) { cased = true }
                }
            }
            return cased
        }
        if s.isASCII { return StrBuf.bytes(s) { check($0) } }
        return StrBuf.wide(s) { check($0) }
    }

    static func isTitle(_ s: PyStr) -> Bool {
        func check<T: StrUnit>(_ b: UnsafeBufferPointer<T>) -> Bool {
            var cased = false, prev = false
            for u in b {
                let c = UInt32(u)
                if isUpper(c) || isTitlecase(c) {
                    if prev { return false }
                    prev = true; cased = true
                } else if isLower(c) {
                    if !prev { return false }
                    prev = true; cased = true
                } else {
                    prev = false
                }
            }
            return cased
        }
        if s.isASCII { return StrBuf.bytes(s) { check($0) } }
        return StrBuf.wide(s) { check($0) }
    }

    /// Applies a case conversion to the whole string.
    static func map(_ s: PyStr, _ mode: Mode) -> PyStr {
        if s.count == 0 { return StrBuf.empty }
        if s.isASCII {
            return StrBuf.bytes(s) { b in
                if mode == .lower || mode == .upper || mode == .fold {
                    let lo: UInt8 = mode == .upper ? 0x61 : 0x41
                    let flip: UInt8 = 0x20
                    let out = [UInt8](unsafeUninitializedCapacity: b.count) { buf, n in
                        for i in 0..<b.count {
                            let c = b[i]
                            buf[i] = (c &- lo) < 26 ? c ^ flip : c
                        }
                        n = b.count
                    }
                    return StrBuf.make(out)
                }
                var out = [UInt8](repeating: 0, count: b.count)
                var prevCased = false
                for i in 0..<b.count {
                    let c = b[i]
                    let isU = c >= 0x41 && c <= 0x5A, isL = c >= 0x61 && c <= 0x7A
                    var r = c
                    switch mode {
                    case .lower, .fold: if isU { r = c | 0x20 }
                    case .upper: if isL { r = c & ~0x20 }
                    case .swap: if isU { r = c | 0x20 } else if isL { r = c & ~0x20 }
                    case .capitalize: if i == 0 { if isL { r = c & ~0x20 } } else if isU { r = c | 0x20 }
                    case .title:
                        if prevCased { if isU { r = c | 0x20 } } else if isL { r = c & ~0x20 }
                        prevCased = isU || isL
                    }
                    out[i] = r
                }
                return StrBuf.make(out)
            }
        }
        return StrBuf.wide(s) { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count * 2 + 8)
            var prevCased = false
            for i in 0..<b.count {
                let c = b[i]
                switch mode {
                case .lower: lowerAt(b, i, &out)
                case .upper: appendMapping(c, .upper, &out)
                case .fold: appendFold(c, &out, depth: 0)
                case .swap:
                    if isUpper(c) { lowerAt(b, i, &out) }
                    else if isLower(c) { appendMapping(c, .upper, &out) }
                    else { StrBuf.appendScalar(c, to: &out) }
                case .capitalize:
                    if i == 0 { appendMapping(c, .title, &out) } else { lowerAt(b, i, &out) }
                case .title:
                    if prevCased { lowerAt(b, i, &out) } else { appendMapping(c, .title, &out) }
                    prevCased = isCased(c)
                }
            }
            return StrBuf.make(out)
        }
    }

    /// CPython's lower_ucs4: the full lowercase mapping, with U+03A3 in a
    /// Final_Sigma context becoming U+03C2.
    static func lowerAt(_ b: UnsafeBufferPointer<UInt32>, _ i: Int, _ out: inout [UInt8]) {
        let c = b[i]
        if c == 0x3A3 {
            var j = i - 1
            var ch: UInt32 = 0
            while j >= 0 { ch = b[j]; if !isCaseIgnorable(ch) { break }; j -= 1 }
            var finalSigma = j >= 0 && isCased(ch)
            if finalSigma && i + 1 < b.count {
                j = i + 1
                while j < b.count { ch = b[j]; if !isCaseIgnorable(ch) { break }; j += 1 }
                finalSigma = j == b.count || !isCased(ch)
            }
            StrBuf.appendScalar(finalSigma ? 0x3C2 : 0x3C3, to: &out)
            return
        }
        appendMapping(c, .lower, &out)
    }

    enum Mapping { case lower, upper, title }

    static func appendMapping(_ c: UInt32, _ m: Mapping, _ out: inout [UInt8]) {
        if c < 0x80 {
            var r = c
            if m == .lower { if c >= 0x41 && c <= 0x5A { r = c | 0x20 } }
            else if c >= 0x61 && c <= 0x7A { r = c & ~0x20 }
            out.append(UInt8(r))
            return
        }
        if c < 0x100 && m != .title && c != 0xB5 && c != 0xDF && c != 0xFF {
            // Latin-1 letters map within the block by +-0x20.
            var r = c
            if m == .lower { if c >= 0xC0 && c <= 0xDE && c != 0xD7 { r = c + 0x20 } }
            else if c >= 0xE0 && c <= 0xFE && c != 0xF7 { r = c - 0x20 }
            StrBuf.appendScalar(r, to: &out)
            return
        }
        let p = props(c)
        let mapped: String
        switch m {
        case .lower:
            if !p.changesWhenLowercased { StrBuf.appendScalar(c, to: &out); return }
            mapped = p.lowercaseMapping
        case .upper:
            if !p.changesWhenUppercased { StrBuf.appendScalar(c, to: &out); return }
            mapped = p.uppercaseMapping
        case .title:
            if !p.changesWhenTitlecased { StrBuf.appendScalar(c, to: &out); return }
            mapped = p.titlecaseMapping
        }
        out.append(contentsOf: mapped.utf8)
    }

    /// Full case folding: lower(upper(c)) for the code points folding
    /// changes, with Cherokee (which folds to uppercase) special-cased.
    static func appendFold(_ c: UInt32, _ out: inout [UInt8], depth: Int) {
        if c < 0x80 {
            out.append(UInt8(c >= 0x41 && c <= 0x5A ? c | 0x20 : c))
            return
        }
        let p = props(c)
        // Changes_When_Casefolded is defined on NFD, so precomposed letters
        // with multi-character full foldings (U+01F0, U+0390...) need the
        // uppercase-expansion test too.
        if !p.changesWhenCaseFolded && !(p.changesWhenUppercased && p.uppercaseMapping.unicodeScalars.count > 1) {
            StrBuf.appendScalar(c, to: &out); return
        }
        if c >= 0x13F8 && c <= 0x13FD { StrBuf.appendScalar(c - 8, to: &out); return }
        if c >= 0xAB70 && c <= 0xABBF { StrBuf.appendScalar(c - 0xAB70 + 0x13A0, to: &out); return }
        let upper = p.changesWhenUppercased ? p.uppercaseMapping : String(Unicode.Scalar(c) ?? "\u{FFFD}")
        for u in upper.unicodeScalars {
            let lower = u.properties.lowercaseMapping
            for l in lower.unicodeScalars {
                if depth == 0 && l.value != c && l.value >= 0x80 && l.properties.changesWhenCaseFolded {
                    appendFold(l.value, &out, depth: 1)
                } else {
                    StrBuf.appendScalar(l.value, to: &out)
                }
            }
        }
    }
}

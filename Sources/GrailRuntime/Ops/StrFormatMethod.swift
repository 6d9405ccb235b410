/// `str.format` / `str.format_map` (CPython's unicode_format.h): literal
/// text with `{{`/`}}`, replacement fields with automatic or manual
/// numbering, keyword names, `.attr` and `[key]` access, `!r`/`!s`/`!a`
/// conversions and nested format specs, with CPython's error messages.
/// Thread-safety: pure functions (fields may run Python code).
enum StrFormatMethod {
    /// Where fields come from.
    struct Source {
        var positional: [Value]?
        var keywords: [(PyStr, Value)]
        var mapping: Value?
        /// 0 = not yet decided, 1 = automatic, 2 = manual.
        var autoState = 0
        var autoNumber = 0
    }

    static func format(_ s: PyStr, _ src: inout Source) throws(PyBaseException) -> PyStr {
        let cps = s.isASCII ? s.value.utf8.map { UInt32($0) } : s.scalars.map { $0.value }
        var out: [UInt8] = []
        out.reserveCapacity(cps.count + 16)
        try build(cps, 0, cps.count, &src, &out, depth: 2)
        return StrBuf.make(out)
    }

    static func build(_ s: [UInt32], _ from: Int, _ to: Int, _ src: inout Source, _ out: inout [UInt8], depth: Int) throws(PyBaseException) {
        if depth <= 0 { throw PyErr.valueError("Max string recursion exceeded") }
        var pos = from
        while pos < to {
            // Literal text up to the next '{' or '}'.
            let start = pos
            var c: UInt32 = 0
            var markup = false
            while pos < to {
                c = s[pos]; pos += 1
                if c == 0x7B || c == 0x7D { markup = true; break }
            }
            let atEnd = pos >= to
            var len = pos - start
            if markup && c == 0x7D && (atEnd || s[pos] != 0x7D) {
                throw PyErr.valueError("Single '}' encountered in format string")
            }
            if markup && atEnd && c == 0x7B { throw PyErr.valueError("Single '{' encountered in format string") }
            var fieldFollows = markup
            if markup && !atEnd {
                if s[pos] == c { pos += 1; fieldFollows = false } else { len -= 1 }
            } else if markup {
                len -= 1
            }
            for k in start..<(start + len) { StrBuf.appendScalar(s[k], to: &out) }
            if !fieldFollows { continue }
            try renderField(s, &pos, to, &src, &out, depth: depth)
        }
    }

    /// Parses one replacement field starting just after its '{' (CPython
    /// 3.11's parse_field) and appends its formatted value.
    static func renderField(_ s: [UInt32], _ pos: inout Int, _ to: Int,
                            _ src: inout Source, _ out: inout [UInt8], depth: Int) throws(PyBaseException) {
        let start = pos
        var last: UInt32 = 0
        while pos < to {
            last = s[pos]; pos += 1
            if last == 0x7B { throw PyErr.valueError("unexpected '{' in field name") }
            if last == 0x5B {
                while pos < to && s[pos] != 0x5D { pos += 1 }
                continue
            }
            if last == 0x7D || last == 0x3A || last == 0x21 { break }
        }
        let nameEnd = pos - 1
        var conversion: UInt32 = 0
        var specStart = pos, specEnd = pos
        var needsExpanding = false
        if last != 0x21 && last != 0x3A {
            if last != 0x7D { throw PyErr.valueError("expected '}' before end of string") }
        } else {
            var done = false
            if last == 0x21 {
                if pos >= to { throw PyErr.valueError("end of string while looking for conversion specifier") }
                conversion = s[pos]; pos += 1
                if pos >= to { throw PyErr.valueError("unmatched '{' in format spec") }
                let c = s[pos]; pos += 1
                if c == 0x7D { done = true; specStart = pos; specEnd = pos }
                else if c != 0x3A { throw PyErr.valueError("expected ':' after conversion specifier") }
            }
            if !done {
                specStart = pos
                var count = 1
                var closed = false
                while pos < to {
                    let c = s[pos]; pos += 1
                    if c == 0x7B { needsExpanding = true; count += 1 }
                    else if c == 0x7D {
                        count -= 1
                        if count == 0 { closed = true; break }
                    }
                }
                if !closed { throw PyErr.valueError("unmatched '{' in format spec") }
                specEnd = pos - 1
            }
        }
        var obj = try fieldObject(s, start, nameEnd, &src)
        switch conversion {
        case 0: break
        case 0x72: obj = .obj(try Ops.repr(obj))
        case 0x73: obj = .obj(try Ops.str(obj))
        case 0x61: obj = .obj(try Ops.ascii(obj))
        default:
            let shown = (conversion > 32 && conversion < 128) ? String(Unicode.Scalar(UInt8(conversion))) : "\\x" + String(conversion, radix: 16)
            throw PyErr.valueError("Unknown conversion specifier \(shown)")
        }
        var sb: [UInt8] = []
        if needsExpanding {
            try build(s, specStart, specEnd, &src, &sb, depth: depth - 1)
        } else if specStart < specEnd {
            for k in specStart..<specEnd { StrBuf.appendScalar(s[k], to: &sb) }
        }
        let spec = StrBuf.make(sb)
        if spec.count == 0, case .obj(let ps as PyStr) = obj, ps.type === PyType.str {
            out.append(contentsOf: ps.value.utf8)
            return
        }
        let r = try Ops.format(obj, spec)
        out.append(contentsOf: r.value.utf8)
    }

    /// get_integer: all decimal digits -> value; -1 when not a number.
    static func integer(_ s: [UInt32], _ a: Int, _ b: Int) throws(PyBaseException) -> Int {
        if a >= b { return -1 }
        var acc = 0
        for k in a..<b {
            let c = s[k]
            let d: Int
            if c >= 0x30 && c <= 0x39 { d = Int(c - 0x30) }
            else if c >= 0x80, let u = Unicode.Scalar(c), u.properties.numericType == .decimal, let v = u.properties.numericValue { d = Int(v) }
            else { return -1 }
            if acc > (Int.max - d) / 10 { throw PyErr.valueError("Too many decimal digits in format string") }
            acc = acc * 10 + d
        }
        return acc
    }

    static func substr(_ s: [UInt32], _ a: Int, _ b: Int) -> PyStr {
        var out: [UInt8] = []
        if a < b { for k in a..<b { StrBuf.appendScalar(s[k], to: &out) } }
        return StrBuf.make(out)
    }

    /// get_field_object: the first name part then `.attr` / `[key]` accesses.
    static func fieldObject(_ s: [UInt32], _ start: Int, _ end: Int, _ src: inout Source) throws(PyBaseException) -> Value {
        var i = start
        while i < end && s[i] != 0x2E && s[i] != 0x5B { i += 1 }
        let firstEnd = i
        var index = try integer(s, start, firstEnd)
        let empty = start >= firstEnd
        let numeric = empty || index != -1
        if numeric {
            if src.autoState == 0 { src.autoState = empty ? 1 : 2 }
            if src.autoState == 2 && empty {
                throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering")
            }
            if src.autoState == 1 && !empty {
                throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification")
            }
            if empty { index = src.autoNumber; src.autoNumber += 1 }
        }
        var obj: Value
        if index == -1 {
            let key = substr(s, start, firstEnd)
            if let m = src.mapping {
                obj = try Ops.getitem(m, .obj(key))
            } else {
                var found: Value? = nil
                for (k, v) in src.keywords where k.equals(key) { found = v; break }
                guard let f = found else { throw PyErr.keyError(.obj(key)) }
                obj = f
            }
        } else {
            guard let args = src.positional else { throw PyErr.valueError("Format string contains positional fields") }
            guard index < args.count else {
                throw PyErr.indexError("Replacement index \(index) out of range for positional args tuple")
            }
            obj = args[index]
        }
        // The rest: .name or [key] parts.
        while i < end {
            let c = s[i]; i += 1
            if c == 0x2E {
                let a = i
                while i < end && s[i] != 0x2E && s[i] != 0x5B { i += 1 }
                if a == i { throw PyErr.valueError("Empty attribute in format string") }
                obj = try Ops.getattr(obj, substr(s, a, i))
            } else if c == 0x5B {
                let a = i
                while i < end && s[i] != 0x5D { i += 1 }
                if i >= end { throw PyErr.valueError("Missing ']' in format string") }
                if a == i { throw PyErr.valueError("Empty attribute in format string") }
                let b = i
                i += 1
                if i < end && s[i] != 0x2E && s[i] != 0x5B {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
                let n = try integer(s, a, b)
                obj = try Ops.getitem(obj, n == -1 ? .obj(substr(s, a, b)) : .int(n))
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return obj
    }
}

extension StrType {
    static func installFormat() {
        let s = PyType.str
        s.def("format") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "format")
            var src = StrFormatMethod.Source(positional: Array(a.buf[1..<a.count]), keywords: [], mapping: nil)
            if let k = a.kwnames {
                for (j, name) in k.enumerated() { src.keywords.append((name, a.buf[a.count + j])) }
            }
            return .obj(try StrFormatMethod.format(x, &src))
        }
        s.def("format_map") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "format_map")
            let m = try StrArgs.one(a, "format_map")
            var src = StrFormatMethod.Source(positional: nil, keywords: [], mapping: m)
            return .obj(try StrFormatMethod.format(x, &src))
        }
    }
}

import BigInt

/// Constructors and basic methods of the core builtin types (each family
/// moves to its own file as it grows).
enum CoreTypes {
    static func install() {
        let i = PyType.int
        i.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("int.__new__(X): X is not a type object") }
            let p = try Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames).bind("int", ["x", "base"], required: 0, posOnly: 1)
            var v: Value = .int(0)
            if let x = p[0] { v = try IntConvert.toInt(x, base: p[1]) }
            else if p[1] != nil { throw PyErr.typeError("int() missing string argument") }
            if t === PyType.int { return v }
            return .obj(PyLong(IntOps.big(v) ?? 0, type: t))
        }
        let f = PyType.float
        f.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("float.__new__(X): X is not a type object") }
            try Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames).expect("float", min: 0, max: 1)
            let d = a.count > 1 ? try FloatConvert.toDouble(a[1]) : 0.0
            if t === PyType.float { return .float(d) }
            return .obj(PyFloat(d, type: t))
        }
        let b = PyType.bool
        b.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            try Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames).expect("bool", min: 0, max: 1)
            return .bool(a.count > 1 ? try Ops.isTrue(a[1]) : false)
        }
        let s = PyType.str
        s.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("str.__new__(X): X is not a type object") }
            let p = try Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames).bind("str", ["object", "encoding", "errors"], required: 0)
            var r = PyStr.intern("")
            if let o = p[0] {
                if p[1] != nil || p[2] != nil, case .obj(let bo as PyBytes) = o {
                    r = PyStr(String(decoding: bo.bytes, as: UTF8.self))
                } else {
                    r = try Ops.str(o)
                }
            }
            if t === PyType.str { return .obj(r) }
            return .obj(PyStr(r.value, type: t))
        }
        s.def("join") { (a) throws(PyBaseException) -> Value in
            let sep = try a.selfAs(PyType.str, PyStr.self, "join")
            try a.expect("str.join", min: 2, max: 2)
            var parts: [String] = []
            var i = 0
            try Ops.iterate(a[1]) { (v) throws(PyBaseException) in
                guard case .obj(let ps as PyStr) = v else {
                    throw PyErr.typeError("sequence item \(i): expected str instance, \(v.type.name) found")
                }
                parts.append(ps.value)
                i += 1
            }
            return .str(parts.joined(separator: sep.value))
        }
        let l = PyType.list
        l.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("list.__new__(X): X is not a type object") }
            return .obj(t === PyType.list ? PyList() : PyList([], type: t))
        }
        l.def("__init__") { (a) throws(PyBaseException) -> Value in
            let lst = try a.selfAs(PyType.list, PyList.self, "__init__")
            if a.hasKeywords { throw PyErr.typeError("list() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("list expected at most 1 argument, got \(a.count - 1)") }
            lst.setItems(a.count == 2 ? try Ops.toArray(a[1]) : [])
            return .None
        }
        l.def("append") { (a) throws(PyBaseException) -> Value in
            let lst = try a.selfAs(PyType.list, PyList.self, "append")
            try a.expect("list.append", min: 2, max: 2)
            lst.append(a[1])
            return .None
        }
        let t = PyType.tuple
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0] else { throw PyErr.typeError("tuple.__new__(X): X is not a type object") }
            let items = a.count > 1 ? try Ops.toArray(a[1]) : []
            if ty === PyType.tuple { if case .obj(let tt as PyTuple) = a.count > 1 ? a[1] : .None, tt.type === PyType.tuple { return a[1] }; return .obj(PyTuple(items)) }
            return .obj(PyTuple(items, type: ty))
        }
        let d = PyType.dict
        d.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0] else { throw PyErr.typeError("dict.__new__(X): X is not a type object") }
            return .obj(ty === PyType.dict ? PyDict() : PyDict(subtype: ty))
        }
        d.def("__init__") { (a) throws(PyBaseException) -> Value in
            let dd = try a.selfAs(PyType.dict, PyDict.self, "__init__")
            if a.count > 1 {
                if case .obj(let src as PyDict) = a[1] { try DictOps.update(dd, .obj(src)) }
                else if try Ops.lookupAttr(a[1], "keys") != nil { try DictOps.update(dd, a[1]) }
                else { try DictOps.updateFromPairs(dd, a[1]) }
            }
            for (k, v) in a.keywords { dd.setStr(k, v) }
            return .None
        }
        let r = PyType.range
        r.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = Array(a.buf[1..<a.count])
            if a.hasKeywords { throw PyErr.typeError("range() takes no keyword arguments") }
            return .obj(try RangeType.make(args))
        }
        let st = PyType.set
        st.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0] else { throw PyErr.typeError("set.__new__(X): X is not a type object") }
            return .obj(PySet(frozen: false, type: ty))
        }
        st.def("__init__") { (a) throws(PyBaseException) -> Value in
            let se = try a.selfAs(PyType.set, PySet.self, "__init__")
            se.clear()
            if a.count > 1 { try Ops.iterate(a[1]) { (v) throws(PyBaseException) in try se.add(v) } }
            return .None
        }
        st.def("add") { (a) throws(PyBaseException) -> Value in
            let se = try a.selfAs(PyType.set, PySet.self, "add")
            try se.add(a[1])
            return .None
        }
        let sup = PyType.superType
        sup.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            try PySuper.make(Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames))
        }
        sup.def("__init__") { (_) throws(PyBaseException) -> Value in .None }
        ExceptionMethods.install()
        ExceptionDocs.install()
    }
}

/// int(x), int(s, base).
enum IntConvert {
    static func toInt(_ x: Value, base: Value?) throws(PyBaseException) -> Value {
        if let b = base {
            guard let bi = IntOps.small(b) else { throw PyErr.typeError("'\(b.type.name)' object cannot be interpreted as an integer") }
            guard case .obj(let s as PyStr) = x else { throw PyErr.typeError("int() can't convert non-string with explicit base") }
            return try parse(s.value, base: bi)
        }
        switch x {
        case .int: return x
        case .float(let d): return try fromDouble(d)
        case .obj(let o):
            if let l = o as? PyLong { return .int(l.big) }
            if let s = o as? PyStr { return try parse(s.value, base: 10) }
            if let f = o as? PyFloat { return try fromDouble(f.value) }
            if let m = o.type.lookup("__int__") { return try Ops.callValues(try Ops.bindDescriptor(m, x), []) }
            if let m = o.type.lookup("__index__") { return try Ops.callValues(try Ops.bindDescriptor(m, x), []) }
            if let m = o.type.lookup("__trunc__") { return try Ops.callValues(try Ops.bindDescriptor(m, x), []) }
            throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(x.type.name)'")
        case .null: return .int(0)
        }
    }

    static func fromDouble(_ d: Double) throws(PyBaseException) -> Value {
        if d.isNaN { throw PyErr.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyErr.overflow("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if Swift.abs(t) < 9.2e18 { return .int(Int(t)) }
        return .int(BigInt(exactly: t) ?? 0)
    }

    static func parse(_ str: String, base: Int) throws(PyBaseException) -> Value {
        var s = Substring(str.pyStripped)
        let orig = str
        func bad() -> PyBaseException { PyErr.valueError("invalid literal for int() with base \(base): \(StrRepr.repr(orig))") }
        if base != 0 && (base < 2 || base > 36) { throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0") }
        var neg = false
        if s.hasPrefix("-") { neg = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        var b = base
        let lower = s.lowercased()
        if (b == 16 || b == 0) && lower.hasPrefix("0x") { b = 16; s = s.dropFirst(2); if s.hasPrefix("_") { s = s.dropFirst() } }
        else if (b == 8 || b == 0) && lower.hasPrefix("0o") { b = 8; s = s.dropFirst(2); if s.hasPrefix("_") { s = s.dropFirst() } }
        else if (b == 2 || b == 0) && lower.hasPrefix("0b") { b = 2; s = s.dropFirst(2); if s.hasPrefix("_") { s = s.dropFirst() } }
        else if b == 0 {
            b = 10
            if s.count > 1 && s.hasPrefix("0") && !s.allSatisfy({ $0 == "0" || $0 == "_" }) { throw bad() }
        }
        if s.isEmpty || s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") { throw bad() }
        let digits = s.filter { $0 != "_" }
        var value = BigInt(0)
        var small = 0
        var useBig = false
        for ch in digits {
            guard let d = ch.hexDigitValue ?? (ch.isLetter && ch.isASCII ? Int(ch.lowercased().unicodeScalars.first?.value ?? 0) - 87 : nil), d < b else {
                if let v = ch.wholeNumberValue, ch.unicodeScalars.first?.properties.numericType == .decimal, v < b {
                    if !useBig { let (m, o1) = small.multipliedReportingOverflow(by: b); let (r, o2) = m.addingReportingOverflow(v); if o1 || o2 { useBig = true; value = BigInt(small) * BigInt(b) + BigInt(v) } else { small = r } } else { value = value * BigInt(b) + BigInt(v) }
                    continue
                }
                throw bad()
            }
            if !useBig {
                let (m, o1) = small.multipliedReportingOverflow(by: b)
                let (r, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { useBig = true; value = BigInt(small) * BigInt(b) + BigInt(d) } else { small = r }
            } else {
                value = value * BigInt(b) + BigInt(d)
            }
        }
        if !useBig { return .int(neg ? -small : small) }
        return .int(neg ? -value : value)
    }
}

/// float(x).
enum FloatConvert {
    static func toDouble(_ x: Value) throws(PyBaseException) -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .obj(let o):
            if let f = o as? PyFloat { return f.value }
            if let l = o as? PyLong { return try IntOps.toDouble(l.big) }
            if let s = o as? PyStr { return try parse(s.value) }
            if let m = o.type.lookup("__float__") {
                let r = try Ops.callValues(try Ops.bindDescriptor(m, x), [])
                guard let d = NativeOps.floatValue(r) else { throw PyErr.typeError("\(o.type.name).__float__ returned non-float (type \(r.type.name))") }
                return d
            }
            if let m = o.type.lookup("__index__") {
                let r = try Ops.callValues(try Ops.bindDescriptor(m, x), [])
                return try IntOps.toDouble(r) ?? 0
            }
            throw PyErr.typeError("float() argument must be a string or a real number, not '\(x.type.name)'")
        case .null: return 0
        }
    }

    static func parse(_ str: String) throws(PyBaseException) -> Double {
        let s = str.pyStripped
        let lower = s.lowercased()
        switch lower {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        let cleaned = s
        if cleaned.contains("__") || cleaned.hasPrefix("_") || cleaned.hasSuffix("_") { throw PyErr.valueError("could not convert string to float: \(StrRepr.repr(str))") }
        let noUnderscore = cleaned.filter { $0 != "_" }
        let okChars = noUnderscore.allSatisfy { "0123456789.eE+-".contains($0) }
        guard okChars, !noUnderscore.isEmpty, let d = Double(noUnderscore) else {
            throw PyErr.valueError("could not convert string to float: \(StrRepr.repr(str))")
        }
        return d
    }
}

/// range(...) construction.
enum RangeType {
    static func make(_ args: [Value]) throws(PyBaseException) -> PyRange {
        func idx(_ v: Value) throws(PyBaseException) -> Value {
            if IntOps.isInt(v) { return v.object is PyBool ? .int(IntOps.small(v)!) : v }
            if let m = v.type.lookup("__index__") { return try Ops.callValues(try Ops.bindDescriptor(m, v), []) }
            throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
        var start: Value = .int(0), stop: Value, step: Value = .int(1)
        switch args.count {
        case 1: stop = try idx(args[0])
        case 2: start = try idx(args[0]); stop = try idx(args[1])
        case 3: start = try idx(args[0]); stop = try idx(args[1]); step = try idx(args[2])
        case 0: throw PyErr.typeError("range expected at least 1 argument, got 0")
        default: throw PyErr.typeError("range expected at most 3 arguments, got \(args.count)")
        }
        if let st = IntOps.small(step), st == 0 { throw PyErr.valueError("range() arg 3 must not be zero") }
        var small: (Int, Int, Int, Int)? = nil
        if let a = IntOps.small(start), let b = IntOps.small(stop), let c = IntOps.small(step) {
            let n: Int
            if c > 0 { n = a < b ? Int((BigInt(b) - BigInt(a) - 1) / BigInt(c) + 1) : 0 }
            else { n = a > b ? Int((BigInt(a) - BigInt(b) - 1) / BigInt(-c) + 1) : 0 }
            small = (a, b, c, n)
        }
        return PyRange(start, stop, step, small: small)
    }
}

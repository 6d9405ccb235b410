import GrailSyntax

/// repr/str of the builtin types (CPython's exact formats), with a
/// per-thread guard so self-containing containers print `[...]`.
enum NativeRepr {
    static func guarded(_ o: PyObject, _ recursive: String, _ body: () throws(PyBaseException) -> String) throws(PyBaseException) -> String {
        let ts = Runtime.thread
        if ts.reprStack.contains(where: { $0 === o }) { return recursive }
        try Runtime.enterRecursiveCall(" while getting the repr of an object")
        defer { Runtime.leaveRecursiveCall() }
        ts.reprStack.append(o)
        defer { ts.reprStack.removeLast() }
        return try body()
    }

    static func join(_ items: [Value]) throws(PyBaseException) -> String {
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        for v in items { parts.append(try Ops.repr(v).value) }
        return parts.joined(separator: ", ")
    }

    static func repr(_ o: PyObject) throws(PyBaseException) -> PyStr {
        switch o {
        case let s as PyStr: return PyStr(StrRepr.repr(s.value))
        case let b as PyBool: return PyStr(b.flag ? "True" : "False")
        case let l as PyLong: return PyStr(try IntOps.toDecimalString(l.big))
        case let f as PyFloat: return PyStr(pyFloatRepr(f.value))
        case is PyNone: return PyStr("None")
        case is PyEllipsis: return PyStr("Ellipsis")
        case is PyNotImplemented: return PyStr("NotImplemented")
        case let c as PyComplex: return PyStr(ComplexOps.repr(c.real, c.imag))
        case let l as PyList:
            let body = try guarded(l, "[...]") { () throws(PyBaseException) -> String in "[" + (try join(l.items)) + "]" }
            return PyStr(body)
        case let t as PyTuple where t.type !== PyType.tuple && t.type.dict?.getStr(Ops.s__repr__) != nil:
            guard case .obj(let bf as PyBuiltinFunction)? = t.type.dict?.getStr(Ops.s__repr__) else { return PyStr("()") }
            let r = try Args.with([.obj(t)]) { (a) throws(PyBaseException) -> Value in try bf.fn(a) }
            return (r.object as? PyStr) ?? PyStr("()")
        case let t as PyTuple:
            if t.count == 1 { return PyStr(try guarded(t, "(...)") { () throws(PyBaseException) -> String in "(" + (try Ops.repr(t.items[0]).value) + ",)" }) }
            return PyStr(try guarded(t, "(...)") { () throws(PyBaseException) -> String in "(" + (try join(t.items)) + ")" })
        case let d as PyDict where d.type !== PyType.dict && (MiscTypes.ownNative(d.type, Ops.s__repr__).map { $0.owner !== PyType.dict } ?? false):
            // A builtin dict subclass with its own native repr (defaultdict).
            if let r = try MiscTypes.nativeRepr(d) { return r }
            return PyStr("{}")
        case let d as PyDict:
            return PyStr(try guarded(d, "{...}") { () throws(PyBaseException) -> String in
                var parts: [String] = []
                for (k, v) in d.items { parts.append(try Ops.repr(k).value + ": " + (try Ops.repr(v).value)) }
                return "{" + parts.joined(separator: ", ") + "}"
            })
        case let s as PySet:
            let name = s.type.name
            return PyStr(try guarded(s, "\(name)(...)") { () throws(PyBaseException) -> String in
                if s.count == 0 { return "\(name)()" }
                let inner = "{" + (try join(s.items)) + "}"
                return (s.type === PyType.set) ? inner : "\(name)(\(inner))"
            })
        case let b as PyBytes:
            if b.isByteArray { return PyStr("\(b.type.name)(" + byteArrayRepr(b.bytes) + ")") }
            return PyStr(pyBytesRepr(b.bytes))
        case let t as PyType:
            if t.isHeapType { return PyStr("<class '\(t.fullName)'>") }
            return PyStr(t.moduleName == "builtins" ? "<class '\(t.name)'>" : "<class '\(t.moduleName).\(t.name)'>")
        case let e as PyBaseException:
            let name = e.type.name
            if e.args.count == 1 { return PyStr("\(name)(\(try Ops.repr(e.args.items[0]).value))") }
            return PyStr("\(name)(\(try join(e.args.items)))")
        case let r as PyRange:
            let a = try Ops.repr(r.start).value, b = try Ops.repr(r.stop).value
            if let st = IntOps.small(r.step), st == 1 { return PyStr("range(\(a), \(b))") }
            return PyStr("range(\(a), \(b), \(try Ops.repr(r.step).value))")
        case let s as PySlice:
            return PyStr("slice(\(try Ops.repr(s.start).value), \(try Ops.repr(s.stop).value), \(try Ops.repr(s.step).value))")
        default:
            if let r = try NativeOpsExtra.repr(o) { return r }
            try Runtime.enterRecursiveCall(" while getting the repr of an object")
            defer { Runtime.leaveRecursiveCall() }
            if let r = try MiscTypes.nativeRepr(o) { return r }
            return PyStr("<\(o.type.fullName) object at \(addr(o))>")
        }
    }

    /// bytearray's repr: like bytes, but a single quote is always escaped (CPython quirk).
    static func byteArrayRepr(_ bytes: [UInt8]) -> String {
        let quote: UInt8 = (bytes.contains(0x27) && !bytes.contains(0x22)) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        for c in bytes {
            switch c {
            case 0x27: out += "\\'"
            case 0x5C: out += "\\\\"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += "\\x" + Ops.hex(UInt32(c), 2)
            }
        }
        out.unicodeScalars.append(UnicodeScalar(quote))
        return out
    }

    static func addr(_ o: PyObject) -> String { "0x" + String(o.address, radix: 16).leftPad(12) }

    static func str(_ o: PyObject) throws(PyBaseException) -> PyStr {
        switch o {
        case let s as PyStr: return PyStr(s.value)
        case let e as PyBaseException: return PyStr(try ExceptionOps.str(e))
        default:
            if let s = try MiscTypes.nativeStr(o) { return s }
            return try repr(o)
        }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}

/// Python's repr of a str (quote choice and escapes as CPython's unicode_repr).
enum StrRepr {
    static func repr(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for u in s.utf8 { if u == 39 { hasSingle = true } else if u == 34 { hasDouble = true } }
        let quote: Character = (hasSingle && !hasDouble) ? "\"" : "'"
        var out = String(quote)
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(u) == quote { out += "\\"; out.unicodeScalars.append(u) }
                else if u.value < 0x20 || u.value == 0x7F { out += "\\x" + Ops.hex(u.value, 2) }
                else if u.value < 0x7F { out.unicodeScalars.append(u) }
                else if isPrintable(u) { out.unicodeScalars.append(u) }
                else if u.value <= 0xFF { out += "\\x" + Ops.hex(u.value, 2) }
                else if u.value <= 0xFFFF { out += "\\u" + Ops.hex(u.value, 4) }
                else { out += "\\U" + Ops.hex(u.value, 8) }
            }
        }
        out.append(quote)
        return out
    }

    /// str.isprintable for one code point (Unicode general categories).
    static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if u.value == 0x20 { return true }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}

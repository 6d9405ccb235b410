/// str.encode, str.translate, str.maketrans and the decoding behind
/// `str(bytes, encoding, errors)`. Thread-safety: pure natives.
extension StrType {
    static func installCodec() {
        let s = PyType.str
        s.def("encode") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "encode")
            let p = try StrArgs.keywords(a, "encode", ["encoding", "errors"])
            var enc = "utf-8", errs = "strict"
            if let e = p[0] { enc = try StrArgs.str(e, "encode() argument 'encoding' must be str, not \(StrArgs.argType(e))").value }
            if let e = p[1] { errs = try StrArgs.str(e, "encode() argument 'errors' must be str, not \(StrArgs.argType(e))").value }
            return .obj(PyBytes(try StrCodec.encode(x, enc, errs)))
        }
        s.def("translate") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "translate")
            return .obj(try StrCodec.translate(x, try StrArgs.one(a, "translate")))
        }
        s.defStatic("maketrans") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("str.maketrans() takes no keyword arguments") }
            if a.count < 1 { throw PyErr.typeError("maketrans expected at least 1 argument, got 0") }
            if a.count > 3 { throw PyErr.typeError("maketrans expected at most 3 arguments, got \(a.count)") }
            return .obj(try StrCodec.maketrans(a.positional))
        }
    }
}

/// The codecs str supports natively (utf-8, ascii, latin-1) with the
/// strict/ignore/replace/backslashreplace/xmlcharrefreplace/namereplace
/// error handlers, and translate tables. Lone surrogates are not
/// representable, so surrogateescape/surrogatepass decode like replace.
/// Thread-safety: pure functions.
enum StrCodec {
    enum Codec { case utf8, ascii, latin1 }

    /// CPython's codec lookup for the supported encodings (normalised names and aliases).
    static func lookup(_ name: String) throws(PyBaseException) -> Codec {
        var n = ""
        for u in name.unicodeScalars {
            if u == "-" || u == " " { n.append("_") } else if u.value < 0x80 { n.unicodeScalars.append(Unicode.Scalar(UInt8(u.value)).properties.lowercaseMapping.unicodeScalars.first ?? u) } else { n.unicodeScalars.append(u) }
        }
        switch n {
        case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4": return .utf8
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6": return .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987": return .latin1
        default: throw PyErr.make(ExcTypes.lookupError, "unknown encoding: \(name)")
        }
    }

    static func codecName(_ c: Codec) -> String {
        switch c { case .utf8: return "utf-8"; case .ascii: return "ascii"; case .latin1: return "latin-1" }
    }

    static let knownHandlers: Set<String> = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]

    /// "unicode_escape" / "raw_unicode_escape" (after CPython's name normalisation), or nil.
    static func escapeCodec(_ name: String) -> String? {
        let n = String(name.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        return n == "unicode_escape" || n == "raw_unicode_escape" ? n : nil
    }

    static func encode(_ s: PyStr, _ encoding: String, _ errors: String) throws(PyBaseException) -> [UInt8] {
        if let esc = escapeCodec(encoding) { return EscapeCodecs.encode(s, raw: esc == "raw_unicode_escape") }
        let codec = try lookup(encoding)
        if codec == .utf8 || s.isASCII { return Array(s.value.utf8) }
        let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
        let cps = s.scalars
        var out: [UInt8] = []
        out.reserveCapacity(cps.count)
        var i = 0
        while i < cps.count {
            let c = cps[i].value
            if c < limit { out.append(UInt8(c)); i += 1; continue }
            var j = i + 1
            while j < cps.count && cps[j].value >= limit { j += 1 }
            switch errors {
            case "ignore": break
            case "replace": out.append(contentsOf: repeatElement(0x3F, count: j - i))
            case "backslashreplace":
                for k in i..<j { out.append(contentsOf: escape(cps[k].value).utf8) }
            case "xmlcharrefreplace":
                for k in i..<j { out.append(contentsOf: "&#\(cps[k].value);".utf8) }
            case "namereplace":
                for k in i..<j {
                    if let name = cps[k].properties.name { out.append(contentsOf: "\\N{\(name)}".utf8) }
                    else { out.append(contentsOf: escape(cps[k].value).utf8) }
                }
            case "strict", "surrogateescape", "surrogatepass":
                throw encodeError(codecName(codec), s, i, j, codec == .ascii ? "ordinal not in range(128)" : "ordinal not in range(256)")
            default:
                throw PyErr.make(ExcTypes.lookupError, "unknown error handler name '\(errors)'")
            }
            i = j
        }
        return out
    }

    static func escape(_ c: UInt32) -> String {
        if c < 0x100 { return "\\x" + Ops.hex(c, 2) }
        if c < 0x10000 { return "\\u" + Ops.hex(c, 4) }
        return "\\U" + Ops.hex(c, 8)
    }

    static func encodeError(_ enc: String, _ s: PyStr, _ start: Int, _ end: Int, _ reason: String) -> PyBaseException {
        let e = PyBaseException(type: ExcTypes.unicodeEncodeError, args: [.str(enc), .obj(s), .int(start), .int(end), .str(reason)])
        fillUnicodeError(e, enc, .obj(s), start, end, reason)
        return e
    }

    static func decodeError(_ enc: String, _ b: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyBaseException {
        let obj = Value.obj(PyBytes(b))
        let e = PyBaseException(type: ExcTypes.unicodeDecodeError, args: [.str(enc), obj, .int(start), .int(end), .str(reason)])
        fillUnicodeError(e, enc, obj, start, end, reason)
        return e
    }

    static func fillUnicodeError(_ e: PyBaseException, _ enc: String, _ obj: Value, _ start: Int, _ end: Int, _ reason: String) {
        e.dict?.setStr("encoding", .str(enc))
        e.dict?.setStr("object", obj)
        e.dict?.setStr("start", .int(start))
        e.dict?.setStr("end", .int(end))
        e.dict?.setStr("reason", .str(reason))
    }

    /// `str(e)` of a UnicodeEncodeError/UnicodeDecodeError built from its
    /// five arguments (CPython's messages), or nil for other shapes.
    /// Meant for `ExceptionOps.str`.
    static func unicodeErrorMessage(_ e: PyBaseException) -> String? {
        guard e.args.count == 5, case .obj(let enc as PyStr) = e.args.items[0],
              let start = IntOps.small(e.args.items[2]), let end = IntOps.small(e.args.items[3]),
              case .obj(let reason as PyStr) = e.args.items[4] else { return nil }
        if e.type.isSubtype(ExcTypes.unicodeEncodeError), case .obj(let s as PyStr) = e.args.items[1] {
            if start >= 0 && start < s.count && end == start + 1 {
                let c = s.scalars[start].value
                return "'\(enc.value)' codec can't encode character '\(escape(c))' in position \(start): \(reason.value)"
            }
            return "'\(enc.value)' codec can't encode characters in position \(start)-\(end - 1): \(reason.value)"
        }
        if e.type.isSubtype(ExcTypes.unicodeDecodeError), case .obj(let b as PyBytes) = e.args.items[1] {
            if start >= 0 && start < b.bytes.count && end == start + 1 {
                return "'\(enc.value)' codec can't decode byte 0x\(Ops.hex(UInt32(b.bytes[start]), 2)) in position \(start): \(reason.value)"
            }
            return "'\(enc.value)' codec can't decode bytes in position \(start)-\(end - 1): \(reason.value)"
        }
        return nil
    }

    /// `str(obj, encoding, errors)`.
    static func decode(_ o: Value, _ encoding: String, _ errors: String) throws(PyBaseException) -> PyStr {
        let bytes: [UInt8]
        switch o {
        case .obj(let b as PyBytes): bytes = b.bytes
        case .obj(is PyStr): throw PyErr.typeError("decoding str is not supported")
        default: throw PyErr.typeError("decoding to str: need a bytes-like object, \(o.type.name) found")
        }
        return try decodeBytes(bytes, encoding, errors)
    }

    static func decodeBytes(_ bytes: [UInt8], _ encoding: String, _ errors: String) throws(PyBaseException) -> PyStr {
        if let esc = escapeCodec(encoding) { return try EscapeCodecs.decode(bytes, raw: esc == "raw_unicode_escape") }
        let codec = try lookup(encoding)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        func bad(_ start: Int, _ end: Int, _ reason: String) throws(PyBaseException) {
            switch errors {
            case "strict": throw decodeError(codecName(codec), bytes, start, end, reason)
            case "ignore": break
            case "replace", "surrogateescape", "surrogatepass": out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case "backslashreplace": for k in start..<end { out.append(contentsOf: ("\\x" + Ops.hex(UInt32(bytes[k]), 2)).utf8) }
            default: throw PyErr.make(ExcTypes.lookupError, "unknown error handler name '\(errors)'")
            }
        }
        switch codec {
        case .latin1:
            for b in bytes { StrBuf.appendScalar(UInt32(b), to: &out) }
        case .ascii:
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(b) } else { try bad(i, i + 1, "ordinal not in range(128)") }
            }
        case .utf8:
            let n = bytes.count
            var i = 0
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 { out.append(b0); i += 1; continue }
                var need = 0
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default:
                    try bad(i, i + 1, "invalid start byte")
                    i += 1
                    continue
                }
                var k = 0
                while k < need && i + 1 + k < n {
                    let c = bytes[i + 1 + k]
                    let okLo: UInt8 = k == 0 ? lo : 0x80, okHi: UInt8 = k == 0 ? hi : 0xBF
                    if c < okLo || c > okHi { break }
                    k += 1
                }
                if k == need {
                    out.append(contentsOf: bytes[i...(i + need)])
                    i += need + 1
                } else if i + 1 + k >= n {
                    try bad(i, n, "unexpected end of data")
                    i = n
                } else {
                    try bad(i, i + 1 + k, "invalid continuation byte")
                    i += 1 + k
                }
            }
        }
        return StrBuf.make(out)
    }

    /// `str.translate(table)`.
    static func translate(_ s: PyStr, _ table: Value) throws(PyBaseException) -> PyStr {
        var cache: [UInt32: [UInt8]?] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(s.value.utf8.count)
        var changed = false
        for u in s.value.unicodeScalars {
            let c = u.value
            if let hit = cache[c] {
                if let bytes = hit { out.append(contentsOf: bytes) }
                changed = true
                continue
            }
            var mapped: Value? = nil
            do throws(PyBaseException) {
                mapped = try Ops.getitem(table, .int(Int(c)))
            } catch let e where e.type.isSubtype(ExcTypes.lookupError) {
                mapped = nil
            }
            guard let m = mapped else {
                StrBuf.appendScalar(c, to: &out)
                continue
            }
            changed = true
            var bytes: [UInt8]? = nil
            switch m {
            case .obj(let ps as PyStr): bytes = Array(ps.value.utf8)
            default:
                if m.isNone { bytes = nil }
                else if let i = IntOps.big(m) {
                    guard let v = Int(exactly: i), v >= 0, v < 0x110000 else {
                        throw PyErr.valueError("character mapping must be in range(0x110000)")
                    }
                    var b: [UInt8] = []
                    StrBuf.appendScalar(UInt32(v), to: &b)
                    bytes = b
                } else {
                    throw PyErr.typeError("character mapping must return integer, None or str")
                }
            }
            cache[c] = .some(bytes)
            if let b = bytes { out.append(contentsOf: b) }
        }
        if !changed { return s.type === PyType.str ? s : PyStr(s.value) }
        return StrBuf.make(out)
    }

    /// `str.maketrans(x[, y[, z]])`.
    static func maketrans(_ args: [Value]) throws(PyBaseException) -> PyDict {
        let d = PyDict()
        if args.count == 1 {
            guard case .obj(let src as PyDict) = args[0] else {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in src.items {
                switch k {
                case .obj(let ks as PyStr):
                    guard ks.count == 1, let c = ks.value.unicodeScalars.first else {
                        throw PyErr.valueError("string keys in translate table must be of length 1")
                    }
                    try d.set(.int(Int(c.value)), v)
                default:
                    guard IntOps.isInt(k) else { throw PyErr.typeError("keys in translate table must be strings or integers") }
                    try d.set(k, v)
                }
            }
            return d
        }
        guard case .obj(let y as PyStr) = args[1] else {
            throw PyErr.typeError("maketrans() argument 2 must be str, not \(StrArgs.argType(args[1]))")
        }
        var z: PyStr? = nil
        if args.count > 2 {
            guard case .obj(let zz as PyStr) = args[2] else {
                throw PyErr.typeError("maketrans() argument 3 must be str, not \(StrArgs.argType(args[2]))")
            }
            z = zz
        }
        guard case .obj(let x as PyStr) = args[0] else {
            throw PyErr.typeError("first maketrans argument must be a string if there is a second argument")
        }
        if x.count != y.count { throw PyErr.valueError("the first two maketrans arguments must have equal length") }
        for (a, b) in zip(x.value.unicodeScalars, y.value.unicodeScalars) {
            try d.set(.int(Int(a.value)), .int(Int(b.value)))
        }
        if let z = z {
            for c in z.value.unicodeScalars { try d.set(.int(Int(c.value)), .None) }
        }
        return d
    }
}

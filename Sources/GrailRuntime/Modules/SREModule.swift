/// `_sre`: the regular expression engine under CPython 3.11's pure-Python
/// `re` package (which parses and compiles patterns to integer code and
/// calls `_sre.compile`). Module functions here; the matcher is in
/// SREEngine.swift, the Pattern/Match/Scanner objects in SREObjects.swift
/// and their methods in SREPatternMethods.swift / SREMatchMethods.swift.
/// Thread-safety: the module holds constants and immutable types only.
enum SREModule {
    static func make() -> PyModule {
        installTypes()
        let m = NativeModules.module("_sre", [
            ("compile", compile),
            ("getcodesize", { (a) throws(PyBaseException) -> Value in
                try a.expect("getcodesize", min: 0, max: 0)
                return .int(SREOp.CODESIZE)
            }),
            ("ascii_iscased", { (a) throws(PyBaseException) -> Value in
                let c = try charArg(a, "ascii_iscased")
                return .bool(c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            }),
            ("unicode_iscased", { (a) throws(PyBaseException) -> Value in
                let c = try charArg(a, "unicode_iscased")
                return .bool(c != SREChar.lowerUnicode(c) || c != SREChar.upperUnicode(c))
            }),
            ("ascii_tolower", { (a) throws(PyBaseException) -> Value in
                .int(SREChar.lowerASCII(try charArg(a, "ascii_tolower")))
            }),
            ("unicode_tolower", { (a) throws(PyBaseException) -> Value in
                .int(SREChar.lowerUnicode(try charArg(a, "unicode_tolower")))
            }),
        ])
        guard let d = m.dict else { return m }
        d.setStr("MAGIC", .int(SREOp.MAGIC))
        d.setStr("CODESIZE", .int(SREOp.CODESIZE))
        d.setStr("MAXREPEAT", .int(SREOp.MAXREPEAT))
        d.setStr("MAXGROUPS", .int(SREOp.MAXGROUPS))
        d.setStr("copyright", .str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
        return m
    }

    /// The `character` argument of the case helpers (a C int).
    static func charArg(_ a: Args, _ name: String) throws(PyBaseException) -> Int {
        let b = try a.bind(name, ["character"], required: 1)
        guard let v = b[0] else { throw PyErr.typeError("\(name)() missing required argument 'character' (pos 1)") }
        guard let c = IntOps.small(try IntOps.indexValue(v)), c >= Int(Int32.min), c <= Int(Int32.max) else {
            throw PyErr.overflow("Python int too large to convert to C int")
        }
        return c
    }

    /// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
    static func compile(_ a: Args) throws(PyBaseException) -> Value {
        let b = try a.bind("compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], required: 6)
        guard let pv = b[0], let fv = b[1], let cv = b[2], let gv = b[3], let giv = b[4], let igv = b[5] else {
            throw PyErr.typeError("compile() missing required argument")
        }
        guard let flags = IntOps.small(try IntOps.indexValue(fv)), flags >= Int(Int32.min), flags <= Int(Int32.max) else {
            throw PyErr.overflow("Python int too large to convert to C int")
        }
        guard case .obj(let codeList as PyList) = cv else {
            throw PyErr.typeError("compile() argument 'code' must be list, not \(cv.type.name)")
        }
        guard let groups = IntOps.small(try IntOps.indexValue(gv)) else {
            throw PyErr.overflow("Python int too large to convert to C ssize_t")
        }
        guard case .obj(let gi as PyDict) = giv else {
            throw PyErr.typeError("compile() argument 'groupindex' must be dict, not \(giv.type.name)")
        }
        guard case .obj(let ig as PyTuple) = igv else {
            throw PyErr.typeError("compile() argument 'indexgroup' must be tuple, not \(igv.type.name)")
        }
        var code: [Int] = []
        for item in codeList.items {
            guard IntOps.isInt(item) else { throw PyErr.typeError("an integer is required") }
            guard let v = IntOps.small(item), v >= 0, v <= SREOp.MAXREPEAT else {
                throw PyErr.overflow("regular expression code size limit exceeded")
            }
            code.append(v)
        }
        let isBytes: Int
        switch pv {
        case .obj(is PyStr): isBytes = 0
        case .obj(is PyBytes), .obj(is MemoryView): isBytes = 1
        default:
            if pv.isNone { isBytes = -1 } else {
                throw PyErr.typeError("expected string or bytes-like object, got '\(pv.type.name)'")
            }
        }
        if groups < 0 || groups > SREOp.MAXGROUPS { throw PyErr.runtimeError("invalid SRE code") }
        if !SREValidator.validate(code, groups: groups) { throw PyErr.runtimeError("invalid SRE code") }
        let hasNames = gi.count > 0
        let p = SREPattern(pattern: pv, flags: flags, code: code, groups: groups,
                           groupindex: hasNames ? gi : nil,
                           indexgroup: hasNames && ig.items.count > 0 ? ig : nil,
                           isBytes: isBytes)
        return .obj(p)
    }

    static func installTypes() {
        if SREPattern.patternType.ns.getStr("match") != nil { return }
        SREPatternMethods.install()
        SREMatchMethods.install()
        SREScannerMethods.install()
    }
}

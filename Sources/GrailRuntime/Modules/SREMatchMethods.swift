/// Methods and attributes of `re.Match` (CPython 3.11's `_sre.c` match
/// object): group access by number or name, spans, groupdict, expand and
/// the repr. Thread-safety: natives over immutable match objects.
enum SREMatchMethods {
    static func selfMatch(_ a: Args, _ name: String) throws(PyBaseException) -> SREMatch {
        try a.selfAs(SREMatch.matchType, SREMatch.self, name)
    }

    static func mat(_ v: Value) throws(PyBaseException) -> SREMatch {
        guard case .obj(let m as SREMatch) = v else {
            throw PyErr.typeError("descriptor for 're.Match' objects doesn't apply to a '\(v.type.name)' object")
        }
        return m
    }

    /// CPython's `match_getindex`: a group number from an int or a group name.
    static func index(_ m: SREMatch, _ v: Value) throws(PyBaseException) -> Int {
        var i = -1
        if IntOps.isInt(v) || v.type.lookup("__index__") != nil {
            let b = try IntOps.index(v)
            if let x = Int(exactly: b) { i = x } else { i = b.signum() < 0 ? Int.min : Int.max }
        } else if let gi = m.pattern.groupindex {
            if let g = try gi.get(v), IntOps.isInt(g), let x = IntOps.small(g) { i = x }
        }
        if i < 0 || i >= m.groupCount { throw PyErr.indexError("no such group") }
        return i
    }

    /// The text of group `g`, or `def` when it did not participate.
    static func slice(_ m: SREMatch, _ g: Int, _ def: Value) -> Value {
        let (a, b) = m.span(g)
        if m.string.isNone || a < 0 { return def }
        switch m.string {
        case .obj(let s as PyStr):
            let n = s.count
            return SRESubject(object: m.string, str: s, bytes: []).slice(min(a, n), min(b, n))
        case .obj(let x as PyBytes):
            let bytes = x.bytes
            let n = bytes.count
            return SRESubject(object: m.string, str: nil, bytes: bytes).slice(min(a, n), min(b, n))
        case .obj(let v as MemoryView):
            let bytes = v.bytes
            let n = bytes.count
            return SRESubject(object: m.string, str: nil, bytes: bytes).slice(min(a, n), min(b, n))
        default:
            return def
        }
    }

    /// The optional group argument of start/end/span.
    static func groupArg(_ a: Args, _ name: String) throws(PyBaseException) -> (SREMatch, Int) {
        let m = try selfMatch(a, name)
        if a.hasKeywords { throw PyErr.typeError("Match.\(name)() takes no keyword arguments") }
        if a.count > 2 { throw PyErr.typeError("\(name) expected at most 1 argument, got \(a.count - 1)") }
        return (m, a.count == 2 ? try index(m, a[1]) : 0)
    }

    /// Argument checks of METH_NOARGS / METH_O methods (`self` excluded from the counts).
    static func noArgs(_ a: Args, _ qualname: String) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("\(qualname)() takes no keyword arguments") }
        if a.count != 1 { throw PyErr.typeError("\(qualname)() takes no arguments (\(a.count - 1) given)") }
    }
    static func oneArg(_ a: Args, _ qualname: String) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("\(qualname)() takes no keyword arguments") }
        if a.count != 2 { throw PyErr.typeError("\(qualname)() takes exactly one argument (\(a.count - 1) given)") }
    }

    static func install() {
        let t = SREMatch.matchType
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            throw PyErr.typeError("cannot create 're.Match' instances")
        }
        t.def("group") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "group")
            if a.hasKeywords { throw PyErr.typeError("Match.group() takes no keyword arguments") }
            if a.count <= 1 { return slice(m, 0, .None) }
            if a.count == 2 { return slice(m, try index(m, a[1]), .None) }
            var out: [Value] = []
            for i in 1..<a.count { out.append(slice(m, try index(m, a[i]), .None)) }
            return .obj(PyTuple(out))
        }
        t.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "__getitem__")
            if a.count != 2 { throw PyErr.typeError("expected 1 argument, got \(a.count - 1)") }
            return slice(m, try index(m, a[1]), .None)
        }
        t.def("groups") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "groups")
            let b = try CArgs.bind(a, "groups", ["default"])
            let def = b[0] ?? .None
            var out: [Value] = []
            for g in stride(from: 1, to: m.groupCount, by: 1) { out.append(slice(m, g, def)) }
            return .obj(PyTuple(out))
        }
        t.def("groupdict") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "groupdict")
            let b = try CArgs.bind(a, "groupdict", ["default"])
            let def = b[0] ?? .None
            let d = PyDict()
            if let gi = m.pattern.groupindex {
                for (k, _) in gi.items {
                    try d.set(k, slice(m, try index(m, k), def))
                }
            }
            return .obj(d)
        }
        t.def("start") { (a) throws(PyBaseException) -> Value in
            let (m, g) = try groupArg(a, "start")
            return .int(m.span(g).0)
        }
        t.def("end") { (a) throws(PyBaseException) -> Value in
            let (m, g) = try groupArg(a, "end")
            return .int(m.span(g).1)
        }
        t.def("span") { (a) throws(PyBaseException) -> Value in
            let (m, g) = try groupArg(a, "span")
            let (s, e) = m.span(g)
            return .obj(PyTuple([.int(s), .int(e)]))
        }
        t.def("expand") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "expand")
            let b = try CArgs.bind(a, "expand", ["template"], required: 1)
            guard let tpl = b[0] else { throw PyErr.typeError("expand() missing required argument 'template' (pos 1)") }
            let re = try Importer.importModule("re")
            let fn = try Ops.getattr(re, PyStr.intern("_expand"))
            return try Ops.callValues(fn, [.obj(m.pattern), .obj(m), tpl])
        }
        t.def("__copy__") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "__copy__")
            try noArgs(a, "Match.__copy__")
            return .obj(m)
        }
        t.def("__deepcopy__") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "__deepcopy__")
            try oneArg(a, "Match.__deepcopy__")
            return .obj(m)
        }
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in
            try CArgs.classGetitem(a)
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let m = try selfMatch(a, "__repr__")
            let (s, e) = m.span(0)
            let r = try Ops.repr(slice(m, 0, .None)).value
            let short = String(String.UnicodeScalarView(r.unicodeScalars.prefix(50)))
            return .str("<re.Match object; span=(\(s), \(e)), match=\(short)>")
        }
        t.getset("string", get: { (v) throws(PyBaseException) -> Value in try mat(v).string })
        t.getset("re", get: { (v) throws(PyBaseException) -> Value in .obj(try mat(v).pattern) })
        t.getset("pos", get: { (v) throws(PyBaseException) -> Value in .int(try mat(v).pos) })
        t.getset("endpos", get: { (v) throws(PyBaseException) -> Value in .int(try mat(v).endpos) })
        t.getset("lastindex", get: { (v) throws(PyBaseException) -> Value in
            let m = try mat(v)
            return m.lastindex >= 0 ? .int(m.lastindex) : .None
        })
        t.getset("lastgroup", get: { (v) throws(PyBaseException) -> Value in
            let m = try mat(v)
            guard let ig = m.pattern.indexgroup, m.lastindex >= 0, m.lastindex < ig.items.count else { return .None }
            return ig.items[m.lastindex]
        })
        t.getset("regs", get: { (v) throws(PyBaseException) -> Value in
            let m = try mat(v)
            var out: [Value] = []
            for g in 0..<m.groupCount {
                let (s, e) = m.span(g)
                out.append(.obj(PyTuple([.int(s), .int(e)])))
            }
            return .obj(PyTuple(out))
        })
    }
}

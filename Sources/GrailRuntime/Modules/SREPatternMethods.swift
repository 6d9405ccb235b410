/// Methods and attributes of `re.Pattern` (CPython 3.11's `_sre.c`
/// pattern object): matching entry points, findall/finditer/split/sub,
/// repr, equality and hashing. Thread-safety: natives over immutable
/// patterns; each call has its own matcher state.
enum SREPatternMethods {
    static func selfPattern(_ a: Args, _ name: String) throws(PyBaseException) -> SREPattern {
        try a.selfAs(SREPattern.patternType, SREPattern.self, name)
    }

    /// A Py_ssize_t argument (pos, endpos, count, maxsplit).
    static func ssize(_ v: Value?, _ d: Int) throws(PyBaseException) -> Int {
        guard let v = v else { return d }
        guard let i = IntOps.small(try IntOps.indexValue(v)) else {
            throw PyErr.overflow("Python int too large to convert to C ssize_t")
        }
        return i
    }

    /// (string, pos, endpos) of match/search/fullmatch/findall/finditer/scanner.
    static func spanArgs(_ a: Args, _ name: String) throws(PyBaseException) -> (Value, Int, Int) {
        let b = try CArgs.bind(a, name, ["string", "pos", "endpos"], required: 1)
        guard let s = b[0] else { throw PyErr.typeError("\(name)() missing required argument 'string' (pos 1)") }
        return (s, try ssize(b[1], 0), try ssize(b[2], Int.max))
    }

    static func install() {
        let t = SREPattern.patternType
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            throw PyErr.typeError("cannot create 're.Pattern' instances")
        }
        for (name, kind) in [("match", SREMatchJob.Kind.match), ("fullmatch", .fullmatch), ("search", .search)] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                let fname: String
                switch kind {
                case .match: fname = "match"
                case .fullmatch: fname = "fullmatch"
                case .search: fname = "search"
                }
                let p = try selfPattern(a, fname)
                let (s, pos, endpos) = try spanArgs(a, fname)
                let subject = try SRESubject.of(s, for: p)
                return try SRE.run(SREMatchJob(kind: kind, pattern: p, subject: subject), p, subject, pos: pos, endpos: endpos)
            }
        }
        t.def("findall") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "findall")
            let (s, pos, endpos) = try spanArgs(a, "findall")
            let subject = try SRESubject.of(s, for: p)
            return try SRE.run(SREFindallJob(pattern: p, subject: subject), p, subject, pos: pos, endpos: endpos)
        }
        t.def("scanner") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "scanner")
            let (s, pos, endpos) = try spanArgs(a, "scanner")
            return .obj(SREScanner(pattern: p, subject: try SRESubject.of(s, for: p), pos: pos, endpos: endpos))
        }
        t.def("finditer") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "finditer")
            let (s, pos, endpos) = try spanArgs(a, "finditer")
            let sc = SREScanner(pattern: p, subject: try SRESubject.of(s, for: p), pos: pos, endpos: endpos)
            let search = try Ops.getattr(.obj(sc), PyStr.intern("search"))
            return .obj(PyCallableIterator(search, .None))
        }
        t.def("split") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "split")
            let b = try CArgs.bind(a, "split", ["string", "maxsplit"], required: 1)
            guard let s = b[0] else { throw PyErr.typeError("split() missing required argument 'string' (pos 1)") }
            let maxsplit = try ssize(b[1], 0)
            let subject = try SRESubject.of(s, for: p)
            return try SRE.run(SRESplitJob(pattern: p, subject: subject, maxsplit: maxsplit), p, subject, pos: 0, endpos: Int.max)
        }
        t.def("sub") { (a) throws(PyBaseException) -> Value in
            try sub(a, "sub").0
        }
        t.def("subn") { (a) throws(PyBaseException) -> Value in
            let (r, n) = try sub(a, "subn")
            return .obj(PyTuple([r, .int(n)]))
        }
        t.def("__copy__") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "__copy__")
            try SREMatchMethods.noArgs(a, "Pattern.__copy__")
            return .obj(p)
        }
        t.def("__deepcopy__") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "__deepcopy__")
            try SREMatchMethods.oneArg(a, "Pattern.__deepcopy__")
            return .obj(p)
        }
        t.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in
            try CArgs.classGetitem(a)
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            .str(try repr(try selfPattern(a, "__repr__")))
        }
        t.def("__eq__") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "__eq__")
            guard a.count == 2, case .obj(let q as SREPattern) = a[1] else { return .notImplemented }
            return .bool(try equal(p, q))
        }
        t.def("__ne__") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "__ne__")
            guard a.count == 2, case .obj(let q as SREPattern) = a[1] else { return .notImplemented }
            return .bool(!(try equal(p, q)))
        }
        t.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let p = try selfPattern(a, "__hash__")
            var h = try Ops.hash(p.pattern)
            var x: UInt64 = 0xcbf29ce484222325
            for c in p.code { x = (x ^ UInt64(truncatingIfNeeded: c)) &* 0x100000001b3 }
            h ^= Int(truncatingIfNeeded: x)
            h ^= p.flags
            h ^= p.isBytes
            h ^= p.code.count
            if h == -1 { h = -2 }
            return .int(h)
        }
        t.getset("pattern", get: { (v) throws(PyBaseException) -> Value in try pat(v).pattern })
        t.getset("flags", get: { (v) throws(PyBaseException) -> Value in .int(try pat(v).flags) })
        t.getset("groups", get: { (v) throws(PyBaseException) -> Value in .int(try pat(v).groups) })
        t.getset("groupindex", get: { (v) throws(PyBaseException) -> Value in
            guard let gi = try pat(v).groupindex else { return .obj(PyDict()) }
            return .obj(MappingProxy(gi))
        })
    }

    static func pat(_ v: Value) throws(PyBaseException) -> SREPattern {
        guard case .obj(let p as SREPattern) = v else {
            throw PyErr.typeError("descriptor for 're.Pattern' objects doesn't apply to a '\(v.type.name)' object")
        }
        return p
    }

    static func equal(_ p: SREPattern, _ q: SREPattern) throws(PyBaseException) -> Bool {
        if p === q { return true }
        if p.flags != q.flags || p.isBytes != q.isBytes || p.code != q.code { return false }
        return try Ops.sameOrEq(p.pattern, q.pattern)
    }

    /// `re.compile('...', re.FLAG|...)` as CPython prints it.
    static func repr(_ p: SREPattern) throws(PyBaseException) -> String {
        let names: [(String, Int)] = [
            ("re.TEMPLATE", SREOp.FLAG_TEMPLATE), ("re.IGNORECASE", SREOp.FLAG_IGNORECASE),
            ("re.LOCALE", SREOp.FLAG_LOCALE), ("re.MULTILINE", SREOp.FLAG_MULTILINE),
            ("re.DOTALL", SREOp.FLAG_DOTALL), ("re.UNICODE", SREOp.FLAG_UNICODE),
            ("re.VERBOSE", SREOp.FLAG_VERBOSE), ("re.DEBUG", SREOp.FLAG_DEBUG),
            ("re.ASCII", SREOp.FLAG_ASCII),
        ]
        var flags = p.flags
        if p.isBytes == 0 && (flags & (SREOp.FLAG_LOCALE | SREOp.FLAG_UNICODE | SREOp.FLAG_ASCII)) == SREOp.FLAG_UNICODE {
            flags &= ~SREOp.FLAG_UNICODE
        }
        let r = try Ops.repr(p.pattern).value
        var out = "re.compile(" + String(String.UnicodeScalarView(r.unicodeScalars.prefix(200)))
        if flags != 0 {
            out += ", "
            var first = true
            for (n, f) in names where flags & f != 0 {
                if !first { out += "|" }
                out += n
                first = false
                flags &= ~f
            }
            if flags != 0 {
                if !first { out += "|" }
                out += "0x" + String(UInt32(truncatingIfNeeded: flags), radix: 16)
            }
        }
        return out + ")"
    }

    /// sub / subn: the replacement is a callable, a literal (no backslash)
    /// or a template expanded by `re._subx`.
    static func sub(_ a: Args, _ name: String) throws(PyBaseException) -> (Value, Int) {
        let p = try selfPattern(a, name)
        let b = try CArgs.bind(a, name, ["repl", "string", "count"], required: 2)
        guard let repl = b[0] else { throw PyErr.typeError("\(name)() missing required argument 'repl' (pos 1)") }
        guard let s = b[1] else { throw PyErr.typeError("\(name)() missing required argument 'string' (pos 2)") }
        let count = try ssize(b[2], 0)
        var filter = repl
        var callable = try MiscTypes.isCallable(repl)
        if !callable {
            var literal = false
            switch repl {
            case .obj(let t as PyStr): literal = !t.value.utf8.contains(92)
            case .obj(let t as PyBytes): literal = !t.bytes.contains(92)
            case .obj(let t as MemoryView): literal = !t.bytes.contains(92)
            default: literal = false
            }
            if !literal {
                let re = try Importer.importModule("re")
                let subx = try Ops.getattr(re, PyStr.intern("_subx"))
                filter = try Ops.callValues(subx, [.obj(p), repl])
                callable = try MiscTypes.isCallable(filter)
            }
        }
        let subject = try SRESubject.of(s, for: p)
        return try SRE.run(SRESubJob(pattern: p, subject: subject, filter: filter, callable: callable, count: count), p, subject, pos: 0, endpos: Int.max)
    }
}

/// `_sre.SRE_Scanner` methods. Thread-safety: see `SREScanner`.
enum SREScannerMethods {
    static func install() {
        let t = SREScanner.scannerType
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            throw PyErr.typeError("cannot create '_sre.SRE_Scanner' instances")
        }
        for (name, search) in [("match", false), ("search", true)] {
            t.def(name) { (a) throws(PyBaseException) -> Value in
                let sc = try a.selfAs(SREScanner.scannerType, SREScanner.self, search ? "search" : "match")
                if a.hasKeywords { throw PyErr.typeError("\(search ? "search" : "match")() takes no keyword arguments") }
                if a.count != 1 { throw PyErr.typeError("\(search ? "search" : "match")() takes no arguments") }
                return try SRE.run(SREScanJob(scanner: sc, search: search), sc.pattern, sc.subject, pos: sc.pos, endpos: sc.endpos)
            }
        }
        t.getset("pattern", get: { (v) throws(PyBaseException) -> Value in
            guard case .obj(let sc as SREScanner) = v else { throw PyErr.typeError("descriptor 'pattern' doesn't apply") }
            return .obj(sc.pattern)
        })
    }
}

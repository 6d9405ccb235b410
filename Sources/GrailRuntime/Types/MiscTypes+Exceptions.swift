/// Exception classes with extra fields and formats, defined on the
/// subclasses (BaseException's own methods are in ExceptionMethods.swift):
/// BaseExceptionGroup/ExceptionGroup, OSError (errno mapping, fields, str),
/// SyntaxError, ImportError, NameError, AttributeError, StopIteration,
/// SystemExit and the Unicode errors (CPython 3.11's exceptions.c).
/// Named fields live in the instance dict (like the runtime's own raisers
/// put them there); getsets give them CPython's defaults.
/// Thread-safety: fields are written by the constructing thread.
extension MiscTypes {
    static func exc(_ v: Value) throws(PyBaseException) -> PyBaseException {
        guard case .obj(let e as PyBaseException) = v else { throw PyErr.typeError("descriptor requires an exception object but received '\(v.type.name)'") }
        return e
    }

    /// A dict-backed field with a None default.
    static func field(_ t: PyType, _ name: String) {
        t.ns.setStr(name, .obj(PyGetSetDescriptor(name, owner: t, get: fieldGetter(name), set: fieldSetter(name))))
    }

    static func fieldGetter(_ name: String) -> (Value) throws(PyBaseException) -> Value {
        switch name {
        case "errno": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("errno") ?? .None }
        case "strerror": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("strerror") ?? .None }
        case "filename": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("filename") ?? .None }
        case "filename2": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("filename2") ?? .None }
        case "msg": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("msg") ?? .None }
        case "name": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("name") ?? .None }
        case "path": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("path") ?? .None }
        case "obj": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("obj") ?? .None }
        case "value": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("value") ?? .None }
        case "code": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("code") ?? .None }
        case "lineno": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("lineno") ?? .None }
        case "offset": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("offset") ?? .None }
        case "text": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("text") ?? .None }
        case "end_lineno": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("end_lineno") ?? .None }
        case "end_offset": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("end_offset") ?? .None }
        case "print_file_and_line": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("print_file_and_line") ?? .None }
        case "encoding": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("encoding") ?? .None }
        case "object": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("object") ?? .None }
        case "start": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("start") ?? .None }
        case "end": return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("end") ?? .None }
        default: return { (v) throws(PyBaseException) -> Value in try exc(v).dict?.getStr("reason") ?? .None }
        }
    }

    static func fieldSetter(_ name: String) -> (Value, Value?) throws(PyBaseException) -> Void {
        switch name {
        case "errno": return { (v, nv) throws(PyBaseException) in try setField(v, "errno", nv) }
        case "strerror": return { (v, nv) throws(PyBaseException) in try setField(v, "strerror", nv) }
        case "filename": return { (v, nv) throws(PyBaseException) in try setField(v, "filename", nv) }
        case "filename2": return { (v, nv) throws(PyBaseException) in try setField(v, "filename2", nv) }
        case "msg": return { (v, nv) throws(PyBaseException) in try setField(v, "msg", nv) }
        case "name": return { (v, nv) throws(PyBaseException) in try setField(v, "name", nv) }
        case "path": return { (v, nv) throws(PyBaseException) in try setField(v, "path", nv) }
        case "obj": return { (v, nv) throws(PyBaseException) in try setField(v, "obj", nv) }
        case "value": return { (v, nv) throws(PyBaseException) in try setField(v, "value", nv) }
        case "code": return { (v, nv) throws(PyBaseException) in try setField(v, "code", nv) }
        case "lineno": return { (v, nv) throws(PyBaseException) in try setField(v, "lineno", nv) }
        case "offset": return { (v, nv) throws(PyBaseException) in try setField(v, "offset", nv) }
        case "text": return { (v, nv) throws(PyBaseException) in try setField(v, "text", nv) }
        case "end_lineno": return { (v, nv) throws(PyBaseException) in try setField(v, "end_lineno", nv) }
        case "end_offset": return { (v, nv) throws(PyBaseException) in try setField(v, "end_offset", nv) }
        case "print_file_and_line": return { (v, nv) throws(PyBaseException) in try setField(v, "print_file_and_line", nv) }
        case "encoding": return { (v, nv) throws(PyBaseException) in try setField(v, "encoding", nv) }
        case "object": return { (v, nv) throws(PyBaseException) in try setField(v, "object", nv) }
        case "start": return { (v, nv) throws(PyBaseException) in try setField(v, "start", nv) }
        case "end": return { (v, nv) throws(PyBaseException) in try setField(v, "end", nv) }
        default: return { (v, nv) throws(PyBaseException) in try setField(v, "reason", nv) }
        }
    }

    static func setField(_ v: Value, _ name: String, _ nv: Value?) throws(PyBaseException) {
        let e = try exc(v)
        if let nv = nv { e.dict?.setStr(name, nv) } else { _ = e.dict?.removeStr(name); e.dict?.setStr(name, .None) }
    }

    /// Keyword-only arguments of the exceptions that take some (`name=`, `obj=`, `path=`).
    static func exceptionKeywords(_ a: Args, _ cls: String, _ allowed: [String]) throws(PyBaseException) -> [String: Value] {
        var out: [String: Value] = [:]
        for (k, v) in a.keywords {
            guard allowed.contains(k) else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for \(cls)()") }
            out[k] = v
        }
        return out
    }

    static func positional(_ a: Args) -> [Value] { a.count > 1 ? Array(a.buf[1..<a.count]) : [] }

    static func installExceptions() {
        // type.__subclasses__() of the builtin exceptions, in CPython's
        // registration order (its static table is alphabetical).
        for t in ExcTypes.allTypes.sorted(by: { $0.name < $1.name }) {
            for b in t.bases { b.addSubclass(t) }
        }
        installExceptionGroups()
        installOSError()
        installOtherExceptions()
    }

    // MARK: exception groups

    static func installExceptionGroups() {
        let beg = ExcTypes.baseExceptionGroup
        beg.slotCount = ExceptionGroups.hiddenSlots
        ExcTypes.exceptionGroup.slotCount = ExceptionGroups.hiddenSlots
        beg.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0], t.isSubtype(ExcTypes.baseExceptionGroup) else {
                throw PyErr.typeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup")
            }
            return .obj(try ExceptionGroups.new(t, rest(a)))
        }
        beg.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            if a.hasKeywords { throw PyErr.typeError("\(e.type.name)() takes no keyword arguments") }
            e.args = PyTuple(positional(a))
            return .None
        }
        beg.getset("message", get: { (v) throws(PyBaseException) -> Value in ExceptionGroups.parts(try exc(v)).message }, set: readonly)
        beg.getset("exceptions", get: { (v) throws(PyBaseException) -> Value in .obj(PyTuple(ExceptionGroups.parts(try exc(v)).excs)) }, set: readonly)
        beg.def("__str__") { (a) throws(PyBaseException) -> Value in .str(try groupStr(try exc(a[0]))) }
        beg.def("derive") { (a) throws(PyBaseException) -> Value in
            try a.expect("derive", min: 2, max: 2)
            let e = try exc(a[0])
            return try Ops.callValues(.obj(ExcTypes.baseExceptionGroup), [ExceptionGroups.parts(e).message, a[1]])
        }
        beg.def("split") { (a) throws(PyBaseException) -> Value in
            try a.expect("split", min: 2, max: 2)
            let e = try exc(a[0])
            let m = try ExceptionGroups.matcher(a[1])
            let r = try ExceptionGroups.splitRecursive(.obj(e), m, constructRest: true)
            return .obj(PyTuple([r.match ?? .None, r.rest ?? .None]))
        }
        beg.def("subgroup") { (a) throws(PyBaseException) -> Value in
            try a.expect("subgroup", min: 2, max: 2)
            let e = try exc(a[0])
            let m = try ExceptionGroups.matcher(a[1])
            return try ExceptionGroups.splitRecursive(.obj(e), m, constructRest: false).match ?? .None
        }
        beg.defClass("__class_getitem__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__class_getitem__", min: 2, max: 2)
            return .obj(GenericAlias.make(a[0], a[1]))
        }
    }

    static func groupStr(_ e: PyBaseException) throws(PyBaseException) -> String {
        let p = ExceptionGroups.parts(e)
        let n = p.excs.count
        return "\(try Ops.str(p.message).value) (\(n) sub-exception\(n > 1 ? "s" : ""))"
    }

    // MARK: OSError

    static func installOSError() {
        let os = ExcTypes.osError
        os.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(var t as PyType) = a[0] else { throw PyErr.typeError("OSError.__new__(X): X is not a type object") }
            let args = positional(a)
            if t === ExcTypes.osError, args.count >= 2, args.count <= 5, let n = IntOps.small(args[0]), let sub = ExcTypes.osErrorSubclass(n) {
                t = sub
            }
            if a.hasKeywords && !t.isHeapType { throw PyErr.typeError("\(t.name)() takes no keyword arguments") }
            return .obj(PyBaseException(type: t, args: args))
        }
        os.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            if a.hasKeywords && !e.type.isHeapType { throw PyErr.typeError("\(e.type.name)() takes no keyword arguments") }
            let args = positional(a)
            e.args = PyTuple(args)
            let d = e.dict
            for n in ["errno", "strerror", "filename", "filename2"] { d?.setStr(n, .None) }
            if args.count >= 2 && args.count <= 5 {
                d?.setStr("errno", args[0])
                d?.setStr("strerror", args[1])
                let filename: Value = args.count > 2 ? args[2] : .None
                let filename2: Value = args.count > 4 ? args[4] : .None
                if !filename.isNone {
                    if e.type === ExcTypes.blockingIOError, IntOps.isInt(filename) {
                        d?.setStr("characters_written", filename)
                    } else {
                        d?.setStr("filename", filename)
                        if !filename2.isNone { d?.setStr("filename2", filename2) }
                        e.args = PyTuple(Array(args[0..<2]))
                    }
                }
            }
            return .None
        }
        os.def("__str__") { (a) throws(PyBaseException) -> Value in .str(try osErrorStr(try exc(a[0]))) }
        os.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            var args = e.args.items
            if args.count == 2, let f = e.dict?.getStr("filename"), !f.isNone {
                args.append(f)
                if let f2 = e.dict?.getStr("filename2"), !f2.isNone { args.append(.None); args.append(f2) }
            }
            return .obj(PyTuple([.obj(e.type), .obj(PyTuple(args))]))
        }
        for n in ["errno", "strerror", "filename", "filename2"] { field(os, n) }
        ExcTypes.blockingIOError.getset("characters_written", get: { (v) throws(PyBaseException) -> Value in
            guard let w = try exc(v).dict?.getStr("characters_written") else { throw PyErr.attributeError("characters_written") }
            return w
        }, set: { (v, nv) throws(PyBaseException) in
            let e = try exc(v)
            guard let nv = nv else {
                if e.dict?.removeStr("characters_written") == nil { throw PyErr.attributeError("characters_written") }
                return
            }
            guard IntOps.isInt(nv) else { throw PyErr.typeError("'\(nv.type.name)' object cannot be interpreted as an integer") }
            e.dict?.setStr("characters_written", nv)
        })
    }

    static func osErrorStr(_ e: PyBaseException) throws(PyBaseException) -> String {
        let d = e.dict
        let errno = d?.getStr("errno") ?? .None, strerror = d?.getStr("strerror") ?? .None
        if let f = d?.getStr("filename"), !f.isNone {
            if let f2 = d?.getStr("filename2"), !f2.isNone {
                return "[Errno \(try Ops.str(errno).value)] \(try Ops.str(strerror).value): \(try Ops.repr(f).value) -> \(try Ops.repr(f2).value)"
            }
            return "[Errno \(try Ops.str(errno).value)] \(try Ops.str(strerror).value): \(try Ops.repr(f).value)"
        }
        if !errno.isNone && !strerror.isNone {
            return "[Errno \(try Ops.str(errno).value)] \(try Ops.str(strerror).value)"
        }
        return try baseStr(e)
    }

    /// BaseException.__str__.
    static func baseStr(_ e: PyBaseException) throws(PyBaseException) -> String {
        switch e.args.count {
        case 0: return ""
        case 1: return try Ops.str(e.args.items[0]).value
        default: return try Ops.repr(.obj(e.args)).value
        }
    }

    // MARK: the others

    static func installOtherExceptions() {
        let si = ExcTypes.stopIteration
        si.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            if a.hasKeywords && !e.type.isHeapType { throw PyErr.typeError("\(e.type.name)() takes no keyword arguments") }
            let args = positional(a)
            e.args = PyTuple(args)
            e.dict?.setStr("value", args.first ?? .None)
            return .None
        }
        field(si, "value")
        let se = ExcTypes.systemExit
        se.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            if a.hasKeywords && !e.type.isHeapType { throw PyErr.typeError("\(e.type.name)() takes no keyword arguments") }
            let args = positional(a)
            e.args = PyTuple(args)
            e.dict?.setStr("code", args.isEmpty ? .None : (args.count == 1 ? args[0] : .obj(e.args)))
            return .None
        }
        field(se, "code")

        let ne = ExcTypes.nameError
        ne.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            let kw = try exceptionKeywords(a, "NameError", ["name"])
            e.args = PyTuple(positional(a))
            e.dict?.setStr("name", kw["name"] ?? .None)
            return .None
        }
        field(ne, "name")
        let ae = ExcTypes.attributeError
        ae.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            let kw = try exceptionKeywords(a, "AttributeError", ["name", "obj"])
            e.args = PyTuple(positional(a))
            e.dict?.setStr("name", kw["name"] ?? .None)
            e.dict?.setStr("obj", kw["obj"] ?? .None)
            return .None
        }
        field(ae, "name")
        field(ae, "obj")
        let ie = ExcTypes.importError
        ie.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            let kw = try exceptionKeywords(a, "ImportError", ["name", "path"])
            let args = positional(a)
            e.args = PyTuple(args)
            e.dict?.setStr("name", kw["name"] ?? .None)
            e.dict?.setStr("path", kw["path"] ?? .None)
            e.dict?.setStr("msg", args.count == 1 ? args[0] : .None)
            return .None
        }
        ie.def("__str__") { (a) throws(PyBaseException) -> Value in .str(try importErrorStr(try exc(a[0]))) }
        for n in ["name", "path", "msg"] { field(ie, n) }

        let sy = ExcTypes.syntaxError
        sy.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try exc(a[0])
            if a.hasKeywords && !e.type.isHeapType { throw PyErr.typeError("\(e.type.name)() takes no keyword arguments") }
            let args = positional(a)
            e.args = PyTuple(args)
            let d = e.dict
            for n in ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"] { d?.setStr(n, .None) }
            if let m = args.first { d?.setStr("msg", m) }
            if args.count == 2 {
                let info = try Ops.toArray(args[1])
                if info.count < 4 { throw PyErr.typeError("function takes at least 4 arguments (\(info.count) given)") }
                if info.count > 6 { throw PyErr.typeError("function takes at most 6 arguments (\(info.count) given)") }
                let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
                for (i, v) in info.enumerated() { d?.setStr(names[i], v) }
                if info.count == 5 { throw PyErr.typeError("end_offset must be provided when end_lineno is provided") }
            }
            return .None
        }
        sy.def("__str__") { (a) throws(PyBaseException) -> Value in .str(try syntaxErrorStr(try exc(a[0]))) }
        for n in ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"] { field(sy, n) }

        let ud = ExcTypes.unicodeDecodeError
        ud.def("__init__") { (a) throws(PyBaseException) -> Value in try unicodeErrorInit(a, decode: true) }
        ud.def("__str__") { (a) throws(PyBaseException) -> Value in .str(try unicodeErrorStr(try exc(a[0]))) }
        let ue = ExcTypes.unicodeEncodeError
        ue.def("__init__") { (a) throws(PyBaseException) -> Value in try unicodeErrorInit(a, decode: false) }
        ue.def("__str__") { (a) throws(PyBaseException) -> Value in .str(try unicodeErrorStr(try exc(a[0]))) }
        for n in ["encoding", "object", "start", "end", "reason"] { field(ExcTypes.unicodeError, n) }
    }

    static func importErrorStr(_ e: PyBaseException) throws(PyBaseException) -> String {
        if case .obj(let m as PyStr)? = e.dict?.getStr("msg"), m.type === PyType.str { return m.value }
        return try baseStr(e)
    }

    static func syntaxErrorStr(_ e: PyBaseException) throws(PyBaseException) -> String {
        let d = e.dict
        let msg = try Ops.str(d?.getStr("msg") ?? .None).value
        var filename: String? = nil
        if case .obj(let f as PyStr)? = d?.getStr("filename") {
            filename = f.value.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? f.value
        }
        var lineno: String? = nil
        if let l = d?.getStr("lineno"), l.type === PyType.int { lineno = try Ops.repr(l).value }
        switch (filename, lineno) {
        case (let f?, let l?): return "\(msg) (\(f), line \(l))"
        case (let f?, nil): return "\(msg) (\(f))"
        case (nil, let l?): return "\(msg) (line \(l))"
        default: return msg
        }
    }

    static func unicodeErrorInit(_ a: Args, decode: Bool) throws(PyBaseException) -> Value {
        let e = try exc(a[0])
        let args = positional(a)
        e.args = PyTuple(args)
        let cls = decode ? "UnicodeDecodeError" : "UnicodeEncodeError"
        if a.hasKeywords { throw PyErr.typeError("\(cls)() takes no keyword arguments") }
        if args.count != 5 { throw PyErr.typeError("function takes exactly 5 arguments (\(args.count) given)") }
        guard case .obj(let enc as PyStr) = args[0] else { throw PyErr.typeError("argument 1 must be str, not \(args[0].type.name)") }
        var object = args[1]
        if decode {
            guard case .obj(let b as PyBytes) = args[1] else {
                throw PyErr.typeError("a bytes-like object is required, not '\(args[1].type.name)'")
            }
            if b.isByteArray { object = .obj(PyBytes(b.bytes)) }
        } else {
            guard case .obj(_ as PyStr) = args[1] else { throw PyErr.typeError("argument 2 must be str, not \(args[1].type.name)") }
        }
        guard IntOps.isInt(args[2]) else { throw PyErr.typeError("'\(args[2].type.name)' object cannot be interpreted as an integer") }
        guard IntOps.isInt(args[3]) else { throw PyErr.typeError("'\(args[3].type.name)' object cannot be interpreted as an integer") }
        guard case .obj(let reason as PyStr) = args[4] else { throw PyErr.typeError("argument 5 must be str, not \(args[4].type.name)") }
        let d = e.dict
        d?.setStr("encoding", .obj(enc))
        d?.setStr("object", object)
        d?.setStr("start", args[2])
        d?.setStr("end", args[3])
        d?.setStr("reason", .obj(reason))
        return .None
    }

    static func unicodeErrorStr(_ e: PyBaseException) throws(PyBaseException) -> String {
        let d = e.dict
        guard let object = d?.getStr("object"), !object.isNone else { return "" }
        let enc = try Ops.str(d?.getStr("encoding") ?? .None).value
        let reason = try Ops.str(d?.getStr("reason") ?? .None).value
        let start = IntOps.small(d?.getStr("start") ?? .int(0)) ?? 0
        let end = IntOps.small(d?.getStr("end") ?? .int(0)) ?? 0
        if e.type.isSubtype(ExcTypes.unicodeDecodeError) {
            if case .obj(let b as PyBytes) = object, start >= 0, start < b.bytes.count, end == start + 1 {
                return "'\(enc)' codec can't decode byte 0x\(Ops.hex(UInt32(b.bytes[start]), 2)) in position \(start): \(reason)"
            }
            return "'\(enc)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
        }
        if case .obj(let s as PyStr) = object, start >= 0, start < s.count, end == start + 1 {
            let ch = s.scalar(at: start).value
            let esc: String
            if ch <= 0xFF { esc = "\\x" + Ops.hex(ch, 2) } else if ch <= 0xFFFF { esc = "\\u" + Ops.hex(ch, 4) } else { esc = "\\U" + Ops.hex(ch, 8) }
            return "'\(enc)' codec can't encode character '\(esc)' in position \(start): \(reason)"
        }
        return "'\(enc)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
    }

    /// `str(e)` for the exception classes defined here, or nil for the
    /// others. The runtime's `ExceptionOps.str` should consult it first (see
    /// the report): a builtin class's native `__str__` is otherwise bypassed.
    static func exceptionStr(_ e: PyBaseException) throws(PyBaseException) -> String? {
        let t = e.type
        if let f = t.lookup(Ops.s__str__), case .obj(let bf as PyBuiltinFunction) = f {
            guard let owner = bf.owner else { return nil }
            if owner === ExcTypes.baseExceptionGroup { return try groupStr(e) }
            if owner === ExcTypes.osError { return try osErrorStr(e) }
            if owner === ExcTypes.syntaxError { return try syntaxErrorStr(e) }
            if owner === ExcTypes.importError { return try importErrorStr(e) }
            if owner === ExcTypes.unicodeDecodeError || owner === ExcTypes.unicodeEncodeError { return try unicodeErrorStr(e) }
        }
        return nil
    }
}

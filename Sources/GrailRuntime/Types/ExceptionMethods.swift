/// BaseException's methods and attributes (`args`, `__traceback__`,
/// `__cause__`, `__context__`, `with_traceback`, `add_note`) and the
/// constructors of exceptions with extra fields.
enum ExceptionMethods {
    static func install() {
        let b = ExcTypes.baseException
        b.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("BaseException.__new__(X): X is not a type object") }
            let cls = t
            let e = PyBaseException(type: cls, args: Array(a.buf[1..<a.count]))
            if cls.isSubtype(ExcTypes.osError) { try ExceptionMethods.initExtra(e) }
            return .obj(e)
        }
        b.def("__init__") { (a) throws(PyBaseException) -> Value in
            let e = try a.selfAs(ExcTypes.baseException, PyBaseException.self, "__init__")
            if a.hasKeywords && !e.type.isHeapType { throw PyErr.typeError("\(e.type.name)() takes no keyword arguments") }
            e.args = PyTuple(Array(a.buf[1..<a.count]))
            try initExtra(e)
            return .None
        }
        b.def("__str__") { (a) throws(PyBaseException) -> Value in
            let e = try a.selfAs(ExcTypes.baseException, PyBaseException.self, "__str__")
            return .str(try ExceptionOps.str(e))
        }
        b.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let e = try a.selfAs(ExcTypes.baseException, PyBaseException.self, "__repr__")
            let name = e.type.name
            if e.args.count == 1 { return .str("\(name)(\(try Ops.repr(e.args.items[0]).value))") }
            return .str("\(name)(\(try NativeRepr.join(e.args.items)))")
        }
        b.def("with_traceback") { (a) throws(PyBaseException) -> Value in
            let e = try a.selfAs(ExcTypes.baseException, PyBaseException.self, "with_traceback")
            e.traceback = a[1].object as? PyTraceback
            return a[0]
        }
        b.def("add_note") { (a) throws(PyBaseException) -> Value in
            let e = try a.selfAs(ExcTypes.baseException, PyBaseException.self, "add_note")
            guard case .obj(let s as PyStr) = a[1] else { throw PyErr.typeError("note must be a str, not '\(a[1].type.name)'") }
            if case .obj(let l as PyList)? = e.dict?.getStr("__notes__") { l.append(.obj(s)) }
            else { e.dict?.setStr("__notes__", .obj(PyList([.obj(s)]))) }
            return .None
        }
        func exc(_ v: Value) throws(PyBaseException) -> PyBaseException {
            guard case .obj(let e as PyBaseException) = v else { throw PyErr.typeError("expected an exception") }
            return e
        }
        b.getset("args", get: { (v) throws(PyBaseException) -> Value in .obj(try exc(v).args) }, set: { (v, nv) throws(PyBaseException) in
            try exc(v).args = PyTuple(try Ops.toArray(nv ?? .obj(PyTuple.empty)))
        })
        b.getset("__traceback__", get: { (v) throws(PyBaseException) -> Value in try exc(v).traceback.map { .obj($0) } ?? .None }, set: { (v, nv) throws(PyBaseException) in
            try exc(v).traceback = nv?.object as? PyTraceback
        })
        b.getset("__cause__", get: { (v) throws(PyBaseException) -> Value in try exc(v).cause.map { .obj($0) } ?? .None }, set: { (v, nv) throws(PyBaseException) in
            let e = try exc(v)
            if let n = nv, !n.isNone, !(n.object is PyBaseException) {
                throw PyErr.typeError("exception cause must be None or derive from BaseException")
            }
            e.cause = nv?.object as? PyBaseException
            e.suppressContext = true
        })
        b.getset("__context__", get: { (v) throws(PyBaseException) -> Value in try exc(v).context.map { .obj($0) } ?? .None }, set: { (v, nv) throws(PyBaseException) in
            if let n = nv, !n.isNone, !(n.object is PyBaseException) {
                throw PyErr.typeError("exception context must be None or derive from BaseException")
            }
            try exc(v).context = nv?.object as? PyBaseException
        })
        b.getset("__suppress_context__", get: { (v) throws(PyBaseException) -> Value in .bool(try exc(v).suppressContext) }, set: { (v, nv) throws(PyBaseException) in
            try exc(v).suppressContext = try Ops.isTrue(nv ?? .False)
        })
    }

    /// Sets the named fields of exceptions that carry them.
    static func initExtra(_ e: PyBaseException) throws(PyBaseException) {
        let t = e.type
        let args = e.args.items
        if t.isSubtype(ExcTypes.stopIteration) { e.dict?.setStr("value", args.first ?? .None) }
        else if t.isSubtype(ExcTypes.systemExit) { e.dict?.setStr("code", args.count == 0 ? .None : (args.count == 1 ? args[0] : .obj(e.args))) }
        else if t.isSubtype(ExcTypes.keyError) || t.isSubtype(ExcTypes.nameError) || t.isSubtype(ExcTypes.attributeError) {
            if t.isSubtype(ExcTypes.nameError) && e.dict?.getStr("name") == nil { e.dict?.setStr("name", .None) }
        } else if t.isSubtype(ExcTypes.osError) {
            if args.count >= 2 {
                e.dict?.setStr("errno", args[0])
                e.dict?.setStr("strerror", args[1])
                e.dict?.setStr("filename", args.count > 2 ? args[2] : .None)
            } else {
                e.dict?.setStr("errno", .None)
                e.dict?.setStr("strerror", .None)
                e.dict?.setStr("filename", .None)
            }
        } else if t.isSubtype(ExcTypes.importError) {
            if e.dict?.getStr("name") == nil { e.dict?.setStr("name", .None) }
            if e.dict?.getStr("path") == nil { e.dict?.setStr("path", .None) }
            e.dict?.setStr("msg", args.first ?? .None)
        } else if t.isSubtype(ExcTypes.syntaxError) {
            e.dict?.setStr("msg", args.first ?? .None)
            if args.count > 1, case .obj(let det as PyTuple) = args[1], det.count >= 4 {
                e.dict?.setStr("filename", det.items[0])
                e.dict?.setStr("lineno", det.items[1])
                e.dict?.setStr("offset", det.items[2])
                e.dict?.setStr("text", det.items[3])
            } else {
                for n in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] where e.dict?.getStr(n) == nil { e.dict?.setStr(n, .None) }
            }
        }
    }
}

/// `module` (types.ModuleType), the singleton types (NoneType,
/// NotImplementedType, ellipsis) and `types.SimpleNamespace`.
/// Thread-safety: module and namespace state lives in their dicts.
extension MiscTypes {
    static func module(_ v: Value) throws(PyBaseException) -> PyModule {
        guard case .obj(let m as PyModule) = v else { throw PyErr.typeError("descriptor for 'module' objects doesn't apply to a '\(v.type.name)' object") }
        return m
    }

    static func installModules() {
        let m = PyType.module
        m.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("module.__new__(X): X is not a type object") }
            guard t.isSubtype(PyType.module) else { throw PyErr.typeError("module.__new__(\(t.name)): \(t.name) is not a subtype of module") }
            return .obj(PyModule(type: t, dict: PyDict()))
        }
        m.def("__init__") { (a) throws(PyBaseException) -> Value in
            let mod = try a.selfAs(PyType.module, PyModule.self, "__init__")
            if a.count < 2 && a.keyword("name") == nil { throw PyErr.typeError("module() missing required argument 'name' (pos 1)") }
            let p = try rest(a).bind("module", ["name", "doc"], required: 1)
            guard case .obj(let name as PyStr)? = p[0] else {
                throw PyErr.typeError("module() argument 'name' must be str, not \(p[0]?.type.name ?? "NULL")")
            }
            let d: PyDict
            if let x = mod.dict { d = x } else { d = PyDict(); mod.dict = d }
            d.setStr("__name__", .obj(name))
            d.setStr("__doc__", p[1] ?? .None)
            d.setStr("__package__", .None)
            d.setStr("__loader__", .None)
            d.setStr("__spec__", .None)
            return .None
        }
        m.def("__repr__") { (a) throws(PyBaseException) -> Value in
            .str(try moduleRepr(try a.selfAs(PyType.module, PyModule.self, "__repr__")))
        }
        m.def("__dir__") { (a) throws(PyBaseException) -> Value in
            let mod = try a.selfAs(PyType.module, PyModule.self, "__dir__")
            guard let d = mod.dict else { throw PyErr.typeError("<module>.__dict__ is not a dictionary") }
            if let f = d.getStr("__dir__") { return try Ops.callValues(f, []) }
            return .obj(PyList(d.keys))
        }
        m.getset("__dict__", get: { (v) throws(PyBaseException) -> Value in
            let mod = try module(v)
            if let d = mod.dict { return .obj(d) }
            let d = PyDict()
            mod.dict = d
            return .obj(d)
        }, set: readonly)
        m.getset("__annotations__", get: { (v) throws(PyBaseException) -> Value in
            let mod = try module(v)
            guard let d = mod.dict else { throw PyErr.attributeError("'module' object has no attribute '__annotations__'") }
            if let a = d.getStr("__annotations__") { return a }
            let ann = PyDict()
            d.setStr("__annotations__", .obj(ann))
            return .obj(ann)
        }, set: { (v, nv) throws(PyBaseException) in
            let mod = try module(v)
            guard let d = mod.dict else { return }
            if let nv = nv { d.setStr("__annotations__", nv) }
            else if d.removeStr("__annotations__") == nil { throw PyErr.attributeError("__annotations__") }
        })
    }

    /// importlib's `_module_repr` for modules without a loader: `<module 'x'>`,
    /// `<module 'x' from 'f.py'>`, `<module 'sys' (built-in)>`.
    static func moduleRepr(_ m: PyModule) throws(PyBaseException) -> String {
        let d = m.dict
        var name = "?"
        if case .obj(let s as PyStr)? = d?.getStr("__name__") { name = s.value }
        let nameRepr = StrRepr.repr(name)
        if let spec = d?.getStr("__spec__"), !spec.isNone {
            if let sn = try Ops.lookupAttr(spec, "name"), case .obj(let s as PyStr) = sn { name = s.value }
            let origin = try Ops.lookupAttr(spec, "origin") ?? .None
            if origin.isNone {
                let loader = try Ops.lookupAttr(spec, "loader") ?? .None
                if loader.isNone { return "<module \(StrRepr.repr(name))>" }
                return "<module \(StrRepr.repr(name)) (\(try Ops.repr(loader).value))>"
            }
            if let hl = try Ops.lookupAttr(spec, "has_location"), try Ops.isTrue(hl) {
                return "<module \(StrRepr.repr(name)) from \(try Ops.repr(origin).value)>"
            }
            return "<module \(StrRepr.repr(name)) (\(try Ops.str(origin).value))>"
        }
        if let f = d?.getStr("__file__") { return "<module \(nameRepr) from \(try Ops.repr(f).value)>" }
        let loader = d?.getStr("__loader__") ?? .None
        if loader.isNone {
            if m.type === PyType.module && NativeModules.names.contains(name),
               let reg = Runtime.shared.modules.getStr(name), reg.object === m {
                return "<module \(nameRepr) (built-in)>"
            }
            return "<module \(nameRepr)>"
        }
        return "<module \(nameRepr) (\(try Ops.repr(loader).value))>"
    }

    // MARK: singletons

    static func installSingletons() {
        let n = PyType.noneType
        n.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            if a.buf.count > 1 { throw PyErr.typeError("NoneType takes no arguments") }
            return .None
        }
        n.def("__repr__") { (_) throws(PyBaseException) -> Value in .str("None") }
        n.def("__bool__") { (_) throws(PyBaseException) -> Value in .False }
        let ni = PyType.notImplementedType
        ni.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            if a.buf.count > 1 { throw PyErr.typeError("NotImplementedType takes no arguments") }
            return .notImplemented
        }
        ni.def("__repr__") { (_) throws(PyBaseException) -> Value in .str("NotImplemented") }
        ni.def("__reduce__") { (_) throws(PyBaseException) -> Value in .str("NotImplemented") }
        let el = PyType.ellipsisType
        el.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            if a.buf.count > 1 { throw PyErr.typeError("EllipsisType takes no arguments") }
            return .obj(PyEllipsis.shared)
        }
        el.def("__repr__") { (_) throws(PyBaseException) -> Value in .str("Ellipsis") }
        el.def("__reduce__") { (_) throws(PyBaseException) -> Value in .str("Ellipsis") }

        let ns = PyType.simpleNamespace
        ns.def("__init__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let o) = a[0], o.type.isSubtype(PyType.simpleNamespace) else {
                throw PyErr.typeError("descriptor '__init__' requires a 'types.SimpleNamespace' object but received '\(a[0].type.name)'")
            }
            if a.count > 1 { throw PyErr.typeError("no positional arguments expected") }
            let d: PyDict
            if let x = o.dict { d = x } else { d = PyDict(); o.dict = d }
            for (k, v) in a.keywords { d.setStr(k, v) }
            return .None
        }
        ns.def("__repr__") { (a) throws(PyBaseException) -> Value in .str(try namespaceRepr(a[0])) }
        ns.def("__eq__") { (a) throws(PyBaseException) -> Value in try namespaceCompare(a, 2) }
        ns.def("__ne__") { (a) throws(PyBaseException) -> Value in try namespaceCompare(a, 3) }
        ns.attr("__hash__", .None)
        ns.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let d: Value = a[0].object?.dict.map { .obj($0) } ?? .obj(PyDict())
            return .obj(PyTuple([.obj(a[0].type), .obj(PyTuple.empty), d]))
        }
    }

    static func namespaceRepr(_ v: Value) throws(PyBaseException) -> String {
        guard case .obj(let o) = v else { return "namespace()" }
        let name = o.type === PyType.simpleNamespace ? "namespace" : o.type.name
        return try NativeRepr.guarded(o, "\(name)(...)") { () throws(PyBaseException) -> String in
            var parts: [String] = []
            for (k, val) in o.dict?.items ?? [] {
                guard case .obj(let ks as PyStr) = k, ks.count > 0 else { continue }
                parts.append(ks.value + "=" + (try Ops.repr(val).value))
            }
            return name + "(" + parts.joined(separator: ", ") + ")"
        }
    }

    static func namespaceCompare(_ a: Args, _ op: Int) throws(PyBaseException) -> Value {
        guard a.count == 2, case .obj(let x) = a[0], case .obj(let y) = a[1],
              x.type.isSubtype(PyType.simpleNamespace), y.type.isSubtype(PyType.simpleNamespace) else { return .notImplemented }
        let dx = x.dict ?? PyDict(), dy = y.dict ?? PyDict()
        return try Ops.richCompare(.obj(dx), .obj(dy), op)
    }
}

/// `property`, `classmethod`, `staticmethod`, `member_descriptor`,
/// `getset_descriptor`, `super` and `mappingproxy` (CPython 3.11's
/// descrobject.c, funcobject.c, typeobject.c). The binding itself is
/// `NativeDescriptors` (Ops/Descriptors.swift); these are the Python-visible
/// constructors, methods and attributes. Thread-safety: descriptors are
/// immutable once built, except a property's fields during `__init__`.
extension MiscTypes {
    static func property(_ v: Value) throws(PyBaseException) -> PyProperty {
        guard case .obj(let p as PyProperty) = v else { throw PyErr.typeError("descriptor for 'property' objects doesn't apply to a '\(v.type.name)' object") }
        return p
    }

    static func installDescriptors() {
        installProperty()
        installClassStaticMethod()
        installMemberGetset()
    }

    // MARK: property

    static func installProperty() {
        let p = PyType.property
        p.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0], t.isSubtype(PyType.property) else { throw PyErr.typeError("property.__new__(X): X is not a subtype of property") }
            return .obj(PyProperty(fget: .None, fset: .None, fdel: .None, doc: .None, type: t))
        }
        p.def("__init__") { (a) throws(PyBaseException) -> Value in
            let pr = try a.selfAs(PyType.property, PyProperty.self, "__init__")
            for (k, _) in a.keywords where !["fget", "fset", "fdel", "doc"].contains(k) {
                throw PyErr.typeError("'\(k)' is an invalid keyword argument for property()")
            }
            let b = try rest(a).bind("property", ["fget", "fset", "fdel", "doc"], required: 0)
            pr.fget = b[0] ?? .None
            pr.fset = b[1] ?? .None
            pr.fdel = b[2] ?? .None
            var doc = b[3] ?? .None
            if doc.isNone && !pr.fget.isNone {
                doc = try Ops.lookupAttr(pr.fget, "__doc__") ?? .None
            }
            if pr.type === PyType.property {
                pr.doc = doc
            } else {
                pr.doc = doc
                try Ops.setattr(.obj(pr), PyStr.intern("__doc__"), doc)
            }
            return .None
        }
        p.getset("fget", get: { (v) throws(PyBaseException) -> Value in try property(v).fget }, set: readonly)
        p.getset("fset", get: { (v) throws(PyBaseException) -> Value in try property(v).fset }, set: readonly)
        p.getset("fdel", get: { (v) throws(PyBaseException) -> Value in try property(v).fdel }, set: readonly)
        p.getset("__doc__", get: { (v) throws(PyBaseException) -> Value in try property(v).doc },
                 set: { (v, nv) throws(PyBaseException) in try property(v).doc = nv ?? .None })
        p.getset("__isabstractmethod__", get: { (v) throws(PyBaseException) -> Value in
            let pr = try property(v)
            for f in [pr.fget, pr.fset, pr.fdel] where !f.isNone {
                if let ab = try Ops.lookupAttr(f, "__isabstractmethod__"), try Ops.isTrue(ab) { return .True }
            }
            return .False
        })
        p.def("getter") { (a) throws(PyBaseException) -> Value in
            try a.expect("getter", min: 2, max: 2)
            return try propertyCopy(try property(a[0]), get: a[1], set: nil, del: nil)
        }
        p.def("setter") { (a) throws(PyBaseException) -> Value in
            try a.expect("setter", min: 2, max: 2)
            return try propertyCopy(try property(a[0]), get: nil, set: a[1], del: nil)
        }
        p.def("deleter") { (a) throws(PyBaseException) -> Value in
            try a.expect("deleter", min: 2, max: 2)
            return try propertyCopy(try property(a[0]), get: nil, set: nil, del: a[1])
        }
        p.def("__get__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__get__", min: 2, max: 3)
            let pr = try property(a[0])
            if a[1].isNone { return .obj(pr) }
            return try NativeDescriptors.get(pr, a[1], a.count > 2 ? a[2] : .null)
        }
        p.def("__set__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__set__", min: 3, max: 3)
            try NativeDescriptors.set(try property(a[0]), a[1], a[2])
            return .None
        }
        p.def("__delete__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__delete__", min: 2, max: 2)
            try NativeDescriptors.delete(try property(a[0]), a[1])
            return .None
        }
        p.def("__set_name__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__set_name__", min: 3, max: 3)
            return .None
        }
        p.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let o) = a[0] else { return .str("<property object>") }
            return .str("<\(o.type.fullName) object at \(NativeRepr.addr(o))>")
        }
    }

    /// CPython's property_copy: `type(old)(fget, fset, fdel, doc)`, dropping a
    /// doc that came from the old getter when the getter is replaced.
    static func propertyCopy(_ old: PyProperty, get: Value?, set: Value?, del: Value?) throws(PyBaseException) -> Value {
        let g = (get == nil || get?.isNone == true) ? old.fget : (get ?? .None)
        let s = (set == nil || set?.isNone == true) ? old.fset : (set ?? .None)
        let d = (del == nil || del?.isNone == true) ? old.fdel : (del ?? .None)
        var doc = old.doc
        if !old.doc.isNone && !old.fget.isNone, let gd = try Ops.lookupAttr(old.fget, "__doc__"), gd.isSame(old.doc), !g.isNone {
            doc = .None
        }
        return try Ops.callValues(.obj(old.type), [g, s, d, doc])
    }

    // MARK: classmethod / staticmethod

    static func wrapperTarget(_ v: Value) throws(PyBaseException) -> Value {
        switch v.object {
        case let c as PyClassMethod: return c.callable
        case let s as PyStaticMethod: return s.callable
        default: throw PyErr.typeError("descriptor requires a 'classmethod' or 'staticmethod' object but received '\(v.type.name)'")
        }
    }

    /// CPython's functools_wraps in cm_init/sm_init: copies the wrapped
    /// callable's metadata into the wrapper's `__dict__`.
    static func copyWrapped(_ wrapper: PyObject, _ wrapped: Value) throws(PyBaseException) {
        guard let d = wrapper.dict else { return }
        for n in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
            if let v = try Ops.lookupAttr(wrapped, n) { d.setStr(n, v) }
        }
    }

    static func installClassStaticMethod() {
        let cm = PyType.classmethod, sm = PyType.staticmethod
        cm.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("classmethod.__new__(X): X is not a type object") }
            return .obj(PyClassMethod(a.count > 1 ? a[1] : .None, type: t))
        }
        sm.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("staticmethod.__new__(X): X is not a type object") }
            return .obj(PyStaticMethod(a.count > 1 ? a[1] : .None, type: t))
        }
        cm.def("__init__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let c as PyClassMethod) = a[0] else { throw PyErr.typeError("descriptor '__init__' requires a 'classmethod' object") }
            if a.hasKeywords && !c.type.isHeapType { throw PyErr.typeError("classmethod() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("classmethod expected 1 argument, got \(a.count - 1)") }
            try copyWrapped(c, c.callable)
            return .None
        }
        sm.def("__init__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let s as PyStaticMethod) = a[0] else { throw PyErr.typeError("descriptor '__init__' requires a 'staticmethod' object") }
            if a.hasKeywords && !s.type.isHeapType { throw PyErr.typeError("staticmethod() takes no keyword arguments") }
            if a.count != 2 { throw PyErr.typeError("staticmethod expected 1 argument, got \(a.count - 1)") }
            try copyWrapped(s, s.callable)
            return .None
        }
        for t in [cm, sm] {
            t.getset("__func__", get: { (v) throws(PyBaseException) -> Value in try wrapperTarget(v) }, set: readonly)
            t.getset("__wrapped__", get: { (v) throws(PyBaseException) -> Value in try wrapperTarget(v) }, set: readonly)
            t.getset("__isabstractmethod__", get: { (v) throws(PyBaseException) -> Value in
                if let ab = try Ops.lookupAttr(try wrapperTarget(v), "__isabstractmethod__"), try Ops.isTrue(ab) { return .True }
                return .False
            })
            t.def("__get__") { (a) throws(PyBaseException) -> Value in
                try a.expect("__get__", min: 2, max: 3)
                guard case .obj(let d) = a[0] else { return a[0] }
                let owner: Value = a.count > 2 && !a[2].isNone ? a[2] : .null
                if a[1].isNone && owner.isNull {
                    if d is PyClassMethod { throw PyErr.typeError("__get__(None, None) is invalid") }
                }
                return try NativeDescriptors.get(d, a[1].isNone ? .null : a[1], owner.isNull ? .obj(a[1].type) : owner)
            }
            t.def("__repr__") { (a) throws(PyBaseException) -> Value in
                let name = a[0].type.name
                return .str("<\(name)(\(try Ops.repr(try wrapperTarget(a[0])).value))>")
            }
        }
        sm.def("__call__") { (a) throws(PyBaseException) -> Value in
            try Ops.call(try wrapperTarget(a[0]), rest(a))
        }
    }

    // MARK: member and getset descriptors

    static func installMemberGetset() {
        let md = PyType.memberDescriptor
        func member(_ v: Value) throws(PyBaseException) -> PyMemberDescriptor {
            guard case .obj(let m as PyMemberDescriptor) = v else { throw PyErr.typeError("descriptor for 'member_descriptor' objects doesn't apply to a '\(v.type.name)' object") }
            return m
        }
        md.getset("__name__", get: { (v) throws(PyBaseException) -> Value in .str(try member(v).name) })
        md.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in
            let m = try member(v)
            return .str(m.owner.qualname + "." + m.name)
        })
        md.getset("__objclass__", get: { (v) throws(PyBaseException) -> Value in .obj(try member(v).owner) })
        md.getset("__doc__", get: { (_) throws(PyBaseException) -> Value in .None })
        md.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let m = try member(a[0])
            return .str("<member '\(m.name)' of '\(m.owner.name)' objects>")
        }
        md.def("__get__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__get__", min: 2, max: 3)
            let m = try member(a[0])
            if a[1].isNone { return a[0] }
            try checkDescriptorTarget(m.name, m.owner, a[1])
            return try NativeDescriptors.get(m, a[1], a.count > 2 ? a[2] : .null)
        }
        md.def("__set__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__set__", min: 3, max: 3)
            let m = try member(a[0])
            try checkDescriptorTarget(m.name, m.owner, a[1])
            try NativeDescriptors.set(m, a[1], a[2])
            return .None
        }
        md.def("__delete__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__delete__", min: 2, max: 2)
            let m = try member(a[0])
            try checkDescriptorTarget(m.name, m.owner, a[1])
            try NativeDescriptors.delete(m, a[1])
            return .None
        }

        let gs = PyType.getsetDescriptor
        func getsetDesc(_ v: Value) throws(PyBaseException) -> PyGetSetDescriptor {
            guard case .obj(let g as PyGetSetDescriptor) = v else { throw PyErr.typeError("descriptor for 'getset_descriptor' objects doesn't apply to a '\(v.type.name)' object") }
            return g
        }
        gs.getset("__name__", get: { (v) throws(PyBaseException) -> Value in .str(try getsetDesc(v).name) })
        gs.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in
            let g = try getsetDesc(v)
            return .str(g.owner.qualname + "." + g.name)
        })
        gs.getset("__objclass__", get: { (v) throws(PyBaseException) -> Value in .obj(try getsetDesc(v).owner) })
        gs.getset("__doc__", get: { (_) throws(PyBaseException) -> Value in .None })
        gs.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let g = try getsetDesc(a[0])
            return .str("<attribute '\(g.name)' of '\(g.owner.name)' objects>")
        }
        gs.def("__get__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__get__", min: 2, max: 3)
            let g = try getsetDesc(a[0])
            if a[1].isNone { return a[0] }
            try checkDescriptorTarget(g.name, g.owner, a[1])
            return try g.getter(a[1])
        }
        gs.def("__set__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__set__", min: 3, max: 3)
            let g = try getsetDesc(a[0])
            try checkDescriptorTarget(g.name, g.owner, a[1])
            try NativeDescriptors.set(g, a[1], a[2])
            return .None
        }
        gs.def("__delete__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__delete__", min: 2, max: 2)
            let g = try getsetDesc(a[0])
            try checkDescriptorTarget(g.name, g.owner, a[1])
            try NativeDescriptors.delete(g, a[1])
            return .None
        }
    }

    static func checkDescriptorTarget(_ name: String, _ owner: PyType, _ inst: Value) throws(PyBaseException) {
        if !inst.type.isSubtype(owner) {
            throw PyErr.typeError("descriptor '\(name)' for '\(owner.name)' objects doesn't apply to a '\(inst.type.name)' object")
        }
    }

    // MARK: super

    static func installSuper() {
        let s = PyType.superType
        s.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let r = rest(a)
            if r.hasKeywords { throw PyErr.typeError("super() takes no keyword arguments") }
            if r.count > 2 { throw PyErr.typeError("super() takes at most 2 arguments (\(r.count) given)") }
            if r.count == 1 {
                guard case .obj(let t as PyType) = r[0] else { throw PyErr.typeError("super() argument 1 must be a type, not \(r[0].type.name)") }
                return .obj(PySuper(t, .None, nil))
            }
            return try PySuper.make(r)
        }
        func sup(_ v: Value) throws(PyBaseException) -> PySuper {
            guard case .obj(let x as PySuper) = v else { throw PyErr.typeError("descriptor for 'super' objects doesn't apply to a '\(v.type.name)' object") }
            return x
        }
        s.getset("__thisclass__", get: { (v) throws(PyBaseException) -> Value in .obj(try sup(v).thisType) })
        s.getset("__self__", get: { (v) throws(PyBaseException) -> Value in
            let x = try sup(v)
            return x.objType == nil ? .None : x.obj
        })
        s.getset("__self_class__", get: { (v) throws(PyBaseException) -> Value in try sup(v).objType.map { .obj($0) } ?? .None })
        s.def("__repr__") { (a) throws(PyBaseException) -> Value in .str(superRepr(try sup(a[0]))) }
        s.def("__get__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__get__", min: 2, max: 3)
            let x = try sup(a[0])
            if a[1].isNone || x.objType != nil { return a[0] }
            if x.type !== PyType.superType { return try Ops.callValues(.obj(x.type), [.obj(x.thisType), a[1]]) }
            return try Args.with([.obj(x.thisType), a[1]]) { (b) throws(PyBaseException) -> Value in try PySuper.make(b) }
        }
    }

    static func superRepr(_ x: PySuper) -> String {
        if let ot = x.objType { return "<super: <class '\(x.thisType.name)'>, <\(ot.name) object>>" }
        return "<super: <class '\(x.thisType.name)'>, NULL>"
    }

    // MARK: mappingproxy

    static func proxy(_ v: Value) throws(PyBaseException) -> MappingProxy {
        guard case .obj(let p as MappingProxy) = v else { throw PyErr.typeError("descriptor for 'mappingproxy' objects doesn't apply to a '\(v.type.name)' object") }
        return p
    }

    static func installMappingProxy() {
        let mp = PyType.mappingProxy
        mp.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let p = try rest(a).bind("mappingproxy", ["mapping"], required: 1)
            guard let m = p[0] else { throw PyErr.typeError("mappingproxy() missing required argument 'mapping' (pos 1)") }
            if case .obj(let d as PyDict) = m { return .obj(MappingProxy(d)) }
            if case .obj(let other as MappingProxy) = m { return .obj(MappingProxy(other.mapping)) }
            throw PyErr.typeError("mappingproxy() argument must be a mapping, not \(m.type.name)")
        }
        mp.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__getitem__", min: 2, max: 2)
            return try Ops.getitem(.obj(try proxy(a[0]).mapping), a[1])
        }
        mp.def("get") { (a) throws(PyBaseException) -> Value in
            try a.expect("get", min: 2, max: 3)
            let d = try proxy(a[0]).mapping
            return try d.get(a[1]) ?? (a.count > 2 ? a[2] : .None)
        }
        mp.def("keys") { (a) throws(PyBaseException) -> Value in try Ops.callMethod(.obj(try proxy(a[0]).mapping), "keys", []) }
        mp.def("values") { (a) throws(PyBaseException) -> Value in try Ops.callMethod(.obj(try proxy(a[0]).mapping), "values", []) }
        mp.def("items") { (a) throws(PyBaseException) -> Value in try Ops.callMethod(.obj(try proxy(a[0]).mapping), "items", []) }
        mp.def("copy") { (a) throws(PyBaseException) -> Value in .obj(try proxy(a[0]).mapping.copy()) }
        mp.def("__iter__") { (a) throws(PyBaseException) -> Value in try Ops.getIter(.obj(try proxy(a[0]).mapping)) }
        mp.def("__reversed__") { (a) throws(PyBaseException) -> Value in try Ops.callMethod(.obj(try proxy(a[0]).mapping), "__reversed__", []) }
        mp.def("__len__") { (a) throws(PyBaseException) -> Value in .int(try proxy(a[0]).mapping.count) }
        mp.def("__contains__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__contains__", min: 2, max: 2)
            return .bool(try proxy(a[0]).mapping.get(a[1]) != nil)
        }
        mp.def("__repr__") { (a) throws(PyBaseException) -> Value in
            .str("mappingproxy(" + (try Ops.repr(.obj(try proxy(a[0]).mapping)).value) + ")")
        }
        mp.def("__str__") { (a) throws(PyBaseException) -> Value in .obj(try Ops.str(.obj(try proxy(a[0]).mapping))) }
        for (i, n) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
            mp.ns.setStr(n, .obj(PyBuiltinFunction(n, kind: .method, owner: mp, proxyCompare(i))))
        }
        mp.attr("__hash__", .None)
        mp.def("__or__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__or__", min: 2, max: 2)
            guard case .obj(let x as MappingProxy) = a[0] else { return .notImplemented }
            var other = a[1]
            if case .obj(let y as MappingProxy) = other { other = .obj(y.mapping) }
            guard case .obj(let od as PyDict) = other else { return .notImplemented }
            let r = x.mapping.copy()
            try DictOps.update(r, .obj(od))
            return .obj(r)
        }
        mp.def("__ror__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__ror__", min: 2, max: 2)
            guard case .obj(let x as MappingProxy) = a[0] else { return .notImplemented }
            var other = a[1]
            if case .obj(let y as MappingProxy) = other { other = .obj(y.mapping) }
            guard case .obj(let od as PyDict) = other else { return .notImplemented }
            let r = od.copy()
            try DictOps.update(r, .obj(x.mapping))
            return .obj(r)
        }
        mp.def("__ior__") { (a) throws(PyBaseException) -> Value in
            throw PyErr.typeError("'|=' is not supported by mappingproxy; use '|' instead")
        }
    }

    static func proxyCompare(_ op: Int) -> NativeFunction {
        switch op {
        case 0: return { (a) throws(PyBaseException) -> Value in try proxyRich(a, 0) }
        case 1: return { (a) throws(PyBaseException) -> Value in try proxyRich(a, 1) }
        case 2: return { (a) throws(PyBaseException) -> Value in try proxyRich(a, 2) }
        case 3: return { (a) throws(PyBaseException) -> Value in try proxyRich(a, 3) }
        case 4: return { (a) throws(PyBaseException) -> Value in try proxyRich(a, 4) }
        default: return { (a) throws(PyBaseException) -> Value in try proxyRich(a, 5) }
        }
    }

    static func proxyRich(_ a: Args, _ op: Int) throws(PyBaseException) -> Value {
        guard a.count == 2, case .obj(let x as MappingProxy) = a[0] else { return .notImplemented }
        return try Ops.richCompare(.obj(x.mapping), a[1], op)
    }
}

/// Methods of `object` and `type`.
enum ObjectType {
    static func install() {
        let o = PyType.object
        o.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("object.__new__(X): X is not a type object (\(a.buf.count > 0 ? MiscTypes.tpName(a[0].type) : "NULL"))") }
            if a.buf.count > 1 {
                let overridesInit = !((t.lookup(Ops.s__init__)?.object as? PyBuiltinFunction)?.owner === PyType.object)
                let overridesNew = !((t.lookup(Ops.s__new__)?.object as? PyBuiltinFunction)?.owner === PyType.object)
                if overridesNew || !overridesInit {
                    if !overridesInit { throw PyErr.typeError("\(MiscTypes.tpName(t))() takes no arguments") }
                    throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
                }
            }
            return try instantiate(t)
        }
        o.def("__init__") { (a) throws(PyBaseException) -> Value in
            if a.buf.count > 1 {
                let t = a[0].type
                let overridesInit = !((t.lookup(Ops.s__init__)?.object as? PyBuiltinFunction)?.owner === PyType.object)
                let overridesNew = !((t.lookup(Ops.s__new__)?.object as? PyBuiltinFunction)?.owner === PyType.object)
                if overridesInit || !overridesNew {
                    if !overridesNew { throw PyErr.typeError("\(MiscTypes.tpName(t))() takes no arguments") }
                    throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
            }
            return .None
        }
        o.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let x) = a[0] else { return .obj(try Ops.repr(a[0])) }
            if x.type.isHeapType { return .str("<\(x.type.fullName) object at \(NativeRepr.addr(x))>") }
            return .obj(try NativeRepr.repr(x))
        }
        o.def("__str__") { (a) throws(PyBaseException) -> Value in .obj(try Ops.repr(a[0])) }
        o.def("__eq__") { (a) throws(PyBaseException) -> Value in a[0].isSame(a[1]) ? .True : .notImplemented }
        o.def("__ne__") { (a) throws(PyBaseException) -> Value in
            guard let eqm = a[0].type.lookup(Ops.cmpDunders[2]) else { return .notImplemented }
            let r = try Ops.callCompareSlot(eqm, a[0], a[1], 2)
            if r.isNotImplemented { return r }
            return .bool(!(try Ops.isTrue(r)))
        }
        for (i, n) in ["__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            _ = i
            o.def(n) { (_) throws(PyBaseException) -> Value in .notImplemented }
        }
        o.def("__hash__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let x) = a[0] else { return .int(try Ops.hash(a[0])) }
            return .int(NumericHash.pointer(x))
        }
        o.def("__getattribute__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__getattribute__", min: 2, max: 2)
            guard case .obj(let n as PyStr) = a[1] else { throw PyErr.typeError("attribute name must be string, not '\(MiscTypes.tpName(a[1].type))'") }
            if let v = try Ops.genericGetattr(a[0], n, a[0].type) { return v }
            throw Ops.attributeError(a[0], n)
        }
        o.def("__setattr__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__setattr__", min: 3, max: 3)
            guard case .obj(let n as PyStr) = a[1] else { throw PyErr.typeError("attribute name must be string, not '\(MiscTypes.tpName(a[1].type))'") }
            try Ops.genericSetattr(a[0], n, a[2])
            return .None
        }
        o.def("__delattr__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let n as PyStr) = a[1] else { throw PyErr.typeError("attribute name must be string, not '\(MiscTypes.tpName(a[1].type))'") }
            try Ops.genericDelattr(a[0], n)
            return .None
        }
        o.def("__format__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__format__", min: 2, max: 2)
            guard case .obj(let spec as PyStr) = a[1] else { throw PyErr.typeError("__format__() argument must be str, not \(MiscTypes.tpName(a[1].type))") }
            if !spec.value.isEmpty { throw PyErr.typeError("unsupported format string passed to \(MiscTypes.tpName(a[0].type)).__format__") }
            return .obj(try Ops.str(a[0]))
        }
        o.defClass("__init_subclass__") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("\((a[0].object as? PyType)?.name ?? "object").__init_subclass__() takes no keyword arguments") }
            return .None
        }
        o.defClass("__subclasshook__") { (_) throws(PyBaseException) -> Value in .notImplemented }
        o.def("__dir__") { (a) throws(PyBaseException) -> Value in .obj(PyList(try Builtins.dirOf(a[0]))) }
        o.def("__sizeof__") { (_) throws(PyBaseException) -> Value in .int(16) }
        ObjectReduce.install()
        o.getset("__class__", get: { (v) throws(PyBaseException) -> Value in .obj(v.type) }, set: { (v, nv) throws(PyBaseException) in
            guard let nv = nv, case .obj(let nt as PyType) = nv else { throw PyErr.typeError("__class__ must be set to a class") }
            guard case .obj(let o) = v, o.type.isHeapType, nt.isHeapType, nt.layout == o.type.layout else {
                throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
            }
            o.type = nt
        })
        o.attr("__doc__", .str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))
        TypeType.install()
    }

    /// object.__new__ for a class: an instance with the class's layout.
    static func instantiate(_ t: PyType) throws(PyBaseException) -> Value {
        if t.isAbstract {
            throw PyErr.typeError("Can't instantiate abstract class \(MiscTypes.tpName(t)) with abstract method\(t.abstractNames.count == 1 ? "" : "s") \(t.abstractNames.joined(separator: ", "))")
        }
        switch t.layout {
        case .object, .other:
            let o = PyObject(type: t)
            if t.slotCount > 0 { o.slotValues = SlotValues(count: t.slotCount) }
            return .obj(o)
        case .exception:
            return .obj(PyBaseException(type: t, args: []))
        default:
            var builtin = t
            while builtin.isHeapType, let b = builtin.base { builtin = b }
            throw PyErr.typeError("object.__new__(\(MiscTypes.tpName(t))) is not safe, use \(MiscTypes.tpName(builtin)).__new__()")
        }
    }
}

extension PyType {
    static let s__abstractmethods__ = PyStr.intern("__abstractmethods__")
    /// ABC support: the class's own `__abstractmethods__` is non-empty
    /// (CPython's Py_TPFLAGS_IS_ABSTRACT, set only by assigning
    /// `__abstractmethods__` on the class itself, so it is not inherited).
    var isAbstract: Bool {
        guard isHeapType, let a = dict?.getStr(PyType.s__abstractmethods__) else { return false }
        return ((try? Ops.len(a)) ?? 0) > 0
    }
    var abstractNames: [String] {
        guard let a = dict?.getStr(PyType.s__abstractmethods__), let items = try? Ops.toArray(a) else { return [] }
        return items.compactMap { ($0.object as? PyStr)?.value }.sorted()
    }
}

/// Methods and attributes of `type`.
enum TypeType {
    /// `cls.__bases__ = (...)` (CPython's type_set_bases): heap types only,
    /// compatible layout; recomputes the MRO of the class and its subclasses.
    static func setBases(_ ty: PyType, _ nv: Value?) throws(PyBaseException) {
        guard ty.isHeapType else { throw PyErr.typeError("cannot set '__bases__' attribute of immutable type '\(MiscTypes.tpName(ty))'") }
        guard let nv = nv else { throw PyErr.typeError("cannot delete '__bases__' attribute of immutable type '\(MiscTypes.tpName(ty))'") }
        guard case .obj(let tup as PyTuple) = nv else {
            throw PyErr.typeError("can only assign tuple to \(MiscTypes.tpName(ty)).__bases__, not \(MiscTypes.tpName(nv.type))")
        }
        if tup.items.isEmpty { throw PyErr.typeError("can only assign non-empty tuple to \(MiscTypes.tpName(ty)).__bases__, not ()") }
        var bases: [PyType] = []
        for b in tup.items {
            guard case .obj(let bt as PyType) = b else {
                throw PyErr.typeError("\(MiscTypes.tpName(ty)).__bases__ must be tuple of classes, not '\(MiscTypes.tpName(b.type))'")
            }
            if bt.isSubtype(ty) { throw PyErr.typeError("a __bases__ item causes an inheritance cycle") }
            bases.append(bt)
        }
        var solid = PyType.object
        for b in bases {
            let s = b.solidBase
            if s.isSubtype(solid) { solid = s } else if !solid.isSubtype(s) {
                throw PyErr.typeError("multiple bases have instance lay-out conflict")
            }
        }
        // Exceptions share one Swift layout, but CPython's differ by solid base.
        let exceptionConflict = ty.layout == .exception && solid !== (ty.base?.solidBase ?? solid)
        if (solid.layout != ty.layout && !(solid === PyType.object && (ty.layout == .object || ty.layout == .other))) || exceptionConflict {
            let best = bases.first(where: { $0.solidBase === solid }) ?? bases[0]
            throw PyErr.typeError("__bases__ assignment: '\(MiscTypes.tpName(best))' object layout differs from '\(ty.base.map { MiscTypes.tpName($0) } ?? "object")'")
        }
        let oldBases = ty.bases
        let oldMro = ty.mro
        ty.bases = bases
        ty.base = bases.first(where: { $0.solidBase === solid }) ?? bases[0]
        do throws(PyBaseException) {
            try recomputeMro(ty)
        } catch let e {
            ty.bases = oldBases
            ty.mro = oldMro
            throw e
        }
        for b in bases where !oldBases.contains(where: { $0 === b }) { b.addSubclass(ty) }
    }

    static func recomputeMro(_ ty: PyType) throws(PyBaseException) {
        ty.mro = try TypeCreation.c3(ty, ty.bases)
        ty.modified()
        for w in ty.subclassesList {
            if let sub = w.type, sub.bases.contains(where: { $0 === ty }) { try recomputeMro(sub) }
        }
    }

    static func install() {
        let t = PyType.type
        t.base = PyType.object
        t.bases = [PyType.object]
        t.mro = [PyType.type, PyType.object]
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let meta as PyType) = a[0] else { throw PyErr.typeError("type.__new__(X): X is not a type object") }
            if a.count == 2 && meta === PyType.type { return .obj(a[1].type) }
            guard a.count == 4 else { throw PyErr.typeError("type() takes 1 or 3 arguments") }
            guard case .obj(let name as PyStr) = a[1] else { throw PyErr.typeError("type.__new__() argument 1 must be str, not \(MiscTypes.tpName(a[1].type))") }
            guard case .obj(let bases as PyTuple) = a[2] else { throw PyErr.typeError("type.__new__() argument 2 must be tuple, not \(MiscTypes.tpName(a[2].type))") }
            guard case .obj(let ns as PyDict) = a[3] else { throw PyErr.typeError("type.__new__() argument 3 must be dict, not \(MiscTypes.tpName(a[3].type))") }
            // Like CPython's type_new: when a base's metaclass is more derived
            // and has its own __new__, that __new__ makes the class.
            let winner = try TypeCreation.calculateMeta(meta, bases.items)
            if winner !== meta, let wn = winner.lookup("__new__"),
               !((wn.object as? PyBuiltinFunction)?.owner === PyType.type) {
                var args: [Value] = [.obj(winner), a[1], a[2], a[3]]
                var names: [PyStr] = []
                for (k, v) in a.keywords { args.append(v); names.append(PyStr(k)) }
                let fn = try Ops.getattr(.obj(winner), PyStr.intern("__new__"))
                return try Args.with(args, kwnames: names.isEmpty ? nil : names) { (x) throws(PyBaseException) -> Value in
                    try Ops.call(fn, x)
                }
            }
            return .obj(try TypeCreation.newType(meta, name.value, bases.items, ns, a.keywords))
        }
        t.def("__init__") { (_) throws(PyBaseException) -> Value in .None }
        t.def("__call__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0] else { throw PyErr.typeError("descriptor '__call__' requires a 'type' object") }
            return try TypeCall.call(ty, Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in .obj(try Ops.repr(a[0])) }
        t.def("mro") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0] else { return .None }
            return .obj(PyList(ty.mro.map { .obj($0) }))
        }
        t.def("__subclasses__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0] else { return .None }
            return .obj(PyList(ty.subclassesList.compactMap { $0.type.map { .obj($0) } }))
        }
        t.def("__instancecheck__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0] else { return .False }
            return .bool(a[1].type.isSubtype(ty))
        }
        t.def("__subclasscheck__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let ty as PyType) = a[0], case .obj(let sub as PyType) = a[1] else { return .False }
            return .bool(sub.isSubtype(ty))
        }
        t.defClass("__prepare__") { (_) throws(PyBaseException) -> Value in .obj(PyDict()) }
        t.def("__or__") { (a) throws(PyBaseException) -> Value in .obj(UnionType.make(a[0], a[1])) }
        t.def("__ror__") { (a) throws(PyBaseException) -> Value in .obj(UnionType.make(a[1], a[0])) }
        func typeSelf(_ v: Value) throws(PyBaseException) -> PyType {
            guard case .obj(let ty as PyType) = v else { throw PyErr.typeError("expected a type") }
            return ty
        }
        t.getset("__name__", get: { (v) throws(PyBaseException) -> Value in .str(try typeSelf(v).name) }, set: { (v, nv) throws(PyBaseException) in
            let ty = try typeSelf(v)
            guard ty.isHeapType else { throw PyErr.typeError("cannot set '__name__' attribute of immutable type '\(MiscTypes.tpName(ty))'") }
            guard let nv = nv, case .obj(let s as PyStr) = nv else { throw PyErr.typeError("can only assign string to \(MiscTypes.tpName(ty)).__name__, not '\(nv.map { MiscTypes.tpName($0.type) } ?? "NULL")'") }
            ty.name = s.value
        })
        t.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in .str(try typeSelf(v).qualname) }, set: { (v, nv) throws(PyBaseException) in
            let ty = try typeSelf(v)
            guard let nv = nv, case .obj(let s as PyStr) = nv else { throw PyErr.typeError("can only assign string to \(MiscTypes.tpName(ty)).__qualname__, not '\(nv.map { MiscTypes.tpName($0.type) } ?? "NULL")'") }
            ty.qualname = s.value
        })
        t.getset("__module__", get: { (v) throws(PyBaseException) -> Value in
            let ty = try typeSelf(v)
            if ty.isHeapType, let m = ty.dict?.getStr("__module__") { return m }
            return .str(ty.moduleName)
        }, set: { (v, nv) throws(PyBaseException) in
            let ty = try typeSelf(v)
            guard ty.isHeapType else { throw PyErr.typeError("cannot set '__module__' attribute of immutable type '\(MiscTypes.tpName(ty))'") }
            ty.dict?.setStr("__module__", nv ?? .None)
        })
        t.getset("__bases__", get: { (v) throws(PyBaseException) -> Value in .obj(PyTuple(try typeSelf(v).bases.map { .obj($0) })) },
                 set: { (v, nv) throws(PyBaseException) in try setBases(try typeSelf(v), nv) })
        t.getset("__base__", get: { (v) throws(PyBaseException) -> Value in try typeSelf(v).base.map { .obj($0) } ?? .None })
        t.getset("__mro__", get: { (v) throws(PyBaseException) -> Value in .obj(PyTuple(try typeSelf(v).mro.map { .obj($0) })) })
        t.getset("__dict__", get: { (v) throws(PyBaseException) -> Value in .obj(MappingProxy(try typeSelf(v).dict ?? PyDict())) })
        t.getset("__doc__", get: { (v) throws(PyBaseException) -> Value in
            let ty = try typeSelf(v)
            if let d = ty.dict?.getStr("__doc__") {
                if case .obj(let o) = d, o.type.hasGet, !(o is PyStr) { return try NativeDescriptors.get(o, .None, v) }
                return d
            }
            return .None
        }, set: { (v, nv) throws(PyBaseException) in
            let ty = try typeSelf(v)
            guard ty.isHeapType else { throw PyErr.typeError("cannot set '__doc__' attribute of immutable type '\(MiscTypes.tpName(ty))'") }
            guard let nv = nv else { throw PyErr.typeError("cannot delete '__doc__' attribute of immutable type '\(MiscTypes.tpName(ty))'") }
            ty.dict?.setStr("__doc__", nv)
            ty.modified()
        })
        t.getset("__abstractmethods__", get: { (v) throws(PyBaseException) -> Value in
            let ty = try typeSelf(v)
            if ty !== PyType.type, let a = ty.dict?.getStr("__abstractmethods__") { return a }
            throw PyErr.attributeError("__abstractmethods__")
        }, set: { (v, nv) throws(PyBaseException) in
            let ty = try typeSelf(v)
            if let nv = nv { ty.dict?.setStr("__abstractmethods__", nv) } else { _ = ty.dict?.removeStr("__abstractmethods__") }
        })
        t.getset("__annotations__", get: { (v) throws(PyBaseException) -> Value in
            let ty = try typeSelf(v)
            if let a = ty.dict?.getStr("__annotations__") { return a }
            if !ty.isHeapType { throw PyErr.attributeError("type object '\(MiscTypes.tpName(ty))' has no attribute '__annotations__'") }
            let d = PyDict()
            ty.dict?.setStr("__annotations__", .obj(d))
            return .obj(d)
        }, set: { (v, nv) throws(PyBaseException) in
            let ty = try typeSelf(v)
            ty.dict?.setStr("__annotations__", nv ?? .None)
        })
    }
}

/// Read-only view of a type's namespace (`mappingproxy`).
public final class MappingProxy: PyObject {
    public let mapping: PyDict
    init(_ d: PyDict) { mapping = d; super.init(type: PyType.mappingProxy, noDict: ()) }
}

/// `int | str` unions (types.UnionType).
public final class UnionType: PyObject {
    public let args: [Value]
    init(_ a: [Value]) { args = a; super.init(type: UnionType.unionType, noDict: ()) }
    static let unionType = PyType(builtin: "UnionType", base: PyType.object, layout: .other, baseType: false, module: "types")
    static func make(_ a: Value, _ b: Value) -> UnionType {
        var items: [Value] = []
        for v in [a, b] {
            if case .obj(let u as UnionType) = v { items.append(contentsOf: u.args) }
            else if v.isNone { items.append(.obj(PyType.noneType)) }
            else if !items.contains(where: { $0.isSame(v) }) { items.append(v) }
        }
        return UnionType(items)
    }
}

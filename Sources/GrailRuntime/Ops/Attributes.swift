import Synchronization
/// Attribute access: CPython's generic getattr/setattr with descriptors,
/// instance dicts, `__getattr__`/`__getattribute__` and type attributes.
public enum Ops {}

extension Ops {
    static let s__getattribute__ = PyStr.intern("__getattribute__")
    static let s__getattr__ = PyStr.intern("__getattr__")
    static let s__setattr__ = PyStr.intern("__setattr__")
    static let s__delattr__ = PyStr.intern("__delattr__")
    static let s__get__ = PyStr.intern("__get__")
    static let s__set__ = PyStr.intern("__set__")
    static let s__delete__ = PyStr.intern("__delete__")
    static let s__dict__ = PyStr.intern("__dict__")
    static let s__class__ = PyStr.intern("__class__")
    static let s__index__ = PyStr.intern("__index__")
    static let s__int__ = PyStr.intern("__int__")
    static let s__float__ = PyStr.intern("__float__")
    static let s__trunc__ = PyStr.intern("__trunc__")

    /// `getattr(o, name)`.
    public static func getattr(_ o: Value, _ name: PyStr) throws(PyBaseException) -> Value {
        let t = o.type
        if case .obj(let sup as PySuper) = o { return try sup.getattr(name) }
        if t.threadLocal, case .obj(let loc as PyThreadLocal) = o {
            if let v = try PyThreadLocal.getattr(loc, name) { return v }
            if let g = t.lookup(s__getattr__) { return try callValues(try bindDescriptor(g, o), [.obj(name)]) }
            throw PyErr.attributeError("'\(PyThreadLocal.displayName(t))' object has no attribute '\(name.value)'")
        }
        let flags = t.attrFlags
        if flags & AttrFlags.customGetattribute != 0 {
            if let ga = t.lookup(s__getattribute__), !(ga.object is PyBuiltinFunction) {
                do throws(PyBaseException) { return try callValues(try bindDescriptor(ga, o), [.obj(name)]) }
                catch let e where e.type.isSubtype(ExcTypes.attributeError) {
                    if let g = t.lookup(s__getattr__) { return try callValues(try bindDescriptor(g, o), [.obj(name)]) }
                    throw e
                }
            }
        }
        if flags & AttrFlags.getattr != 0, let g = t.lookup(s__getattr__) {
            do throws(PyBaseException) {
                if let v = try genericGetattr(o, name, t) { return v }
            } catch let e where e.type.isSubtype(ExcTypes.attributeError) {}
            return try callValues(try bindDescriptor(g, o), [.obj(name)])
        }
        if let v = try genericGetattr(o, name, t) { return v }
        if let v = try MiscTypes.getattrFallback(o, name) { return v }
        throw attributeError(o, name)
    }

    /// `getattr(o, name, None)`-style lookup: nil when missing (AttributeError swallowed).
    public static func lookupAttr(_ o: Value, _ name: String) throws(PyBaseException) -> Value? {
        do throws(PyBaseException) { return try getattr(o, PyStr.intern(name)) }
        catch let e where e.type.isSubtype(ExcTypes.attributeError) { return nil }
    }

    static func attributeError(_ o: Value, _ name: PyStr) -> PyBaseException {
        let e: PyBaseException
        if case .obj(let t as PyType) = o {
            e = PyErr.attributeError("type object '\(t.name)' has no attribute '\(name.value)'")
        } else if case .obj(let m as PyModule) = o {
            e = PyErr.attributeError("module '\(m.name)' has no attribute '\(name.value)'")
        } else {
            e = PyErr.attributeError("'\(MiscTypes.tpName(o.type))' object has no attribute '\(name.value)'")
        }
        e.dict?.setStr("name", .obj(name))
        e.dict?.setStr("obj", o)
        return e
    }

    /// object.__getattribute__ (and type.__getattribute__ for type objects).
    public static func genericGetattr(_ o: Value, _ name: PyStr, _ t: PyType) throws(PyBaseException) -> Value? {
        if case .obj(let typeObj as PyType) = o { return try typeGetattr(typeObj, name) }
        return try genericGetattr(o, name, t, instanceDict: o.object?.dict)
    }

    /// The lookup order of object.__getattribute__ with the instance dict
    /// given explicitly (a thread-local object passes its thread's dict).
    @inline(__always)
    static func genericGetattr(_ o: Value, _ name: PyStr, _ t: PyType, instanceDict: PyDict?) throws(PyBaseException) -> Value? {
        let attr = t.lookup(name)
        if let a = attr, case .obj(let ao) = a {
            let at = ao.type
            if at.isDataDescriptor && at.hasGet {
                return try descriptorGet(a, ao, o, .obj(t))
            }
        }
        if let d = instanceDict, let v = d.getStr(name) { return v }
        if let a = attr {
            if case .obj(let ao) = a {
                if ao is PyFunction || ao is PyBuiltinFunction || ao.type.hasGet { return try descriptorGet(a, ao, o, .obj(t)) }
            }
            return a
        }
        return nil
    }

    /// Calls a descriptor's `__get__` (fast paths for functions and builtins).
    @inline(__always)
    static func descriptorGet(_ a: Value, _ ao: PyObject, _ inst: Value, _ owner: Value) throws(PyBaseException) -> Value {
        if let f = ao as? PyFunction { return inst.isNull || inst.isNone && owner.isNull ? a : .obj(PyMethod(.obj(f), inst)) }
        if let b = ao as? PyBuiltinFunction {
            switch b.kind {
            case .method: return .obj(b.bind(inst))
            case .classMethod: return .obj(b.bind(owner))
            default: return a
            }
        }
        return try NativeDescriptors.get(ao, inst, owner)
    }

    /// Binds `attr` found on type(self) to `self` (for dunder calls).
    public static func bindDescriptor(_ attr: Value, _ selfValue: Value) throws(PyBaseException) -> Value {
        guard case .obj(let ao) = attr else { return attr }
        if ao is PyFunction { return .obj(PyMethod(attr, selfValue)) }
        if ao.type.hasGet { return try descriptorGet(attr, ao, selfValue, .obj(selfValue.type)) }
        return attr
    }

    static func typeGetattr(_ t: PyType, _ name: PyStr) throws(PyBaseException) -> Value? {
        let meta = t.type
        let metaAttr = meta.lookup(name)
        if let ma = metaAttr, case .obj(let mo) = ma, mo.type.isDataDescriptor {
            return try descriptorGet(ma, mo, .obj(t), .obj(meta))
        }
        if let a = t.lookup(name) {
            if case .obj(let ao) = a {
                if ao is PyFunction { return a }
                if let b = ao as? PyBuiltinFunction {
                    if b.kind == .classMethod { return .obj(b.bind(.obj(t))) }
                    return a
                }
                if ao.type.hasGet { return try NativeDescriptors.get(ao, .None, .obj(t), onType: true) }
            }
            return a
        }
        if let ma = metaAttr {
            if case .obj(let mo) = ma, mo is PyFunction || mo is PyBuiltinFunction || mo.type.hasGet {
                return try descriptorGet(ma, mo, .obj(t), .obj(meta))
            }
            return ma
        }
        return nil
    }

    /// `setattr(o, name, v)`.
    public static func setattr(_ o: Value, _ name: PyStr, _ v: Value) throws(PyBaseException) {
        let t = o.type
        if t.attrFlags & AttrFlags.customSetattr != 0, let sa = t.lookup(s__setattr__), !(sa.object is PyBuiltinFunction) {
            _ = try callValues(try bindDescriptor(sa, o), [.obj(name), v])
            return
        }
        try genericSetattr(o, name, v)
    }

    public static func genericSetattr(_ o: Value, _ name: PyStr, _ v: Value) throws(PyBaseException) {
        let t = o.type
        if t.threadLocal, case .obj(let loc as PyThreadLocal) = o, try PyThreadLocal.setattr(loc, name, v) { return }
        if case .obj(let typeObj as PyType) = o { return try typeSetattr(typeObj, name, v) }
        if let a = t.lookup(name), case .obj(let ao) = a, ao.type.hasSet {
            try NativeDescriptors.set(ao, o, v)
            return
        }
        guard case .obj(let obj) = o, let d = obj.dict else {
            if t.lookup(name) != nil {
                throw PyErr.attributeError("'\(t.name)' object attribute '\(name.value)' is read-only")
            }
            let e = PyErr.attributeError("'\(t.name)' object has no attribute '\(name.value)'")
            throw e
        }
        d.setStr(name, v)
    }

    static func typeSetattr(_ t: PyType, _ name: PyStr, _ v: Value) throws(PyBaseException) {
        if let a = t.type.lookup(name), case .obj(let ao) = a, ao.type.hasSet {
            try NativeDescriptors.set(ao, .obj(t), v)
            return
        }
        if !t.isHeapType {
            throw PyErr.typeError("cannot set '\(name.value)' attribute of immutable type '\(t.name)'")
        }
        t.dict?.setStr(name, v)
        t.modified()
    }

    /// `delattr(o, name)`.
    public static func delattr(_ o: Value, _ name: PyStr) throws(PyBaseException) {
        let t = o.type
        if t.attrFlags & AttrFlags.customDelattr != 0, let da = t.lookup(s__delattr__), !(da.object is PyBuiltinFunction) {
            _ = try callValues(try bindDescriptor(da, o), [.obj(name)])
            return
        }
        try genericDelattr(o, name)
    }

    public static func genericDelattr(_ o: Value, _ name: PyStr) throws(PyBaseException) {
        let t = o.type
        if t.threadLocal, case .obj(let loc as PyThreadLocal) = o, try PyThreadLocal.setattr(loc, name, nil) { return }
        if case .obj(let typeObj as PyType) = o {
            if !typeObj.isHeapType { throw PyErr.typeError("cannot set '\(name.value)' attribute of immutable type '\(typeObj.name)'") }
            if typeObj.dict?.removeStr(name.value) == nil { throw attributeError(o, name) }
            typeObj.modified()
            return
        }
        if let a = t.lookup(name), case .obj(let ao) = a, ao.type.hasSet {
            try NativeDescriptors.delete(ao, o)
            return
        }
        guard case .obj(let obj) = o, let d = obj.dict, d.removeStr(name.value) != nil else {
            throw attributeError(o, name)
        }
    }

    /// LOAD_METHOD: returns (method, true) when `name` is a plain function
    /// on the type that can be called with `o` prepended, else (attribute, false).
    @inline(__always)
    public static func loadMethod(_ o: Value, _ name: PyStr) throws(PyBaseException) -> (Value, Bool) {
        let t = o.type
        if !t.hasCustomGetattribute, !(o.object is PyType), !(o.object is PySuper) {
            if let a = t.lookup(name), case .obj(let ao) = a {
                if ao is PyFunction || ((ao as? PyBuiltinFunction)?.kind == .method) {
                    if case .obj(let obj) = o, let d = obj.dict, let v = d.getStr(name) { return (v, false) }
                    return (a, true)
                }
            }
        }
        return (try getattr(o, name), false)
    }
}

extension PyType {
    /// Instances define `__get__` (descriptors).
    @inline(__always) var hasGet: Bool {
        if self === PyType.function || self === PyType.builtinFunction { return false }
        return typeFlags & AttrFlags.hasGet != 0
    }
    /// Instances define `__set__` or `__delete__` (data descriptors).
    @inline(__always) var hasSet: Bool { typeFlags & AttrFlags.hasSet != 0 }
    @inline(__always) var isDataDescriptor: Bool { hasSet }
    var nativeHasGet: Bool {
        self === PyType.property || self === PyType.classmethod || self === PyType.staticmethod
            || self === PyType.memberDescriptor || self === PyType.getsetDescriptor || self === PyType.methodDescriptor
            || self === PyType.classmethodDescriptor || (dict?.getStr(Ops.s__get__) != nil)
    }
    var nativeHasSet: Bool {
        self === PyType.property || self === PyType.memberDescriptor || self === PyType.getsetDescriptor
            || (dict?.getStr(Ops.s__set__) != nil)
    }
    /// A Python class overrides `__getattribute__`.
    @inline(__always) var hasCustomGetattribute: Bool { typeFlags & AttrFlags.customGetattribute != 0 }

    /// Which attribute hooks a Python class defines in Python (`AttrFlags`;
    /// 0 for builtin types).
    @inline(__always) var attrFlags: Int { typeFlags & AttrFlags.hooks }

    /// `AttrFlags` of this type, cached for the current version.
    @inline(__always) var typeFlags: Int {
        let v = version
        let w = attrFlagsStore.load(ordering: .relaxed)
        if w >> 8 == v && w & AttrFlags.valid != 0 { return w & 0x7F }
        return computeTypeFlags(v)
    }

    @inline(never)
    func computeTypeFlags(_ v: Int) -> Int {
        func custom(_ name: PyStr) -> Bool {
            guard let a = lookup(name) else { return false }
            return !(a.object is PyBuiltinFunction)
        }
        var f = 0
        if isHeapType {
            if custom(Ops.s__getattribute__) { f |= AttrFlags.customGetattribute }
            if lookup(Ops.s__getattr__) != nil { f |= AttrFlags.getattr }
            if custom(Ops.s__setattr__) { f |= AttrFlags.customSetattr }
            if custom(Ops.s__delattr__) { f |= AttrFlags.customDelattr }
            if lookup(Ops.s__get__) != nil { f |= AttrFlags.hasGet }
            if lookup(Ops.s__set__) != nil || lookup(Ops.s__delete__) != nil { f |= AttrFlags.hasSet }
        } else {
            if nativeHasGet { f |= AttrFlags.hasGet }
            if nativeHasSet { f |= AttrFlags.hasSet }
        }
        attrFlagsStore.store(v << 8 | AttrFlags.valid | f, ordering: .relaxed)
        return f
    }
}

/// Bits of `PyType.typeFlags`.
enum AttrFlags {
    static let customGetattribute = 1
    static let getattr = 2
    static let customSetattr = 4
    static let customDelattr = 8
    static let hooks = 15
    static let hasGet = 32
    static let hasSet = 64
    static let valid = 128
}

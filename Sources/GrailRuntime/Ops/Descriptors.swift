/// `property`. Thread-safety: immutable after construction (`getter`/`setter` copy).
public final class PyProperty: PyObject {
    public var fget: Value, fset: Value, fdel: Value, doc: Value
    public init(fget: Value, fset: Value, fdel: Value, doc: Value, type: PyType = PyType.property) {
        self.fget = fget; self.fset = fset; self.fdel = fdel; self.doc = doc
        super.init(type: type, noDict: ())
        if type !== PyType.property { dict = PyDict() }
    }
}

/// `classmethod(f)` / `staticmethod(f)`. Thread-safety: immutable.
public final class PyClassMethod: PyObject {
    public let callable: Value
    public init(_ c: Value, type: PyType = PyType.classmethod) { callable = c; super.init(type: type) }
}
public final class PyStaticMethod: PyObject {
    public let callable: Value
    public init(_ c: Value, type: PyType = PyType.staticmethod) { callable = c; super.init(type: type) }
}

/// A `__slots__` member: reads and writes `slotValues[index]`.
/// Thread-safety: the slot store is one value write.
public final class PyMemberDescriptor: PyObject {
    public let name: String
    public let index: Int
    public let owner: PyType
    private let nameAnchor: UInt
    public init(name: String, index: Int, owner: PyType) {
        self.name = name; self.index = index; self.owner = owner
        nameAnchor = PyStr.anchor(name)
        super.init(type: PyType.memberDescriptor, noDict: ())
    }
}

/// A native attribute (`__dict__`, `__class__`, `__name__` of types, ...).
/// Thread-safety: immutable; the accessors carry their own rules.
public final class PyGetSetDescriptor: PyObject {
    public let name: String
    public let owner: PyType
    public let getter: (Value) throws(PyBaseException) -> Value
    public let setter: ((Value, Value?) throws(PyBaseException) -> Void)?
    private let nameAnchor: UInt
    public init(_ name: String, owner: PyType, get: @escaping (Value) throws(PyBaseException) -> Value,
                set: ((Value, Value?) throws(PyBaseException) -> Void)? = nil) {
        self.name = name; self.owner = owner; self.getter = get; self.setter = set
        nameAnchor = PyStr.anchor(name)
        super.init(type: PyType.getsetDescriptor, noDict: ())
    }
}

/// `__get__`/`__set__`/`__delete__` of the native descriptor types and of
/// Python classes that define them.
enum NativeDescriptors {
    static func get(_ d: PyObject, _ inst: Value, _ owner: Value, onType: Bool = false) throws(PyBaseException) -> Value {
        let instIsMissing = onType || inst.isNull
        switch d {
        case let p as PyProperty:
            if instIsMissing { return .obj(p) }
            if p.fget.isNone { throw PyErr.attributeError("property '\(propertyName(p))' of '\(inst.type.name)' object has no getter") }
            return try Ops.callValues(p.fget, [inst])
        case let c as PyClassMethod:
            let cls: Value = owner.isNull ? .obj(inst.type) : owner
            if case .obj(let co) = c.callable, co.type.isHeapType, co.type.hasGet {
                return try Ops.callValues(try Ops.getattr(c.callable, Ops.s__get__), [cls, cls])
            }
            return .obj(PyMethod(c.callable, cls))
        case let s as PyStaticMethod:
            return s.callable
        case let m as PyMemberDescriptor:
            if instIsMissing { return .obj(m) }
            guard case .obj(let o) = inst, let sv = o.slotValues, m.index < sv.count, !sv[m.index].isNull else {
                let e = PyErr.attributeError("'\(inst.type.name)' object has no attribute '\(m.name)'")
                throw e
            }
            return sv[m.index]
        case let g as PyGetSetDescriptor:
            if instIsMissing { return .obj(g) }
            return try g.getter(inst)
        case let b as PyBuiltinFunction:
            if instIsMissing { return b.kind == .classMethod ? .obj(b.bind(owner)) : .obj(b) }
            return .obj(b.bind(b.kind == .classMethod ? owner : inst))
        default:
            guard let getm = d.type.lookup(Ops.s__get__) else { return .obj(d) }
            return try Ops.callValues(getm, [.obj(d), onType ? .None : inst, owner.isNull ? .obj(inst.type) : owner])
        }
    }

    static func propertyName(_ p: PyProperty) -> String {
        if case .obj(let f as PyFunction) = p.fget { return f.name.value }
        return "?"
    }

    static func set(_ d: PyObject, _ inst: Value, _ v: Value) throws(PyBaseException) {
        switch d {
        case let p as PyProperty:
            if p.fset.isNone { throw PyErr.attributeError("property '\(propertyName(p))' of '\(inst.type.name)' object has no setter") }
            _ = try Ops.callValues(p.fset, [inst, v])
        case let m as PyMemberDescriptor:
            guard case .obj(let o) = inst else { throw PyErr.typeError("bad slot owner") }
            var sv = o.slotValues ?? SlotValues(count: max(o.type.slotCount, m.index + 1))
            if m.index >= sv.count { sv = sv.grown(to: m.index + 1) }
            sv[m.index] = v
            if o.slotValues !== sv { o.slotValues = sv }
        case let g as PyGetSetDescriptor:
            guard let s = g.setter else { throw PyErr.attributeError("attribute '\(g.name)' of '\(MiscTypes.tpName(g.owner))' objects is not writable") }
            try s(inst, v)
        default:
            guard let setm = d.type.lookup(Ops.s__set__) else {
                throw PyErr.attributeError("__set__")
            }
            _ = try Ops.callValues(setm, [.obj(d), inst, v])
        }
    }

    static func delete(_ d: PyObject, _ inst: Value) throws(PyBaseException) {
        switch d {
        case let p as PyProperty:
            if p.fdel.isNone { throw PyErr.attributeError("property '\(propertyName(p))' of '\(inst.type.name)' object has no deleter") }
            _ = try Ops.callValues(p.fdel, [inst])
        case let m as PyMemberDescriptor:
            guard case .obj(let o) = inst, let sv = o.slotValues, m.index < sv.count, !sv[m.index].isNull else {
                throw PyErr.attributeError("'\(inst.type.name)' object has no attribute '\(m.name)'")
            }
            sv[m.index] = .null
        case let g as PyGetSetDescriptor:
            guard let s = g.setter else { throw PyErr.attributeError("attribute '\(g.name)' of '\(MiscTypes.tpName(g.owner))' objects is not writable") }
            try s(inst, nil)
        default:
            guard let delm = d.type.lookup(Ops.s__delete__) else { throw PyErr.attributeError("__delete__") }
            _ = try Ops.callValues(delm, [.obj(d), inst])
        }
    }
}

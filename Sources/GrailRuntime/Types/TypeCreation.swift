import GrailCompiler
/// Class creation: `__build_class__`, `type(name, bases, ns)`, the C3 MRO,
/// `__slots__`, `__set_name__`, `__init_subclass__` and `__classcell__`.
public enum TypeCreation {
    /// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)
    static func buildClass(_ args: Args) throws(PyBaseException) -> Value {
        guard args.count >= 2 else { throw PyErr.typeError("__build_class__: not enough arguments") }
        guard case .obj(let fn as PyFunction) = args[0] else { throw PyErr.typeError("__build_class__: func must be a function") }
        guard case .obj(let nameObj as PyStr) = args[1] else { throw PyErr.typeError("__build_class__: name is not a string") }
        var bases = Array(args.buf[2..<args.count])
        var kwargs = args.keywords
        var meta: Value? = nil
        if let i = kwargs.firstIndex(where: { $0.0 == "metaclass" }) { meta = kwargs[i].1; kwargs.remove(at: i) }
        // __mro_entries__ (PEP 560)
        var resolved: [Value] = []
        var changed = false
        for b in bases {
            if b.object is PyType { resolved.append(b); continue }
            if let me = try Ops.lookupAttr(b, "__mro_entries__") {
                let r = try Ops.callValues(me, [.obj(PyTuple(bases))])
                guard case .obj(let t as PyTuple) = r else { throw PyErr.typeError("__mro_entries__ must return a tuple") }
                resolved.append(contentsOf: t.items)
                changed = true
            } else { resolved.append(b) }
        }
        let origBases = bases
        if changed { bases = resolved }
        var metaclass: Value
        if let m = meta { metaclass = m } else if let b = bases.first { metaclass = .obj(b.type) } else { metaclass = .obj(PyType.type) }
        if case .obj(let mt as PyType) = metaclass {
            metaclass = .obj(try calculateMeta(mt, bases))
        }
        let ns: Value
        if let prep = try Ops.lookupAttr(metaclass, "__prepare__") {
            ns = try Ops.callValues(prep, [.obj(nameObj), .obj(PyTuple(bases))], kwargs: kwargs)
        } else {
            ns = .obj(PyDict())
        }
        guard case .obj(let nsObj) = ns else { throw PyErr.typeError("__prepare__() must return a mapping") }
        let cellV = try Interpreter.runCode(fn.code, globals: fn.globals, locals: nsObj, closure: fn.closure)
        if changed, let d = nsObj as? PyDict { d.setStr("__orig_bases__", .obj(PyTuple(origBases))) }
        let cls = try Ops.callValues(metaclass, [.obj(nameObj), .obj(PyTuple(bases)), ns], kwargs: kwargs)
        if case .obj(let cell as PyCell) = cellV {
            cell.ref = cls
        }
        return cls
    }

    /// The most derived metaclass of `meta` and the bases' metaclasses.
    static func calculateMeta(_ meta: PyType, _ bases: [Value]) throws(PyBaseException) -> PyType {
        var winner = meta
        for b in bases {
            let bt = b.type
            if winner.isSubtype(bt) { continue }
            if bt.isSubtype(winner) { winner = bt; continue }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// type.__new__(meta, name, bases, ns, **kwds)
    static func newType(_ meta: PyType, _ name: String, _ basesV: [Value], _ ns: PyDict, _ kwargs: [(String, Value)]) throws(PyBaseException) -> PyType {
        var bases: [PyType] = []
        _ = try calculateMeta(meta, basesV)
        for b in basesV {
            guard case .obj(let t as PyType) = b else {
                throw PyErr.typeError("bases must be types")
            }
            if !t.isBaseType { throw PyErr.typeError("type '\(MiscTypes.tpName(t))' is not an acceptable base type") }
            bases.append(t)
        }
        for (i, b) in bases.enumerated() where bases[..<i].contains(where: { $0 === b }) {
            throw PyErr.typeError("duplicate base class \(b.name)")
        }
        if bases.isEmpty { bases = [PyType.object] }
        let winner = try calculateMeta(meta, basesV)
        let dict = ns.copy()
        var qualname = name
        if let q = dict.getStr("__qualname__") {
            guard case .obj(let qs as PyStr) = q else { throw PyErr.typeError("type __qualname__ must be a str, not \(MiscTypes.tpName(q.type))") }
            qualname = qs.value
            _ = dict.removeStr("__qualname__")
        }
        let t = PyType(heap: name, qualname: qualname, bases: bases, metatype: winner, dict: dict)
        t.mro = try c3(t, bases)
        // Layout: the most derived solid base.
        var solid = PyType.object
        for b in bases {
            let s = b.solidBase
            if s.isSubtype(solid) { solid = s }
            else if !solid.isSubtype(s) {
                throw PyErr.typeError("multiple bases have instance lay-out conflict")
            }
        }
        t.layout = solid.layout
        t.base = bases.first(where: { $0.solidBase === solid }) ?? bases[0]
        // __slots__
        var inheritedSlots = 0
        var baseHasDict = false
        for b in t.mro.dropFirst() {
            inheritedSlots = max(inheritedSlots, b.slotCount)
            if b.isHeapType && b.instancesHaveDict { baseHasDict = true }
            if !b.isHeapType && b.instancesHaveDict { baseHasDict = true }
        }
        if let slots = dict.getStr("__slots__") {
            var names: [String] = []
            if case .obj(let s as PyStr) = slots { names = [s.value] }
            else {
                for v in try Ops.toArray(slots) {
                    guard case .obj(let s as PyStr) = v else { throw PyErr.typeError("__slots__ items must be strings, not '\(MiscTypes.tpName(v.type))'") }
                    names.append(s.value)
                }
            }
            var wantsDict = false
            var idx = inheritedSlots
            var added = Set<String>()
            var wantsWeakref = false
            for n in names {
                if !Self.isIdentifier(n) { throw PyErr.typeError("__slots__ must be identifiers") }
                if n == "__dict__" {
                    if wantsDict || baseHasDict { throw PyErr.typeError("__dict__ slot disallowed: we already got one") }
                    wantsDict = true
                    continue
                }
                if n == "__weakref__" {
                    if wantsWeakref || baseHasDict { throw PyErr.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0") }
                    wantsWeakref = true
                    continue
                }
                if added.contains(n) { continue }
                added.insert(n)
                if dict.getStr(n) != nil {
                    throw PyErr.valueError("'\(n)' in __slots__ conflicts with class variable")
                }
                let mangled = n.hasPrefix("__") && !n.hasSuffix("__") ? "_" + name.drop(while: { $0 == "_" }) + n : n
                dict.setStr(mangled, .obj(PyMemberDescriptor(name: mangled, index: idx, owner: t)))
                idx += 1
            }
            if wantsWeakref && dict.getStr("__weakref__") == nil { dict.setStr("__weakref__", Self.weakrefDescriptor(t)) }
            t.slotNames = names
            t.slotCount = idx
            t.instancesHaveDict = wantsDict || baseHasDict
        } else {
            t.slotCount = inheritedSlots
            t.instancesHaveDict = true
        }
        if t.instancesHaveDict && !baseHasDict && dict.getStr("__dict__") == nil {
            dict.setStr("__dict__", .obj(PyGetSetDescriptor("__dict__", owner: t, get: { (v) throws(PyBaseException) -> Value in
                guard case .obj(let x) = v, let d = x.dict else { throw PyErr.attributeError("'\(MiscTypes.tpName(v.type))' object has no attribute '__dict__'") }
                return .obj(d)
            }, set: { (v, nv) throws(PyBaseException) in
                guard case .obj(let x) = v, let nv = nv, case .obj(let d as PyDict) = nv else {
                    throw PyErr.typeError("__dict__ must be set to a dictionary, not a '\(nv.map { MiscTypes.tpName($0.type) } ?? "NULL")'")
                }
                x.dict = d
            })))
            dict.setStr("__weakref__", Self.weakrefDescriptor(t))
        }
        if dict.getStr("__module__") == nil, let f = Runtime.thread.frame, let m = f.globals.getStr("__name__") {
            dict.setStr("__module__", m)
        }
        if case .obj(let f as PyFunction)? = dict.getStr("__new__") { dict.setStr("__new__", .obj(PyStaticMethod(.obj(f)))) }
        for n in ["__init_subclass__", "__class_getitem__"] {
            if case .obj(let f as PyFunction)? = dict.getStr(n) { dict.setStr(n, .obj(PyClassMethod(.obj(f)))) }
        }
        if dict.getStr("__doc__") == nil { dict.setStr("__doc__", .None) }
        // A class defining __eq__ without __hash__ is unhashable.
        if dict.getStr("__eq__") != nil && dict.getStr("__hash__") == nil { dict.setStr("__hash__", .None) }
        _ = dict.removeStr("__classcell__")
        for b in bases { b.addSubclass(t) }
        // __set_name__
        for (k, v) in dict.items {
            if case .obj(let o) = v, o.type.isHeapType, let sn = o.type.lookup("__set_name__") {
                do throws(PyBaseException) { _ = try Ops.callValues(try Ops.bindDescriptor(sn, v), [.obj(t), k]) }
                catch let e {
                    let n = try Ops.repr(k).value
                    let r = PyErr.runtimeError("Error calling __set_name__ on '\(MiscTypes.tpName(o.type))' instance \(n) in '\(name)'")
                    r.cause = e
                    _ = r
                    throw e
                }
            }
        }
        // __init_subclass__ of the parent
        if let parentMro = t.mro.dropFirst().first(where: { $0.dict?.getStr("__init_subclass__") != nil }),
           let isub = parentMro.dict?.getStr("__init_subclass__") {
            let bound: Value
            switch isub.object {
            case let c as PyClassMethod: bound = .obj(PyMethod(c.callable, .obj(t)))
            case let b as PyBuiltinFunction: bound = .obj(b.bind(.obj(t)))
            default: bound = try Ops.bindDescriptor(isub, .obj(t))
            }
            _ = try Ops.callValues(bound, [], kwargs: kwargs)
        } else if !kwargs.isEmpty {
            throw PyErr.typeError("\(name).__init_subclass__() takes no keyword arguments")
        }
        return t
    }

    /// str.isidentifier for slot names.
    /// `__weakref__`: the first weak reference to the instance, or None.
    static func weakrefDescriptor(_ t: PyType) -> Value {
        .obj(PyGetSetDescriptor("__weakref__", owner: t, get: { (v) throws(PyBaseException) -> Value in WeakRegistry.firstReference(v) }))
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        if !(first == "_" || first.properties.isXIDStart) { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }

    /// C3 linearisation.
    static func c3(_ t: PyType, _ bases: [PyType]) throws(PyBaseException) -> [PyType] {
        var seqs: [[PyType]] = bases.map { $0.mro } + [bases]
        var result: [PyType] = [t]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType? = nil
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(where: { $0 === head }) }) { candidate = head; break }
            }
            guard let c = candidate else {
                var heads: [PyType] = []
                for s in seqs where !heads.contains(where: { $0 === s[0] }) { heads.append(s[0]) }
                let names = heads.map { $0.name }.joined(separator: ", ")
                throw PyErr.typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(c)
            seqs = seqs.map { s in s.first === c ? Array(s.dropFirst()) : s }
        }
    }
}

/// `super` objects.
public final class PySuper: PyObject {
    public let thisType: PyType
    public let obj: Value
    public let objType: PyType?
    init(_ t: PyType, _ obj: Value, _ objType: PyType?) {
        thisType = t; self.obj = obj; self.objType = objType
        super.init(type: PyType.superType, noDict: ())
    }

    func getattr(_ name: PyStr) throws(PyBaseException) -> Value {
        if let start = objType, name.value != "__class__" {
            let mro = start.mro
            if let i = mro.firstIndex(where: { $0 === thisType }) {
                for t in mro[(i + 1)...] {
                    guard let v = t.dict?.getStr(name) else { continue }
                    if case .obj(let o) = v {
                        let instance: Value = (obj.object === start && !(start === obj.type)) ? .null : obj
                        if o is PyFunction { return instance.isNull ? v : .obj(PyMethod(v, obj)) }
                        if let b = o as? PyBuiltinFunction {
                            switch b.kind {
                            case .method: return instance.isNull ? v : .obj(b.bind(obj))
                            case .classMethod: return .obj(b.bind(.obj(start)))
                            default: return v
                            }
                        }
                        if o.type.hasGet { return try NativeDescriptors.get(o, instance.isNull ? .None : obj, .obj(start), onType: instance.isNull) }
                    }
                    return v
                }
            }
        }
        guard let v = try Ops.genericGetattr(.obj(self), name, PyType.superType) else {
            throw PyErr.attributeError("'super' object has no attribute '\(name.value)'")
        }
        return v
    }

    static func make(_ args: Args) throws(PyBaseException) -> Value {
        var t: PyType
        var obj: Value
        if args.count == 0 {
            // Zero-argument form: __class__ cell and first argument of the caller.
            guard let f = Runtime.thread.frame else { throw PyErr.runtimeError("super(): no current frame") }
            let code = f.code
            guard code.argCount > 0 || code.flags.contains(.varArgs) else { throw PyErr.runtimeError("super(): no arguments") }
            var first = f.fast[0]
            if let ci = code.cell2arg.firstIndex(where: { $0 == 0 }), case .obj(let c as PyCell) = f.fast[code.nlocals + ci] { first = c.ref }
            if first.isNull { throw PyErr.runtimeError("super(): arg[0] deleted") }
            guard let i = code.freevars.firstIndex(where: { $0.value == "__class__" }),
                  case .obj(let cell as PyCell) = f.fast[code.nlocals + code.cellvars.count + i] else {
                throw PyErr.runtimeError("super(): __class__ cell not found")
            }
            guard case .obj(let ct as PyType) = cell.ref else { throw PyErr.runtimeError("super(): empty __class__ cell") }
            t = ct
            obj = first
        } else {
            guard case .obj(let tt as PyType) = args[0] else { throw PyErr.typeError("super() argument 1 must be a type, not \(MiscTypes.tpName(args[0].type))") }
            t = tt
            obj = args.count > 1 ? args[1] : .None
        }
        var objType: PyType? = nil
        if !obj.isNone || args.count > 1 {
            if case .obj(let ot as PyType) = obj, ot.isSubtype(t) { objType = ot }
            else if obj.type.isSubtype(t) { objType = obj.type }
            else { throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type") }
        }
        return .obj(PySuper(t, obj, objType))
    }
}

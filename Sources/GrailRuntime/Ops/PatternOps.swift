/// The structural pattern matching opcodes (MATCH_MAPPING, MATCH_SEQUENCE,
/// MATCH_KEYS, MATCH_CLASS) with CPython 3.11's semantics (ceval.c's
/// match_keys/match_class). Which types count as sequences or mappings
/// follows CPython's type flags: list, tuple, range, memoryview,
/// array.array, collections.deque and their subclasses are sequences (str,
/// bytes and bytearray are not); dict, mappingproxy and their subclasses are
/// mappings; a class whose MRO carries `__abc_tpflags__` (as
/// collections.abc.Sequence/Mapping do) gets the corresponding flag.
/// Thread-safety: stateless.
enum PatternOps {
    static let flagSequence = 1 << 5
    static let flagMapping = 1 << 6

    /// The collection flags of a type: the first class on the MRO that has any decides.
    static func collectionFlags(_ t: PyType) -> Int {
        for c in t.mro {
            if !c.isHeapType {
                if c === PyType.list || c === PyType.tuple || c === PyType.range || c === PyType.memoryview { return flagSequence }
                if c === PyType.dict || c === PyType.mappingProxy { return flagMapping }
                if (c.name == "deque" && c.moduleName == "collections") || (c.name == "array" && c.moduleName == "array") { return flagSequence }
                if c === PyType.str || c === PyType.bytes || c === PyType.bytearray { return 0 }
            } else if let f = c.dict?.getStr("__abc_tpflags__"), let bits = IntOps.small(f) {
                let flags = bits & (flagSequence | flagMapping)
                if flags != 0 { return flags }
            }
        }
        return 0
    }

    static func isMapping(_ v: Value) -> Bool {
        if case .obj(let o) = v, o is PyDict || o is MappingProxy { return true }
        guard case .obj = v else { return false }
        return collectionFlags(v.type) & flagMapping != 0
    }

    static func isSequence(_ v: Value) -> Bool {
        guard case .obj(let o) = v else { return false }
        if o is PyList || o is PyTuple || o is PyRange { return true }
        if o is PyStr || o is PyBytes || o is PyDict { return false }
        return collectionFlags(o.type) & flagSequence != 0
    }

    /// MATCH_KEYS: a tuple of the values for `keys` (a tuple), or None when one is missing.
    static func matchKeys(_ subject: Value, _ keys: Value) throws(PyBaseException) -> Value {
        guard case .obj(let kt as PyTuple) = keys else { throw PyErr.make(ExcTypes.systemError, "MATCH_KEYS expects a tuple of keys") }
        if kt.count == 0 { return .obj(PyTuple.empty) }
        let seen = PySet()
        let dummy = Value.obj(PyObject(type: PyType.object, noDict: ()))
        var exactDict: PyDict? = nil
        var getMethod: Value = .null
        if case .obj(let d as PyDict) = subject, d.type === PyType.dict { exactDict = d }
        else { getMethod = try Ops.getattr(subject, PyStr.intern("get")) }
        var values: [Value] = []
        values.reserveCapacity(kt.count)
        for key in kt.items {
            if try seen.contains(key) {
                throw PyErr.valueError("mapping pattern checks duplicate key (\(try Ops.repr(key).value))")
            }
            try seen.add(key)
            let value: Value
            if let d = exactDict {
                guard let v = try d.get(key) else { return .None }
                value = v
            } else {
                value = try Ops.callValues(getMethod, [key, dummy])
                if value.isSame(dummy) { return .None }
            }
            values.append(value)
        }
        return .obj(PyTuple(values))
    }

    /// Builtins that match themselves with one positional sub-pattern (`int(x)`).
    static func matchesSelf(_ t: PyType) -> Bool {
        for c in t.mro where !c.isHeapType {
            if c === PyType.bool || c === PyType.bytearray || c === PyType.bytes || c === PyType.dict || c === PyType.float
                || c === PyType.frozenset || c === PyType.int || c === PyType.list || c === PyType.set || c === PyType.str
                || c === PyType.tuple { return true }
        }
        return false
    }

    /// MATCH_CLASS: the tuple of extracted attributes, or None when the match fails.
    static func matchClass(_ subject: Value, _ cls: Value, _ count: Int, _ names: Value) throws(PyBaseException) -> Value {
        guard case .obj(let t as PyType) = cls else { throw PyErr.typeError("called match pattern must be a type") }
        if !(try Builtins.isInstance(subject, cls)) { return .None }
        let seen = PySet()
        var attrs: [Value] = []
        if count > 0 {
            var matchSelf = false
            var matchArgs: [Value] = []
            if let ma = try Ops.lookupAttr(cls, "__match_args__") {
                guard case .obj(let mt as PyTuple) = ma, mt.type === PyType.tuple else {
                    throw PyErr.typeError("\(t.name).__match_args__ must be a tuple (got \(ma.type.name))")
                }
                matchArgs = mt.items
            } else {
                matchSelf = matchesSelf(t)
            }
            let allowed = matchSelf ? 1 : matchArgs.count
            if allowed < count {
                throw PyErr.typeError("\(t.name)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(count) given)")
            }
            if matchSelf {
                attrs.append(subject)
            } else {
                for i in 0..<count {
                    guard case .obj(let n as PyStr) = matchArgs[i], n.type === PyType.str else {
                        throw PyErr.typeError("__match_args__ elements must be strings (got \(matchArgs[i].type.name))")
                    }
                    guard let v = try classAttr(subject, t, n, seen) else { return .None }
                    attrs.append(v)
                }
            }
        }
        if case .obj(let nt as PyTuple) = names {
            for n in nt.items {
                guard case .obj(let ns as PyStr) = n else { continue }
                guard let v = try classAttr(subject, t, ns, seen) else { return .None }
                attrs.append(v)
            }
        }
        return .obj(PyTuple(attrs))
    }

    /// CPython's match_class_attr: duplicate names are an error; a missing attribute fails the match.
    static func classAttr(_ subject: Value, _ t: PyType, _ name: PyStr, _ seen: PySet) throws(PyBaseException) -> Value? {
        if try seen.contains(.obj(name)) {
            throw PyErr.typeError("\(t.name)() got multiple sub-patterns for attribute \(StrRepr.repr(name.value))")
        }
        try seen.add(.obj(name))
        do throws(PyBaseException) {
            return try Ops.getattr(subject, name)
        } catch let e where e.type.isSubtype(ExcTypes.attributeError) {
            return nil
        }
    }
}

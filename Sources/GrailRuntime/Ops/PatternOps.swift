// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

enum PatternOps {
    static func isMapping(_ v: Value) -> Bool { v.object is PyDict || v.type.isSubtype(PyType.dict) }
    static func isSequence(_ v: Value) -> Bool {
        guard case .obj(let o) = v else { return false }
        return o is PyList || o is PyTuple || o is PyRange
    }
    static func matchKeys(_ subject: Value, _ keys: Value) throws(PyBaseException) -> Value {
        guard case .obj(let kt as PyTuple) = keys else { return .None }
        var out: [Value] = []
        for k in kt.items {
            if case .obj(let d as PyDict) = subject {
                guard let v = try d.get(k) else { return .None }
                out.append(v)
            } else {
                guard let getm = try Ops.lookupAttr(subject, "get") else { return .None }
                let marker = PyObject(type: PyType.object)
                let v = try Ops.callValues(getm, [k, .obj(marker)])
                if case .obj(let vo) = v, vo === marker { return .None }
                out.append(v)
            }
        }
        return .obj(PyTuple(out))
    }
    static func matchClass(_ subject: Value, _ cls: Value, _ count: Int, _ names: Value) throws(PyBaseException) -> Value {
        guard case .obj(let t as PyType) = cls else { throw PyErr.typeError("called match pattern must be a class") }
        if !subject.type.isSubtype(t) { return .None }
        var out: [Value] = []
        if count > 0 {
            let selfMatching: Set<ObjectIdentifier> = [PyType.bool, PyType.bytearray, PyType.bytes, PyType.dict, PyType.float, PyType.frozenset, PyType.int, PyType.list, PyType.set, PyType.str, PyType.tuple].reduce(into: []) { $0.insert(ObjectIdentifier($1)) }
            if let ma = try Ops.lookupAttr(cls, "__match_args__") {
                guard case .obj(let mt as PyTuple) = ma else { throw PyErr.typeError("\(t.name).__match_args__ must be a tuple (got \(ma.type.name))") }
                if count > mt.count {
                    throw PyErr.typeError("\(t.name)() accepts \(mt.count) positional sub-pattern\(mt.count == 1 ? "" : "s") (\(count) given)")
                }
                for i in 0..<count {
                    guard case .obj(let n as PyStr) = mt.items[i] else { throw PyErr.typeError("__match_args__ elements must be strings (got \(mt.items[i].type.name))") }
                    guard let v = try Ops.lookupAttr(subject, n.value) else { return .None }
                    out.append(v)
                }
            } else if t.mro.contains(where: { selfMatching.contains(ObjectIdentifier($0)) }) && !t.isHeapType || t.mro.contains(where: { !$0.isHeapType && selfMatching.contains(ObjectIdentifier($0)) }) {
                if count > 1 { throw PyErr.typeError("\(t.name)() accepts 1 positional sub-pattern (\(count) given)") }
                out.append(subject)
            } else {
                throw PyErr.typeError("\(t.name)() accepts 0 positional sub-patterns (\(count) given)")
            }
        }
        if case .obj(let nt as PyTuple) = names {
            for n in nt.items {
                guard case .obj(let ns as PyStr) = n else { continue }
                guard let v = try Ops.lookupAttr(subject, ns.value) else { return .None }
                out.append(v)
            }
        }
        return .obj(PyTuple(out))
    }
}


// Minimal versions of operations that dedicated files will replace.
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

/// `list[int]`-style aliases (types.GenericAlias).
public final class GenericAlias: PyObject {
    public let origin: Value
    public let args: Value
    init(_ o: Value, _ a: Value) {
        origin = o; args = a
        super.init(type: GenericAlias.aliasType, noDict: ())
    }
    static let aliasType = PyType(builtin: "GenericAlias", base: PyType.object, layout: .other, baseType: false, module: "types")
    static func make(_ o: Value, _ a: Value) -> GenericAlias { GenericAlias(o, a) }
}

enum StrSearch {
    /// Index (in code points) of `sub` in `s[start:end]`, or -1.
    static func find(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
        let a = s.isASCII ? s.value.utf8.map { UInt32($0) } : s.scalars.map { $0.value }
        let b = sub.isASCII ? sub.value.utf8.map { UInt32($0) } : sub.scalars.map { $0.value }
        let lo = max(0, start), hi = min(a.count, end)
        if b.isEmpty { return lo <= hi ? lo : -1 }
        if hi - lo < b.count { return -1 }
        var i = lo
        while i + b.count <= hi {
            if a[i] == b[0] {
                var j = 1
                while j < b.count && a[i + j] == b[j] { j += 1 }
                if j == b.count { return i }
            }
            i += 1
        }
        return -1
    }
}

enum StrFormatting {
    static func percent(_ s: PyStr, _ args: Value) throws(PyBaseException) -> Value {
        throw PyErr.notImplemented("str % formatting")
    }
}

enum FormatSpec {
    static func formatNative(_ v: Value, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        if spec.value.isEmpty { return try Ops.str(v) }
        throw PyErr.typeError("unsupported format string passed to \(v.type.name).__format__")
    }
}

enum ComplexOps {
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? { nil }
    static func pow(_ a: Double, _ b: Double, _ c: Double, _ d: Double) throws(PyBaseException) -> PyComplex {
        throw PyErr.notImplemented("complex power")
    }
    static func repr(_ re: Double, _ im: Double) -> String {
        func part(_ d: Double) -> String {
            var s = pyFloatRepr(d)
            if s.hasSuffix(".0") { s.removeLast(2) }
            return s
        }
        if re == 0 && re.sign == .plus { return part(im) + "j" }
        let i = part(im)
        return "(" + part(re) + (i.hasPrefix("-") || im.isNaN && false ? "" : "+") + i + "j)"
    }
}

enum NativeOpsExtra {
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? { nil }
    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Bool? { nil }
    static func hash(_ o: PyObject) throws(PyBaseException) -> Int? {
        if o is PySet, !(o as! PySet).frozen { throw PyErr.typeError("unhashable type: '\(o.type.name)'") }
        return nil
    }
    static func repr(_ o: PyObject) throws(PyBaseException) -> PyStr? { nil }
}

enum ExceptionGroups {
    static func make(message: String, excs: [Value], like: PyBaseException?) throws(PyBaseException) -> PyBaseException {
        PyBaseException(type: ExcTypes.exceptionGroup, args: [.str(message), .obj(PyTuple(excs))])
    }
    static func split(_ e: PyBaseException, _ pred: (Value) throws(PyBaseException) -> Bool) throws(PyBaseException) -> (Value, Value) {
        (.None, .obj(e))
    }
    static func prepReraise(_ orig: Value, _ raised: [Value]) throws(PyBaseException) -> Value { raised[0] }
}

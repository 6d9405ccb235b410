/// CPython's "struct sequence" types (`sys.version_info`, `sys.flags`,
/// `time.struct_time`...): tuple subclasses whose items also have names.
/// Thread-safety: the types are immutable after creation.
public enum StructSeq {
    /// A new struct-sequence type with the given field names.
    public static func makeType(_ name: String, module: String, fields: [String]) -> PyType {
        let t = PyType(builtin: name, base: PyType.tuple, layout: .tuple, baseType: false, module: module)
        t.attr("n_fields", .int(fields.count))
        t.attr("n_sequence_fields", .int(fields.count))
        t.attr("_fields", .obj(PyTuple(fields.map { .str($0) })))
        for (i, f) in fields.enumerated() {
            t.ns.setStr(f, .obj(PyMemberIndex(name: f, index: i, owner: t)))
        }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let tup as PyTuple) = a[0], let fs = tup.type.lookup("_fields")?.object as? PyTuple else { return .obj(try Ops.repr(a[0])) }
            var parts: [String] = []
            for (i, f) in fs.items.enumerated() where i < tup.count {
                parts.append("\((f.object as? PyStr)?.value ?? "?")=\(try Ops.repr(tup.items[i]).value)")
            }
            let mod = tup.type.moduleName
            return .str("\(mod == "builtins" ? "" : mod + ".")\(tup.type.name)(\(parts.joined(separator: ", ")))")
        }
        return t
    }

    public static func make(_ t: PyType, _ items: [Value]) -> PyTuple { PyTuple(items, type: t) }
}

/// Read-only access to item `index` of a struct sequence by name.
/// Thread-safety: immutable.
public final class PyMemberIndex: PyObject {
    public let name: String
    public let index: Int
    public let owner: PyType
    init(name: String, index: Int, owner: PyType) {
        self.name = name; self.index = index; self.owner = owner
        super.init(type: PyMemberIndex.indexType, noDict: ())
    }
    static let indexType: PyType = {
        let t = PyType(builtin: "member_descriptor", base: PyType.object, layout: .other, baseType: false)
        t.def("__get__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let d as PyMemberIndex) = a[0] else { return .None }
            if a.count < 2 || a[1].isNone { return a[0] }
            guard case .obj(let tup as PyTuple) = a[1], d.index < tup.count else { return .None }
            return tup.items[d.index]
        }
        t.def("__set__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let d as PyMemberIndex) = a[0] else { return .None }
            throw PyErr.attributeError("readonly attribute '\(d.name)'")
        }
        return t
    }()
}

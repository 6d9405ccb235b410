/// `bool`'s own namespace: `&`, `|`, `^` returning bool for two bools,
/// `repr`, and the constructor. Everything else is inherited from `int`.
/// Thread-safety: pure functions.
extension NumberTypes {
    static func boolBinary(_ a: Args, _ op: Int, _ name: String, _ reflected: Bool) throws(PyBaseException) -> Value {
        let s = try slot(a, PyType.bool, name, 1)
        let o = a[1]
        guard IntOps.isInt(o) else { return .notImplemented }
        let r = reflected ? try IntOps.binary(o, s, op) : try IntOps.binary(s, o, op)
        return r ?? .notImplemented
    }

    static func installBool() {
        let t = PyType.bool
        t.def("__and__") { (a) throws(PyBaseException) -> Value in try boolBinary(a, 1, "__and__", false) }
        t.def("__rand__") { (a) throws(PyBaseException) -> Value in try boolBinary(a, 1, "__rand__", true) }
        t.def("__or__") { (a) throws(PyBaseException) -> Value in try boolBinary(a, 7, "__or__", false) }
        t.def("__ror__") { (a) throws(PyBaseException) -> Value in try boolBinary(a, 7, "__ror__", true) }
        t.def("__xor__") { (a) throws(PyBaseException) -> Value in try boolBinary(a, 12, "__xor__", false) }
        t.def("__rxor__") { (a) throws(PyBaseException) -> Value in try boolBinary(a, 12, "__rxor__", true) }
        t.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let s = try slot(a, PyType.bool, "__repr__", 0)
            return .str(s.isSame(.True) ? "True" : "False")
        }
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            _ = try newClass(a, PyType.bool)
            if a.hasKeywords { throw PyErr.typeError("bool() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("bool expected at most 1 argument, got \(a.count - 1)") }
            return .bool(a.count > 1 ? try Ops.isTrue(a[1]) : false)
        }
    }
}

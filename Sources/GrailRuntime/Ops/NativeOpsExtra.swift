// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

enum NativeOpsExtra {
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? { nil }
    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Bool? { nil }
    static func hash(_ o: PyObject) throws(PyBaseException) -> Int? {
        if o is PySet, !(o as! PySet).frozen { throw PyErr.typeError("unhashable type: '\(o.type.name)'") }
        return nil
    }
    static func repr(_ o: PyObject) throws(PyBaseException) -> PyStr? { nil }
}


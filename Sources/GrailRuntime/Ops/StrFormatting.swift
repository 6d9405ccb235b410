// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

enum StrFormatting {
    static func percent(_ s: PyStr, _ args: Value) throws(PyBaseException) -> Value {
        throw PyErr.notImplemented("str % formatting")
    }
}


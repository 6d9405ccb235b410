// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

enum FormatSpec {
    static func formatNative(_ v: Value, _ spec: PyStr) throws(PyBaseException) -> PyStr {
        if spec.value.isEmpty { return try Ops.str(v) }
        throw PyErr.typeError("unsupported format string passed to \(v.type.name).__format__")
    }
}


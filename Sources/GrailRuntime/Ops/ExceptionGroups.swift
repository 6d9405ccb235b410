// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

enum ExceptionGroups {
    static func make(message: String, excs: [Value], like: PyBaseException?) throws(PyBaseException) -> PyBaseException {
        PyBaseException(type: ExcTypes.exceptionGroup, args: [.str(message), .obj(PyTuple(excs))])
    }
    static func split(_ e: PyBaseException, _ pred: (Value) throws(PyBaseException) -> Bool) throws(PyBaseException) -> (Value, Value) {
        (.None, .obj(e))
    }
    static func prepReraise(_ orig: Value, _ raised: [Value]) throws(PyBaseException) -> Value { raised[0] }
}

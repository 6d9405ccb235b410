/// `open()` (to be completed).
enum FileIO {
    static func open(_ a: Args) throws(PyBaseException) -> Value {
        throw PyErr.notImplemented("open() is not implemented yet")
    }
}

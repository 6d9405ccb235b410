/// `None`: the only instance of NoneType. Thread-safety: immutable.
public final class PyNone: PyObject {
    public static let shared = PyNone()
    private init() { super.init(type: PyType.noneType, noDict: ()) }
}

/// `NotImplemented`. Thread-safety: immutable.
public final class PyNotImplemented: PyObject {
    public static let shared = PyNotImplemented()
    private init() { super.init(type: PyType.notImplementedType, noDict: ()) }
}

/// `Ellipsis` (`...`). Thread-safety: immutable.
public final class PyEllipsis: PyObject {
    public static let shared = PyEllipsis()
    private init() { super.init(type: PyType.ellipsisType, noDict: ()) }
}

/// A Python `tuple` (or tuple subclass instance). Thread-safety: immutable
/// once built (`items` is only written by its creator before publication).
public final class PyTuple: PyObject {
    public let items: [Value]
    public init(_ items: [Value]) {
        self.items = items
        super.init(type: PyType.tuple, noDict: ())
    }
    public init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type)
    }
    public static let empty = PyTuple([])
    @inline(__always) public var count: Int { items.count }
}

/// A `slice` object. Thread-safety: immutable.
public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(_ start: Value, _ stop: Value, _ step: Value) {
        self.start = start; self.stop = stop; self.step = step
        super.init(type: PyType.slice, noDict: ())
    }
}

/// A `range` object (int bounds). Thread-safety: immutable.
public final class PyRange: PyObject {
    public let start: Value, stop: Value, step: Value
    /// Fast path when all bounds are machine ints.
    public let small: (start: Int, stop: Int, step: Int, count: Int)?
    public init(_ start: Value, _ stop: Value, _ step: Value, small: (Int, Int, Int, Int)?) {
        self.start = start; self.stop = stop; self.step = step
        self.small = small.map { (start: $0.0, stop: $0.1, step: $0.2, count: $0.3) }
        super.init(type: PyType.range, noDict: ())
    }
}

/// A `module`: a namespace dict with a name. Thread-safety: the dict's rules.
public final class PyModule: PyObject {
    public init(name: String, dict: PyDict? = nil) {
        super.init(type: PyType.module, noDict: ())
        let d = dict ?? PyDict()
        self.dict = d
        if d.getStr(PyStr.intern("__name__")) == nil {
            d.setStr("__name__", .str(name))
            d.setStr("__doc__", .None)
            d.setStr("__package__", .None)
            d.setStr("__loader__", .None)
            d.setStr("__spec__", .None)
        }
    }
    public init(type: PyType, dict: PyDict) {
        super.init(type: type, noDict: ())
        self.dict = dict
    }
    public var name: String {
        if case .obj(let s as PyStr)? = dict?.getStr(PyStr.intern("__name__")) { return s.value }
        return "?"
    }
}

import BigInt

/// An `int` that does not fit in a machine word, or an instance of an int
/// subclass (including `bool`). Small ints travel unboxed as `Value.int`.
/// Thread-safety: immutable.
public class PyLong: PyObject {
    public let big: BigInt
    public init(_ v: BigInt) {
        big = v
        super.init(type: PyType.int, noDict: ())
    }
    public init(_ v: BigInt, type: PyType) {
        big = v
        super.init(type: type)
    }
    init(_ v: BigInt, boolType: ()) {
        big = v
        super.init(type: PyType.bool, noDict: ())
    }
}

/// `True` and `False`. Thread-safety: immutable singletons.
public final class PyBool: PyLong {
    public let flag: Bool
    private init(_ b: Bool) {
        flag = b
        super.init(BigInt(b ? 1 : 0), boolType: ())
    }
    public static let trueObj = PyBool(true)
    public static let falseObj = PyBool(false)
}

/// An instance of a float subclass (plain floats are `Value.float`).
/// Thread-safety: immutable.
public final class PyFloat: PyObject {
    public let value: Double
    public init(_ v: Double, type: PyType) {
        value = v
        super.init(type: type)
    }
}

/// A `complex` number. Thread-safety: immutable.
public final class PyComplex: PyObject {
    public let real: Double
    public let imag: Double
    public init(_ re: Double, _ im: Double, type: PyType = PyType.complex) {
        real = re
        imag = im
        if type === PyType.complex { super.init(type: type, noDict: ()) } else { super.init(type: type) }
    }
}

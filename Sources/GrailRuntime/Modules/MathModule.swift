import Glibc
/// `math` (to be completed).
enum MathModule {
    static func real(_ v: Value) throws(PyBaseException) -> Double? { try NativeOps.real(v) }
    static func make() -> PyModule {
        let m = NativeModules.module("math", [
            ("sqrt", { (a) throws(PyBaseException) -> Value in
                guard let x = try Self.real(a[0]) else { throw PyErr.typeError("must be real number, not \(a[0].type.name)") }
                if x < 0 { throw PyErr.valueError("math domain error") }
                return .float(x.squareRoot())
            }),
        ])
        m.dict?.setStr("pi", .float(Double.pi))
        m.dict?.setStr("e", .float(M_E))
        return m
    }
}

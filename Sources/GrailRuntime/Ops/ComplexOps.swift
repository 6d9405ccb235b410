// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

enum ComplexOps {
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? { nil }
    static func pow(_ a: Double, _ b: Double, _ c: Double, _ d: Double) throws(PyBaseException) -> PyComplex {
        throw PyErr.notImplemented("complex power")
    }
    static func repr(_ re: Double, _ im: Double) -> String {
        func part(_ d: Double) -> String {
            var s = pyFloatRepr(d)
            if s.hasSuffix(".0") { s.removeLast(2) }
            return s
        }
        if re == 0 && re.sign == .plus { return part(im) + "j" }
        let i = part(im)
        return "(" + part(re) + (i.hasPrefix("-") || im.isNaN && false ? "" : "+") + i + "j)"
    }
}


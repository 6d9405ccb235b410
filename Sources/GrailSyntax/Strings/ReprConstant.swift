/// CPython's `repr()` of a `Constant` node's value, as `ast.dump` prints it:
/// `None`, `Ellipsis`, `True`/`False`, integers (big ones from their stored
/// digits), floats, imaginary numbers, str and bytes.
public func pyConstantRepr(_ v: ConstantValue) -> String {
    switch v {
    case .none: return "None"
    case .ellipsis: return "Ellipsis"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .bigInt(let digits): return digits
    case .float(let d): return pyFloatRepr(d)
    case .complex(let imag): return pyComplexRepr(imag: imag)
    case .str(let s): return pyStrRepr(s)
    case .bytes(let b): return pyBytesRepr(b)
    }
}

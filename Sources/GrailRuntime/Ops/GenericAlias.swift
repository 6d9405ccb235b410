// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

/// `list[int]`-style aliases (types.GenericAlias).
public final class GenericAlias: PyObject {
    public let origin: Value
    public let args: Value
    init(_ o: Value, _ a: Value) {
        origin = o; args = a
        super.init(type: GenericAlias.aliasType, noDict: ())
    }
    static let aliasType = PyType(builtin: "GenericAlias", base: PyType.object, layout: .other, baseType: false, module: "types")
    static func make(_ o: Value, _ a: Value) -> GenericAlias { GenericAlias(o, a) }
}


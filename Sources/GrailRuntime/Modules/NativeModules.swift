/// Modules implemented in Swift, created on first import.
/// Thread-safety: the table is immutable; module creation runs under the
/// importer's per-module lock.
public enum NativeModules {
    static let table: [String: () -> PyModule] = [
        "math": MathModule.make,
        "time": TimeModule.make,
        "gc": GCModule.make,
        "os": OSModule.make,
        "_thread": ThreadModule.make,
        "_weakref": WeakrefModule.make,
        "itertools": ItertoolsModule.make,
        "_functools": FunctoolsModule.make,
        "_collections": CollectionsModule.make,
        "_sre": SREModule.make,
        "_random": RandomModule.make,
        "_sha512": SHA512Module.make,
        "cmath": CMathModule.make,
        "_struct": StructModule.make,
        "_contextvars": ContextVarsModule.make,
        "_io": IOModule.make,
        "atexit": AtexitModule.make,
    ]

    static func make(_ name: String) -> PyModule? {
        if name == "sys" { return Runtime.shared.sys }
        if name == "builtins" { return Runtime.shared.builtins }
        return table[name]?()
    }

    /// Names for `sys.builtin_module_names`.
    static var names: [String] { (["sys", "builtins"] + table.keys).sorted() }

    /// Helper: a module with native functions.
    static func module(_ name: String, _ fns: [(String, NativeFunction)]) -> PyModule {
        let m = PyModule(name: name)
        for (n, f) in fns { m.dict?.setStr(n, .obj(PyBuiltinFunction(n, module: name, f))) }
        return m
    }
}

import Glibc
import CGrailGC

/// Startup: fills the builtin type namespaces, builtins and sys, and
/// creates `__main__`. Runs once, on the main thread, before Python code.
extension Runtime {
    public static func bootstrap(argv: [String], path0: String) {
        let rt = Runtime.shared
        rt.attachThread().isMain = true
        GIL.take()
        grail_install_sigint_handler()
        _ = ExcTypes.allTypes
        ObjectType.install()
        CoreTypes.install()
        TypeInstallers.installAll()
        // `__dict__` of builtin types whose instances carry a dict (object itself has none).
        for t in [PyType.function, PyType.module, PyType.classmethod, PyType.staticmethod, PyType.simpleNamespace, ExcTypes.baseException]
        where t.dict?.getStr("__dict__") == nil {
            t.getset("__dict__", get: { (v) throws(PyBaseException) -> Value in
                guard case .obj(let x) = v, let d = x.dict else { throw PyErr.attributeError("'\(v.type.name)' object has no attribute '__dict__'") }
                return .obj(d)
            }, set: { (v, nv) throws(PyBaseException) in
                guard case .obj(let x) = v, let nv = nv, case .obj(let d as PyDict) = nv else {
                    throw PyErr.typeError("__dict__ must be set to a dictionary, not a '\(nv?.type.name ?? "NULL")'")
                }
                x.dict = d
            })
        }
        Builtins.install()
        FileIO.installMethods()
        SysModule.install(argv: argv, path0: path0)
        let main = PyModule(name: "__main__")
        main.dict?.setStr("__builtins__", .obj(rt.builtins))
        main.dict?.setStr("__annotations__", .obj(PyDict()))
        rt.modules.setStr("__main__", .obj(main))
    }
}

/// Installers of type families that live in their own files (called after
/// the core types). Each is a no-op until its file defines the methods.
enum TypeInstallers {
    static func installAll() {
        for install in all { install() }
    }
    static let all: [() -> Void] = [
        StrType.install,
        NumberTypes.install,
        ContainerTypes.install,
        MiscTypes.install,
    ]
}

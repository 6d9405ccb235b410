import Glibc
import CGrailGC

/// Startup: fills the builtin type namespaces, builtins and sys, and
/// creates `__main__`. Runs once, on the main thread, before Python code.
extension Runtime {
    public static func bootstrap(argv: [String], path0: String) {
        let rt = Runtime.shared
        rt.attachThread().isMain = true
        grail_install_sigint_handler()
        _ = ExcTypes.allTypes
        ObjectType.install()
        CoreTypes.install()
        TypeInstallers.installAll()
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

import Glibc
import GrailCompiler
import Synchronization

/// `import` machinery: sys.modules, native modules, .py modules and
/// packages on sys.path, relative imports, per-module import locks so two
/// threads importing one module run its body once. Thread-safety: the module
/// table is a dict; each module name has its own recursive lock.
public enum Importer {
    /// IMPORT_NAME / __import__.
    public static func importName(_ name: String, globals: PyDict, fromlist: Value, level: Value) throws(PyBaseException) -> Value {
        let lvl = IntOps.small(level) ?? 0
        if lvl < 0 { throw PyErr.valueError("level must be >= 0") }
        var absName = name
        if lvl > 0 {
            absName = try resolveRelative(name, globals: globals, level: lvl)
        } else if name.isEmpty {
            throw PyErr.valueError("Empty module name")
        }
        let module = try importModule(absName)
        let hasFromlist = !fromlist.isNone && ((try? Ops.isTrue(fromlist)) ?? false)
        if !hasFromlist {
            if lvl == 0 {
                let first = String(absName.split(separator: ".", maxSplits: 1).first ?? Substring(absName))
                return try importModule(first)
            }
            if name.isEmpty { return module }
            let cut = absName.count - name.count
            let topRel = String(absName.prefix(cut)) + String(name.split(separator: ".").first ?? "")
            return Runtime.shared.modules.getStr(topRel) ?? module
        }
        // from package import submodule
        if case .obj(let m as PyModule) = module, m.dict?.getStr("__path__") != nil {
            for item in try Ops.toArray(fromlist) {
                guard case .obj(let s as PyStr) = item else { continue }
                if s.value == "*" {
                    if let all = m.dict?.getStr("__all__") {
                        for x in try Ops.toArray(all) {
                            if case .obj(let xs as PyStr) = x, m.dict?.getStr(xs) == nil { _ = try? importModule(absName + "." + xs.value) }
                        }
                    }
                    continue
                }
                if m.dict?.getStr(s) == nil {
                    do throws(PyBaseException) { _ = try importModule(absName + "." + s.value) }
                    catch let e where e.type === ExcTypes.moduleNotFoundError {
                        if case .obj(let nm as PyStr)? = e.dict?.getStr("name"), nm.value == absName + "." + s.value { continue }
                        throw e
                    }
                }
            }
        }
        return module
    }

    static func resolveRelative(_ name: String, globals: PyDict, level: Int) throws(PyBaseException) -> String {
        var package: String? = nil
        if case .obj(let p as PyStr)? = globals.getStr("__package__") { package = p.value }
        if package == nil, case .obj(let n as PyStr)? = globals.getStr("__name__") {
            if globals.getStr("__path__") != nil { package = n.value }
            else { package = String(n.value.split(separator: ".").dropLast().joined(separator: ".")) }
        }
        guard let pkg = package, !pkg.isEmpty else {
            throw PyErr.make(ExcTypes.importError, "attempted relative import with no known parent package")
        }
        var parts = pkg.split(separator: ".").map(String.init)
        if level - 1 > parts.count || (level - 1 == parts.count && parts.count > 0 && false) {
            throw PyErr.make(ExcTypes.importError, "attempted relative import beyond top-level package")
        }
        if level - 1 >= parts.count && level > 1 {
            throw PyErr.make(ExcTypes.importError, "attempted relative import beyond top-level package")
        }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : base + "." + name
    }

    /// Imports a fully qualified module name (parents first).
    public static func importModule(_ fullName: String) throws(PyBaseException) -> Value {
        let rt = Runtime.shared
        if let m = rt.modules.getStr(fullName) {
            if m.isNone { throw notFound(fullName, "import of \(fullName) halted; None in sys.modules") }
            if case .obj(let mod as PyModule) = m, moduleInitializing(mod) {
                // Another thread may be running its body: wait for its lock.
                let lock = importLock(fullName)
                lock.mutex.lock()
                lock.mutex.unlock()
            }
            return m
        }
        var parentPath: [String]? = nil
        if let dot = fullName.lastIndex(of: ".") {
            let parentName = String(fullName[..<dot])
            let parent = try importModule(parentName)
            if let m = rt.modules.getStr(fullName) { return m }
            guard case .obj(let pm as PyModule) = parent, let pathV = pm.dict?.getStr("__path__") else {
                throw notFound(fullName, "No module named '\(fullName)'; '\(parentName)' is not a package")
            }
            parentPath = (try Ops.toArray(pathV)).compactMap { ($0.object as? PyStr)?.value }
        }
        let lock = importLock(fullName)
        lock.mutex.lock()
        defer { lock.mutex.unlock() }
        if let m = rt.modules.getStr(fullName) { return m }
        let module: PyModule
        if parentPath == nil, let native = NativeModules.make(fullName) {
            module = native
            rt.modules.setStr(fullName, .obj(module))
        } else {
            let searchPath = parentPath ?? sysPath()
            let shortName = String(fullName.split(separator: ".").last ?? Substring(fullName))
            switch search(shortName, in: searchPath) {
            case .source(let file, let isPackage):
                module = try loadSource(fullName, file: file, isPackage: isPackage)
            case .namespace(let dirs):
                module = namespacePackage(fullName, dirs)
            case .none:
                throw notFound(fullName, "No module named '\(fullName)'")
            }
        }
        if let dot = fullName.lastIndex(of: "."), case .obj(let pm as PyModule)? = rt.modules.getStr(String(fullName[..<dot])) {
            pm.dict?.setStr(String(fullName[fullName.index(after: dot)...]), .obj(module))
        }
        return rt.modules.getStr(fullName) ?? .obj(module)
    }

    static func moduleInitializing(_ m: PyModule) -> Bool {
        if case .obj(let s)? = m.dict?.getStr("__spec__"), let v = s.dict?.getStr("_initializing") { return (try? Ops.isTrue(v)) ?? false }
        return false
    }

    static func importLock(_ name: String) -> ImportLock {
        Runtime.shared.importLocks.withLock { t in
            if let l = t[name] { return l }
            let l = ImportLock()
            l.keyAnchor = PyStr.anchor(name)
            t[name] = l
            return l
        }
    }

    static func notFound(_ name: String, _ msg: String) -> PyBaseException {
        let e = PyErr.make(ExcTypes.moduleNotFoundError, msg)
        e.dict?.setStr("name", .str(name))
        return e
    }

    static func sysPath() -> [String] {
        guard let p = Runtime.shared.sysDict.getStr("path"), case .obj(let l as PyList) = p else { return [] }
        return l.items.compactMap { ($0.object as? PyStr)?.value }
    }

    static func isFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
    static func isDir(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// What a path search found: a source module or regular package, or the
    /// directories of a PEP 420 namespace package.
    enum Found {
        case source(String, Bool)
        case namespace([String])
    }

    /// Searches `path` for `name`: a regular package (`name/__init__.py`) or
    /// module (`name.py`) in the first entry that has one wins; directories
    /// named `name` without `__init__.py` seen on the way make a namespace
    /// package when nothing else is found (PEP 420).
    static func search(_ name: String, in path: [String]) -> Found? {
        var portions: [String] = []
        for dir in path {
            let base = dir.isEmpty ? "." : dir
            let pkg = base + "/" + name
            let isDirectory = isDir(pkg)
            if isDirectory && isFile(pkg + "/__init__.py") { return .source(pkg + "/__init__.py", true) }
            if isFile(pkg + ".py") { return .source(pkg + ".py", false) }
            if isDirectory { portions.append(dir.isEmpty ? name : pkg) }
        }
        return portions.isEmpty ? nil : .namespace(portions)
    }

    /// The source file of a module or regular package on `path` (`-m`).
    static func find(_ name: String, in path: [String]) -> (String, Bool)? {
        if case .source(let file, let isPackage)? = search(name, in: path) { return (file, isPackage) }
        return nil
    }

    /// A namespace package: no `__file__`, `__path__` lists its portions.
    static func namespacePackage(_ name: String, _ dirs: [String]) -> PyModule {
        let rt = Runtime.shared
        let module = PyModule(name: name)
        let d = module.dict!
        let path = PyList(dirs.map { .str($0) })
        d.setStr("__path__", .obj(path))
        d.setStr("__package__", .str(name))
        d.setStr("__file__", .None)
        let spec = ModuleSpec.make(name: name, origin: nil, isPackage: true)
        spec.dict?.setStr("submodule_search_locations", .obj(path))
        d.setStr("__spec__", .obj(spec))
        rt.modules.setStr(name, .obj(module))
        return module
    }

    /// Runs a source module and registers it in sys.modules (removed again on failure).
    static func loadSource(_ name: String, file: String, isPackage: Bool) throws(PyBaseException) -> PyModule {
        guard let bytes = readFileBytes(file) else { throw notFound(name, "No module named '\(name)'") }
        let rt = Runtime.shared
        let module = PyModule(name: name)
        let d = module.dict!
        d.setStr("__file__", .str(file))
        d.setStr("__builtins__", .obj(rt.builtins))
        d.setStr("__cached__", .None)
        if isPackage {
            let dir = String(file.dropLast("/__init__.py".count))
            d.setStr("__path__", .obj(PyList([.str(dir)])))
            d.setStr("__package__", .str(name))
        } else {
            d.setStr("__package__", .str(String(name.split(separator: ".").dropLast().joined(separator: "."))))
        }
        let spec = ModuleSpec.make(name: name, origin: file, isPackage: isPackage)
        d.setStr("__spec__", .obj(spec))
        rt.modules.setStr(name, .obj(module))
        spec.dict?.setStr("_initializing", .True)
        defer { spec.dict?.setStr("_initializing", .False) }
        do throws(PyBaseException) {
            let code = try Eval.compile(bytes, filename: file, mode: .exec, isString: false)
            _ = try Interpreter.runCode(code, globals: d, locals: d)
        } catch let e {
            _ = rt.modules.removeStr(name)
            throw e
        }
        return module
    }

    /// IMPORT_FROM.
    public static func importFrom(_ module: Value, _ name: PyStr) throws(PyBaseException) -> Value {
        do throws(PyBaseException) {
            return try Ops.getattr(module, name)
        } catch let e where e.type.isSubtype(ExcTypes.attributeError) {
            var modName = "<unknown module name>"
            if case .obj(let m as PyModule) = module {
                modName = m.name
                if let sub = Runtime.shared.modules.getStr(modName + "." + name.value) { return sub }
                var where_ = "unknown location"
                if case .obj(let f as PyStr)? = m.dict?.getStr("__file__") { where_ = f.value }
                if let spec = m.dict?.getStr("__spec__"), case .obj(let s) = spec, let v = s.dict?.getStr("_initializing"), (try? Ops.isTrue(v)) ?? false {
                    let err = PyErr.make(ExcTypes.importError, "cannot import name '\(name.value)' from partially initialized module '\(modName)' (most likely due to a circular import) (\(where_))")
                    err.dict?.setStr("name", .str(modName))
                    throw err
                }
                let err = PyErr.make(ExcTypes.importError, "cannot import name '\(name.value)' from '\(modName)' (\(where_))")
                err.dict?.setStr("name", .str(modName))
                throw err
            }
            throw PyErr.make(ExcTypes.importError, "cannot import name '\(name.value)' from '\(modName)' (unknown location)")
        }
    }

    /// IMPORT_STAR.
    public static func importStar(_ module: Value, into locals: PyObject) throws(PyBaseException) {
        guard case .obj(let m) = module, let d = m.dict else { return }
        if let all = d.getStr("__all__") {
            for n in try Ops.toArray(all) {
                guard case .obj(let ns as PyStr) = n else { throw PyErr.typeError("Item in \((m as? PyModule)?.name ?? "?").__all__ must be str, not \(n.type.name)") }
                try Namespace.set(locals, ns, try Ops.getattr(module, ns))
            }
            return
        }
        for (k, v) in d.items {
            guard case .obj(let ks as PyStr) = k, !ks.value.hasPrefix("_") else { continue }
            try Namespace.set(locals, ks, v)
        }
    }
}

/// Reads a whole file (nil if unreadable).
public func readFileBytes(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n > 0 { out.append(contentsOf: buf[0..<n]) }
        if n < buf.count { break }
    }
    return out
}

/// A minimal `ModuleSpec` (name, origin, submodule_search_locations).
enum ModuleSpec {
    static let specType: PyType = {
        let t = PyType(builtin: "ModuleSpec", base: PyType.object, layout: .object, hasDict: true, module: "importlib._bootstrap")
        return t
    }()
    static func make(name: String, origin: String?, isPackage: Bool) -> PyObject {
        let s = PyObject(type: specType)
        s.dict?.setStr("name", .str(name))
        s.dict?.setStr("origin", origin.map { .str($0) } ?? .None)
        s.dict?.setStr("parent", .str(isPackage ? name : String(name.split(separator: ".").dropLast().joined(separator: "."))))
        s.dict?.setStr("submodule_search_locations", isPackage ? .obj(PyList()) : .None)
        s.dict?.setStr("has_location", .bool(origin != nil))
        s.dict?.setStr("loader", .None)
        s.dict?.setStr("cached", .None)
        return s
    }
}

import Glibc

/// The `sys` module.
enum SysModule {
    static func install(argv: [String], path0: String) {
        let rt = Runtime.shared
        let d = rt.sysDict
        d.setStr("argv", .obj(PyList(argv.map { .str($0) })))
        var path: [Value] = [.str(path0)]
        if let pp = getenvString("PYTHONPATH") {
            for p in pp.split(separator: ":", omittingEmptySubsequences: true) { path.append(.str(String(p))) }
        }
        if let lib = LibDirectory.find() { path.append(.str(lib)) }
        if let std = LibDirectory.findStdlib() { path.append(.str(std)) }
        d.setStr("path", .obj(PyList(path)))
        d.setStr("modules", .obj(rt.modules))
        d.setStr("stdout", .obj(StdStreams.stdout))
        d.setStr("stderr", .obj(StdStreams.stderr))
        d.setStr("stdin", .obj(StdStreams.stdin))
        d.setStr("__stdout__", .obj(StdStreams.stdout))
        d.setStr("__stderr__", .obj(StdStreams.stderr))
        d.setStr("__stdin__", .obj(StdStreams.stdin))
        d.setStr("platform", .str("linux"))
        d.setStr("byteorder", .str("little"))
        d.setStr("maxsize", .int(Int.max))
        d.setStr("maxunicode", .int(0x10FFFF))
        d.setStr("version", .str("3.11.7 (Grail 0.1.0)"))
        d.setStr("hexversion", .int(0x030B07F0))
        d.setStr("api_version", .int(1013))
        d.setStr("copyright", .str("Grail"))
        d.setStr("executable", .str(CommandLine.arguments.first ?? "grail"))
        d.setStr("prefix", .str("/usr/local"))
        d.setStr("exec_prefix", .str("/usr/local"))
        d.setStr("dont_write_bytecode", .True)
        d.setStr("builtin_module_names", .obj(PyTuple(NativeModules.names.map { .str($0) })))
        let viType = StructSeq.makeType("version_info", module: "sys", fields: ["major", "minor", "micro", "releaselevel", "serial"])
        let vi = StructSeq.make(viType, [.int(3), .int(11), .int(7), .str("final"), .int(0)])
        d.setStr("version_info", .obj(vi))
        let iiType = StructSeq.makeType("int_info", module: "sys", fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"])
        d.setStr("int_info", .obj(StructSeq.make(iiType, [.int(30), .int(4), .int(4300), .int(640)])))
        d.setStr("warnoptions", .obj(PyList()))
        let xo = PyDict()
        for (k, v) in GrailMain.xoptions { xo.setStr(k, v == "true" ? .True : .str(v)) }
        d.setStr("_xoptions", .obj(xo))
        let impl = PyObject(type: PyType.simpleNamespace)
        impl.dict?.setStr("name", .str("grail"))
        impl.dict?.setStr("cache_tag", .None)
        impl.dict?.setStr("version", .obj(PyTuple([.int(0), .int(1), .int(0), .str("alpha"), .int(0)])))
        impl.dict?.setStr("hexversion", .int(0x000100A0))
        d.setStr("implementation", .obj(impl))
        let fi = PyObject(type: PyType.simpleNamespace)
        for n in ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                  "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                  "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"] {
            fi.dict?.setStr(n, .int(0))
        }
        d.setStr("flags", .obj(fi))
        let flType = StructSeq.makeType("float_info", module: "sys", fields: ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"])
        let fl = StructSeq.make(flType, [.float(Double.greatestFiniteMagnitude), .int(1024), .int(308),
                                         .float(Double.leastNormalMagnitude), .int(-1021), .int(-307),
                                         .int(15), .int(53), .float(Double.ulpOfOne), .int(2), .int(1)])
        d.setStr("float_info", .obj(fl))
        let hiType = StructSeq.makeType("hash_info", module: "sys", fields: ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"])
        d.setStr("hash_info", .obj(StructSeq.make(hiType, [.int(64), .int(2305843009213693951), .int(314159), .int(0), .int(1000003),
                                                           .str("siphash13"), .int(64), .int(128), .int(0)])))
        func f(_ n: String, _ fn: @escaping NativeFunction) { d.setStr(n, .obj(PyBuiltinFunction(n, module: "sys", fn))) }
        f("exit") { (a) throws(PyBaseException) -> Value in
            try a.expect("exit", min: 0, max: 1)
            let e = PyBaseException(type: ExcTypes.systemExit, args: a.count > 0 ? [a[0]] : [])
            e.dict?.setStr("code", a.count > 0 ? a[0] : .None)
            throw e
        }
        f("getrecursionlimit") { (_) throws(PyBaseException) -> Value in .int(Runtime.recursionLimit) }
        f("setrecursionlimit") { (a) throws(PyBaseException) -> Value in
            try a.expect("setrecursionlimit", min: 1, max: 1)
            guard let n = IntOps.small(a[0]) else { throw PyErr.typeError("'\(a[0].type.name)' object cannot be interpreted as an integer") }
            if n < 1 { throw PyErr.valueError("recursion limit must be greater or equal than 1") }
            Runtime.recursionLimit = n
            return .None
        }
        f("getsizeof") { (a) throws(PyBaseException) -> Value in .int(64) }
        f("intern") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let s as PyStr) = a[0] else { throw PyErr.typeError("intern() argument must be str, not \(a[0].type.name)") }
            return .obj(PyStr.intern(s))
        }
        f("exc_info") { (_) throws(PyBaseException) -> Value in
            guard let e = Runtime.thread.handled else { return .obj(PyTuple([.None, .None, .None])) }
            return .obj(PyTuple([.obj(e.type), .obj(e), e.traceback.map { .obj($0) } ?? .None]))
        }
        f("exception") { (_) throws(PyBaseException) -> Value in Runtime.thread.handled.map { .obj($0) } ?? .None }
        f("_getframe") { (a) throws(PyBaseException) -> Value in
            var depth = a.count > 0 ? (IntOps.small(a[0]) ?? 0) : 0
            var f = Runtime.thread.frame
            while depth > 0, let cur = f { f = cur.back; depth -= 1 }
            guard let fr = f else { throw PyErr.valueError("call stack is not deep enough") }
            fr.markEscaped()
            return .obj(fr)
        }
        f("getdefaultencoding") { (_) throws(PyBaseException) -> Value in .str("utf-8") }
        f("getfilesystemencoding") { (_) throws(PyBaseException) -> Value in .str("utf-8") }
        f("getswitchinterval") { (a) throws(PyBaseException) -> Value in
            try a.expect("getswitchinterval", min: 0, max: 0)
            return .float(GIL.switchInterval)
        }
        f("setswitchinterval") { (a) throws(PyBaseException) -> Value in
            try a.expect("setswitchinterval", min: 1, max: 1)
            guard let v = try NativeOps.real(a[0]) else { throw PyErr.typeError("must be real number, not \(a[0].type.name)") }
            if !(v > 0) { throw PyErr.valueError("switch interval must be strictly positive") }
            GIL.switchInterval = v
            return .None
        }
        f("_is_gil_enabled") { (_) throws(PyBaseException) -> Value in .bool(GIL.enabled) }
        f("displayhook") { (a) throws(PyBaseException) -> Value in
            try a.expect("displayhook", min: 1, max: 1)
            if a[0].isNone { return .None }
            Runtime.shared.builtinsDict.setStr("_", .None)
            try Runtime.shared.writeStdout(try Ops.repr(a[0]).value + "\n")
            Runtime.shared.builtinsDict.setStr("_", a[0])
            return .None
        }
        f("excepthook") { (a) throws(PyBaseException) -> Value in
            try a.expect("excepthook", min: 3, max: 3)
            if case .obj(let e as PyBaseException) = a[1] { Traceback.printException(e) }
            return .None
        }
        d.setStr("__displayhook__", d.getStr("displayhook")!)
        d.setStr("__excepthook__", d.getStr("excepthook")!)
        rt.modules.setStr("sys", .obj(rt.sys))
        rt.modules.setStr("builtins", .obj(rt.builtins))
    }
}

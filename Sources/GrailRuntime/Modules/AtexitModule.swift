import Synchronization
/// The `atexit` module: a process-wide list of exit callbacks, run last
/// registered first by `_run_exitfuncs()` and at interpreter exit
/// (`GrailMain.runExitFuncs`), like CPython 3.11's `Modules/atexitmodule.c`
/// (unregistered entries leave holes that `_ncallbacks()` still counts;
/// callbacks registered while the list runs are dropped with the rest).
/// Thread-safety: the list lives in a `GrailMutex`; Python code (callbacks,
/// `__eq__`) only ever runs outside the lock, on snapshots of single entries.
enum AtexitModule {
    /// One registration: the callable and the arguments to call it with.
    struct Entry {
        let function: Value
        let args: [Value]
        let kwargs: [(String, Value)]
    }

    /// The registry; `nil` slots are unregistered callbacks (CPython's holes).
    static let registry = GrailMutex<[Entry?]>([])

    static func fn(_ m: PyModule, _ name: String, _ f: @escaping NativeFunction) {
        m.dict?.setStr(name, .obj(PyBuiltinFunction(name, module: "atexit", f)))
    }

    static func make() -> PyModule {
        let m = PyModule(name: "atexit")
        m.dict?.setStr("__doc__", .str("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"))
        fn(m, "register") { (a) throws(PyBaseException) -> Value in
            guard a.count >= 1 else { throw PyErr.typeError("register() takes at least 1 argument (0 given)") }
            let f = a[0]
            guard try Builtins.isCallable(f) else { throw PyErr.typeError("the first argument must be callable") }
            let entry = Entry(function: f, args: Array(a.buf[1..<a.count]), kwargs: a.keywords)
            registry.withLock { $0.append(entry) }
            return f
        }
        fn(m, "unregister") { (a) throws(PyBaseException) -> Value in
            if a.hasKeywords { throw PyErr.typeError("atexit.unregister() takes no keyword arguments") }
            guard a.count == 1 else { throw PyErr.typeError("atexit.unregister() takes exactly one argument (\(a.count) given)") }
            try unregister(a[0])
            return .None
        }
        fn(m, "_run_exitfuncs") { (a) throws(PyBaseException) -> Value in
            try noArgs(a, "_run_exitfuncs")
            runExitFuncs()
            return .None
        }
        fn(m, "_clear") { (a) throws(PyBaseException) -> Value in
            try noArgs(a, "_clear")
            clear()
            return .None
        }
        fn(m, "_ncallbacks") { (a) throws(PyBaseException) -> Value in
            try noArgs(a, "_ncallbacks")
            return .int(registry.withLock { $0.count })
        }
        return m
    }

    static func noArgs(_ a: Args, _ name: String) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("atexit.\(name)() takes no keyword arguments") }
        if a.count != 0 { throw PyErr.typeError("atexit.\(name)() takes no arguments (\(a.count) given)") }
    }

    /// The entry at `i`, read under the lock (nil for a hole or past the end).
    static func entry(at i: Int) -> Entry? {
        registry.withLock { list in i < list.count ? list[i] : nil }
    }

    /// Removes every registration whose function compares equal to `f`
    /// (`registered == f`, identity first), comparing outside the lock.
    static func unregister(_ f: Value) throws(PyBaseException) {
        var i = 0
        while true {
            let (more, e): (Bool, Entry?) = registry.withLock { list in (i < list.count, i < list.count ? list[i] : nil) }
            if !more { return }
            if let e = e {
                var same = e.function.isSame(f)
                if !same { same = try Ops.isTrue(try Ops.richCompare(e.function, f, 2)) }
                if same {
                    let fn = e.function
                    // Clear the slot only if it still holds the entry compared.
                    registry.withLock { list in
                        if i < list.count, let cur = list[i], cur.function.isSame(fn) { list[i] = nil }
                    }
                }
            }
            i += 1
        }
    }

    /// Drops every registration.
    static func clear() {
        let old = registry.withLock { list -> [Entry?] in
            let o = list
            list = []
            return o
        }
        _ = old
    }

    /// Calls the callbacks last-registered first (each read live, so a
    /// callback that unregisters a later-run one prevents it), reporting
    /// exceptions as unraisable ("Exception ignored in atexit callback"),
    /// then clears the list.
    static func runExitFuncs() {
        var i = registry.withLock { $0.count } - 1
        while i >= 0 {
            if let e = entry(at: i) {
                do throws(PyBaseException) {
                    _ = try Ops.callValues(e.function, e.args, kwargs: e.kwargs)
                } catch let err {
                    let r = (try? Ops.repr(e.function).value) ?? "<object repr() failed>"
                    Unraisable.report("Exception ignored in atexit callback: \(r)", err)
                }
            }
            i -= 1
        }
        clear()
    }
}

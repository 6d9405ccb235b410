import CGrailGC

/// `gc`: the Boehm collector behind CPython's gc API. Collection is
/// always enabled in Grail's tracing design; `disable()` defers it.
enum GCModule {
    static func make() -> PyModule {
        NativeModules.module("gc", [
            ("collect", { (_) throws(PyBaseException) -> Value in
                grail_gc_collect()
                WeakRegistry.runCallbacks(force: true)  // weakref callbacks of what this collection freed
                return .int(0)
            }),
            ("enable", { (_) throws(PyBaseException) -> Value in if grail_gc_is_disabled() != 0 { grail_gc_enable() }; return .None }),
            ("disable", { (_) throws(PyBaseException) -> Value in if grail_gc_is_disabled() == 0 { grail_gc_disable() }; return .None }),
            ("isenabled", { (_) throws(PyBaseException) -> Value in .bool(grail_gc_is_disabled() == 0) }),
            ("get_count", { (_) throws(PyBaseException) -> Value in .obj(PyTuple([.int(0), .int(0), .int(0)])) }),
            ("get_threshold", { (_) throws(PyBaseException) -> Value in .obj(PyTuple([.int(700), .int(10), .int(10)])) }),
            ("set_threshold", { (_) throws(PyBaseException) -> Value in .None }),
            ("get_objects", { (_) throws(PyBaseException) -> Value in .obj(PyList()) }),
            ("is_tracked", { (a) throws(PyBaseException) -> Value in
                guard case .obj(let o) = a[0] else { return .False }
                return .bool(!(o is PyStr) && !(o is PyLong))
            }),
            ("get_stats", { (_) throws(PyBaseException) -> Value in
                let d = PyDict()
                d.setStr("collections", .int(Int(grail_gc_collections())))
                d.setStr("collected", .int(0))
                d.setStr("uncollectable", .int(0))
                return .obj(PyList([.obj(d), .obj(d.copy()), .obj(d.copy())]))
            }),
        ])
    }
}

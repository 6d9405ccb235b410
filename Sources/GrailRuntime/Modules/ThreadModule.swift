import CGrailGC
import Glibc
import Synchronization

/// `_thread`: native threads running Python code in parallel (no global
/// lock unless GIL mode is on), locks, thread-local data and thread
/// identity — the layer `threading` (Lib/threading.py) is written on.
/// Thread-safety: the running-thread count and the stack size are atomics;
/// each thread's state lives in its own `ThreadState`.
enum ThreadModule {
    /// `_thread.TIMEOUT_MAX` (CPython's value on Linux).
    static let timeoutMax = 9223372036.0
    static let running = Atomic<Int>(0)
    /// Stack size for new threads (0: the default below).
    static let stackSize = Atomic<Int>(0)
    /// Python frames run as nested Swift calls, so threads get a deeper
    /// stack than the C default; memory is committed only as it is used.
    static let defaultStackSize = 64 << 20

    static func make() -> PyModule {
        installTypes()
        let m = NativeModules.module("_thread", [
            ("start_new_thread", startNewThread),
            ("start_new", startNewThread),
            ("allocate_lock", { (a) throws(PyBaseException) -> Value in
                try a.expect("allocate_lock", min: 0, max: 0); return .obj(PyLock())
            }),
            ("allocate", { (a) throws(PyBaseException) -> Value in .obj(PyLock()) }),
            ("get_ident", { (a) throws(PyBaseException) -> Value in
                try a.expect("get_ident", min: 0, max: 0); return .int(Runtime.thread.ident)
            }),
            ("get_native_id", { (a) throws(PyBaseException) -> Value in
                try a.expect("get_native_id", min: 0, max: 0); return .int(grail_gettid())
            }),
            ("_count", { (a) throws(PyBaseException) -> Value in .int(running.load(ordering: .relaxed)) }),
            ("stack_size", { (a) throws(PyBaseException) -> Value in
                try a.expect("stack_size", min: 0, max: 1)
                let old = stackSize.load(ordering: .relaxed)
                if a.count == 1 {
                    guard let n = IntOps.small(try IntOps.indexValue(a[0])) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
                    if n != 0 && n < 32768 { throw PyErr.valueError("size not valid: \(n) bytes") }
                    stackSize.store(n, ordering: .relaxed)
                }
                return .int(old)
            }),
            ("interrupt_main", { (a) throws(PyBaseException) -> Value in
                let b = try a.bind("interrupt_main", ["signum"], required: 0)
                if let s = b[0], let n = IntOps.small(s), n != Int(SIGINT) {
                    throw PyErr.valueError("signal number out of range")
                }
                grail_raise_sigint_flag()
                return .None
            }),
            ("_set_sentinel", { (a) throws(PyBaseException) -> Value in
                let l = PyLock()
                _ = try l.acquire()
                Runtime.thread.sentinels.append(l)
                return .obj(l)
            }),
            ("daemon_threads_allowed", { (a) throws(PyBaseException) -> Value in .True }),
        ])
        guard let d = m.dict else { return m }
        d.setStr("LockType", .obj(PyLock.lockType))
        d.setStr("lock", .obj(PyLock.lockType))
        d.setStr("RLock", .obj(PyRLock.rlockType))
        d.setStr("_local", .obj(PyThreadLocal.localType))
        d.setStr("error", .obj(ExcTypes.runtimeError))
        d.setStr("TIMEOUT_MAX", .float(timeoutMax))
        return m
    }

    /// `start_new_thread(function, args, kwargs=None)`: returns the new thread's ident.
    static func startNewThread(_ a: Args) throws(PyBaseException) -> Value {
        try a.expect("start_new_thread", min: 2, max: 3)
        let fn = a[0]
        guard try MiscTypes.isCallable(fn) else { throw PyErr.typeError("first arg must be callable") }
        guard case .obj(let t as PyTuple) = a[1] else { throw PyErr.typeError("2nd arg must be a tuple") }
        var kwargs: [(String, Value)] = []
        if a.count == 3 {
            guard case .obj(let d as PyDict) = a[2] else { throw PyErr.typeError("optional 3rd arg must be a dictionary") }
            for (k, v) in d.items {
                guard case .obj(let ks as PyStr) = k else { throw PyErr.typeError("keywords must be strings") }
                kwargs.append((ks.value, v))
            }
        }
        let job = ThreadJob(fn: fn, args: t.items, kwargs: kwargs)
        let p = Unmanaged.passRetained(job).toOpaque()
        var size = stackSize.load(ordering: .relaxed)
        if size == 0 { size = defaultStackSize }
        var th: UInt64 = 0
        running.add(1, ordering: .relaxed)
        let r = grail_thread_create({ arg in
            let job = Unmanaged<ThreadJob>.fromOpaque(arg!).takeRetainedValue()
            ThreadModule.runThread(job)
            return nil
        }, p, size, &th)
        if r != 0 {
            running.subtract(1, ordering: .relaxed)
            Unmanaged<ThreadJob>.fromOpaque(p).release()
            throw PyErr.runtimeError("can't start new thread")
        }
        _ = grail_thread_detach(th)
        return .int(Int(bitPattern: UInt(th)))
    }

    /// The body of every thread `_thread` starts.
    static func runThread(_ job: ThreadJob) {
        let rt = Runtime.shared
        let ts = rt.attachThread()
        GIL.take()
        do throws(PyBaseException) {
            _ = try Ops.callValues(job.fn, job.args, kwargs: job.kwargs)
        } catch let e {
            if !e.type.isSubtype(ExcTypes.systemExit) {
                let what = (try? Ops.repr(job.fn).value) ?? "<object>"
                Unraisable.report("Exception ignored in thread started by: \(what)", e)
            }
        }
        for l in ts.sentinels { try? l.release() }
        ts.sentinels = []
        running.subtract(1, ordering: .relaxed)
        GIL.drop()
        rt.detachThread()
    }

    static func installTypes() {
        let lt = PyLock.lockType
        if lt.ns.getStr("acquire") != nil { return }
        lt.defStatic("__new__") { (a) throws(PyBaseException) -> Value in .obj(PyLock()) }
        for name in ["acquire", "acquire_lock", "__enter__"] {
            lt.def(name) { (a) throws(PyBaseException) -> Value in
                let l = try a.selfAs(PyLock.lockType, PyLock.self, "acquire")
                let (b, t) = try LockWait.parseAcquire(a, "acquire")
                return .bool(try l.acquire(blocking: b, timeout: t))
            }
        }
        for name in ["release", "release_lock"] {
            lt.def(name) { (a) throws(PyBaseException) -> Value in
                let l = try a.selfAs(PyLock.lockType, PyLock.self, "release")
                try a.expect("release", min: 1, max: 1)
                try l.release()
                return .None
            }
        }
        lt.def("__exit__") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyLock.lockType, PyLock.self, "__exit__")
            try l.release()
            return .None
        }
        for name in ["locked", "locked_lock"] {
            lt.def(name) { (a) throws(PyBaseException) -> Value in
                .bool(try a.selfAs(PyLock.lockType, PyLock.self, "locked").locked)
            }
        }
        lt.def("_at_fork_reinit") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyLock.lockType, PyLock.self, "_at_fork_reinit")
            l.wp.lock(); l.held = false; l.wp.unlock()
            return .None
        }
        lt.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyLock.lockType, PyLock.self, "__repr__")
            return .str("<\(l.locked ? "locked" : "unlocked") _thread.lock object at \(NativeRepr.addr(l))>")
        }

        let rt = PyRLock.rlockType
        rt.isBaseType = true
        rt.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("RLock.__new__(X): X is not a type object") }
            return .obj(PyRLock(cls: t))
        }
        rt.def("__init__") { (a) throws(PyBaseException) -> Value in .None }
        for name in ["acquire", "__enter__"] {
            rt.def(name) { (a) throws(PyBaseException) -> Value in
                let l = try a.selfAs(PyRLock.rlockType, PyRLock.self, "acquire")
                let (b, t) = try LockWait.parseAcquire(a, "acquire")
                return .bool(try l.acquire(blocking: b, timeout: t))
            }
        }
        rt.def("release") { (a) throws(PyBaseException) -> Value in
            try a.selfAs(PyRLock.rlockType, PyRLock.self, "release").release(); return .None
        }
        rt.def("__exit__") { (a) throws(PyBaseException) -> Value in
            try a.selfAs(PyRLock.rlockType, PyRLock.self, "__exit__").release(); return .None
        }
        rt.def("_is_owned") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyRLock.rlockType, PyRLock.self, "_is_owned")
            let (o, d) = l.state
            return .bool(d > 0 && o == Runtime.thread.ident)
        }
        rt.def("_recursion_count") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyRLock.rlockType, PyRLock.self, "_recursion_count")
            let (o, d) = l.state
            return .int(o == Runtime.thread.ident ? d : 0)
        }
        rt.def("_release_save") { (a) throws(PyBaseException) -> Value in
            let (d, o) = try a.selfAs(PyRLock.rlockType, PyRLock.self, "_release_save").releaseSave()
            return .obj(PyTuple([.int(d), .int(o)]))
        }
        rt.def("_acquire_restore") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyRLock.rlockType, PyRLock.self, "_acquire_restore")
            try a.expect("_acquire_restore", min: 2, max: 2)
            guard case .obj(let t as PyTuple) = a[1], t.items.count == 2,
                  let d = IntOps.small(t.items[0]), let o = IntOps.small(t.items[1]) else {
                throw PyErr.typeError("_acquire_restore() argument 1 must be tuple of (count, owner)")
            }
            try l.acquireRestore(d, o)
            return .None
        }
        rt.def("_at_fork_reinit") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyRLock.rlockType, PyRLock.self, "_at_fork_reinit")
            l.wp.lock(); l.owner = 0; l.depth = 0; l.wp.unlock()
            return .None
        }
        rt.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let l = try a.selfAs(PyRLock.rlockType, PyRLock.self, "__repr__")
            let (o, d) = l.state
            let cls = l.type.fullName
            return .str("<\(d > 0 ? "locked" : "unlocked") \(cls) object owner=\(o) count=\(d) at \(NativeRepr.addr(l))>")
        }
        PyThreadLocal.install()
    }
}

/// What a new thread runs. Thread-safety: created by the starting thread,
/// then owned by the new one.
final class ThreadJob {
    let fn: Value
    let args: [Value]
    let kwargs: [(String, Value)]
    init(fn: Value, args: [Value], kwargs: [(String, Value)]) { self.fn = fn; self.args = args; self.kwargs = kwargs }
}

/// CPython's "Exception ignored in ..." report (sys.unraisablehook's default
/// output) on stderr. Thread-safety: writes go through the stream's lock.
enum Unraisable {
    static func report(_ header: String, _ e: PyBaseException) {
        Traceback.printException(e, header: header)
    }
}

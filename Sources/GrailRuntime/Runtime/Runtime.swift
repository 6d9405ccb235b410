import CGrailGC
import Synchronization
import Glibc

/// Process-wide interpreter state: the builtins and sys modules, the module
/// table and settings such as the recursion limit. The references are
/// immutable after `bootstrap`; the dicts they point to follow the dict
/// rules; scalar settings are atomics. Thread-safety: as stated per field.
public final class Runtime: @unchecked Sendable {
    public static let shared = Runtime()

    public let builtins: PyModule
    public let builtinsDict: PyDict
    public let sys: PyModule
    public let sysDict: PyDict
    /// `sys.modules`.
    public let modules: PyDict
    /// Serialises writes to stdout/stderr buffers.
    let ioLock = GrailMutex<Void>(())
    private static let recursionLimitStore = Atomic<Int>(1000)
    public static var recursionLimit: Int {
        get { recursionLimitStore.load(ordering: .relaxed) }
        set { recursionLimitStore.store(newValue, ordering: .relaxed) }
    }
    /// Per-module import locks (module name -> lock owner and count).
    let importLocks = GrailMutex<[String: ImportLock]>([:])
    let threadsLock = GrailMutex<[Int: ThreadState]>([:])
    private let nextIdent = Atomic<Int>(1)

    private init() {
        grail_gc_init()
        builtinsDict = PyDict()
        builtins = PyModule(name: "builtins", dict: builtinsDict)
        sysDict = PyDict()
        sys = PyModule(name: "sys", dict: sysDict)
        modules = PyDict()
    }

    /// The calling thread's state (created on first use for threads the
    /// runtime did not start).
    public static var thread: ThreadState {
        @inline(__always) get {
            if let p = grail_get_tstate() { return Unmanaged<ThreadState>.fromOpaque(p).takeUnretainedValue() }
            return shared.attachThread()
        }
    }

    /// CPython's Py_EnterRecursiveCall for native recursion (repr, comparison,
    /// hashing of nested containers): counts against the recursion limit and
    /// the thread's real stack.
    @inline(__always)
    public static func enterRecursiveCall(_ where_: String) throws(PyBaseException) {
        let ts = thread
        ts.depth += 1
        if ts.depth > recursionLimit || grail_stack_pointer() < ts.stackLimit {
            ts.depth -= 1
            throw PyErr.recursion("maximum recursion depth exceeded" + where_)
        }
    }
    @inline(__always) public static func leaveRecursiveCall() { thread.depth -= 1 }

    /// Creates and registers the state of the calling thread.
    @discardableResult
    public func attachThread(stackSize: Int = 0) -> ThreadState {
        _ = grail_gc_register_thread()
        let id = Int(bitPattern: UInt(pthread_self()))
        let ts = ThreadState(ident: id)
        let low = grail_stack_low()
        if low != 0 { ts.stackLimit = UInt(low) + 256 * 1024 }
        threadsLock.withLock { $0[id] = ts }
        grail_set_tstate(Unmanaged.passUnretained(ts).toOpaque())
        return ts
    }

    public func detachThread() {
        let id = Int(bitPattern: UInt(pthread_self()))
        _ = threadsLock.withLock { $0.removeValue(forKey: id) }
        grail_set_tstate(nil)
    }

    // MARK: output

    /// Writes to the process's stdout through `sys.stdout` when replaced, else directly.
    public func writeStdout(_ s: String) throws(PyBaseException) {
        if let out = sysDict.getStr("stdout"), !(out.object is PyStdStream) {
            _ = try Ops.callMethod(out, "write", [.str(s)])
            return
        }
        StdStreams.stdout.write(s)
    }
}

/// A lock for one module's import (reentrant for the importing thread).
final class ImportLock {
    let mutex = PThreadMutex()
    /// Keeps the (flag-tagged) storage of this lock's dictionary key alive.
    var keyAnchor: UInt = 0
    var owner: Int = 0
    var depth = 0
}

/// A recursive pthread mutex in collected memory (never destroyed: the
/// process-lifetime import locks are few).
final class PThreadMutex: @unchecked Sendable {
    let m: UnsafeMutablePointer<pthread_mutex_t>
    init() {
        m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        var attr = pthread_mutexattr_t()
        pthread_mutexattr_init(&attr)
        pthread_mutexattr_settype(&attr, Int32(PTHREAD_MUTEX_RECURSIVE))
        pthread_mutex_init(m, &attr)
        pthread_mutexattr_destroy(&attr)
    }
    func lock() { pthread_mutex_lock(m) }
    func unlock() { pthread_mutex_unlock(m) }
}

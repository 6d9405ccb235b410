import CGrailGC
import Glibc

/// `_thread.lock` (`threading.Lock`): a binary semaphore any thread may
/// release. Waiting blocks in `pthread_cond_timedwait` (no spinning) with
/// the GIL released in GIL mode; the main thread wakes every 20 ms while it
/// waits so Ctrl-C raises KeyboardInterrupt as in CPython.
/// Thread-safety: `held` is guarded by `wp`'s mutex; no Python code runs
/// while the mutex is held.
public final class PyLock: PyObject {
    let wp = WaitPrimitive()
    var held = false

    public static let lockType = PyType(builtin: "lock", base: PyType.object, layout: .other, baseType: false, module: "_thread")

    public init() { super.init(type: PyLock.lockType, noDict: ()) }

    /// Tries to take the lock; `timeout` < 0 waits forever. Raises
    /// KeyboardInterrupt when Ctrl-C arrives while the main thread waits.
    public func acquire(blocking: Bool = true, timeout: Double = -1) throws(PyBaseException) -> Bool {
        wp.lock()
        if !held { held = true; wp.unlock(); return true }
        if !blocking { wp.unlock(); return false }
        wp.unlock()
        return try LockWait.wait(wp, timeout: timeout, ready: { !self.held }, take: { self.held = true })
    }

    public func release() throws(PyBaseException) {
        wp.lock()
        guard held else { wp.unlock(); throw PyErr.runtimeError("release unlocked lock") }
        held = false
        wp.signal()
        wp.unlock()
    }

    public var locked: Bool { wp.lock(); defer { wp.unlock() }; return held }
}

/// `_thread.RLock` (`threading.RLock`): a reentrant lock owned by one thread.
/// Thread-safety: `owner`/`depth` are guarded by `wp`'s mutex.
public final class PyRLock: PyObject {
    let wp = WaitPrimitive()
    var owner = 0
    var depth = 0

    public static let rlockType = PyType(builtin: "RLock", base: PyType.object, layout: .other, baseType: false, module: "_thread")

    public init(cls: PyType = PyRLock.rlockType) { super.init(type: cls, noDict: ()) }

    public func acquire(blocking: Bool = true, timeout: Double = -1) throws(PyBaseException) -> Bool {
        let me = Runtime.thread.ident
        wp.lock()
        if owner == me {
            if depth == Int(UInt32.max) { wp.unlock(); throw PyErr.overflow("Internal lock count overflowed") }
            depth += 1; wp.unlock(); return true
        }
        if owner == 0 { owner = me; depth = 1; wp.unlock(); return true }
        if !blocking { wp.unlock(); return false }
        wp.unlock()
        return try LockWait.wait(wp, timeout: timeout, ready: { self.owner == 0 }, take: { self.owner = me; self.depth = 1 })
    }

    public func release() throws(PyBaseException) {
        let me = Runtime.thread.ident
        wp.lock()
        guard owner == me, depth > 0 else { wp.unlock(); throw PyErr.runtimeError("cannot release un-acquired lock") }
        depth -= 1
        if depth == 0 { owner = 0; wp.signal() }
        wp.unlock()
    }

    /// `_release_save`: fully releases, returning (depth, owner).
    func releaseSave() throws(PyBaseException) -> (Int, Int) {
        wp.lock()
        guard depth > 0 else { wp.unlock(); throw PyErr.runtimeError("cannot release un-acquired lock") }
        let r = (depth, owner)
        depth = 0; owner = 0
        wp.signal()
        wp.unlock()
        return r
    }

    /// `_acquire_restore((depth, owner))`.
    func acquireRestore(_ d: Int, _ o: Int) throws(PyBaseException) {
        wp.lock()
        if owner == 0 { owner = o; depth = d; wp.unlock(); return }
        wp.unlock()
        _ = try LockWait.wait(wp, timeout: -1, ready: { self.owner == 0 }, take: { self.owner = o; self.depth = d })
    }

    var state: (Int, Int) { wp.lock(); defer { wp.unlock() }; return (owner, depth) }
}

/// The blocking part of lock acquisition, shared by the lock types.
enum LockWait {
    /// Waits (GIL released) until `ready()` holds, then runs `take()` under
    /// the mutex. Returns false on timeout. The main thread polls for Ctrl-C.
    static func wait(_ wp: WaitPrimitive, timeout: Double, ready: () -> Bool, take: () -> Void) throws(PyBaseException) -> Bool {
        let isMain = Runtime.thread.isMain
        let deadline = timeout < 0 ? Double.infinity : WaitPrimitive.now() + timeout
        var interrupted = false
        let ok: Bool = GIL.blocking {
            wp.lock()
            defer { wp.unlock() }
            while !ready() {
                let now = WaitPrimitive.now()
                if now >= deadline { return false }
                var until = deadline
                if isMain { until = min(until, now + 0.02) }
                if until == Double.infinity { wp.wait() } else { wp.wait(until: until) }
                if isMain && grail_take_sigint() != 0 { interrupted = true; return false }
            }
            take()
            return true
        }
        if interrupted { throw PyBaseException(type: ExcTypes.keyboardInterrupt, args: []) }
        return ok
    }

    /// Parses `acquire(blocking=True, timeout=-1)` like CPython.
    static func parseAcquire(_ a: Args, _ name: String) throws(PyBaseException) -> (Bool, Double) {
        let b = try a.bind(name, ["self", "blocking", "timeout"], required: 1)
        var blocking = true
        if let bv = b[1] { blocking = try Ops.isTrue(bv) }
        var timeout = -1.0
        if let tv = b[2] {
            guard let t = try NativeOps.real(tv) else {
                throw PyErr.typeError("'\(tv.type.name)' object cannot be interpreted as an integer")
            }
            timeout = t
        }
        if !blocking && timeout != -1 { throw PyErr.valueError("can't specify a timeout for a non-blocking call") }
        if timeout < 0 && timeout != -1 { throw PyErr.valueError("timeout value must be positive") }
        if timeout > 9.2e18 { throw PyErr.overflow("timestamp out of range for platform time_t") }
        if timeout > ThreadModule.timeoutMax { throw PyErr.overflow("timeout value is too large") }
        return (blocking, timeout)
    }
}

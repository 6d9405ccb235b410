import CGrailGC
import Synchronization

/// The optional global interpreter lock (`grail -X gil=1`, `PYTHON_GIL=1`):
/// when enabled, a thread runs Python code only while holding it, the way
/// CPython's GIL works, so users can measure what a GIL costs their program.
/// A thread waiting longer than the switch interval sets
/// `grail_gil_drop_request`; the holder sees it at its next eval-breaker
/// check (backward jump or call), hands the GIL over and waits until another
/// thread took it (CPython's FORCE_SWITCHING). Blocking calls (lock waits,
/// sleep, join, reading stdin) release it through `GIL.blocking`.
/// Without the GIL (the default) every function here returns at once.
/// Thread-safety: the state is guarded by `gate`'s mutex; `enabled` is set
/// once at startup before any second thread exists; the interval is atomic.
public enum GIL {
    private static let enabledFlag = Atomic<Bool>(false)
    private static let intervalNs = Atomic<Int>(5_000_000)
    static let gate = WaitPrimitive()
    /// Signalled when a thread takes the GIL (the dropper waits for it).
    static let switched = WaitPrimitive()
    private static let state = GILState()

    final class GILState: @unchecked Sendable {
        var locked = false
        var waiters = 0
        var switches = 0
    }

    public static var enabled: Bool { enabledFlag.load(ordering: .relaxed) }

    /// Turns GIL mode on (startup only).
    public static func enable() { enabledFlag.store(true, ordering: .relaxed) }

    public static var switchInterval: Double {
        get { Double(intervalNs.load(ordering: .relaxed)) / 1e9 }
        set { intervalNs.store(max(1, Int(newValue * 1e9)), ordering: .relaxed) }
    }

    /// Takes the GIL for the calling thread (blocking, no spinning).
    public static func take() {
        guard enabled else { return }
        let s = state
        gate.lock()
        if s.locked {
            s.waiters += 1
            while s.locked {
                let seen = s.switches
                let interval = switchInterval
                let timedOut = !gate.wait(until: WaitPrimitive.now() + interval)
                if timedOut && s.locked && s.switches == seen { grail_set_gil_drop_request(1) }
            }
            s.waiters -= 1
        }
        s.locked = true
        s.switches &+= 1
        grail_set_gil_drop_request(0)
        gate.unlock()
        switched.lock(); switched.broadcast(); switched.unlock()
    }

    /// Releases the GIL held by the calling thread.
    public static func drop() {
        guard enabled else { return }
        gate.lock()
        state.locked = false
        gate.signal()
        gate.unlock()
    }

    /// At an eval-breaker check with a drop request pending: hand the GIL to
    /// a waiting thread, wait until one took it, then queue for it again.
    public static func yieldToWaiter() {
        guard enabled else { grail_set_gil_drop_request(0); return }
        let s = state
        gate.lock()
        let before = s.switches
        s.locked = false
        gate.signal()
        let hasWaiters = s.waiters > 0
        gate.unlock()
        if hasWaiters {
            switched.lock()
            var spins = 0
            while spins < 1000 {
                gate.lock(); let moved = s.switches != before || s.waiters == 0; gate.unlock()
                if moved { break }
                switched.wait(until: WaitPrimitive.now() + 0.001)
                spins += 1
            }
            switched.unlock()
        }
        take()
    }

    /// Runs a blocking operation with the GIL released (a no-op wrapper
    /// without the GIL).
    @inline(__always)
    public static func blocking<R>(_ body: () -> R) -> R {
        if !enabled { return body() }
        drop()
        defer { take() }
        return body()
    }
}

import Glibc

/// A pthread mutex with a condition variable on the monotonic clock, in
/// collected memory (never destroyed: Linux mutexes and condition variables
/// hold no kernel resources). The building block of Python locks and the GIL.
/// Thread-safety: the usual pthread rules; `wait(until:)` must be called with
/// the mutex held.
final class WaitPrimitive: @unchecked Sendable {
    let mutex: UnsafeMutablePointer<pthread_mutex_t>
    let cond: UnsafeMutablePointer<pthread_cond_t>

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(cond, &attr)
        pthread_condattr_destroy(&attr)
    }

    @inline(__always) func lock() { pthread_mutex_lock(mutex) }
    @inline(__always) func unlock() { pthread_mutex_unlock(mutex) }
    @inline(__always) func signal() { pthread_cond_signal(cond) }
    @inline(__always) func broadcast() { pthread_cond_broadcast(cond) }
    func wait() { pthread_cond_wait(cond, mutex) }

    /// Waits until signalled or `deadline` (monotonic seconds); false on timeout.
    @discardableResult
    func wait(until deadline: Double) -> Bool {
        var ts = timespec()
        let secs = deadline.rounded(.down)
        ts.tv_sec = Int(min(secs, 9.2e18))
        ts.tv_nsec = Int((deadline - secs) * 1e9)
        return pthread_cond_timedwait(cond, mutex, &ts) != ETIMEDOUT
    }

    /// Monotonic clock in seconds.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}

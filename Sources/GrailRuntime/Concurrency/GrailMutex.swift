import Synchronization
#if GRAIL_TSAN
import Glibc
#endif

#if GRAIL_TSAN
/// ThreadSanitizer builds: the same API as `Mutex` over a pthread mutex,
/// which the sanitizer intercepts (the standard library's futex-based Mutex
/// is invisible to it, so every critical section would look like a race).
/// Thread-safety: a mutex.
public final class GrailMutex<Value>: @unchecked Sendable {
    private let m: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value
    public init(_ v: Value) {
        m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        value = v
    }
    @inline(__always)
    public func withLock<R, E: Error>(_ body: (inout Value) throws(E) -> R) throws(E) -> R {
        pthread_mutex_lock(m)
        defer { pthread_mutex_unlock(m) }
        return try body(&value)
    }
}
#else
/// The runtime's mutex: the standard library's `Mutex` (a futex word), except
/// in ThreadSanitizer builds (see the GRAIL_TSAN variant).
public typealias GrailMutex<Value> = Mutex<Value>
#endif

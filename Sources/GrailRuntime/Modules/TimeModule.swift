import Glibc
/// `time` (to be completed).
enum TimeModule {
    static func now(_ clock: Int32) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
    static func make() -> PyModule {
        NativeModules.module("time", [
            ("time", { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_REALTIME)) }),
            ("perf_counter", { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_MONOTONIC)) }),
            ("monotonic", { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_MONOTONIC)) }),
        ])
    }
}

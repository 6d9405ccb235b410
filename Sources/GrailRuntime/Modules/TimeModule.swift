import CGrailGC
import BigInt
import Glibc
import GrailCompiler

/// `time`: clocks, `sleep` (blocks in `nanosleep`, no spinning),
/// `struct_time` (a tuple subclass defined in Python source at import),
/// `gmtime`/`localtime`/`mktime`, `strftime`, `asctime`/`ctime`,
/// `get_clock_info` and the time zone constants.
/// Thread-safety: the functions keep no state; `localtime_r`/`gmtime_r`
/// are the reentrant libc calls.
enum TimeModule {
    static func now(_ clock: Int32) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    static func nowNs(_ clock: Int32) -> Value {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return .int(BigInt(ts.tv_sec) * 1_000_000_000 + BigInt(ts.tv_nsec))
    }

    static func fn(_ m: PyModule, _ name: String, _ f: @escaping NativeFunction) {
        m.dict?.setStr(name, .obj(PyBuiltinFunction(name, module: "time", f)))
    }

    /// Python source of `struct_time` (a structseq-like tuple subclass).
    static let structTimeSource = """
    class struct_time(tuple):
        n_sequence_fields = 9
        n_fields = 11
        n_unnamed_fields = 0
        def __new__(cls, seq, dict=None):
            seq = tuple(seq)
            n = len(seq)
            if n < 9:
                raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
            if n > 11:
                raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
            self = tuple.__new__(cls, seq[:9])
            extra = seq[9:] + (None, None)
            self.tm_year = seq[0]
            self.tm_mon = seq[1]
            self.tm_mday = seq[2]
            self.tm_hour = seq[3]
            self.tm_min = seq[4]
            self.tm_sec = seq[5]
            self.tm_wday = seq[6]
            self.tm_yday = seq[7]
            self.tm_isdst = seq[8]
            self.tm_zone = extra[0]
            self.tm_gmtoff = extra[1]
            return self
        def __repr__(self):
            return ('time.struct_time(tm_year=%r, tm_mon=%r, tm_mday=%r, tm_hour=%r, tm_min=%r, '
                    'tm_sec=%r, tm_wday=%r, tm_yday=%r, tm_isdst=%r)' % tuple(self))
        def __reduce__(self):
            return (struct_time, (tuple(self), {'tm_zone': self.tm_zone, 'tm_gmtoff': self.tm_gmtoff}))

    """

    static func make() -> PyModule {
        let m = PyModule(name: "time")
        if let d = m.dict {
            d.setStr("__builtins__", .obj(Runtime.shared.builtins))
            if let code = try? Eval.compile(Array(structTimeSource.utf8), filename: "<time>", mode: .exec) {
                _ = try? Interpreter.runCode(code, globals: d, locals: d)
            }
        }
        fn(m, "time") { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_REALTIME)) }
        fn(m, "time_ns") { (_) throws(PyBaseException) -> Value in nowNs(CLOCK_REALTIME) }
        fn(m, "perf_counter") { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_MONOTONIC)) }
        fn(m, "perf_counter_ns") { (_) throws(PyBaseException) -> Value in nowNs(CLOCK_MONOTONIC) }
        fn(m, "monotonic") { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_MONOTONIC)) }
        fn(m, "monotonic_ns") { (_) throws(PyBaseException) -> Value in nowNs(CLOCK_MONOTONIC) }
        fn(m, "process_time") { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_PROCESS_CPUTIME_ID)) }
        fn(m, "process_time_ns") { (_) throws(PyBaseException) -> Value in nowNs(CLOCK_PROCESS_CPUTIME_ID) }
        fn(m, "thread_time") { (_) throws(PyBaseException) -> Value in .float(now(CLOCK_THREAD_CPUTIME_ID)) }
        fn(m, "thread_time_ns") { (_) throws(PyBaseException) -> Value in nowNs(CLOCK_THREAD_CPUTIME_ID) }
        fn(m, "clock_gettime") { (a) throws(PyBaseException) -> Value in
            try a.expect("clock_gettime", min: 1, max: 1)
            guard let c = Int32(exactly: try IntOps.index(a[0])) else { throw PyErr.overflow("signed integer is greater than maximum") }
            return .float(now(c))
        }
        fn(m, "clock_gettime_ns") { (a) throws(PyBaseException) -> Value in
            try a.expect("clock_gettime_ns", min: 1, max: 1)
            guard let c = Int32(exactly: try IntOps.index(a[0])) else { throw PyErr.overflow("signed integer is greater than maximum") }
            return nowNs(c)
        }
        fn(m, "sleep") { (a) throws(PyBaseException) -> Value in
            try a.expect("sleep", min: 1, max: 1)
            try sleep(a[0])
            return .None
        }
        fn(m, "gmtime") { (a) throws(PyBaseException) -> Value in
            try a.expect("gmtime", min: 0, max: 1)
            var t = try timestamp(a.count > 0 ? a[0] : .None)
            var tmv = tm()
            guard gmtime_r(&t, &tmv) != nil else { throw PyErr.overflow("timestamp out of range for platform time_t") }
            return try structTime(m, tmv)
        }
        fn(m, "localtime") { (a) throws(PyBaseException) -> Value in
            try a.expect("localtime", min: 0, max: 1)
            var t = try timestamp(a.count > 0 ? a[0] : .None)
            var tmv = tm()
            guard localtime_r(&t, &tmv) != nil else { throw PyErr.overflow("timestamp out of range for platform time_t") }
            return try structTime(m, tmv)
        }
        fn(m, "mktime") { (a) throws(PyBaseException) -> Value in
            try a.expect("mktime", min: 1, max: 1)
            var tmv = try tmArg(a[0], "mktime")
            tmv.tm_wday = -1
            let r = Glibc.mktime(&tmv)
            if r == -1 && tmv.tm_wday == -1 { throw PyErr.overflow("mktime argument out of range") }
            return .float(Double(r))
        }
        fn(m, "asctime") { (a) throws(PyBaseException) -> Value in
            try a.expect("asctime", min: 0, max: 1)
            let tmv: tm
            if a.count == 0 || a[0].isNone {
                var t = time_t(Glibc.time(nil))
                var x = tm()
                localtime_r(&t, &x)
                tmv = x
            } else {
                tmv = try tmArg(a[0], "asctime")
            }
            return .str(asctime(tmv))
        }
        fn(m, "ctime") { (a) throws(PyBaseException) -> Value in
            try a.expect("ctime", min: 0, max: 1)
            var t = try timestamp(a.count > 0 ? a[0] : .None)
            var tmv = tm()
            guard localtime_r(&t, &tmv) != nil else { throw PyErr.overflow("timestamp out of range for platform time_t") }
            return .str(asctime(tmv))
        }
        fn(m, "strftime") { (a) throws(PyBaseException) -> Value in
            try a.expect("strftime", min: 1, max: 2)
            guard case .obj(let f as PyStr) = a[0] else {
                throw PyErr.typeError("strftime() argument 1 must be str, not \(a[0].type.name)")
            }
            var tmv: tm
            if a.count == 2 {
                tmv = try tmArg(a[1], "strftime")
            } else {
                var t = time_t(Glibc.time(nil))
                tmv = tm()
                localtime_r(&t, &tmv)
            }
            return .str(strftime(f.value, &tmv))
        }
        fn(m, "get_clock_info") { (a) throws(PyBaseException) -> Value in
            try a.expect("get_clock_info", min: 1, max: 1)
            guard case .obj(let s as PyStr) = a[0] else {
                throw PyErr.typeError("get_clock_info() argument 1 must be str, not \(a[0].type.name)")
            }
            let info: (String, Bool, Bool, Double)
            switch s.value {
            case "time": info = ("clock_gettime(CLOCK_REALTIME)", true, false, 1e-09)
            case "monotonic", "perf_counter": info = ("clock_gettime(CLOCK_MONOTONIC)", false, true, 1e-09)
            case "process_time": info = ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", false, true, 1e-09)
            case "thread_time": info = ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", false, true, 1e-09)
            default: throw PyErr.valueError("unknown clock")
            }
            let o = PyObject(type: PyType.simpleNamespace)
            o.dict?.setStr("implementation", .str(info.0))
            o.dict?.setStr("adjustable", .bool(info.1))
            o.dict?.setStr("monotonic", .bool(info.2))
            o.dict?.setStr("resolution", .float(info.3))
            return .obj(o)
        }
        installConstants(m)
        return m
    }

    static func installConstants(_ m: PyModule) {
        guard let d = m.dict else { return }
        d.setStr("CLOCK_REALTIME", .int(Int(CLOCK_REALTIME)))
        d.setStr("CLOCK_MONOTONIC", .int(Int(CLOCK_MONOTONIC)))
        d.setStr("CLOCK_PROCESS_CPUTIME_ID", .int(Int(CLOCK_PROCESS_CPUTIME_ID)))
        d.setStr("CLOCK_THREAD_CPUTIME_ID", .int(Int(CLOCK_THREAD_CPUTIME_ID)))
        d.setStr("CLOCK_BOOTTIME", .int(Int(CLOCK_BOOTTIME)))
        d.setStr("CLOCK_MONOTONIC_RAW", .int(Int(CLOCK_MONOTONIC_RAW)))
        // CPython's init_timezone: probe January and July of the current year.
        let year = (365 * 24 + 6) * 3600
        var t = time_t((Int(Glibc.time(nil)) / year) * year)
        var jan = tm(), jul = tm()
        localtime_r(&t, &jan)
        t += time_t(year / 2)
        localtime_r(&t, &jul)
        let janZone = -Int(jan.tm_gmtoff), julZone = -Int(jul.tm_gmtoff)
        let janName = jan.tm_zone.map { String(cString: $0) } ?? "UTC"
        let julName = jul.tm_zone.map { String(cString: $0) } ?? "UTC"
        if janZone < julZone {
            d.setStr("timezone", .int(julZone))
            d.setStr("altzone", .int(janZone))
            d.setStr("daylight", .int(janZone != julZone ? 1 : 0))
            d.setStr("tzname", .obj(PyTuple([.str(julName), .str(janName)])))
        } else {
            d.setStr("timezone", .int(janZone))
            d.setStr("altzone", .int(julZone))
            d.setStr("daylight", .int(janZone != julZone ? 1 : 0))
            d.setStr("tzname", .obj(PyTuple([.str(janName), .str(julName)])))
        }
    }

    /// `time.sleep(secs)`: nanosleep until the full time has elapsed.
    static func sleep(_ v: Value) throws(PyBaseException) {
        let secs: Double
        if let d = NativeOps.floatValue(v) {
            if d.isNaN { throw PyErr.valueError("Invalid value NaN (not a number)") }
            secs = d
        } else if let b = IntOps.big(v) {
            secs = (try? IntOps.toDouble(b)) ?? 1e300
        } else if v.type.lookup("__float__") != nil {
            secs = try NumberTypes.floatFrom(v)
        } else {
            throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
        if secs < 0 { throw PyErr.valueError("sleep length must be non-negative") }
        if secs > 9.2e18 / 1e9 { throw PyErr.overflow("sleep length is too large") }
        let deadline = now(CLOCK_MONOTONIC) + secs
        var remaining = secs
        while remaining > 0 {
            var req = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - Double(Int(remaining))) * 1e9))
            var rem = timespec()
            if GIL.blocking({ nanosleep(&req, &rem) }) == 0 { break }
            // Interrupted by a signal: Ctrl-C raises KeyboardInterrupt in the main thread (PEP 475).
            if Runtime.thread.isMain && grail_take_sigint() != 0 {
                throw PyBaseException(type: ExcTypes.keyboardInterrupt, args: [])
            }
            remaining = deadline - now(CLOCK_MONOTONIC)
        }
    }

    /// A `time_t` from a number or None (now), floored like CPython.
    static func timestamp(_ v: Value) throws(PyBaseException) -> time_t {
        if v.isNone { return time_t(Glibc.time(nil)) }
        if let d = NativeOps.floatValue(v) {
            if d.isNaN { throw PyErr.valueError("Invalid value NaN (not a number)") }
            let f = d.rounded(.down)
            guard f > -9.2e18 && f < 9.2e18 else { throw PyErr.overflow("timestamp out of range for platform time_t") }
            return time_t(Int(f))
        }
        if IntOps.isInt(v) || v.type.lookup("__index__") != nil {
            guard let i = Int(exactly: try IntOps.index(v)) else { throw PyErr.overflow("timestamp out of range for platform time_t") }
            return time_t(i)
        }
        throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
    }

    /// A `struct_time` for a broken-down time.
    static func structTime(_ m: PyModule, _ t: tm) throws(PyBaseException) -> Value {
        let items: [Value] = [
            .int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)),
            .int(Int(t.tm_hour)), .int(Int(t.tm_min)), .int(Int(t.tm_sec)),
            .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1), .int(Int(t.tm_isdst)),
            .str(t.tm_zone.map { String(cString: $0) } ?? "UTC"), .int(Int(t.tm_gmtoff)),
        ]
        guard let cls = m.dict?.getStr("struct_time") else { return .obj(PyTuple(Array(items.prefix(9)))) }
        return try Ops.callValues(cls, [.obj(PyTuple(items))])
    }

    /// A `struct tm` from a 9-tuple / struct_time (CPython's gettmarg + checktm).
    static func tmArg(_ v: Value, _ fname: String) throws(PyBaseException) -> tm {
        guard case .obj(let tup as PyTuple) = v else {
            throw PyErr.typeError("Tuple or struct_time argument required")
        }
        if tup.items.count != 9 {
            throw PyErr.typeError("\(fname)(): illegal time tuple argument")
        }
        var f: [Int] = []
        for x in tup.items {
            guard let b = IntOps.big(x) else { throw PyErr.typeError("'\(x.type.name)' object cannot be interpreted as an integer") }
            guard let i = Int(exactly: b), i >= Int(Int32.min), i <= Int(Int32.max) else {
                throw PyErr.overflow("Python int too large to convert to C int")
            }
            f.append(i)
        }
        var t = tm()
        t.tm_year = Int32(f[0] - 1900)
        t.tm_mon = Int32(f[1] - 1)
        t.tm_mday = Int32(f[2])
        t.tm_hour = Int32(f[3])
        t.tm_min = Int32(f[4])
        t.tm_sec = Int32(f[5])
        t.tm_wday = Int32((f[6] + 1) % 7)
        t.tm_yday = Int32(f[7] - 1)
        t.tm_isdst = Int32(f[8])
        if fname != "mktime" {
            // checktm (asctime/strftime normalise instead of failing on 0 fields)
            if t.tm_mon == -1 { t.tm_mon = 0 } else if t.tm_mon < 0 || t.tm_mon > 11 { throw PyErr.valueError("month out of range") }
            if t.tm_mday == 0 { t.tm_mday = 1 } else if t.tm_mday < 0 || t.tm_mday > 31 { throw PyErr.valueError("day of month out of range") }
            if t.tm_hour < 0 || t.tm_hour > 23 { throw PyErr.valueError("hour out of range") }
            if t.tm_min < 0 || t.tm_min > 59 { throw PyErr.valueError("minute out of range") }
            if t.tm_sec < 0 || t.tm_sec > 61 { throw PyErr.valueError("seconds out of range") }
            if t.tm_wday < 0 { throw PyErr.valueError("day of week out of range") }
            if t.tm_yday == -1 { t.tm_yday = 0 } else if t.tm_yday < 0 || t.tm_yday > 365 { throw PyErr.valueError("day of year out of range") }
        }
        return t
    }

    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func two(_ v: Int32) -> String { v < 10 && v >= 0 ? "0\(v)" : "\(v)" }

    /// `asctime` text: "Sun Jun 20 23:21:05 1993".
    static func asctime(_ t: tm) -> String {
        let wd = dayNames[Int((t.tm_wday % 7 + 7) % 7)]
        let mon = monNames[Int((t.tm_mon % 12 + 12) % 12)]
        var mday = String(t.tm_mday)
        while mday.count < 3 { mday = " " + mday }
        return "\(wd) \(mon)\(mday) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }

    /// libc strftime with a growing buffer.
    static func strftime(_ fmt: String, _ t: inout tm) -> String {
        if fmt.isEmpty { return "" }
        var size = 256
        while size <= 1 << 20 {
            var buf = [CChar](repeating: 0, count: size)
            let n = fmt.withCString { (f) -> Int in Glibc.strftime(&buf, size, f, &t) }
            if n > 0 || size >= fmt.utf8.count * 16 {
                return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            size *= 4
        }
        return ""
    }
}

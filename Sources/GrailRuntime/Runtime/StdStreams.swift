import Glibc
import Synchronization

/// `sys.stdout`/`sys.stderr`/`sys.stdin` backed by file descriptors with a
/// buffer (line-buffered when the fd is a terminal, like CPython).
/// Thread-safety: every write/flush holds the stream's mutex.
public final class PyStdStream: PyObject {
    public let fd: Int32
    public let name: String
    let state = GrailMutex<[UInt8]>([])
    let lineBuffered: Bool
    public let mode: String

    init(fd: Int32, name: String, mode: String) {
        self.fd = fd
        self.name = name
        self.mode = mode
        lineBuffered = isatty(fd) != 0 || fd == 2
        super.init(type: StdStreams.streamType, noDict: ())
    }

    public func write(_ s: String) {
        let flushNow: Bool = state.withLock { buf in
            buf.append(contentsOf: s.utf8)
            return buf.count >= 8192 || (lineBuffered && s.utf8.contains(10))
        }
        if flushNow { flush() }
    }

    public func flush() {
        let data: [UInt8] = state.withLock { buf in
            let d = buf
            buf.removeAll(keepingCapacity: true)
            return d
        }
        var off = 0
        data.withUnsafeBytes { p in
            while off < data.count {
                let n = Glibc.write(fd, p.baseAddress! + off, data.count - off)
                if n <= 0 { if errno == EINTR { continue }; break }
                off += n
            }
        }
    }

    /// Reads one line (without limit) from the fd; nil at EOF.
    public func readLine() -> String? {
        var bytes: [UInt8] = []
        var c: UInt8 = 0
        while true {
            let n = read(fd, &c, 1)
            if n <= 0 { break }
            bytes.append(c)
            if c == 10 { break }
        }
        if bytes.isEmpty { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func readAll() -> String {
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buf, buf.count)
            if n <= 0 { break }
            bytes.append(contentsOf: buf[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The three standard streams.
public enum StdStreams {
    public static let streamType = PyType(builtin: "TextIOWrapper", base: PyType.object, layout: .other, baseType: false, module: "_io")
    public static let stdout = PyStdStream(fd: 1, name: "<stdout>", mode: "w")
    public static let stderr = PyStdStream(fd: 2, name: "<stderr>", mode: "w")
    public static let stdin = PyStdStream(fd: 0, name: "<stdin>", mode: "r")

    public static func flushAll() {
        stdout.flush()
        stderr.flush()
    }
}

import Glibc
import Synchronization

/// A Python `str`: an immutable Swift `String` (UTF-8) plus the code-point
/// count, an ASCII flag and a cached hash. Python semantics (equality,
/// ordering, hashing, indexing) work on code points / UTF-8 bytes, never on
/// Swift's grapheme-based `==`. Lone surrogates are not representable (they
/// become U+FFFD). Thread-safety: immutable except for caches (the hash and
/// the scalar array) whose racing writes store identical values.
public final class PyStr: PyObject {
    public let value: String
    /// Number of code points (`len`).
    public let count: Int
    public let isASCII: Bool
    /// Computed on first use; several threads may race to store the same value.
    private let hashCache = Atomic<Int>(0)
    private var scalarCache: [Unicode.Scalar]? = nil
    /// The untagged address of the String's heap storage (0 for small strings).
    /// Swift keeps flag bits in the top byte of a String's storage pointer, which
    /// the conservative collector does not recognise as a pointer; this plain
    /// copy keeps the storage alive as long as the PyStr is.
    private let storageAnchor: UInt

    public init(_ s: String) {
        value = s
        var n = 0
        var ascii = true
        for b in s.utf8 {
            if b & 0xC0 != 0x80 { n += 1 }
            if b >= 0x80 { ascii = false }
        }
        count = n
        isASCII = ascii
        storageAnchor = PyStr.anchor(s)
        Immortal.string(s)
        super.init(type: PyType.str, noDict: ())
    }

    /// A str subclass instance.
    public init(_ s: String, type: PyType) {
        value = s
        count = s.unicodeScalars.count
        isASCII = s.utf8.allSatisfy { $0 < 0x80 }
        storageAnchor = PyStr.anchor(s)
        Immortal.string(s)
        super.init(type: type)
    }

    public convenience init(codePoints: [UInt32]) {
        var s = String.UnicodeScalarView()
        for c in codePoints { s.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        self.init(String(s))
    }

    /// The storage object address of a large native String, with the flag byte masked off.
    @inline(__always) static func anchor(_ s: String) -> UInt {
        let words = unsafeBitCast(s, to: (UInt, UInt).self)
        return words.1 & 0x00FF_FFFF_FFFF_FFFF
    }

    /// The code points as an array (cached for non-ASCII strings).
    public var scalars: [Unicode.Scalar] {
        if let c = scalarCache { return c }
        let a = Array(value.unicodeScalars)
        // Immortal before publishing: a thread that raced to store its own
        // copy never frees one another thread is reading.
        Immortal.array(a)
        scalarCache = a
        return a
    }

    /// The code point at index `i` (0 <= i < count).
    @inline(__always) public func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII {
            return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[i]) } ?? Array(value.utf8).withUnsafeBufferPointer { Unicode.Scalar($0[i]) }
        }
        return scalars[i]
    }

    /// Python's hash (FNV-1a over UTF-8, never -1).
    @inline(__always) public var hash: Int {
        let h = hashCache.load(ordering: .relaxed)
        if h != 0 { return h }
        return computeHash()
    }

    private func computeHash() -> Int {
        let r = PyStr.hashOf(value)
        hashCache.store(r, ordering: .relaxed)
        return r
    }

    /// The hash a PyStr with this value has (lets lookups by Swift String skip interning).
    @inline(__always) public static func hashOf(_ s: String) -> Int {
        var h: UInt64 = 0xcbf29ce484222325 ^ HashSeed.value
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h ^= h >> 29
        var r = Int(bitPattern: UInt(h))
        if r == -1 || r == 0 { r = -2 }
        return r
    }

    /// Python `==` on two strs.
    @inline(__always) public func equals(_ o: PyStr) -> Bool {
        if self === o { return true }
        if count != o.count || hash != o.hash { return false }
        return value.utf8.elementsEqual(o.value.utf8)
    }

    /// Code-point order comparison (UTF-8 byte order equals code-point order).
    public func compare(_ o: PyStr) -> Int {
        var a = value.utf8.makeIterator(), b = o.value.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    // Interning: names used by code objects map to one object each.
    private static let internTable = GrailMutex<[String: PyStr]>([:])

    /// The interned str for `s` (identity-comparable; thread-safe).
    public static func intern(_ s: String) -> PyStr {
        internTable.withLock { t in
            if let p = t[s] { return p }
            let p = PyStr(s)
            t[s] = p
            return p
        }
    }

    /// Interns an existing object (`sys.intern`).
    public static func intern(_ p: PyStr) -> PyStr {
        internTable.withLock { t in
            if let q = t[p.value], q.value.utf8.elementsEqual(p.value.utf8) { return q }
            t[p.value] = p
            return p
        }
    }
}

/// Per-process hash seed for str/bytes hashes (like PYTHONHASHSEED=random;
/// `PYTHONHASHSEED=0` disables it). Thread-safety: immutable after first use.
enum HashSeed {
    static let value: UInt64 = {
        if let s = getenvString("PYTHONHASHSEED"), s == "0" { return 0 }
        if let s = getenvString("PYTHONHASHSEED"), let n = UInt64(s) { return n &* 0x9E3779B97F4A7C15 }
        return UInt64.random(in: 1...UInt64.max)
    }()
}

func getenvString(_ name: String) -> String? {
    guard let p = getenv(name) else { return nil }
    return String(cString: p)
}

extension String {
    /// The string without leading/trailing ASCII whitespace (as int()/float() strip).
    var pyStripped: String {
        let ws: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]
        let u = Array(utf8)
        var a = 0, b = u.count
        while a < b && ws.contains(u[a]) { a += 1 }
        while b > a && ws.contains(u[b - 1]) { b -= 1 }
        return String(decoding: u[a..<b], as: UTF8.self)
    }
}

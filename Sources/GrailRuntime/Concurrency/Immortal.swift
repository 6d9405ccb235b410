import CGrailGC

/// Makes the heap buffers behind Swift arrays and strings that Python
/// objects keep (an MRO, a function's defaults, a code object's constants,
/// a str's text) ARC-immortal, like the Python objects themselves: threads
/// that read a shared class, function or string then copy these values
/// without writing a reference count, so read-mostly sharing does not bounce
/// cache lines between cores. The collector still reclaims them once
/// unreachable. Call only on a value no other thread can see yet (a new
/// array/string about to be stored).
/// Thread-safety: writes only the header of an object the caller owns.
public enum Immortal {
    @inline(__always)
    public static func array<T>(_ a: [T]) {
        if a.isEmpty { return }
        let p = unsafeBitCast(a, to: UnsafeMutableRawPointer.self)
        grail_make_immortal_if_needed(p)
    }

    /// A large native string's storage (small and literal strings have none to mark).
    @inline(__always)
    public static func string(_ s: String) {
        let words = unsafeBitCast(s, to: (UInt, UInt).self)
        guard words.1 >> 60 == 0 else { return }
        let addr = words.1 & 0x00FF_FFFF_FFFF_FFFF
        if let p = UnsafeMutableRawPointer(bitPattern: addr) { grail_make_immortal_if_needed(p) }
    }
}

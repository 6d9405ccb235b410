/// Bitwise access to the VM's own Value slots (fast locals, the value stack,
/// constants). Every Python object is ARC-immortal and its lifetime belongs to
/// the collector (docs/ARCHITECTURE.md, "Memory model"), so retaining or
/// releasing a `Value` has no effect beyond the cost of the call; the
/// interpreter loop therefore moves and copies slots as plain 16-byte
/// patterns instead of through Swift's ownership (which would retain on every
/// push and release every overwritten slot).
/// Thread-safety: the slots belong to one frame, run by one thread.
enum StackSlots {
    /// Copies the bits of `src` into `dst` (no retain of the new value, no
    /// release of the old one).
    @inline(__always)
    static func copy(_ dst: UnsafeMutablePointer<Value>, _ src: UnsafePointer<Value>) {
        let d = UnsafeMutableRawPointer(dst), s = UnsafeRawPointer(src)
        d.storeBytes(of: s.load(as: UInt64.self), as: UInt64.self)
        d.storeBytes(of: s.load(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
    }

    /// The payload word of a slot (an object's address for `.obj`).
    @inline(__always) static func payload(_ p: UnsafePointer<Value>) -> UInt64 {
        UnsafeRawPointer(p).load(as: UInt64.self)
    }
    /// The tag byte of a slot.
    @inline(__always) static func tag(_ p: UnsafePointer<Value>) -> UInt8 {
        UnsafeRawPointer(p).load(fromByteOffset: 8, as: UInt8.self)
    }

    /// Immortal slots holding False and True (index 0 and 1), copied into
    /// the stack by comparisons without touching reference counts.
    static let bools: UnsafeMutablePointer<Value> = {
        let p = UnsafeMutablePointer<Value>.allocate(capacity: 2)
        p.initialize(to: .False)
        (p + 1).initialize(to: .True)
        return p
    }()
    /// Tag byte of `.obj` values.
    static let objTag: UInt8 = tag(bools)
}

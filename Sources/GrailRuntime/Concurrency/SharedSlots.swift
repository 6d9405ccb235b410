import CGrailGC

/// Tear-free access to `Value` slots in memory that several Python threads
/// may use at once (list storage, dict and set tables, cells, `__slots__`).
///
/// Thread-safety contract (docs/ARCHITECTURE.md, "Free threading"):
/// - every read or write of a shared slot goes through `SharedSlot.load` /
///   `SharedSlot.store`, one 16-byte atomic access each (grailsync.h), so a
///   lock-free reader sees either the old or the new value, never a mix;
/// - writers of a container hold the container's own lock, so no update is
///   lost; readers take no lock (the lock word is never written by reads, so
///   read-mostly sharing does not bounce cache lines between cores);
/// - storage that a writer replaces (growth, compaction) is never freed
///   explicitly: the collector reclaims it once no reader still holds it,
///   which makes a stale pointer in a reader's register memory-safe.
/// Every object a `Value` refers to is ARC-immortal, so moving the bits of a
/// `Value` without retain/release is sound.
public enum SharedSlot {
    @inline(__always)
    public static func load(_ p: UnsafePointer<Value>) -> Value {
        let r = grail_load16(UnsafeRawPointer(p))
        return withUnsafeBytes(of: r) { $0.load(as: Value.self) }
    }

    @inline(__always)
    public static func load(_ p: UnsafeMutablePointer<Value>) -> Value {
        load(UnsafePointer(p))
    }

    @inline(__always)
    public static func store(_ p: UnsafeMutablePointer<Value>, _ v: Value) {
        var raw = grail_raw16(lo: 0, hi: 0)
        withUnsafeMutableBytes(of: &raw) { $0.storeBytes(of: v, as: Value.self) }
        grail_store16(UnsafeMutableRawPointer(p), raw)
    }

    /// Allocates `count` slots in collected memory, 16-byte aligned, all `.null`.
    /// Never deallocate the result explicitly (lock-free readers may hold it).
    public static func allocate(_ count: Int) -> UnsafeMutablePointer<Value> {
        let n = Swift.max(count, 1)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: n * MemoryLayout<Value>.stride, alignment: 16)
        let p = raw.bindMemory(to: Value.self, capacity: n)
        p.initialize(repeating: .null, count: n)
        return p
    }
}

/// Acquire/release word access for pointers and counts shared between threads.
public enum SharedWord {
    @inline(__always) public static func load(_ p: UnsafeRawPointer) -> Int { Int(bitPattern: UInt(grail_load64(p))) }
    @inline(__always) public static func store(_ p: UnsafeMutableRawPointer, _ v: Int) { grail_store64(p, UInt64(UInt(bitPattern: v))) }
    @inline(__always) public static func load32(_ p: UnsafeRawPointer) -> Int32 { grail_load32(p) }
    @inline(__always) public static func store32(_ p: UnsafeMutableRawPointer, _ v: Int32) { grail_store32(p, v) }
}

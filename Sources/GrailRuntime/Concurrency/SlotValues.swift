import CGrailGC

/// The `__slots__` values of one instance: a fixed number of slots in
/// collected memory, each read and written with one 16-byte atomic access,
/// so threads sharing an instance with slots never see a torn value and a
/// write to one slot never loses a concurrent write to another.
/// Thread-safety: as stated; the object is ARC-immortal (the collector frees it).
public final class SlotValues {
    public let count: Int
    let base: UnsafeMutablePointer<Value>

    public init(count: Int) {
        self.count = count
        base = SharedSlot.allocate(count)
        grail_make_immortal(Unmanaged.passUnretained(self).toOpaque())
    }

    public convenience init(_ values: [Value]) {
        self.init(count: values.count)
        for (i, v) in values.enumerated() { SharedSlot.store(base + i, v) }
    }

    /// A copy with at least `n` slots (new ones empty).
    public func grown(to n: Int) -> SlotValues {
        let s = SlotValues(count: Swift.max(n, count))
        for i in 0..<count { SharedSlot.store(s.base + i, SharedSlot.load(base + i)) }
        return s
    }

    public subscript(i: Int) -> Value {
        @inline(__always) get { SharedSlot.load(base + i) }
        @inline(__always) set { SharedSlot.store(base + i, newValue) }
    }
}

import Synchronization

/// A Python `list` (or list subclass instance).
///
/// Storage is a block of 16-byte `Value` slots in collected memory
/// (`SharedSlot.allocate`): slot 0 holds the block's capacity as a raw `Int`
/// (written once, before the block is published), elements live in slots
/// 1...capacity. The current block and the element count are atomics.
///
/// Thread-safety (free threading, CPython 3.14t's guarantees):
/// - readers (`count`, `get`, `items`, iteration) take no lock and write
///   nothing shared: they load the count (acquire), then the block (acquire),
///   bound-check the index against both, and load the slot with one 16-byte
///   atomic access. A slot that a concurrent `pop` cleared reads `.null` and
///   is reported as out of range. A block a writer replaced is never freed
///   explicitly (the collector reclaims it once no reader holds it), so a
///   stale block in a reader is memory-safe and holds a consistent old state.
/// - writers hold `lock` (not reentrant): every critical section is straight
///   Swift code that never calls Python and never locks another list, so it
///   cannot deadlock or trap. Writers publish a new block before a larger
///   count, lower the count before clearing vacated slots to `.null`, and
///   store every slot of a published block with `SharedSlot.store`.
/// Operations that call Python (`__eq__` in `remove`/`index`/`count`/`in`,
/// key functions and comparisons in `sort`) read elements lock-free, run the
/// Python code, and take the lock only for the final mutation.
public final class PyList: PyObject {
    /// Current block (slot 0: capacity; elements from slot 1).
    private let storage: Atomic<UnsafeMutablePointer<Value>>
    /// Number of elements (published after the slots it covers).
    private let size: Atomic<Int>
    /// Serialises writers; readers never touch it.
    private let lock = GrailMutex<Void>(())
    /// Bumped by every mutation (guarded by `lock`); lets `sort` detect
    /// "list modified during sort".
    private var mutations = 0

    /// The shared block of capacity 0 that empty lists start with (never written).
    nonisolated(unsafe) private static let emptyStorage: UnsafeMutablePointer<Value> = makeStorage(0)

    public init(_ items: [Value] = []) {
        storage = Atomic(PyList.makeStorage(items))
        size = Atomic(items.count)
        super.init(type: PyType.list, noDict: ())
    }

    public init(_ items: [Value], type: PyType) {
        storage = Atomic(PyList.makeStorage(items))
        size = Atomic(items.count)
        super.init(type: type)
    }

    /// A list holding a copy of `items` (e.g. values on the VM stack).
    public init(_ items: UnsafeBufferPointer<Value>) {
        let n = items.count
        let p = n == 0 ? PyList.emptyStorage : PyList.makeStorage(n)
        if n > 0, let base = items.baseAddress {
            UnsafeMutableRawPointer(p + 1).copyMemory(from: UnsafeRawPointer(base), byteCount: n * MemoryLayout<Value>.stride)
        }
        storage = Atomic(p)
        size = Atomic(n)
        super.init(type: PyType.list, noDict: ())
    }

    // MARK: storage blocks

    /// A fresh unpublished block of `capacity` slots, all `.null`.
    private static func makeStorage(_ capacity: Int) -> UnsafeMutablePointer<Value> {
        let p = SharedSlot.allocate(capacity + 1)
        UnsafeMutableRawPointer(p).storeBytes(of: capacity, as: Int.self)
        return p
    }

    /// A fresh unpublished block holding `items` (the empty block for none).
    private static func makeStorage(_ items: [Value]) -> UnsafeMutablePointer<Value> {
        let n = items.count
        if n == 0 { return emptyStorage }
        let p = makeStorage(n)
        items.withUnsafeBufferPointer { b in
            if let base = b.baseAddress {
                UnsafeMutableRawPointer(p + 1).copyMemory(from: UnsafeRawPointer(base), byteCount: n * MemoryLayout<Value>.stride)
            }
        }
        return p
    }

    @inline(__always) private static func capacity(_ p: UnsafeMutablePointer<Value>) -> Int {
        UnsafeRawPointer(p).load(as: Int.self)
    }

    /// Capacity for a list that must hold `needed` elements and has `cap` now.
    @inline(__always) private static func grownCapacity(_ cap: Int, _ needed: Int) -> Int {
        Swift.max(needed, cap < 4 ? 4 : cap &* 2)
    }

    /// Under the lock: a new published block of capacity `cap` holding the
    /// first `n` elements of `old`.
    private func replaceStorage(_ old: UnsafeMutablePointer<Value>, _ n: Int, capacity cap: Int) -> UnsafeMutablePointer<Value> {
        let p = PyList.makeStorage(cap)
        if n > 0 {
            // `old` is written only by lock holders (us), so a plain copy reads
            // consistent slots; `p` is not yet visible to any reader.
            UnsafeMutableRawPointer(p + 1).copyMemory(from: UnsafeRawPointer(old + 1), byteCount: n * MemoryLayout<Value>.stride)
        }
        storage.store(p, ordering: .releasing)
        return p
    }

    // MARK: lock-free reads

    /// Number of elements (lock-free).
    @inline(__always) public var count: Int { size.load(ordering: .acquiring) }

    /// Current capacity (for `__sizeof__`).
    public var capacity: Int { PyList.capacity(storage.load(ordering: .acquiring)) }

    /// Element `i` (0-based, no negative indexing), or nil when out of range
    /// (lock-free).
    @inline(__always) public func get(_ i: Int) -> Value? {
        let n = size.load(ordering: .acquiring)
        if i < 0 || i >= n { return nil }
        let p = storage.load(ordering: .acquiring)
        if i >= PyList.capacity(p) { return nil }
        let v = SharedSlot.load(p + (i &+ 1))
        if case .null = v { return nil }
        return v
    }

    /// A snapshot of the elements (lock-free; under concurrent mutation, a
    /// state the list had or a prefix of one).
    public var items: [Value] { items(0..<Int.max) }

    /// A snapshot of the elements in `range` (clamped to the length;
    /// lock-free, like `items`).
    public func items(_ range: Range<Int>) -> [Value] {
        let n = size.load(ordering: .acquiring)
        let p = storage.load(ordering: .acquiring)
        let lo = Swift.max(range.lowerBound, 0)
        let hi = Swift.min(range.upperBound, n, PyList.capacity(p))
        if hi <= lo { return [] }
        let m = hi - lo
        return [Value](unsafeUninitializedCapacity: m) { buf, initialized in
            initialized = 0
            guard let base = buf.baseAddress else { return }
            var k = 0
            while k < m {
                let v = SharedSlot.load(p + (lo + k + 1))
                if case .null = v { break }
                (base + k).initialize(to: v)
                k += 1
            }
            initialized = k
        }
    }

    /// UNPACK_SEQUENCE's fast path: when the list has exactly `n` elements,
    /// stores them into `out[n - 1], ..., out[0]` (the order they take on the
    /// VM stack) and returns true; false otherwise (nothing consistent to
    /// copy: the caller takes the generic path). Lock-free, like `items`.
    @inline(__always) public func unpackReversed(_ n: Int, into out: UnsafeMutablePointer<Value>) -> Bool {
        if size.load(ordering: .acquiring) != n { return false }
        let p = storage.load(ordering: .acquiring)
        if n > PyList.capacity(p) { return false }
        var i = 0
        while i < n {
            let v = SharedSlot.load(p + (i + 1))
            if case .null = v { return false }
            out[n - 1 - i] = v
            i += 1
        }
        return true
    }

    /// True when the list has no elements.
    @inline(__always) public var isEmpty: Bool { count == 0 }

    // MARK: writers (each one critical section, no Python code inside)

    /// `l.append(v)`.
    public func append(_ v: Value) {
        lock.withLock { _ in
            let n = size.load(ordering: .relaxed)
            var p = storage.load(ordering: .relaxed)
            let cap = PyList.capacity(p)
            if n >= cap { p = replaceStorage(p, n, capacity: PyList.grownCapacity(cap, n + 1)) }
            SharedSlot.store(p + (n + 1), v)
            size.store(n + 1, ordering: .releasing)
            mutations &+= 1
        }
    }

    /// `append` for a list no other thread can reach yet (the list a
    /// comprehension or display is building on the VM stack: LIST_APPEND,
    /// LIST_EXTEND; CPython 3.13t's `_PyList_AppendTakeRef` makes the same
    /// exception). Skips the lock but keeps the publication order, so a
    /// reader would still see a consistent list.
    @inline(__always) public func appendUnshared(_ v: Value) {
        let n = size.load(ordering: .relaxed)
        var p = storage.load(ordering: .relaxed)
        let cap = PyList.capacity(p)
        if n >= cap { p = replaceStorage(p, n, capacity: PyList.grownCapacity(cap, n + 1)) }
        SharedSlot.store(p + (n + 1), v)
        size.store(n + 1, ordering: .releasing)
    }

    /// Appends all of `vs` as one operation.
    public func extend(_ vs: [Value]) {
        if vs.isEmpty { return }
        lock.withLock { _ in
            let n = size.load(ordering: .relaxed)
            var p = storage.load(ordering: .relaxed)
            let cap = PyList.capacity(p)
            if n + vs.count > cap { p = replaceStorage(p, n, capacity: PyList.grownCapacity(cap, n + vs.count)) }
            var j = n + 1
            for v in vs { SharedSlot.store(p + j, v); j += 1 }
            size.store(n + vs.count, ordering: .releasing)
            mutations &+= 1
        }
    }

    /// `l.insert(index, v)`: a negative index counts from the end; both ends
    /// clamp (CPython's ins1), against the length at the time of the insert.
    public func insert(_ v: Value, at index: Int) {
        lock.withLock { _ in
            let n = size.load(ordering: .relaxed)
            var p = storage.load(ordering: .relaxed)
            let cap = PyList.capacity(p)
            if n >= cap { p = replaceStorage(p, n, capacity: PyList.grownCapacity(cap, n + 1)) }
            var i = index
            if i < 0 { i += n; if i < 0 { i = 0 } }
            if i > n { i = n }
            var j = n
            while j > i { SharedSlot.store(p + (j + 1), SharedSlot.load(p + j)); j -= 1 }
            SharedSlot.store(p + (i + 1), v)
            size.store(n + 1, ordering: .releasing)
            mutations &+= 1
        }
    }

    /// Removes and returns element `index` (negative counts from the end, as
    /// in Python); nil when out of range at the time of the operation.
    public func pop(at index: Int) -> Value? {
        lock.withLock { _ -> Value? in
            let n = size.load(ordering: .relaxed)
            let i = index < 0 ? index + n : index
            if i < 0 || i >= n { return nil }
            let p = storage.load(ordering: .relaxed)
            let v = SharedSlot.load(p + (i + 1))
            var j = i + 1
            while j < n { SharedSlot.store(p + j, SharedSlot.load(p + (j + 1))); j += 1 }
            size.store(n - 1, ordering: .releasing)
            SharedSlot.store(p + n, .null)
            mutations &+= 1
            return v
        }
    }

    /// Removes and returns the last element; nil when empty.
    @inline(__always) public func popLast() -> Value? { pop(at: -1) }

    /// `l[i] = v` for a non-negative `i`; false when out of range at the
    /// time of the operation.
    public func set(_ i: Int, _ v: Value) -> Bool {
        lock.withLock { _ -> Bool in
            let n = size.load(ordering: .relaxed)
            if i < 0 || i >= n { return false }
            SharedSlot.store(storage.load(ordering: .relaxed) + (i + 1), v)
            mutations &+= 1
            return true
        }
    }

    /// Replaces elements `range` (clamped to the current length) with `new`
    /// as one operation: slice assignment, slice deletion, insertion of many.
    public func replaceSubrange(_ range: Range<Int>, with new: [Value]) {
        lock.withLock { _ in replaceLocked(range, new) }
    }

    /// Removes elements `range` (clamped to the current length).
    @inline(__always) public func removeSubrange(_ range: Range<Int>) { replaceSubrange(range, with: []) }

    /// `l[start:stop] = new` / `del l[start:stop]` with the slice's own
    /// (possibly negative or missing) bounds, resolved against the length
    /// under the lock, so `del l[-10:]` from two threads removes 20 items.
    public func replaceSlice(start: Int?, stop: Int?, with new: [Value]) {
        lock.withLock { _ in
            let n = size.load(ordering: .relaxed)
            var lo = start ?? 0
            if lo < 0 { lo += n; if lo < 0 { lo = 0 } } else if lo > n { lo = n }
            var hi = stop ?? n
            if hi < 0 { hi += n; if hi < 0 { hi = 0 } } else if hi > n { hi = n }
            if hi < lo { hi = lo }
            replaceLocked(lo..<hi, new)
        }
    }

    /// Removes every element and drops the storage.
    public func removeAll() {
        lock.withLock { _ in
            if size.load(ordering: .relaxed) == 0 && storage.load(ordering: .relaxed) == PyList.emptyStorage { return }
            storage.store(PyList.emptyStorage, ordering: .releasing)
            size.store(0, ordering: .releasing)
            mutations &+= 1
        }
    }

    /// Replaces all elements with `new` as one operation.
    public func setItems(_ new: [Value]) {
        lock.withLock { _ in replaceLocked(0..<Int.max, new) }
    }

    /// `l.reverse()` in place.
    public func reverse() {
        lock.withLock { _ in
            let n = size.load(ordering: .relaxed)
            if n < 2 { return }
            let p = storage.load(ordering: .relaxed)
            var i = 1, j = n
            while i < j {
                let a = SharedSlot.load(p + i), b = SharedSlot.load(p + j)
                SharedSlot.store(p + i, b); SharedSlot.store(p + j, a)
                i += 1; j -= 1
            }
            mutations &+= 1
        }
    }

    /// Runs a whole-array transform as one operation, for rare mutations
    /// (extended-slice assignment/deletion, `*=`). `body` must be plain Swift:
    /// it runs under the list's lock, so it must never call Python code or
    /// touch this list.
    /// If `body` throws (it may only create an exception object, e.g.
    /// MemoryError), the list is left unchanged.
    public func transform(_ body: (inout [Value]) throws(PyBaseException) -> Void) throws(PyBaseException) {
        try lock.withLock { (_) throws(PyBaseException) in
            var a = items
            try body(&a)
            replaceLocked(0..<Int.max, a)
        }
    }

    /// Under the lock: replace `range` (clamped) with `new`.
    private func replaceLocked(_ range: Range<Int>, _ new: [Value]) {
        let n = size.load(ordering: .relaxed)
        let lo = Swift.min(Swift.max(range.lowerBound, 0), n)
        let hi = Swift.min(Swift.max(range.upperBound, lo), n)
        let m = new.count
        let newCount = n - (hi - lo) + m
        if hi == lo && m == 0 { return }
        let p = storage.load(ordering: .relaxed)
        let cap = PyList.capacity(p)
        mutations &+= 1
        if newCount == 0 {
            storage.store(PyList.emptyStorage, ordering: .releasing)
            size.store(0, ordering: .releasing)
            return
        }
        if newCount > cap || (cap > 64 && newCount < cap / 4) {
            // Build the result in a fresh block, then publish it.
            let q = PyList.makeStorage(newCount > cap ? PyList.grownCapacity(cap, newCount) : newCount)
            let stride = MemoryLayout<Value>.stride
            if lo > 0 { UnsafeMutableRawPointer(q + 1).copyMemory(from: UnsafeRawPointer(p + 1), byteCount: lo * stride) }
            new.withUnsafeBufferPointer { b in
                if let base = b.baseAddress, m > 0 {
                    UnsafeMutableRawPointer(q + (lo + 1)).copyMemory(from: UnsafeRawPointer(base), byteCount: m * stride)
                }
            }
            if hi < n { UnsafeMutableRawPointer(q + (lo + m + 1)).copyMemory(from: UnsafeRawPointer(p + (hi + 1)), byteCount: (n - hi) * stride) }
            storage.store(q, ordering: .releasing)
            size.store(newCount, ordering: .releasing)
            return
        }
        let d = m - (hi - lo)
        if d > 0 {
            // Grow in place: move the tail right (from its end), fill, publish the count.
            var j = n
            while j > hi { SharedSlot.store(p + (j + d), SharedSlot.load(p + j)); j -= 1 }
        } else if d < 0 {
            // Shrink in place: move the tail left (from its start).
            var j = hi + 1
            while j <= n { SharedSlot.store(p + (j + d), SharedSlot.load(p + j)); j += 1 }
        }
        var k = lo + 1
        for v in new { SharedSlot.store(p + k, v); k += 1 }
        size.store(newCount, ordering: .releasing)
        if d < 0 {
            var j = newCount + 1
            while j <= n { SharedSlot.store(p + j, .null); j += 1 }
        }
    }

    // MARK: sort support

    /// Starts `list.sort()`: takes the elements out (the list reads as empty
    /// while the sort runs, as in CPython) and returns them with a token.
    public func beginSort() -> (items: [Value], token: Int) {
        lock.withLock { _ -> (items: [Value], token: Int) in
            let a = items
            if !a.isEmpty {
                storage.store(PyList.emptyStorage, ordering: .releasing)
                size.store(0, ordering: .releasing)
                mutations &+= 1
            }
            return (a, mutations)
        }
    }

    /// Ends `list.sort()`: puts `result` back (dropping anything stored into
    /// the list meanwhile) and reports whether the list was modified during
    /// the sort.
    public func endSort(_ result: [Value], token: Int) -> Bool {
        lock.withLock { _ -> Bool in
            let modified = mutations != token
            replaceLocked(0..<Int.max, result)
            mutations &+= 1
            return modified
        }
    }
}

import Synchronization
/// `collections.deque`: a double-ended queue in a ring buffer.
/// Thread-safety: the ring buffer, maxlen and the mutation counter live in
/// one `GrailMutex`; append/appendleft/pop/popleft/len/clear/rotate and
/// every other single structural operation are atomic. No Python code runs
/// while the mutex is held: methods that compare items (`count`, `index`,
/// `remove`, `in`, comparisons) read one item under the lock, compare
/// outside it and re-validate (a mutation in between raises CPython's
/// "deque mutated during iteration"-style errors instead of corrupting).
public final class PyDeque: PyObject {
    let store = GrailMutex<DequeStore>(DequeStore())

    static let dequeType = PyType(builtin: "deque", base: PyType.object, layout: .other, module: "collections")

    init(cls: PyType) {
        if cls.isHeapType {
            super.init(type: cls)
            if cls.slotCount > 0 { slotValues = SlotValues(count: cls.slotCount) }
        } else {
            super.init(type: cls, noDict: ())
        }
    }

    var count: Int { store.withLock { $0.count } }
    var items: [Value] { store.withLock { $0.items } }
    var maxlen: Int { store.withLock { $0.maxlen } }
    var state: Int { store.withLock { $0.state } }

    func append(_ v: Value) { store.withLock { $0.pushBack(v) } }
    func appendLeft(_ v: Value) { store.withLock { $0.pushFront(v) } }
    func extend(_ vs: [Value]) { store.withLock { s in for v in vs { s.pushBack(v) } } }
    func extendLeft(_ vs: [Value]) { store.withLock { s in for v in vs { s.pushFront(v) } } }

    /// The item at logical index `i` if the deque is still in mutation state `st`.
    func item(_ i: Int, ifState st: Int) -> Value?? {
        store.withLock { (s: inout DequeStore) -> Value?? in
            if s.state != st { return .some(nil) }
            if i >= s.count { return nil }
            return .some(s.get(i))
        }
    }
}

/// The ring buffer of a deque. Thread-safety: only used inside the deque's mutex.
struct DequeStore {
    var buf: [Value] = []
    var head = 0
    var count = 0
    /// -1: unbounded.
    var maxlen = -1
    /// Incremented by every mutation that invalidates iterators.
    var state = 0

    @inline(__always) func get(_ i: Int) -> Value { buf[(head + i) & (buf.count - 1)] }
    @inline(__always) mutating func put(_ i: Int, _ v: Value) { buf[(head + i) & (buf.count - 1)] = v }

    var items: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(get(i)) }
        return out
    }

    mutating func setItems(_ vs: [Value]) {
        var cap = 8
        while cap < vs.count { cap <<= 1 }
        buf = [Value](repeating: .null, count: cap)
        for (i, v) in vs.enumerated() { buf[i] = v }
        head = 0
        count = vs.count
        state &+= 1
    }

    private mutating func grow() {
        let cap = Swift.max(8, buf.count * 2)
        var nb = [Value](repeating: .null, count: cap)
        for i in 0..<count { nb[i] = get(i) }
        buf = nb
        head = 0
    }

    mutating func pushBack(_ v: Value) {
        if maxlen == 0 { state &+= 1; return }
        if count == buf.count { grow() }
        buf[(head + count) & (buf.count - 1)] = v
        count += 1
        state &+= 1
        if maxlen >= 0 && count > maxlen { _ = popFront() }
    }

    mutating func pushFront(_ v: Value) {
        if maxlen == 0 { state &+= 1; return }
        if count == buf.count { grow() }
        head = (head - 1) & (buf.count - 1)
        buf[head] = v
        count += 1
        state &+= 1
        if maxlen >= 0 && count > maxlen { _ = popBack() }
    }

    mutating func popBack() -> Value? {
        if count == 0 { return nil }
        count -= 1
        let i = (head + count) & (buf.count - 1)
        let v = buf[i]
        buf[i] = .null
        state &+= 1
        return v
    }

    mutating func popFront() -> Value? {
        if count == 0 { return nil }
        let v = buf[head]
        buf[head] = .null
        head = (head + 1) & (buf.count - 1)
        count -= 1
        state &+= 1
        return v
    }

    mutating func clear() {
        buf = []
        head = 0
        count = 0
        state &+= 1
    }

    mutating func remove(at i: Int) {
        var vs = items
        vs.remove(at: i)
        setItems(vs)
    }

    mutating func rotate(_ n: Int) {
        if count <= 1 { return }
        var k = n % count
        if k < 0 { k += count }
        if k == 0 { return }
        let vs = items
        var out: [Value] = []
        out.reserveCapacity(count)
        out.append(contentsOf: vs[(count - k)...])
        out.append(contentsOf: vs[..<(count - k)])
        setItems(out)
    }
}

/// `_collections._deque_iterator` / `_deque_reverse_iterator`.
/// Thread-safety: position and counter are guarded by the deque's mutex.
final class DequeIterator: NativeIterator {
    let deque: PyDeque
    let reversed: Bool
    let startState: Int
    var pos = 0
    var counter: Int

    static let forwardType = PyType(builtin: "_deque_iterator", base: PyType.object, layout: .other, baseType: false, module: "_collections")
    static let reverseType = PyType(builtin: "_deque_reverse_iterator", base: PyType.object, layout: .other, baseType: false, module: "_collections")

    init(_ d: PyDeque, reversed: Bool) {
        deque = d
        self.reversed = reversed
        (startState, counter) = d.store.withLock { ($0.state, $0.count) }
        super.init(type: reversed ? DequeIterator.reverseType : DequeIterator.forwardType, noDict: ())
    }

    enum Step { case item(Value), end, mutated }

    override func next() throws(PyBaseException) -> Value? {
        let r: Step = deque.store.withLock { (s: inout DequeStore) -> Step in
            if s.state != startState { counter = 0; return .mutated }
            if counter <= 0 || pos >= s.count { return .end }
            let v = reversed ? s.get(s.count - 1 - pos) : s.get(pos)
            pos += 1
            counter -= 1
            return .item(v)
        }
        switch r {
        case .item(let v): return v
        case .end: return nil
        case .mutated: throw PyErr.runtimeError("deque mutated during iteration")
        }
    }

    var lengthHint: Int { deque.store.withLock { _ in counter } }
}

/// `set` and `frozenset`: an open-addressing hash table following CPython's
/// setobject.c (linear probes then perturbation, same growth policy), so
/// iteration order matches CPython for the same insertions.
/// Thread-safety: like `PyDict` (single operations atomic under the set's lock in issue 4).
public final class PySet: PyObject {
    struct Slot { var hash: Int; var key: Value }  // key .null = empty, hash -1 with .null = dummy
    var table: [Slot]
    public private(set) var count = 0
    var fill = 0
    var mutations = 0
    public let frozen: Bool

    public init(frozen: Bool = false, type: PyType? = nil) {
        self.frozen = frozen
        table = [Slot](repeating: Slot(hash: 0, key: .null), count: 8)
        let t = type ?? (frozen ? PyType.frozenset : PyType.set)
        if t.isHeapType { super.init(type: t) } else { super.init(type: t, noDict: ()) }
    }

    public convenience init(frozenFrom items: [Value]) {
        self.init(frozen: true)
        for v in items { try? add(v) }
    }

    static let linearProbes = 9

    /// Index of the slot holding `key`, or of the slot where it would go (negative-1-encoded).
    private func lookup(_ key: Value, _ hash: Int) throws(PyBaseException) -> (found: Bool, index: Int) {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var freeslot = -1
        while true {
            let probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
            for j in i...(i + probes) {
                let s = table[j]
                if case .null = s.key {
                    if s.hash == -1 { if freeslot < 0 { freeslot = j }; continue }
                    return (false, freeslot >= 0 ? freeslot : j)
                }
                if s.hash == hash {
                    if s.key.isSame(key) { return (true, j) }
                    let m = mutations
                    if try Ops.eq(s.key, key) { return (true, j) }
                    if m != mutations { return try lookup(key, hash) }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    public func add(_ key: Value) throws(PyBaseException) {
        let h = try Ops.hash(key)
        try add(key, hash: h)
    }

    public func add(_ key: Value, hash h: Int) throws(PyBaseException) {
        let (found, i) = try lookup(key, h)
        if found { return }
        let wasDummy = table[i].hash == -1
        table[i] = Slot(hash: h, key: key)
        count += 1
        mutations &+= 1
        if wasDummy { return }
        fill += 1
        if fill * 5 >= (table.count - 1) * 3 { resize(count > 50000 ? count * 2 : count * 4) }
    }

    private func resize(_ minused: Int) {
        var size = 8
        while size <= minused { size <<= 1 }
        let old = table
        table = [Slot](repeating: Slot(hash: 0, key: .null), count: size)
        fill = count
        let mask = size - 1
        for s in old where !s.key.isNull {
            var perturb = UInt(bitPattern: s.hash)
            var i = Int(UInt(bitPattern: s.hash) & UInt(mask))
            outer: while true {
                if table[i].key.isNull { table[i] = s; break }
                if i + PySet.linearProbes <= mask {
                    for j in (i + 1)...(i + PySet.linearProbes) where table[j].key.isNull { table[j] = s; break outer }
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }

    public func contains(_ key: Value) throws(PyBaseException) -> Bool {
        let h: Int
        do throws(PyBaseException) { h = try Ops.hash(key) }
        catch let e where e.type === ExcTypes.typeError && key.object is PySet {
            let fs = PySet(frozenFrom: (key.object as! PySet).items)
            return try contains(.obj(fs))
        }
        return try lookup(key, h).found
    }

    /// Removes `key`; false when absent.
    @discardableResult
    public func remove(_ key: Value) throws(PyBaseException) -> Bool {
        let h = try Ops.hash(key)
        let (found, i) = try lookup(key, h)
        if !found { return false }
        table[i] = Slot(hash: -1, key: .null)
        count -= 1
        mutations &+= 1
        return true
    }

    public func clear() {
        table = [Slot](repeating: Slot(hash: 0, key: .null), count: 8)
        count = 0; fill = 0; mutations &+= 1
    }

    /// Items in table order (CPython's iteration order).
    public var items: [Value] { table.compactMap { $0.key.isNull ? nil : $0.key } }
    public var tableSize: Int { table.count }
    @inline(__always) func slotKey(_ i: Int) -> Value? {
        guard i < table.count else { return nil }
        let k = table[i].key
        return k.isNull ? nil : k
    }
    public func pop() -> Value? {
        for i in 0..<table.count where !table[i].key.isNull {
            let k = table[i].key
            table[i] = Slot(hash: -1, key: .null)
            count -= 1
            mutations &+= 1
            return k
        }
        return nil
    }
}

/// `bytes` and `bytearray`. Thread-safety: bytes immutable; bytearray like list.
public final class PyBytes: PyObject {
    public var bytes: [UInt8]
    public init(_ b: [UInt8], type: PyType = PyType.bytes) {
        bytes = b
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
    public var isByteArray: Bool { type.isSubtype(PyType.bytearray) }
}

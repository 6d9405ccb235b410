/// `set` and `frozenset`: an open-addressing hash table following CPython
/// 3.11's setobject.c (linear probes then perturbation, the last dummy slot
/// reused on insertion, the same growth policy, bulk merges, the `pop`
/// finger), so iteration order matches CPython for the same operations.
/// Thread-safety: like `PyDict` (single operations atomic under the set's
/// lock in issue 4); `__eq__`/`__hash__` of keys run without it.
public final class PySet: PyObject {
    struct Slot { var hash: Int; var key: Value }  // key .null: empty (hash 0) or dummy (hash -1)
    var table: [Slot]
    /// Number of live keys (`len`).
    public private(set) var count = 0
    /// Live plus dummy slots.
    var fill = 0
    /// Changes on every insertion/removal (comparisons detect mutation with it).
    var mutations = 0
    /// Where `pop` resumes its search.
    var finger = 0
    /// Cached frozenset hash.
    var cachedHash: Int? = nil
    public let frozen: Bool

    static let minSize = 8
    static let linearProbes = 9
    static let emptySlot = Slot(hash: 0, key: .null)
    static let dummySlot = Slot(hash: -1, key: .null)

    public init(frozen: Bool = false, type: PyType? = nil) {
        self.frozen = frozen
        table = [Slot](repeating: PySet.emptySlot, count: PySet.minSize)
        let t = type ?? (frozen ? PyType.frozenset : PyType.set)
        if t.isHeapType { super.init(type: t) } else { super.init(type: t, noDict: ()) }
    }

    public convenience init(frozenFrom items: [Value]) {
        self.init(frozen: true)
        for v in items { try? add(v) }
    }

    @inline(__always) var mask: Int { table.count - 1 }

    // MARK: lookup

    /// CPython's set_lookkey: index of the slot holding `key`, or nil.
    func find(_ key: Value, _ hash: Int) throws(PyBaseException) -> Int? {
        restart: while true {
            let mask = self.mask
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                var j = i
                var probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
                while true {
                    let s = table[j]
                    if s.hash == 0, case .null = s.key { return nil }
                    if s.hash == hash, !s.key.isNull {
                        if s.key.isSame(key) { return j }
                        if case .obj(let a as PyStr) = s.key, case .obj(let b as PyStr) = key,
                           a.type === PyType.str, b.type === PyType.str {
                            if a.equals(b) { return j }
                        } else {
                            let m = mutations, tc = table.count
                            let eq = try Ops.richCompareBool(s.key, key)
                            if m != mutations || tc != table.count { continue restart }
                            if eq { return j }
                        }
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }

    // MARK: insertion

    public func add(_ key: Value) throws(PyBaseException) {
        let h = try Ops.hash(key)
        try add(key, hash: h)
    }

    /// CPython's set_add_entry.
    public func add(_ key: Value, hash: Int) throws(PyBaseException) {
        restart: while true {
            let mask = self.mask
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            var freeslot = -1
            while true {
                var j = i
                var probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
                while true {
                    let s = table[j]
                    if s.hash == 0, case .null = s.key {
                        if freeslot >= 0 {
                            table[freeslot] = Slot(hash: hash, key: key)
                            count += 1
                            mutations &+= 1
                            cachedHash = nil
                            return
                        }
                        table[j] = Slot(hash: hash, key: key)
                        fill += 1
                        count += 1
                        mutations &+= 1
                        cachedHash = nil
                        if fill * 5 < mask * 3 { return }
                        resize(count > 50000 ? count * 2 : count * 4)
                        return
                    }
                    if s.hash == hash, !s.key.isNull {
                        if s.key.isSame(key) { return }
                        if case .obj(let a as PyStr) = s.key, case .obj(let b as PyStr) = key,
                           a.type === PyType.str, b.type === PyType.str {
                            if a.equals(b) { return }
                        } else {
                            let m = mutations, tc = table.count
                            let eq = try Ops.richCompareBool(s.key, key)
                            if eq { return }
                            if m != mutations || tc != table.count { continue restart }
                        }
                    } else if s.hash == -1, s.key.isNull {
                        freeslot = j
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }

    /// CPython's set_insert_clean (key known absent, table without dummies).
    static func insertClean(_ table: inout [Slot], _ key: Value, _ hash: Int) {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if table[i].key.isNull { table[i] = Slot(hash: hash, key: key); return }
            if i + PySet.linearProbes <= mask {
                for j in (i + 1)...(i + PySet.linearProbes) where table[j].key.isNull {
                    table[j] = Slot(hash: hash, key: key)
                    return
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// CPython's set_table_resize.
    func resize(_ minused: Int) {
        var size = PySet.minSize
        while size <= minused { size <<= 1 }
        let old = table
        var nt = [Slot](repeating: PySet.emptySlot, count: size)
        for s in old where !s.key.isNull { PySet.insertClean(&nt, s.key, s.hash) }
        table = nt
        fill = count
    }

    // MARK: removal

    /// Removes `key`; false when absent (CPython's set_discard_key).
    @discardableResult
    public func remove(_ key: Value) throws(PyBaseException) -> Bool {
        let h = try Ops.hash(key)
        return try remove(key, hash: h)
    }

    @discardableResult
    public func remove(_ key: Value, hash: Int) throws(PyBaseException) -> Bool {
        guard let i = try find(key, hash) else { return false }
        table[i] = PySet.dummySlot
        count -= 1
        mutations &+= 1
        cachedHash = nil
        return true
    }

    public func clear() {
        table = [Slot](repeating: PySet.emptySlot, count: PySet.minSize)
        count = 0; fill = 0; mutations &+= 1
        cachedHash = nil
    }

    /// CPython's set_pop (resumes after the last popped slot).
    public func pop() -> Value? {
        if count == 0 { return nil }
        let mask = self.mask
        var i = finger & mask
        while table[i].key.isNull {
            i += 1
            if i > mask { i = 0 }
        }
        let k = table[i].key
        table[i] = PySet.dummySlot
        count -= 1
        mutations &+= 1
        cachedHash = nil
        finger = i + 1
        return k
    }

    // MARK: queries

    /// `key in set`; a set key is looked up as a frozenset (CPython's rule).
    public func contains(_ key: Value) throws(PyBaseException) -> Bool {
        let h: Int
        do throws(PyBaseException) { h = try Ops.hash(key) }
        catch let e where e.type.isSubtype(ExcTypes.typeError) {
            guard case .obj(let s as PySet) = key else { throw e }
            let fs = PySet(frozen: true)
            try fs.merge(s)
            return try contains(.obj(fs))
        }
        return try find(key, h) != nil
    }

    @inline(__always) public func contains(_ key: Value, hash: Int) throws(PyBaseException) -> Bool {
        try find(key, hash) != nil
    }

    /// Items in table order (CPython's iteration order).
    public var items: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for s in table where !s.key.isNull { out.append(s.key) }
        return out
    }
    /// (key, hash) pairs in table order.
    var entries: [(key: Value, hash: Int)] {
        var out: [(key: Value, hash: Int)] = []
        out.reserveCapacity(count)
        for s in table where !s.key.isNull { out.append((s.key, s.hash)) }
        return out
    }
    public var tableSize: Int { table.count }
    @inline(__always) func slotKey(_ i: Int) -> Value? {
        guard i >= 0 && i < table.count else { return nil }
        let k = table[i].key
        return k.isNull ? nil : k
    }

    // MARK: bulk operations (CPython's algorithms, for identical orders)

    /// CPython's set_merge: adds every key of `other`.
    func merge(_ other: PySet) throws(PyBaseException) {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            fill = other.fill
            count = other.count
            mutations &+= 1
            cachedHash = nil
            return
        }
        if fill == 0 {
            for s in other.table where !s.key.isNull { PySet.insertClean(&table, s.key, s.hash) }
            fill = other.count
            count = other.count
            mutations &+= 1
            cachedHash = nil
            return
        }
        for (k, h) in other.entries { try add(k, hash: h) }
    }

    /// CPython's set_update_internal: adds every item of an iterable.
    public func update(_ other: Value) throws(PyBaseException) {
        if case .obj(let o as PySet) = other { try merge(o); return }
        if case .obj(let d as PyDict) = other, d.type === PyType.dict {
            let n = d.count
            if (fill + n) * 5 >= mask * 3 { resize((count + n) * 2) }
            var i = 0
            while i < d.entryCapacity {
                if let e = d.entry(at: i) { try add(e.key, hash: e.hash) }
                i += 1
            }
            return
        }
        if case .obj(let o) = other, !o.type.isHeapType {
            if let l = o as? PyList { var i = 0; while i < l.count { try add(l.items[i]); i += 1 }; return }
            if let t = o as? PyTuple { for v in t.items { try add(v) }; return }
        }
        let it = try Ops.getIter(other)
        while let v = try Ops.next(it) { try add(v) }
    }

    /// A new empty set of the base type of `self` (set or frozenset).
    func emptyLike() -> PySet { PySet(frozen: !type.isSubtype(PyType.set)) }

    /// `set.copy()` semantics (base type, CPython's merge order).
    func copyBase() throws(PyBaseException) -> PySet {
        let r = emptyLike()
        try r.merge(self)
        return r
    }

    /// Swaps table contents with `other` (CPython's set_swap_bodies).
    func swapBodies(_ other: PySet) {
        swap(&table, &other.table)
        swap(&count, &other.count)
        swap(&fill, &other.fill)
        mutations &+= 1
        other.mutations &+= 1
        cachedHash = nil
        other.cachedHash = nil
    }

    /// CPython's set_intersection.
    func intersection(_ other: Value) throws(PyBaseException) -> PySet {
        if case .obj(let o) = other, o === self { return try copyBase() }
        let result = emptyLike()
        if case .obj(let os as PySet) = other {
            var a = self, b = os
            if b.count > a.count { swap(&a, &b) }
            for (k, h) in b.entries where try a.contains(k, hash: h) { try result.add(k, hash: h) }
            return result
        }
        let it = try Ops.getIter(other)
        while let k = try Ops.next(it) {
            let h = try Ops.hash(k)
            if try contains(k, hash: h) { try result.add(k, hash: h) }
        }
        return result
    }

    /// CPython's set_difference_update_internal.
    func differenceUpdate(_ other: Value) throws(PyBaseException) {
        if case .obj(let o) = other, o === self { clear(); return }
        if case .obj(var os as PySet) = other {
            if (os.count >> 3) > count { os = try intersection(other) }
            for (k, h) in os.entries { try remove(k, hash: h) }
        } else {
            let it = try Ops.getIter(other)
            while let k = try Ops.next(it) { try remove(k) }
        }
        if fill - count <= mask / 4 { return }
        resize(count > 50000 ? count * 2 : count * 4)
    }

    /// CPython's set_difference.
    func difference(_ other: Value) throws(PyBaseException) -> PySet {
        let otherSize: Int
        if case .obj(let os as PySet) = other { otherSize = os.count }
        else if case .obj(let d as PyDict) = other, d.type === PyType.dict { otherSize = d.count }
        else {
            let r = try copyBase()
            try r.differenceUpdate(other)
            return r
        }
        if (count >> 2) > otherSize {
            let r = try copyBase()
            try r.differenceUpdate(other)
            return r
        }
        let result = emptyLike()
        if case .obj(let d as PyDict) = other {
            for (k, h) in entries where try d.find(k, hash: h) == nil { try result.add(k, hash: h) }
            return result
        }
        if case .obj(let os as PySet) = other {
            for (k, h) in entries where !(try os.contains(k, hash: h)) { try result.add(k, hash: h) }
        }
        return result
    }

    /// CPython's set_symmetric_difference_update.
    func symmetricDifferenceUpdate(_ other: Value) throws(PyBaseException) {
        if case .obj(let o) = other, o === self { clear(); return }
        if case .obj(let d as PyDict) = other, d.type === PyType.dict {
            var i = 0
            while i < d.entryCapacity {
                if let e = d.entry(at: i) {
                    if !(try remove(e.key, hash: e.hash)) { try add(e.key, hash: e.hash) }
                }
                i += 1
            }
            return
        }
        let os: PySet
        if case .obj(let s as PySet) = other { os = s } else {
            os = emptyLike()
            try os.update(other)
        }
        for (k, h) in os.entries {
            if !(try remove(k, hash: h)) { try add(k, hash: h) }
        }
    }

    /// CPython's set_symmetric_difference: a copy of `other`, updated with self.
    func symmetricDifference(_ other: Value) throws(PyBaseException) -> PySet {
        let r = emptyLike()
        try r.update(other)
        try r.symmetricDifferenceUpdate(.obj(self))
        return r
    }

    /// CPython's set_issubset.
    func isSubset(_ other: Value) throws(PyBaseException) -> Bool {
        guard case .obj(let os as PySet) = other else {
            return try intersection(other).count == count
        }
        if count > os.count { return false }
        for (k, h) in entries where !(try os.contains(k, hash: h)) { return false }
        return true
    }

    /// CPython's set_issuperset.
    func isSuperset(_ other: Value) throws(PyBaseException) -> Bool {
        if case .obj(let os as PySet) = other { return try os.isSubset(.obj(self)) }
        let it = try Ops.getIter(other)
        while let k = try Ops.next(it) { if !(try contains(k)) { return false } }
        return true
    }

    /// CPython's set_isdisjoint.
    func isDisjoint(_ other: Value) throws(PyBaseException) -> Bool {
        if case .obj(let o) = other, o === self { return count == 0 }
        if case .obj(let os as PySet) = other, !os.type.isHeapType {
            var a = self, b = os
            if b.count > a.count { swap(&a, &b) }
            for (k, h) in b.entries where try a.contains(k, hash: h) { return false }
            return true
        }
        let it = try Ops.getIter(other)
        while let k = try Ops.next(it) { if try contains(k) { return false } }
        return true
    }

    /// CPython 3.11's frozenset hash (order independent, cached).
    func frozenHash() -> Int {
        if let h = cachedHash { return h }
        @inline(__always) func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for s in table where !s.key.isNull { hash ^= shuffle(UInt(bitPattern: s.hash)) }
        hash ^= (UInt(count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        let r = Int(bitPattern: hash)
        cachedHash = r
        return r
    }
}

extension Ops {
    /// `a == b` for container internals: identity, then `__eq__` truth.
    @inline(__always) static func richCompareBool(_ a: Value, _ b: Value) throws(PyBaseException) -> Bool {
        if a.isSame(b) { return true }
        return try eq(a, b)
    }
}

/// `bytes` and `bytearray`. Thread-safety: bytes immutable; bytearray like list.
public final class PyBytes: PyObject {
    public var bytes: [UInt8]
    /// Live buffer exports (memoryviews) that forbid resizing a bytearray.
    var exports = 0
    public init(_ b: [UInt8], type: PyType = PyType.bytes) {
        bytes = b
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }
    public var isByteArray: Bool { type.isSubtype(PyType.bytearray) }
}

import Synchronization

/// `set` and `frozenset`: an open-addressing hash table following CPython
/// 3.11's setobject.c (linear probes then perturbation, the last dummy slot
/// reused on insertion, the same growth policy, bulk merges, the `pop`
/// finger), so iteration order matches CPython for the same operations. The
/// table is one raw allocation in collected memory (`SetTable`).
///
/// Thread-safety (free threading, no GIL):
/// - `x in s`, iteration (`slotKey`), `count` and `frozenHash` take no lock
///   and write nothing shared: they load the table pointer (acquire) and each
///   slot's key with one 16-byte load (`SharedSlot`), then its hash;
/// - writers hold `lock` (not reentrant) and never run Python code while
///   holding it: a colliding key whose equality needs `__eq__` is compared
///   with the lock released, then the writer re-takes the lock and
///   re-validates (same table, same slot key) as CPython's set_lookkey does;
/// - a slot's key goes from `.null` (empty) to a key, from a key to the dummy
///   marker, and from the dummy marker to a key (hash written first); it never
///   becomes empty again in place, so a lock-free probe never stops early. A
///   resize or `clear` publishes a new table; the old one stays frozen and is
///   reclaimed by the collector once no reader holds it.
/// Bulk operations (`merge`, `entries`, `items`) read a consistent snapshot
/// under the source's lock; at most one set's lock is held at a time.
public final class PySet: PyObject {
    /// Base address of the current `SetTable` (release on publish, acquire on read).
    private let tableRef: Atomic<UnsafeMutableRawPointer>
    /// Number of live keys (`len`).
    private let used = Atomic<Int>(0)
    /// Changes on every insertion/removal.
    private let mutationCounter = Atomic<Int>(0)
    /// Cached frozenset hash; -1 = not computed (a Python hash is never -1).
    private let hashCache = Atomic<Int>(-1)
    /// Held by writers; never while Python code runs.
    private let lock = GrailMutex<Void>(())
    /// Live plus dummy slots (read and written under the lock).
    private var fill = 0
    /// Where `pop` resumes its search (under the lock).
    private var finger = 0
    /// Insertions into dummy slots (under the lock). While it and the table
    /// are unchanged, no key can have appeared in a probe prefix a writer
    /// already walked, so the writer resumes its probe after `__eq__`.
    private var dummyReuses = 0
    public let frozen: Bool

    static let minSize = 8
    static let linearProbes = 9
    /// The key of a dummy (deleted) slot; never visible to Python code.
    static let dummy = PyObject(type: PyType.nullType, noDict: ())

    public init(frozen: Bool = false, type: PyType? = nil) {
        self.frozen = frozen
        tableRef = Atomic(SetTable.allocate(size: PySet.minSize).base)
        let t = type ?? (frozen ? PyType.frozenset : PyType.set)
        if t.isHeapType { super.init(type: t) } else { super.init(type: t, noDict: ()) }
    }

    public convenience init(frozenFrom items: [Value]) {
        self.init(frozen: true)
        for v in items { try? add(v) }
    }

    @inline(__always) var table: SetTable { SetTable(base: tableRef.load(ordering: .acquiring)) }
    @inline(__always) private func publish(_ t: SetTable) { tableRef.store(t.base, ordering: .releasing) }
    @inline(__always) var mask: Int { table.mask }

    /// Number of live keys (`len`).
    public var count: Int { used.load(ordering: .acquiring) }
    /// Changes on every insertion/removal.
    var mutations: Int { mutationCounter.load(ordering: .relaxed) }
    /// A frozenset's hash when already computed.
    var cachedHash: Int? { let h = hashCache.load(ordering: .relaxed); return h == -1 ? nil : h }

    /// Under the lock: sets `count` and records a mutation.
    @inline(__always) private func setCountLocked(_ n: Int) {
        used.store(n, ordering: .releasing)
        mutationCounter.store(mutationCounter.load(ordering: .relaxed) &+ 1, ordering: .relaxed)
        if hashCache.load(ordering: .relaxed) != -1 { hashCache.store(-1, ordering: .relaxed) }
    }

    @inline(__always) static func isDummy(_ k: Value) -> Bool {
        if case .obj(let o) = k { return o === PySet.dummy }
        return false
    }

    // MARK: lookup

    /// Lock-free CPython set_lookkey: whether `key` is present. Runs `__eq__`
    /// of colliding keys (no lock held); restarts when that replaced the
    /// table or the slot's key.
    func find(_ key: Value, _ hash: Int) throws(PyBaseException) -> Bool {
        restart: while true {
            let t = table
            let mask = t.mask
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                var j = i
                var probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
                while true {
                    let kp = t.keyPtr(j)
                    let k = SharedSlot.load(kp)
                    if k.isNull { return false }
                    if k.isSame(key) { return true }
                    if t.hash(j) == hash, !PySet.isDummy(k) {
                        if let r = PyDict.nativeEq(k, key) {
                            if r { return true }
                        } else {
                            let eq = try Ops.richCompareBool(k, key)
                            if tableRef.load(ordering: .acquiring) != t.base || !SharedSlot.load(kp).isSame(k) { continue restart }
                            if eq { return true }
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

    /// Result of probing under the lock: the slot holding the key; the slot
    /// a new key goes to (`fresh`: an empty slot rather than a dummy); or a
    /// colliding key that needs `__eq__`.
    private enum LockedProbe { case found(Int), absent(Int, fresh: Bool), needEq(Value, Int) }

    /// Where a set_add_entry probe stands (to resume it after an unlocked `__eq__`).
    private struct ProbeState {
        var i: Int, j: Int, probes: Int
        var perturb: UInt
        var freeslot = -1
        init(_ hash: Int, _ mask: Int) {
            perturb = UInt(bitPattern: hash)
            i = Int(UInt(bitPattern: hash) & UInt(mask))
            j = i
            probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
        }
        @inline(__always) mutating func advance(_ mask: Int) {
            if probes > 0 {
                probes -= 1
                j += 1
            } else {
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
                j = i
                probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
            }
        }
    }

    /// Under the lock: CPython's set_add_entry probe from `st`, comparing
    /// without Python code; a colliding key that needs `__eq__` (not in
    /// `known`, keys already compared unequal) is returned with `st` advanced past it.
    private func probeLocked(_ t: SetTable, _ key: Value, _ hash: Int, _ st: inout ProbeState, _ known: Set<KeyIdentity>) -> LockedProbe {
        let mask = t.mask
        while true {
            let j = st.j
            let k = SharedSlot.load(t.keyPtr(j))
            if k.isNull { return st.freeslot >= 0 ? .absent(st.freeslot, fresh: false) : .absent(j, fresh: true) }
            let h = t.hash(j)
            if h == hash {
                if k.isSame(key) { return .found(j) }
                if let r = PyDict.nativeEq(k, key) {
                    if r { return .found(j) }
                } else if known.isEmpty || !known.contains(KeyIdentity(k)) {
                    st.advance(mask)
                    return .needEq(k, j)
                }
            } else if h == -1 {
                st.freeslot = j
            }
            st.advance(mask)
        }
    }

    // MARK: insertion

    public func add(_ key: Value) throws(PyBaseException) {
        let h = try Ops.hash(key)
        try add(key, hash: h)
    }

    private enum Step<R> { case done(R), compare(Value, Int, UnsafeMutableRawPointer, Int, ProbeState) }

    /// The probe shared by `add` and `remove`: runs `onFound`/`onAbsent` under
    /// the lock; colliding keys that need `__eq__` are compared unlocked, the
    /// probe resuming past an unequal key when no key can have appeared in
    /// the part already walked (same table, no dummy slot reused meanwhile)
    /// and restarting otherwise (skipping keys known unequal unless the
    /// table or the compared slot changed: then CPython's full restart).
    /// `trustEqual`: a positive comparison counts as found without
    /// re-validation (set_add_entry); otherwise it is re-validated (same
    /// table, same slot key) as set_lookkey does.
    @inline(__always)
    private func withSlot<R>(_ key: Value, _ hash: Int, trustEqual: Bool, equal: () -> R,
                             onFound: (SetTable, Int) -> R, onAbsent: (SetTable, Int, Bool) -> R) throws(PyBaseException) -> R {
        var known = Set<KeyIdentity>()
        var compared: [KeyIdentity] = []
        var resume: (base: UnsafeMutableRawPointer, reuses: Int, state: ProbeState)? = nil
        while true {
            let step: Step<R> = lock.withLock { _ in
                let t = table
                var st: ProbeState
                if let r = resume, r.base == t.base, r.reuses == dummyReuses { st = r.state }
                else {
                    st = ProbeState(hash, t.mask)
                    if !compared.isEmpty { known.formUnion(compared); compared.removeAll(keepingCapacity: true) }
                }
                switch probeLocked(t, key, hash, &st, known) {
                case .found(let j): return .done(onFound(t, j))
                case .absent(let j, let fresh): return .done(onAbsent(t, j, fresh))
                case .needEq(let k, let j): return .compare(k, j, t.base, dummyReuses, st)
                }
            }
            guard case .compare(let k, let j, let base, let m, let st) = step else {
                if case .done(let r) = step { return r }
                continue
            }
            if try Ops.richCompareBool(k, key) {
                if trustEqual { return equal() }
                let r: R? = lock.withLock { _ in
                    let t = table
                    guard t.base == base, SharedSlot.load(t.keyPtr(j)).isSame(k) else { return nil }
                    return onFound(t, j)
                }
                if let r { return r }
                known.removeAll()
                compared.removeAll()
                resume = nil
            } else if unchanged(base, j, k) {
                compared.append(KeyIdentity(k))
                resume = (base, m, st)
            } else {
                known.removeAll()
                compared.removeAll()
                resume = nil
            }
        }
    }

    /// CPython's set_add_entry.
    public func add(_ key: Value, hash: Int) throws(PyBaseException) {
        try withSlot(key, hash, trustEqual: true, equal: {}, onFound: { _, _ in }, onAbsent: { t, j, fresh in
            t.setHash(j, hash)
            SharedSlot.store(t.keyPtr(j), key)
            setCountLocked(count + 1)
            if !fresh { dummyReuses &+= 1 }
            if fresh {
                fill += 1
                if fill * 5 >= t.mask * 3 { resizeLocked(count > 50000 ? count * 2 : count * 4) }
            }
        })
    }

    /// Whether the table is still `base` and slot `j` still holds `k` (lock-free check).
    @inline(__always) private func unchanged(_ base: UnsafeMutableRawPointer, _ j: Int, _ k: Value) -> Bool {
        let t = table
        return t.base == base && SharedSlot.load(t.keyPtr(j)).isSame(k)
    }

    /// CPython's set_insert_clean into `t` (key known absent, table without
    /// dummies; `t` unpublished or the lock held).
    static func insertClean(_ t: SetTable, _ key: Value, _ hash: Int) {
        let mask = t.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if SharedSlot.load(t.keyPtr(i)).isNull { t.setHash(i, hash); SharedSlot.store(t.keyPtr(i), key); return }
            if i + PySet.linearProbes <= mask {
                for j in (i + 1)...(i + PySet.linearProbes) where SharedSlot.load(t.keyPtr(j)).isNull {
                    t.setHash(j, hash)
                    SharedSlot.store(t.keyPtr(j), key)
                    return
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// CPython's set_table_resize (under the lock): builds, publishes and returns the new table.
    @discardableResult
    private func resizeLocked(_ minused: Int) -> SetTable {
        var size = PySet.minSize
        while size <= minused { size <<= 1 }
        let old = table
        let nt = SetTable.allocate(size: size)
        let n = old.mask + 1
        for j in 0..<n {
            let k = SharedSlot.load(old.keyPtr(j))
            if k.isNull || old.hash(j) == -1 { continue }
            PySet.insertClean(nt, k, old.hash(j))
        }
        publish(nt)
        fill = count
        return nt
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
        try withSlot(key, hash, trustEqual: false, equal: { true }, onFound: { t, j in
            removeSlotLocked(t, j)
            return true
        }, onAbsent: { _, _, _ in false })
    }

    /// Under the lock: turns live slot `j` into a dummy.
    @inline(__always) private func removeSlotLocked(_ t: SetTable, _ j: Int) {
        SharedSlot.store(t.keyPtr(j), .obj(PySet.dummy))
        t.setHash(j, -1)
        setCountLocked(count - 1)
    }

    public func clear() {
        lock.withLock { _ in clearLocked() }
    }

    /// `clear()` unless the table is pristine (CPython's `if (so->fill) set_clear_internal`).
    func clearIfFilled() {
        lock.withLock { _ in if fill > 0 { clearLocked() } }
    }

    private func clearLocked() {
        publish(SetTable.allocate(size: PySet.minSize))
        fill = 0
        setCountLocked(0)
    }

    /// CPython's set_pop (resumes after the last popped slot).
    public func pop() -> Value? {
        lock.withLock { _ -> Value? in
            if count == 0 { return nil }
            let t = table
            let mask = t.mask
            var i = finger & mask
            while true {
                let k = SharedSlot.load(t.keyPtr(i))
                if !k.isNull && t.hash(i) != -1 { break }
                i += 1
                if i > mask { i = 0 }
            }
            let k = SharedSlot.load(t.keyPtr(i))
            removeSlotLocked(t, i)
            finger = i + 1
            return k
        }
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
        return try find(key, h)
    }

    @inline(__always) public func contains(_ key: Value, hash: Int) throws(PyBaseException) -> Bool {
        try find(key, hash)
    }

    /// (key, hash) pairs in table order, read under the lock (a consistent snapshot).
    var entries: [(key: Value, hash: Int)] {
        lock.withLock { _ -> [(key: Value, hash: Int)] in table.live(count) }
    }
    /// Items in table order (CPython's iteration order).
    public var items: [Value] { entries.map { $0.key } }
    /// Slots in the current table.
    public var tableSize: Int { table.mask + 1 }
    /// The key in slot `i` of the current table, nil for empty/dummy/out of range (lock-free).
    @inline(__always) func slotKey(_ i: Int) -> Value? {
        let t = table
        guard i >= 0 && i <= t.mask else { return nil }
        let k = SharedSlot.load(t.keyPtr(i))
        if k.isNull || PySet.isDummy(k) { return nil }
        return k
    }

    /// A private byte copy of the table with its count and fill, under the lock.
    private func snapshot() -> (table: SetTable, count: Int, fill: Int) {
        lock.withLock { _ in (table.clone(), count, fill) }
    }

    // MARK: bulk operations (CPython's algorithms, for identical orders)

    /// CPython's set_merge: adds every key of `other`.
    func merge(_ other: PySet) throws(PyBaseException) {
        if other === self || other.count == 0 { return }
        let snap = other.snapshot()
        if snap.count == 0 { return }
        let done: Bool = lock.withLock { _ in
            var t = table
            if (fill + snap.count) * 5 >= t.mask * 3 { t = resizeLocked((count + snap.count) * 2) }
            if fill == 0 && t.mask == snap.table.mask && snap.fill == snap.count {
                publish(snap.table)
                fill = snap.count
                setCountLocked(snap.count)
                return true
            }
            if fill == 0 {
                for (k, h) in snap.table.live(snap.count) { PySet.insertClean(t, k, h) }
                fill = snap.count
                setCountLocked(snap.count)
                return true
            }
            return false
        }
        if done { return }
        for (k, h) in snap.table.live(snap.count) { try add(k, hash: h) }
    }

    /// CPython's set_update_internal: adds every item of an iterable.
    public func update(_ other: Value) throws(PyBaseException) {
        if case .obj(let o as PySet) = other { try merge(o); return }
        if case .obj(let d as PyDict) = other, d.type === PyType.dict {
            let n = d.count
            lock.withLock { _ in
                if (fill + n) * 5 >= table.mask * 3 { resizeLocked((count + n) * 2) }
            }
            var i = 0
            while i < d.entryCapacity {
                if let e = d.entry(at: i) { try add(e.key, hash: e.hash) }
                i += 1
            }
            return
        }
        if case .obj(let o) = other, !o.type.isHeapType {
            if let l = o as? PyList { var i = 0; while let v = l.get(i) { try add(v); i += 1 }; return }
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

    /// Swaps table contents with `other` (CPython's set_swap_bodies); `other`
    /// must be a private set no other thread can see.
    func swapBodies(_ other: PySet) {
        lock.withLock { _ in
            let mine = table, theirs = other.table
            let myCount = count, myFill = fill
            publish(theirs)
            fill = other.fill
            setCountLocked(other.count)
            other.publish(mine)
            other.fill = myFill
            other.setCountLocked(myCount)
        }
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
        lock.withLock { _ in
            if fill - count <= table.mask / 4 { return }
            resizeLocked(count > 50000 ? count * 2 : count * 4)
        }
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
            for (k, h) in entries where !(try d.contains(k, hash: h)) { try result.add(k, hash: h) }
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

    /// CPython 3.11's frozenset hash (order independent, cached). Lock-free
    /// (a frozenset is not mutated after construction).
    func frozenHash() -> Int {
        if let h = cachedHash { return h }
        @inline(__always) func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        let t = table
        for j in 0...t.mask {
            let k = SharedSlot.load(t.keyPtr(j))
            if k.isNull || PySet.isDummy(k) { continue }
            hash ^= shuffle(UInt(bitPattern: t.hash(j)))
        }
        hash ^= (UInt(count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        let r = Int(bitPattern: hash)
        hashCache.store(r, ordering: .relaxed)
        return r
    }
}

/// One set table: a single collected allocation, never freed explicitly.
/// Layout: @0 mask (slots - 1), then 32-byte slots from @16 (key Value @0:
/// `.null` empty, `PySet.dummy` deleted; hash @16: 0 empty, -1 dummy).
/// Thread-safety: see `PySet`.
struct SetTable {
    let base: UnsafeMutableRawPointer
    static let headerSize = 16
    static let slotSize = 32

    /// A table of `size` (a power of two) empty slots.
    static func allocate(size: Int) -> SetTable {
        let p = UnsafeMutableRawPointer.allocate(byteCount: headerSize + size * slotSize, alignment: 16)
        p.storeBytes(of: size - 1, as: Int.self)
        p.storeBytes(of: 0, toByteOffset: 8, as: Int.self)
        let t = SetTable(base: p)
        for j in 0..<size {
            (p + (headerSize + j * slotSize)).initializeMemory(as: Value.self, repeating: .null, count: 1)
            (p + (headerSize + j * slotSize + 16)).storeBytes(of: 0, as: Int.self)
        }
        return t
    }

    @inline(__always) var mask: Int { base.load(as: Int.self) }
    @inline(__always) func keyPtr(_ j: Int) -> UnsafeMutablePointer<Value> {
        (base + (SetTable.headerSize &+ j &* SetTable.slotSize)).assumingMemoryBound(to: Value.self)
    }
    @inline(__always) func hash(_ j: Int) -> Int { SharedWord.load(base + (SetTable.headerSize &+ j &* SetTable.slotSize &+ 16)) }
    @inline(__always) func setHash(_ j: Int, _ h: Int) { SharedWord.store(base + (SetTable.headerSize &+ j &* SetTable.slotSize &+ 16), h) }

    /// Live (key, hash) pairs in slot order (`count` is a capacity hint).
    func live(_ count: Int) -> [(key: Value, hash: Int)] {
        var out: [(key: Value, hash: Int)] = []
        out.reserveCapacity(count)
        for j in 0...mask {
            let k = SharedSlot.load(keyPtr(j))
            if k.isNull { continue }
            let h = hash(j)
            if h == -1 || PySet.isDummy(k) { continue }
            out.append((k, h))
        }
        return out
    }

    /// A byte copy (caller holds the set's lock or the table is private).
    func clone() -> SetTable {
        let bytes = SetTable.headerSize + (mask + 1) * SetTable.slotSize
        let p = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        p.copyMemory(from: base, byteCount: bytes)
        return SetTable(base: p)
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

import Synchronization

/// A Python `dict`: CPython's compact, insertion-ordered layout (an append-only
/// entries array plus an open-addressing index table) in one raw table in
/// collected memory (`DictTable`). Keys are compared by identity, then hash,
/// then equality; a lookup restarts if `__eq__` replaced the table or the
/// entry's key (CPython's lookdict rule).
///
/// Thread-safety (free threading, no GIL):
/// - readers (`get`, `getStr`, `count`, `entry(at:)`, iteration) take no lock
///   and write nothing shared: they load the table pointer (acquire), probe the
///   Int32 index (acquire loads) and read the entry's key and value with one
///   16-byte load each (`SharedSlot`);
/// - writers hold `lock` (not reentrant) and never run Python code while
///   holding it: hashes are computed before, and a colliding key whose
///   equality needs `__eq__` is compared unlocked, after which the writer
///   re-takes the lock and re-validates (same table, same entry key);
/// - entries are append-only within a table (an index slot changes only from
///   EMPTY to an entry, or from an entry to DUMMY; a deleted entry's key and
///   value become `.null` and the entry is never reused), so an entry index a
///   reader loaded always refers to the key it was published with or to
///   nothing; a resize builds and publishes a new table, the old one stays
///   frozen and is reclaimed by the collector once no reader holds it.
public final class PyDict: PyObject {
    public struct Entry {
        public var hash: Int
        /// `.null` marks a deleted entry.
        public var key: Value
        public var value: Value
    }

    /// Base address of the current `DictTable` (release on publish, acquire on read).
    private let tableRef: Atomic<UnsafeMutableRawPointer>
    /// Number of live entries (`len`).
    private let used = Atomic<Int>(0)
    /// Changes on every insertion/removal (iterators detect size changes with it).
    private let mutationCounter = Atomic<Int>(0)
    /// Held by writers; never while Python code runs.
    private let lock = GrailMutex<Void>(())
    /// Insertions that reused a DUMMY index slot (under the lock). While it and
    /// the table are unchanged, no key can have appeared in a probe prefix a
    /// writer already walked, so the writer resumes its probe after `__eq__`.
    private var dummyReuses = 0
    /// Set when this dict is a type's namespace: every change bumps the
    /// type's version (its lookup cache and its subclasses'). Lock order:
    /// this dict's lock, then the type's subclass list.
    public unowned(unsafe) var typeOwner: PyType? = nil
    @inline(__always) private func typeChanged() { if let t = typeOwner { t.modified() } }

    public init() {
        tableRef = Atomic(DictTable.emptyTable.base)
        super.init(type: PyType.dict, noDict: ())
    }
    public init(subtype: PyType) {
        tableRef = Atomic(DictTable.emptyTable.base)
        super.init(type: subtype)
    }

    @inline(__always) var table: DictTable { DictTable(base: tableRef.load(ordering: .acquiring)) }
    @inline(__always) private func publish(_ t: DictTable) { tableRef.store(t.base, ordering: .releasing) }

    /// Number of live entries (`len`).
    public var count: Int { used.load(ordering: .acquiring) }
    /// Changes on every insertion/removal.
    public var mutations: Int { mutationCounter.load(ordering: .relaxed) }
    /// Under the lock: records a change of `count` by `delta`.
    @inline(__always) private func noteChange(_ delta: Int) {
        used.store(used.load(ordering: .relaxed) &+ delta, ordering: .releasing)
        mutationCounter.store(mutationCounter.load(ordering: .relaxed) &+ 1, ordering: .relaxed)
        typeChanged()
    }

    // MARK: key equality without Python code

    /// Equality of two keys when no Python code is needed (exact str, int,
    /// bool, float); nil when `__eq__` must decide.
    @inline(__always) static func nativeEq(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.obj(let x), .obj(let y)):
            if x === y { return true }
            if x.type === PyType.str {
                if y.type === PyType.str, let s = x as? PyStr, let t = y as? PyStr { return s.equals(t) }
                return isNativeNumber(b) ? false : nil
            }
            if y.type === PyType.str { return isNativeNumber(a) ? false : nil }
            return numbersEq(a, b)
        default:
            return numbersEq(a, b)
        }
    }

    @inline(__always) private static func isNativeNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float: return true
        case .obj(let o): return o.type === PyType.int || o.type === PyType.bool
        case .null: return false
        }
    }

    /// `a == b` for two builtin numbers (int, bool, float, big int); str vs number is false; nil otherwise.
    private static func numbersEq(_ a: Value, _ b: Value) -> Bool? {
        if case .obj(let x) = a, x.type === PyType.str { return isNativeNumber(b) ? false : nil }
        if case .obj(let y) = b, y.type === PyType.str { return isNativeNumber(a) ? false : nil }
        guard isNativeNumber(a), isNativeNumber(b) else { return nil }
        if case .float(let x) = a {
            if case .float(let y) = b { return x == y }
            guard let y = IntOps.big(b) else { return nil }
            return NativeCompare.cmpFloatInt(x, y, 2)
        }
        if case .float(let y) = b {
            guard let x = IntOps.big(a) else { return nil }
            return NativeCompare.cmpFloatInt(y, x, 2)
        }
        if let x = IntOps.small(a), let y = IntOps.small(b) { return x == y }
        guard let x = IntOps.big(a), let y = IntOps.big(b) else { return nil }
        return x == y
    }

    // MARK: lock-free reads

    /// Lock-free CPython lookdict: the table and entry index holding `key`, or
    /// nil. Runs `__eq__` of colliding keys (no lock held); restarts when that
    /// replaced the table or the entry's key.
    private func lookup(_ key: Value, _ hash: Int) throws(PyBaseException) -> (DictTable, Int)? {
        restart: while true {
            let t = table
            let mask = t.mask
            let ents = t.entries
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                let ix = Int(t.index(i))
                if ix == DictTable.emptyIx { return nil }
                if ix >= 0, DictTable.hash(ents, ix) == hash {
                    let kp = DictTable.keyPtr(ents, ix)
                    let k = SharedSlot.load(kp)
                    if !k.isNull {
                        if k.isSame(key) { return (t, ix) }
                        if let r = PyDict.nativeEq(k, key) {
                            if r { return (t, ix) }
                        } else {
                            let eq = try Ops.eq(k, key)
                            if tableRef.load(ordering: .acquiring) != t.base || !SharedSlot.load(kp).isSame(k) { continue restart }
                            if eq { return (t, ix) }
                        }
                    }
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
    }

    /// Lock-free lookup of a str key (attribute and global names). Keys that
    /// are not str never match (no Python code runs).
    @inline(__always) public func getStr(_ key: PyStr) -> Value? {
        let hash = key.hash
        let t = table
        let mask = t.mask
        let ents = t.entries
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let ix = Int(t.index(i))
            if ix == DictTable.emptyIx { return nil }
            if ix >= 0, DictTable.hash(ents, ix) == hash, case .obj(let k) = SharedSlot.load(DictTable.keyPtr(ents, ix)) {
                if k === key || ((k as? PyStr)?.equals(key) ?? false) {
                    let v = SharedSlot.load(DictTable.valuePtr(ents, ix))
                    return v.isNull ? nil : v
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    public func getStr(_ key: String) -> Value? { getStr(key, hash: PyStr.hashOf(key)) }

    /// Lock-free lookup by a Swift string whose `PyStr.hashOf` is `hash` (no interning, no allocation).
    public func getStr(_ key: String, hash: Int) -> Value? {
        let t = table
        let mask = t.mask
        let ents = t.entries
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let ix = Int(t.index(i))
            if ix == DictTable.emptyIx { return nil }
            if ix >= 0, DictTable.hash(ents, ix) == hash,
               case .obj(let k as PyStr) = SharedSlot.load(DictTable.keyPtr(ents, ix)), k.value.utf8.elementsEqual(key.utf8) {
                let v = SharedSlot.load(DictTable.valuePtr(ents, ix))
                return v.isNull ? nil : v
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    public func get(_ key: Value) throws(PyBaseException) -> Value? {
        if case .obj(let k as PyStr) = key, k.type === PyType.str { return getStr(k) }
        let h = try Ops.hash(key)
        return try get(key, hash: h)
    }

    public func get(_ key: Value, hash: Int) throws(PyBaseException) -> Value? {
        guard let (t, ix) = try lookup(key, hash) else { return nil }
        let v = SharedSlot.load(DictTable.valuePtr(t.entries, ix))
        return v.isNull ? nil : v
    }

    /// `key in d` for a key whose hash is known.
    public func contains(_ key: Value, hash: Int) throws(PyBaseException) -> Bool {
        try get(key, hash: hash) != nil
    }

    // MARK: writes

    /// Result of probing under the lock.
    private enum LockedProbe { case found(Int), absent, needEq(Value, Int) }

    /// Where a probe sequence stands (to resume it after an unlocked `__eq__`).
    private struct ProbeState {
        var i: Int
        var perturb: UInt
        init(_ hash: Int, _ mask: Int) {
            perturb = UInt(bitPattern: hash)
            i = Int(UInt(bitPattern: hash) & UInt(mask))
        }
        @inline(__always) mutating func advance(_ mask: Int) {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    /// Under the lock: CPython's probe for `key` from `st`, comparing without
    /// Python code. A colliding key whose equality needs `__eq__` (and that is
    /// not in `known`, keys already compared unequal) is returned as `needEq`
    /// with `st` advanced past it.
    private func probeLocked(_ t: DictTable, _ key: Value, _ hash: Int, _ st: inout ProbeState, _ known: Set<KeyIdentity>) -> LockedProbe {
        let mask = t.mask
        let ents = t.entries
        while true {
            let ix = Int(t.index(st.i))
            if ix == DictTable.emptyIx { return .absent }
            if ix >= 0, DictTable.hash(ents, ix) == hash {
                let k = SharedSlot.load(DictTable.keyPtr(ents, ix))
                if !k.isNull {
                    if k.isSame(key) { return .found(ix) }
                    if let r = PyDict.nativeEq(k, key) {
                        if r { return .found(ix) }
                    } else if known.isEmpty || !known.contains(KeyIdentity(k)) {
                        st.advance(mask)
                        return .needEq(k, ix)
                    }
                }
            }
            st.advance(mask)
        }
    }

    private enum Step<R> { case done(R), compare(Value, Int, UnsafeMutableRawPointer, Int, ProbeState) }

    /// Runs `body` under the lock with the current table and the entry index
    /// of `key` (nil when absent). Keys needing `__eq__` are compared with
    /// the lock released (CPython's lookdict order of comparisons): after an
    /// unequal result the probe resumes past that key when no key can have
    /// appeared in the part already walked (same table, no DUMMY slot reused),
    /// else it restarts, skipping keys already compared unequal unless the
    /// table or the compared entry changed (then everything is compared
    /// again, as CPython restarts). A positive comparison is re-validated
    /// (same table, same entry key) before `body` runs.
    @inline(__always)
    private func withEntry<R>(_ key: Value, _ hash: Int, _ body: (DictTable, Int?) -> R) throws(PyBaseException) -> R {
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
                case .found(let ix): return .done(body(t, ix))
                case .absent: return .done(body(t, nil))
                case .needEq(let k, let ix): return .compare(k, ix, t.base, dummyReuses, st)
                }
            }
            switch step {
            case .done(let r): return r
            case .compare(let k, let ix, let base, let m, let st):
                if try Ops.eq(k, key) {
                    let r: R? = lock.withLock { _ in
                        let t = table
                        guard t.base == base, SharedSlot.load(DictTable.keyPtr(t.entries, ix)).isSame(k) else { return nil }
                        return body(t, ix)
                    }
                    if let r { return r }
                    known.removeAll()
                    compared.removeAll()
                    resume = nil
                } else {
                    let t = table
                    if t.base == base && SharedSlot.load(DictTable.keyPtr(t.entries, ix)).isSame(k) {
                        compared.append(KeyIdentity(k))
                        resume = (base, m, st)
                    } else {
                        known.removeAll()
                        compared.removeAll()
                        resume = nil
                    }
                }
            }
        }
    }

    public func setStr(_ key: String, _ v: Value) { setStr(PyStr.intern(key), v) }

    /// Stores under a str key (never calls Python code; keys that are not str never match).
    public func setStr(_ key: PyStr, _ v: Value) {
        let hash = key.hash
        lock.withLock { _ in
            let t = table
            let mask = t.mask
            let ents = t.entries
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                let ix = Int(t.index(i))
                if ix == DictTable.emptyIx { break }
                if ix >= 0, DictTable.hash(ents, ix) == hash, case .obj(let k) = SharedSlot.load(DictTable.keyPtr(ents, ix)),
                   k === key || ((k as? PyStr)?.equals(key) ?? false) {
                    SharedSlot.store(DictTable.valuePtr(ents, ix), v)
                    typeChanged()
                    return
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
            insertLocked(t, .obj(key), v, hash)
        }
    }

    public func set(_ key: Value, _ v: Value) throws(PyBaseException) {
        if case .obj(let k as PyStr) = key, k.type === PyType.str { setStr(k, v); return }
        let h = try Ops.hash(key)
        try set(key, v, hash: h)
    }

    public func set(_ key: Value, _ v: Value, hash h: Int) throws(PyBaseException) {
        try withEntry(key, h) { t, ix in
            if let ix { SharedSlot.store(DictTable.valuePtr(t.entries, ix), v); typeChanged() }
            else { insertLocked(t, key, v, h) }
        }
    }

    /// `d.setdefault(key, dflt)` as one operation: the present value, or `dflt` after inserting it.
    public func setDefault(_ key: Value, _ dflt: Value, hash h: Int) throws(PyBaseException) -> Value {
        try withEntry(key, h) { t, ix -> Value in
            if let ix {
                let v = SharedSlot.load(DictTable.valuePtr(t.entries, ix))
                if !v.isNull { return v }
            }
            insertLocked(t, key, dflt, h)
            return dflt
        }
    }

    /// Under the lock: appends a new entry (resizing first when the table is full).
    private func insertLocked(_ t0: DictTable, _ key: Value, _ v: Value, _ hash: Int) {
        var t = t0
        let n0 = t.nentries
        if n0 >= t.usable { t = resizeLocked(t, minSize: Swift.max(8, count * 3)) }
        let n = t.nentries
        let mask = t.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while t.index(i) >= 0 {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        if Int(t.index(i)) != DictTable.emptyIx { dummyReuses &+= 1 }
        let ents = t.entries
        DictTable.setHash(ents, n, hash)
        SharedSlot.store(DictTable.keyPtr(ents, n), key)
        SharedSlot.store(DictTable.valuePtr(ents, n), v)
        t.setIndex(i, Int32(truncatingIfNeeded: n))
        t.setNentries(n + 1)
        t.tail = n + 1
        noteChange(1)
    }

    /// Under the lock: builds a table of at least `minSize` index slots with
    /// the live entries in order, publishes it and returns it.
    @discardableResult
    private func resizeLocked(_ old: DictTable, minSize: Int) -> DictTable {
        var size = 8
        while size < minSize { size <<= 1 }
        let nt = DictTable.allocate(size: size)
        let n = old.copyLive(into: nt)
        nt.setNentries(n)
        nt.tail = n
        publish(nt)
        return nt
    }

    /// Removes `key`; returns its value or nil when absent.
    @discardableResult
    public func remove(_ key: Value) throws(PyBaseException) -> Value? {
        let h = try Ops.hash(key)
        return try remove(key, hash: h)
    }

    @discardableResult
    public func remove(_ key: Value, hash h: Int) throws(PyBaseException) -> Value? {
        try withEntry(key, h) { t, ix -> Value? in
            guard let ix else { return nil }
            let old = SharedSlot.load(DictTable.valuePtr(t.entries, ix))
            removeLocked(t, ix)
            return old.isNull ? nil : old
        }
    }

    /// Under the lock: deletes entry `ix` (index slot to DUMMY, key and value to `.null`).
    private func removeLocked(_ t: DictTable, _ ix: Int) {
        let mask = t.mask
        let ents = t.entries
        let hash = DictTable.hash(ents, ix)
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var probes = 0
        while Int(t.index(i)) != ix {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            probes += 1
            if probes > mask + 64 { return }  // not indexed (cannot happen): leave the table intact
        }
        t.setIndex(i, DictTable.dummyIx)
        SharedSlot.store(DictTable.keyPtr(ents, ix), .null)
        SharedSlot.store(DictTable.valuePtr(ents, ix), .null)
        noteChange(-1)
    }

    /// Removes a str key (never calls Python code; keys that are not str never match).
    @discardableResult
    public func removeStr(_ key: PyStr) -> Value? {
        let hash = key.hash
        return lock.withLock { _ -> Value? in
            removeStrLocked(hash) { k in k === key || k.equals(key) }
        }
    }

    /// Removes a str key given as a Swift string (no interning, no allocation, no Python code).
    @discardableResult
    public func removeStr(_ key: String) -> Value? {
        let hash = PyStr.hashOf(key)
        return lock.withLock { _ -> Value? in
            removeStrLocked(hash) { k in k.value.utf8.elementsEqual(key.utf8) }
        }
    }

    /// Under the lock: removes the str key with `hash` that `matches`; returns its value.
    private func removeStrLocked(_ hash: Int, _ matches: (PyStr) -> Bool) -> Value? {
        let t = table
        let mask = t.mask
        let ents = t.entries
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let ix = Int(t.index(i))
            if ix == DictTable.emptyIx { return nil }
            if ix >= 0, DictTable.hash(ents, ix) == hash,
               case .obj(let k as PyStr) = SharedSlot.load(DictTable.keyPtr(ents, ix)), matches(k) {
                let old = SharedSlot.load(DictTable.valuePtr(ents, ix))
                removeLocked(t, ix)
                return old
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    public func clear() {
        lock.withLock { _ in
            let empty = DictTable.emptyTable
            if table.base == empty.base { return }
            publish(empty)
            used.store(0, ordering: .releasing)
            mutationCounter.store(mutationCounter.load(ordering: .relaxed) &+ 1, ordering: .relaxed)
            typeChanged()
        }
    }

    /// Removes and returns the last item (`popitem`).
    public func popLast() -> (Value, Value)? {
        lock.withLock { _ -> (Value, Value)? in
            let t = table
            let ents = t.entries
            var i = Swift.min(t.tail, t.nentries) - 1
            while i >= 0 && SharedSlot.load(DictTable.keyPtr(ents, i)).isNull { i -= 1 }
            if i < 0 {
                if t.tail != 0 { t.tail = 0 }  // the shared empty table is never written
                return nil
            }
            t.tail = i
            let k = SharedSlot.load(DictTable.keyPtr(ents, i))
            let v = SharedSlot.load(DictTable.valuePtr(ents, i))
            removeLocked(t, i)
            return (k, v)
        }
    }

    // MARK: snapshots and iteration

    /// Live entries in order, read under the lock (a consistent snapshot).
    public var liveEntries: [Entry] {
        lock.withLock { _ -> [Entry] in
            let t = table
            let ents = t.entries
            let n = t.nentries
            var out: [Entry] = []
            out.reserveCapacity(count)
            for ix in 0..<n {
                let k = SharedSlot.load(DictTable.keyPtr(ents, ix))
                if k.isNull { continue }
                out.append(Entry(hash: DictTable.hash(ents, ix), key: k, value: SharedSlot.load(DictTable.valuePtr(ents, ix))))
            }
            return out
        }
    }

    /// Live entries in order.
    public var items: [(key: Value, value: Value)] { liveEntries.map { ($0.key, $0.value) } }
    public var keys: [Value] { liveEntries.map { $0.key } }
    public var values: [Value] { liveEntries.map { $0.value } }

    /// Entry at raw position `i` (iterators walk positions; nil for holes/end). Lock-free.
    @inline(__always) public func entry(at i: Int) -> Entry? {
        let t = table
        guard i >= 0 && i < t.nentries else { return nil }
        let ents = t.entries
        let k = SharedSlot.load(DictTable.keyPtr(ents, i))
        if k.isNull { return nil }
        let v = SharedSlot.load(DictTable.valuePtr(ents, i))
        if v.isNull { return nil }
        return Entry(hash: DictTable.hash(ents, i), key: k, value: v)
    }
    /// Number of entry positions (live or deleted) in the current table.
    public var entryCapacity: Int { table.nentries }
    /// Index slots of the current table (`__sizeof__`).
    public var indexSize: Int { table.mask + 1 }

    /// A shallow copy (one consistent snapshot).
    public func copy() -> PyDict {
        let d = PyDict()
        let (nt, n): (DictTable?, Int) = lock.withLock { _ in
            let t = table
            let c = count
            if c == 0 { return (nil, 0) }
            if t.nentries == c {
                return (t.clone(), c)
            }
            var size = 8
            while size < (c * 3 + 1) / 2 { size <<= 1 }
            let nt = DictTable.allocate(size: size)
            let m = t.copyLive(into: nt)
            nt.setNentries(m)
            nt.tail = m
            return (nt, m)
        }
        if let nt {
            d.publish(nt)
            d.used.store(n, ordering: .releasing)
        }
        return d
    }
}

/// One dict table: a single collected allocation, never freed explicitly.
/// Layout: @0 mask (index slots - 1), @8 usable (entry capacity), @16 nentries
/// (entries written so far; acquire/release), @24 tail (writer only: entries at
/// or after it are deleted), @32 the index slots (Int32: entry index, -1
/// EMPTY, -2 DUMMY; acquire/release), then 48-byte entries (key Value @0,
/// value Value @16, hash @32). Thread-safety: see `PyDict`.
struct DictTable {
    let base: UnsafeMutableRawPointer

    static let emptyIx: Int = -1
    static let dummyIx: Int32 = -2
    static let headerSize = 32
    static let entrySize = 48

    /// The shared table of empty dicts (8 EMPTY slots, no usable entries; never written).
    static let emptyTable: DictTable = {
        let t = DictTable.allocate(size: 8)
        t.base.storeBytes(of: 0, toByteOffset: 8, as: Int.self)
        return t
    }()

    /// A table with `size` (a power of two >= 8) EMPTY index slots and no entries.
    static func allocate(size: Int) -> DictTable {
        let usable = (size << 1) / 3
        let bytes = headerSize + size * 4 + usable * entrySize
        let p = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        p.storeBytes(of: size - 1, as: Int.self)
        p.storeBytes(of: usable, toByteOffset: 8, as: Int.self)
        p.storeBytes(of: 0, toByteOffset: 16, as: Int.self)
        p.storeBytes(of: 0, toByteOffset: 24, as: Int.self)
        (p + headerSize).initializeMemory(as: Int32.self, repeating: -1, count: size)
        return DictTable(base: p)
    }

    @inline(__always) var mask: Int { base.load(as: Int.self) }
    @inline(__always) var usable: Int { base.load(fromByteOffset: 8, as: Int.self) }
    @inline(__always) var nentries: Int { SharedWord.load(base + 16) }
    @inline(__always) func setNentries(_ n: Int) { SharedWord.store(base + 16, n) }
    /// Writer-only hint for `popitem` (read and written under the dict's lock).
    @inline(__always) var tail: Int {
        get { base.load(fromByteOffset: 24, as: Int.self) }
        nonmutating set { base.storeBytes(of: newValue, toByteOffset: 24, as: Int.self) }
    }
    @inline(__always) func index(_ i: Int) -> Int32 { SharedWord.load32(base + (DictTable.headerSize &+ i &* 4)) }
    @inline(__always) func setIndex(_ i: Int, _ v: Int32) { SharedWord.store32(base + (DictTable.headerSize &+ i &* 4), v) }
    /// Start of the entries.
    @inline(__always) var entries: UnsafeMutableRawPointer { base + (DictTable.headerSize &+ (mask &+ 1) &* 4) }

    @inline(__always) static func keyPtr(_ ents: UnsafeMutableRawPointer, _ ix: Int) -> UnsafeMutablePointer<Value> {
        (ents + ix &* entrySize).assumingMemoryBound(to: Value.self)
    }
    @inline(__always) static func valuePtr(_ ents: UnsafeMutableRawPointer, _ ix: Int) -> UnsafeMutablePointer<Value> {
        (ents + (ix &* entrySize &+ 16)).assumingMemoryBound(to: Value.self)
    }
    /// An entry's hash: written once before the entry is published, never changed.
    @inline(__always) static func hash(_ ents: UnsafeMutableRawPointer, _ ix: Int) -> Int {
        ents.load(fromByteOffset: ix &* entrySize &+ 32, as: Int.self)
    }
    @inline(__always) static func setHash(_ ents: UnsafeMutableRawPointer, _ ix: Int, _ h: Int) {
        ents.storeBytes(of: h, toByteOffset: ix &* entrySize &+ 32, as: Int.self)
    }

    /// Copies the live entries in order into the unpublished table `nt`
    /// (which must have room) and indexes them; returns their number.
    func copyLive(into nt: DictTable) -> Int {
        let src = entries, dst = nt.entries
        let n = nentries
        let mask = nt.mask
        var j = 0
        for ix in 0..<n {
            let k = SharedSlot.load(DictTable.keyPtr(src, ix))
            if k.isNull { continue }
            let h = DictTable.hash(src, ix)
            DictTable.setHash(dst, j, h)
            SharedSlot.store(DictTable.keyPtr(dst, j), k)
            SharedSlot.store(DictTable.valuePtr(dst, j), SharedSlot.load(DictTable.valuePtr(src, ix)))
            var perturb = UInt(bitPattern: h)
            var i = Int(UInt(bitPattern: h) & UInt(mask))
            while nt.index(i) >= 0 {
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
            nt.setIndex(i, Int32(truncatingIfNeeded: j))
            j += 1
        }
        return j
    }

    /// A byte copy of this table (caller holds the dict's lock; no holes assumed by the caller).
    func clone() -> DictTable {
        let size = mask + 1
        let bytes = DictTable.headerSize + size * 4 + usable * DictTable.entrySize
        let p = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        p.copyMemory(from: base, byteCount: DictTable.headerSize + size * 4 + nentries * DictTable.entrySize)
        return DictTable(base: p)
    }
}

/// A key's identity (Python `is`) as a hashable value, for the keys a writer
/// already compared unequal while its probe ran unlocked.
struct KeyIdentity: Hashable {
    let bits: UInt
    let kind: UInt8
    @inline(__always) init(_ v: Value) {
        switch v {
        case .int(let i): bits = UInt(bitPattern: i); kind = 1
        case .float(let d): bits = UInt(d.bitPattern); kind = 2
        case .obj(let o): bits = UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()); kind = 3
        case .null: bits = 0; kind = 0
        }
    }
}

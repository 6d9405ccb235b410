/// A Python `dict`: CPython's compact, insertion-ordered layout (an entries
/// array plus an open-addressing index table). Keys are compared by identity,
/// then hash, then `__eq__`; a lookup restarts if `__eq__` mutated the dict.
/// Thread-safety: single operations are atomic under the dict's lock (issue
/// 4); `__eq__`/`__hash__` of keys are always called without it.
public final class PyDict: PyObject {
    public struct Entry {
        public var hash: Int
        /// `.null` marks a deleted entry.
        public var key: Value
        public var value: Value
    }
    public private(set) var entries: [Entry] = []
    private var indices: [Int32] = []
    /// Number of live entries (`len`).
    public private(set) var count: Int = 0
    /// Changes on every insertion/removal (iterators detect size changes with it).
    public private(set) var mutations: Int = 0

    public init() { super.init(type: PyType.dict, noDict: ()) }
    public init(subtype: PyType) { super.init(type: subtype) }

    private static let empty: Int32 = -1
    private static let dummy: Int32 = -2

    @inline(__always) private func probe(_ hash: Int, _ visit: (Int, Int32) throws(PyBaseException) -> Bool) throws(PyBaseException) {
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if try visit(i, indices[i]) { return }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    /// Index into `entries` of `key`, or nil.
    public func find(_ key: Value, hash: Int) throws(PyBaseException) -> Int? {
        if indices.isEmpty { return nil }
        while true {
            let startMutations = mutations
            var result: Int? = nil
            var restart = false
            try probe(hash) { (_, ix) throws(PyBaseException) -> Bool in
                if ix == PyDict.empty { return true }
                if ix < 0 { return false }
                let e = entries[Int(ix)]
                if e.hash != hash { return false }
                if e.key.isSame(key) { result = Int(ix); return true }
                if case .null = e.key { return false }
                let eq = try Ops.eq(e.key, key)
                if mutations != startMutations { restart = true; return true }
                if eq { result = Int(ix); return true }
                return false
            }
            if !restart { return result }
        }
    }

    /// Fast lookup of a str key (attribute and global names).
    @inline(__always) public func getStr(_ key: PyStr) -> Value? {
        if indices.isEmpty { return nil }
        let hash = key.hash
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let ix = indices[i]
            if ix == PyDict.empty { return nil }
            if ix >= 0 {
                let e = entries[Int(ix)]
                if e.hash == hash, case .obj(let k) = e.key {
                    if k === key { return e.value }
                    if let ks = k as? PyStr, ks.equals(key) { return e.value }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    public func getStr(_ key: String) -> Value? { getStr(key, hash: PyStr.hashOf(key)) }

    /// Lookup by a Swift string whose `PyStr.hashOf` is `hash` (no interning, no allocation).
    public func getStr(_ key: String, hash: Int) -> Value? {
        if indices.isEmpty { return nil }
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let ix = indices[i]
            if ix == PyDict.empty { return nil }
            if ix >= 0 {
                let e = entries[Int(ix)]
                if e.hash == hash, case .obj(let k as PyStr) = e.key, k.value.utf8.elementsEqual(key.utf8) { return e.value }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    public func setStr(_ key: String, _ v: Value) { setStr(PyStr.intern(key), v) }

    /// Stores under a str key (never calls Python code).
    public func setStr(_ key: PyStr, _ v: Value) {
        let hash = key.hash
        if !indices.isEmpty {
            let mask = indices.count - 1
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                let ix = indices[i]
                if ix == PyDict.empty { break }
                if ix >= 0 {
                    let e = entries[Int(ix)]
                    if e.hash == hash, case .obj(let k) = e.key, k === key || ((k as? PyStr)?.equals(key) ?? false) {
                        entries[Int(ix)].value = v
                        return
                    }
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
        insertNew(.obj(key), v, hash: hash)
    }

    public func get(_ key: Value) throws(PyBaseException) -> Value? {
        if case .obj(let k as PyStr) = key, k.type === PyType.str { return getStr(k) }
        let h = try Ops.hash(key)
        guard let i = try find(key, hash: h) else { return nil }
        return entries[i].value
    }

    public func get(_ key: Value, hash: Int) throws(PyBaseException) -> Value? {
        guard let i = try find(key, hash: hash) else { return nil }
        return entries[i].value
    }

    public func set(_ key: Value, _ v: Value) throws(PyBaseException) {
        if case .obj(let k as PyStr) = key, k.type === PyType.str { setStr(k, v); return }
        let h = try Ops.hash(key)
        try set(key, v, hash: h)
    }

    public func set(_ key: Value, _ v: Value, hash h: Int) throws(PyBaseException) {
        if let i = try find(key, hash: h) {
            entries[i].value = v
            return
        }
        insertNew(key, v, hash: h)
    }

    private func insertNew(_ key: Value, _ v: Value, hash: Int) {
        if indices.isEmpty || (entries.count + 1) * 3 >= indices.count * 2 { resize(max(8, count * 3)) }
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while indices[i] >= 0 {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        indices[i] = Int32(entries.count)
        entries.append(Entry(hash: hash, key: key, value: v))
        count += 1
        mutations &+= 1
    }

    private func resize(_ minSize: Int) {
        var size = 8
        while size < minSize { size <<= 1 }
        if entries.count != count { entries.removeAll { $0.key.isNull } }
        indices = [Int32](repeating: PyDict.empty, count: size)
        let mask = size - 1
        for (n, e) in entries.enumerated() {
            var perturb = UInt(bitPattern: e.hash)
            var i = Int(UInt(bitPattern: e.hash) & UInt(mask))
            while indices[i] >= 0 {
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
            indices[i] = Int32(n)
        }
    }

    /// Removes `key`; returns its value or nil when absent.
    @discardableResult
    public func remove(_ key: Value) throws(PyBaseException) -> Value? {
        let h = try Ops.hash(key)
        return try remove(key, hash: h)
    }

    @discardableResult
    public func remove(_ key: Value, hash h: Int) throws(PyBaseException) -> Value? {
        guard let ix = try find(key, hash: h) else { return nil }
        let old = entries[ix].value
        removeEntry(ix)
        return old
    }

    private func removeEntry(_ ix: Int) {
        let mask = indices.count - 1
        let hash = entries[ix].hash
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while Int(indices[i]) != ix {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        indices[i] = PyDict.dummy
        entries[ix] = Entry(hash: 0, key: .null, value: .null)
        count -= 1
        mutations &+= 1
        if count == 0 { entries.removeAll(keepingCapacity: true); indices = [] }
    }

    public func removeStr(_ key: String) -> Value? {
        try? remove(.obj(PyStr.intern(key)))
    }

    public func clear() {
        entries = []
        indices = []
        count = 0
        mutations &+= 1
    }

    /// Removes and returns the last item (`popitem`).
    public func popLast() -> (Value, Value)? {
        guard let ix = entries.lastIndex(where: { !$0.key.isNull }) else { return nil }
        let e = entries[ix]
        removeEntry(ix)
        return (e.key, e.value)
    }

    /// Live entries in order.
    public var items: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for e in entries where !e.key.isNull { out.append((e.key, e.value)) }
        return out
    }
    public var keys: [Value] { entries.compactMap { $0.key.isNull ? nil : $0.key } }
    public var values: [Value] { entries.compactMap { $0.key.isNull ? nil : $0.value } }

    /// Entry at raw position `i` (iterators walk positions; nil for holes/end).
    @inline(__always) public func entry(at i: Int) -> Entry? {
        guard i >= 0 && i < entries.count else { return nil }
        let e = entries[i]
        return e.key.isNull ? nil : e
    }
    public var entryCapacity: Int { entries.count }

    /// A shallow copy.
    public func copy() -> PyDict {
        let d = PyDict()
        d.entries = entries
        d.indices = indices
        d.count = count
        return d
    }
}

import BigInt
import Glibc
import Synchronization

/// `_random`: the Mersenne Twister (MT19937) behind `random.Random`, bit
/// for bit the generator of CPython's Modules/_randommodule.c (seeding by
/// `init_by_array` from the 32-bit words of `abs(n)` or of `hash(x)`,
/// 53-bit floats, `getrandbits` of any width, 625-tuple states).
/// Thread-safety: the module is immutable; each `Random` guards its state
/// with its own mutex (see `PyRandom`).
enum RandomModule {
    static func make() -> PyModule {
        installRandomType()
        let m = PyModule(name: "_random")
        m.dict?.setStr("__doc__", .str("Module implements the Mersenne Twister random number generator."))
        m.dict?.setStr("Random", .obj(PyRandom.randomType))
        return m
    }

    /// `self` of a `Random` method, with CPython's descriptor error.
    static func selfOf(_ a: Args, _ method: String) throws(PyBaseException) -> PyRandom {
        guard a.buf.count > 0, case .obj(let o) = a[0], let r = o as? PyRandom else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(method)' for '_random.Random' objects doesn't apply to a '\(got)' object")
        }
        return r
    }

    /// Argument-count check of a METH_NOARGS / METH_O method ("Random.x() takes ...").
    static func arity(_ a: Args, _ name: String, _ n: Int) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("Random.\(name)() takes no keyword arguments") }
        let given = a.count - 1
        if given == n { return }
        if n == 0 { throw PyErr.typeError("Random.\(name)() takes no arguments (\(given) given)") }
        throw PyErr.typeError("Random.\(name)() takes exactly one argument (\(given) given)")
    }

    static func installRandomType() {
        let t = PyRandom.randomType
        if t.ns.getStr("random") != nil { return }
        t.attr("__module__", .str("_random"))
        t.attr("__doc__", .str("Random() -> create a random number generator with its own internal state."))
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else {
                throw PyErr.typeError("Random.__new__(X): X is not a type object")
            }
            guard cls.isSubtype(PyRandom.randomType) else {
                throw PyErr.typeError("Random.__new__(\(cls.name)): \(cls.name) is not a subtype of _random.Random")
            }
            return .obj(PyRandom(type: cls))
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in
            let r = try selfOf(a, "__init__")
            if a.hasKeywords {
                let own = r.type.lookup("__init__").flatMap { ($0.object as? PyBuiltinFunction)?.owner }
                if r.type === PyRandom.randomType || own === PyRandom.randomType {
                    throw PyErr.typeError("Random() takes no keyword arguments")
                }
            }
            if a.count > 2 { throw PyErr.typeError("Random() requires 0 or 1 argument") }
            try r.seed(a.count == 2 ? a[1] : .None)
            return .None
        }
        t.def("random") { (a) throws(PyBaseException) -> Value in
            let r = try selfOf(a, "random")
            try arity(a, "random", 0)
            return .float(r.random())
        }
        t.def("seed") { (a) throws(PyBaseException) -> Value in
            let r = try selfOf(a, "seed")
            if a.hasKeywords { throw PyErr.typeError("Random.seed() takes no keyword arguments") }
            if a.count > 2 { throw PyErr.typeError("seed expected at most 1 argument, got \(a.count - 1)") }
            try r.seed(a.count == 2 ? a[1] : .None)
            return .None
        }
        t.def("getstate") { (a) throws(PyBaseException) -> Value in
            let r = try selfOf(a, "getstate")
            try arity(a, "getstate", 0)
            let (mt, index) = r.state.withLock { ($0.mt, $0.index) }
            var items = mt.map { Value.int(Int($0)) }
            items.append(.int(index))
            return .obj(PyTuple(items))
        }
        t.def("setstate") { (a) throws(PyBaseException) -> Value in
            let r = try selfOf(a, "setstate")
            try arity(a, "setstate", 1)
            guard case .obj(let tup as PyTuple) = a[1] else { throw PyErr.typeError("state vector must be a tuple") }
            let items = tup.items
            guard items.count == MTState.n + 1 else { throw PyErr.valueError("state vector is the wrong size") }
            var mt = [UInt32](repeating: 0, count: MTState.n)
            for i in 0..<MTState.n { mt[i] = try unsignedLong(items[i]) }
            guard let index = IntOps.small(try IntOps.indexValue(items[MTState.n])) else {
                throw PyErr.overflow("Python int too large to convert to C long")
            }
            guard index >= 0 && index <= MTState.n else { throw PyErr.valueError("invalid state") }
            r.state.withLock { $0.mt = mt; $0.index = index }
            return .None
        }
        t.def("getrandbits") { (a) throws(PyBaseException) -> Value in
            let r = try selfOf(a, "getrandbits")
            try arity(a, "getrandbits", 1)
            guard let k = Int(exactly: try IntOps.index(a[1])), k >= Int(Int32.min), k <= Int(Int32.max) else {
                throw PyErr.overflow("Python int too large to convert to C int")
            }
            if k < 0 { throw PyErr.valueError("number of bits must be non-negative") }
            return r.getrandbits(k)
        }
    }

    /// `PyLong_AsUnsignedLong` truncated to 32 bits, as setstate stores it.
    static func unsignedLong(_ v: Value) throws(PyBaseException) -> UInt32 {
        guard let b = IntOps.big(v) else { throw PyErr.typeError("an integer is required") }
        if b.sign == .minus && !b.isZero { throw PyErr.overflow("can't convert negative value to unsigned int") }
        guard let u = UInt64(exactly: b) else {
            throw PyErr.overflow("Python int too large to convert to C unsigned long")
        }
        return UInt32(truncatingIfNeeded: u)
    }
}

/// The generator state: 624 words and the position of the next one.
/// Thread-safety: a value type, kept inside `PyRandom`'s mutex.
struct MTState {
    static let n = 624
    static let m = 397
    var mt = [UInt32](repeating: 0, count: 624)
    var index = 0

    /// `genrand_uint32`: the next tempered 32-bit output.
    mutating func next() -> UInt32 {
        let n = MTState.n, m = MTState.m
        if index >= n {
            mt.withUnsafeMutableBufferPointer { p in
                @inline(__always) func twist(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
                    let y = (a & 0x8000_0000) | (b & 0x7fff_ffff)
                    return c ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
                }
                for k in 0..<(n - m) { p[k] = twist(p[k], p[k + 1], p[k + m]) }
                for k in (n - m)..<(n - 1) { p[k] = twist(p[k], p[k + 1], p[k + m - n]) }
                p[n - 1] = twist(p[n - 1], p[0], p[m - 1])
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `init_genrand`.
    mutating func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<MTState.n {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = MTState.n
    }

    /// `init_by_array`.
    mutating func initByArray(_ key: [UInt32]) {
        let n = MTState.n
        initGenrand(19_650_218)
        let len = Swift.max(key.count, 1)
        var i = 1, j = 0
        var k = Swift.max(n, len)
        while k > 0 {
            let kj = j < key.count ? key[j] : 0
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ kj &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= len { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            k -= 1
        }
        mt[0] = 0x8000_0000
    }
}

/// A `_random.Random` instance (or of a Python subclass, which also gets a
/// `__dict__`). A new object is all zeros until seeded, as in CPython.
/// Thread-safety: the state lives in a per-object mutex; each operation
/// (random, getrandbits, seed, getstate, setstate) is atomic. No Python code
/// runs under the lock (seed hashes its argument before taking it).
final class PyRandom: PyObject {
    let state = GrailMutex(MTState())

    static let randomType = PyType(builtin: "Random", base: PyType.object, layout: .other, baseType: true, module: "_random")

    override init(type: PyType) {
        if type.isHeapType { super.init(type: type) } else { super.init(type: type, noDict: ()) }
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    func random() -> Double {
        let (a, b) = state.withLock { s in (s.next() >> 5, s.next() >> 6) }
        return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k >= 0: 32-bit words from the least significant
    /// up, the last one keeping only its top bits.
    func getrandbits(_ k: Int) -> Value {
        if k == 0 { return .int(0) }
        if k <= 32 { return .int(Int(state.withLock { $0.next() } >> UInt32(32 - k))) }
        let words = (k - 1) / 32 + 1
        var w32 = [UInt32](repeating: 0, count: words)
        state.withLock { s in
            var left = k
            for i in 0..<words {
                var r = s.next()
                if left < 32 { r >>= UInt32(32 - left) }
                w32[i] = r
                left -= 32
            }
        }
        var w64 = [UInt](repeating: 0, count: (words + 1) / 2)
        for i in 0..<words {
            w64[i / 2] |= UInt(w32[i]) << (i % 2 == 0 ? 0 : 32)
        }
        return .int(BigInt(BigUInt(words: w64)))
    }

    /// `random_seed`: None seeds from the OS entropy source; an int by the
    /// words of its absolute value; anything else by its hash.
    func seed(_ arg: Value) throws(PyBaseException) {
        if arg.isNone {
            var g = SystemRandomNumberGenerator()
            var key = [UInt32](repeating: 0, count: MTState.n)
            for i in 0..<MTState.n { key[i] = g.next() }
            state.withLock { $0.initByArray(key) }
            return
        }
        let mag: BigUInt
        if let b = IntOps.big(arg) {
            mag = b.magnitude
        } else {
            let h = try Ops.hash(arg)
            mag = BigUInt(UInt(bitPattern: h))
        }
        var key: [UInt32] = []
        for w in mag.words {
            key.append(UInt32(truncatingIfNeeded: w))
            key.append(UInt32(truncatingIfNeeded: w >> 32))
        }
        let bits = mag.bitWidth
        let used = bits == 0 ? 1 : (bits - 1) / 32 + 1
        if key.count > used { key.removeLast(key.count - used) }
        while key.count < used { key.append(0) }
        state.withLock { $0.initByArray(key) }
    }
}

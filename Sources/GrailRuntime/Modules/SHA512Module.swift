import Synchronization
/// `_sha512`: SHA-512 and SHA-384 hash objects (FIPS 180-4) with
/// CPython's interface (`update`, `digest`, `hexdigest`, `copy`, `name`,
/// `digest_size`, `block_size`; the `string=` constructor keyword).
/// Thread-safety: the module is immutable; each hash object guards its
/// running state with its own mutex.
enum SHA512Module {
    static func make() -> PyModule {
        installTypes()
        let m = PyModule(name: "_sha512")
        m.dict?.setStr("sha512", .obj(PyBuiltinFunction("sha512", module: "_sha512", doc: "Return a new SHA-512 hash object; optionally initialized with a string.") {
            (a) throws(PyBaseException) -> Value in try construct(a, "sha512", is384: false)
        }))
        m.dict?.setStr("sha384", .obj(PyBuiltinFunction("sha384", module: "_sha512", doc: "Return a new SHA-384 hash object; optionally initialized with a string.") {
            (a) throws(PyBaseException) -> Value in try construct(a, "sha384", is384: true)
        }))
        m.dict?.setStr("SHA384Type", .obj(PySHA512.sha384Type))
        return m
    }

    /// The bytes of a hashed argument (CPython's GET_BUFFER_VIEW_OR_ERROUT).
    static func data(_ v: Value) throws(PyBaseException) -> [UInt8] {
        if case .obj(is PyStr) = v { throw PyErr.typeError("Strings must be encoded before hashing") }
        if let b = ContainerTypes.buffer(v) { return b }
        throw PyErr.typeError("object supporting the buffer API required")
    }

    static func construct(_ a: Args, _ name: String, is384: Bool) throws(PyBaseException) -> Value {
        if a.count > 1 { throw PyErr.typeError("\(name)() takes at most 1 positional argument (\(a.count) given)") }
        for (k, _) in a.keywords where k != "string" && k != "usedforsecurity" {
            throw PyErr.typeError("'\(k)' is an invalid keyword argument for \(name)()")
        }
        var src: Value? = a.count == 1 ? a[0] : nil
        if let s = a.keyword("string") {
            if src != nil { throw PyErr.typeError("argument for \(name)() given by name ('string') and position (1)") }
            src = s
        }
        let h = PySHA512(is384: is384)
        if let s = src { let d = try data(s); h.state.withLock { $0.update(d) } }
        return .obj(h)
    }

    static func selfOf(_ a: Args, _ method: String) throws(PyBaseException) -> PySHA512 {
        guard a.buf.count > 0, case .obj(let o) = a[0], let h = o as? PySHA512 else {
            let got = a.buf.count > 0 ? a[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(method)' for '_sha512.sha512' objects doesn't apply to a '\(got)' object")
        }
        return h
    }

    static func arity(_ a: Args, _ h: PySHA512, _ method: String, _ n: Int) throws(PyBaseException) {
        let q = "\(h.is384 ? "sha384" : "sha512").\(method)"
        if a.hasKeywords { throw PyErr.typeError("\(q)() takes no keyword arguments") }
        let given = a.count - 1
        if given == n { return }
        if n == 0 { throw PyErr.typeError("\(q)() takes no arguments (\(given) given)") }
        throw PyErr.typeError("\(q)() takes exactly one argument (\(given) given)")
    }

    static func installTypes() {
        for t in [PySHA512.sha512Type, PySHA512.sha384Type] {
            if t.ns.getStr("update") != nil { continue }
            t.attr("__module__", .str("_sha512"))
            t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
                let n = a.buf.count > 0 ? ((a[0].object as? PyType)?.name ?? "sha512") : "sha512"
                throw PyErr.typeError("cannot create '_sha512.\(n)' instances")
            }
            t.def("update") { (a) throws(PyBaseException) -> Value in
                let h = try selfOf(a, "update")
                try arity(a, h, "update", 1)
                let d = try data(a[1])
                h.state.withLock { $0.update(d) }
                return .None
            }
            t.def("digest") { (a) throws(PyBaseException) -> Value in
                let h = try selfOf(a, "digest")
                try arity(a, h, "digest", 0)
                return .obj(PyBytes(h.digest()))
            }
            t.def("hexdigest") { (a) throws(PyBaseException) -> Value in
                let h = try selfOf(a, "hexdigest")
                try arity(a, h, "hexdigest", 0)
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                var out: [UInt8] = []
                for b in h.digest() { out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)]) }
                return .str(String(decoding: out, as: UTF8.self))
            }
            t.def("copy") { (a) throws(PyBaseException) -> Value in
                let h = try selfOf(a, "copy")
                try arity(a, h, "copy", 0)
                let c = PySHA512(is384: h.is384)
                let s = h.state.withLock { $0 }
                c.state.withLock { $0 = s }
                return .obj(c)
            }
            t.getset("name", get: { (v) throws(PyBaseException) -> Value in
                .str(((v.object as? PySHA512)?.is384 ?? false) ? "sha384" : "sha512")
            })
            t.getset("digest_size", get: { (v) throws(PyBaseException) -> Value in
                .int(((v.object as? PySHA512)?.is384 ?? false) ? 48 : 64)
            })
            t.getset("block_size", get: { (v) throws(PyBaseException) -> Value in .int(128) })
        }
    }
}

/// A running SHA-512 computation (also SHA-384, which differs only in the
/// initial values and the digest length). Thread-safety: a value type.
struct SHA512State {
    var h: [UInt64]
    var buffer: [UInt8] = []
    var length: UInt64 = 0

    static let k: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]

    init(is384: Bool) {
        h = is384
            ? [0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
               0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4]
            : [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
               0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
    }

    mutating func update(_ data: [UInt8]) {
        length &+= UInt64(data.count)
        var i = 0
        if !buffer.isEmpty {
            let take = Swift.min(128 - buffer.count, data.count)
            buffer.append(contentsOf: data[0..<take])
            i = take
            if buffer.count == 128 { compress(buffer[...]); buffer.removeAll(keepingCapacity: true) }
        }
        while data.count - i >= 128 {
            compress(data[i..<(i + 128)])
            i += 128
        }
        if i < data.count { buffer.append(contentsOf: data[i...]) }
    }

    mutating func compress(_ block: ArraySlice<UInt8>) {
        var w = [UInt64](repeating: 0, count: 80)
        let base = block.startIndex
        for t in 0..<16 {
            var v: UInt64 = 0
            for j in 0..<8 { v = (v << 8) | UInt64(block[base + t * 8 + j]) }
            w[t] = v
        }
        @inline(__always) func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
        for t in 16..<80 {
            let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<80 {
            let s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ SHA512State.k[t] &+ w[t]
            let s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
        h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }

    /// The digest of everything so far (the state itself is unchanged).
    func finish(_ size: Int) -> [UInt8] {
        var s = self
        let bits = length &* 8
        var pad: [UInt8] = [0x80]
        let rem = (s.buffer.count + 1) % 128
        let zeros = rem <= 112 ? 112 - rem : 240 - rem
        pad.append(contentsOf: [UInt8](repeating: 0, count: zeros + 8))
        for j in 0..<8 { pad.append(UInt8(truncatingIfNeeded: bits >> UInt64(56 - 8 * j))) }
        s.update(pad)
        var out: [UInt8] = []
        for v in s.h { for j in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> UInt64(56 - 8 * j))) } }
        return Array(out[0..<size])
    }
}

/// A `_sha512.sha512` / `_sha512.sha384` object. Thread-safety: updates and
/// digests take the object's mutex, so concurrent use never tears the state.
final class PySHA512: PyObject {
    let is384: Bool
    let state: GrailMutex<SHA512State>

    static let sha512Type = PyType(builtin: "sha512", base: PyType.object, layout: .other, baseType: false, module: "_sha512")
    static let sha384Type = PyType(builtin: "sha384", base: PyType.object, layout: .other, baseType: false, module: "_sha512")

    init(is384: Bool) {
        self.is384 = is384
        state = GrailMutex(SHA512State(is384: is384))
        super.init(type: is384 ? PySHA512.sha384Type : PySHA512.sha512Type, noDict: ())
    }

    func digest() -> [UInt8] {
        let s = state.withLock { $0 }
        return s.finish(is384 ? 48 : 64)
    }
}

/// itertools product, permutations, combinations and
/// combinations_with_replacement (CPython's index algorithms; the input
/// iterables are read into tuples up front, as in CPython).
/// Thread-safety: `next` runs no Python code, so each step runs entirely
/// under the object's lock.
enum ItCombinatorics {
    static func install() {
        ItTypes.product.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "product")
            var rep = 1
            if let k = a.kwnames {
                if k.count > 1 { throw PyErr.typeError("product() takes at most 1 keyword argument (\(k.count) given)") }
                guard k[0].value == "repeat" else { throw PyErr.typeError("'\(k[0].value)' is an invalid keyword argument for product()") }
                rep = try ItArgs.ssize(a.buf[a.count])
                if rep < 0 { throw PyErr.valueError("repeat argument cannot be negative") }
            }
            let nargs = a.count - 1
            if rep > 0 && nargs > Int.max / rep { throw PyErr.overflow("repeat argument too large") }
            var pools: [[Value]] = []
            if nargs > 0 { for i in 1...nargs { pools.append(try ItArgs.tuple(a[i])) } }
            var all: [[Value]] = []
            for _ in 0..<rep { all.append(contentsOf: pools) }
            return .obj(ItProduct(cls: cls, pools: all))
        }
        ItTypes.combinations.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "combinations")
            let b = try ItArgs.bind(a, "combinations", ["iterable", "r"], required: 2)
            let r = try ItArgs.ssize(b[1] ?? .None)
            let pool = try ItArgs.tuple(b[0] ?? .None)
            if r < 0 { throw PyErr.valueError("r must be non-negative") }
            return .obj(ItCombinations(cls: cls, pool: pool, r: r, kind: .combinations))
        }
        ItTypes.cwr.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "combinations_with_replacement")
            let b = try ItArgs.bind(a, "combinations_with_replacement", ["iterable", "r"], required: 2)
            let r = try ItArgs.ssize(b[1] ?? .None)
            let pool = try ItArgs.tuple(b[0] ?? .None)
            if r < 0 { throw PyErr.valueError("r must be non-negative") }
            return .obj(ItCombinations(cls: cls, pool: pool, r: r, kind: .withReplacement))
        }
        ItTypes.permutations.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "permutations")
            let b = try ItArgs.bind(a, "permutations", ["iterable", "r"], required: 1)
            let pool = try ItArgs.tuple(b[0] ?? .None)
            var r = pool.count
            if let rv = b[1], !rv.isNone {
                guard IntOps.isInt(rv) else { throw PyErr.typeError("Expected int as r") }
                guard let x = IntOps.small(rv) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
                r = x
            }
            if r < 0 { throw PyErr.valueError("r must be non-negative") }
            return .obj(ItCombinations(cls: cls, pool: pool, r: r, kind: .permutations))
        }
    }
}

/// `product(*iterables, repeat=1)`. Thread-safety: under `lock`.
final class ItProduct: ItObject {
    private let pools: [[Value]]
    private var indices: [Int]
    private var started = false
    private var stopped = false
    init(cls: PyType, pools: [[Value]]) {
        self.pools = pools
        indices = [Int](repeating: 0, count: pools.count)
        super.init(cls: cls)
    }
    override func next() throws(PyBaseException) -> Value? {
        lock.run { () -> Value? in
            if stopped { return nil }
            if !started {
                started = true
                for p in pools where p.isEmpty { stopped = true; return nil }
                return .obj(PyTuple(pools.map { $0[0] }))
            }
            var i = pools.count - 1
            while i >= 0 {
                indices[i] += 1
                if indices[i] == pools[i].count { indices[i] = 0; i -= 1 } else { break }
            }
            if i < 0 { stopped = true; return nil }
            var out: [Value] = []
            out.reserveCapacity(pools.count)
            for (k, p) in pools.enumerated() { out.append(p[indices[k]]) }
            return .obj(PyTuple(out))
        }
    }
}

/// combinations / combinations_with_replacement / permutations over one pool.
/// Thread-safety: under `lock`.
final class ItCombinations: ItObject {
    enum Kind { case combinations, withReplacement, permutations }
    private let pool: [Value]
    private let r: Int
    private let kind: Kind
    private var indices: [Int]
    private var cycles: [Int] = []
    private var started = false
    private var stopped = false
    init(cls: PyType, pool: [Value], r: Int, kind: Kind) {
        self.pool = pool; self.r = r; self.kind = kind
        let n = pool.count
        switch kind {
        case .combinations:
            indices = Array(0..<max(0, r))
            stopped = r > n
        case .withReplacement:
            indices = [Int](repeating: 0, count: r)
            stopped = n == 0 && r > 0
        case .permutations:
            indices = Array(0..<n)
            stopped = r > n
            if !stopped { cycles = Array(stride(from: n, to: n - r, by: -1)) }
        }
        super.init(cls: cls)
    }

    private func current() -> Value {
        var out: [Value] = []
        out.reserveCapacity(r)
        for k in 0..<r { out.append(pool[indices[k]]) }
        return .obj(PyTuple(out))
    }

    override func next() throws(PyBaseException) -> Value? {
        lock.run { () -> Value? in
            if stopped { return nil }
            if !started { started = true; return current() }
            let n = pool.count
            switch kind {
            case .combinations:
                var i = r - 1
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 { stopped = true; return nil }
                indices[i] += 1
                var j = i + 1
                while j < r { indices[j] = indices[j - 1] + 1; j += 1 }
            case .withReplacement:
                var i = r - 1
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 { stopped = true; return nil }
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
            case .permutations:
                if n == 0 { stopped = true; return nil }
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let x = indices[i]
                        indices.remove(at: i)
                        indices.append(x)
                        cycles[i] = n - i
                        i -= 1
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        break
                    }
                }
                if i < 0 { stopped = true; return nil }
            }
            return current()
        }
    }
}

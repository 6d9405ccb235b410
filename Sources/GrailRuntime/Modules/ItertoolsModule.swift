import Synchronization
/// `itertools`: the lazy iterator building blocks of CPython 3.11 (count,
/// cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
/// filterfalse, groupby, islice, starmap, tee, zip_longest, product,
/// permutations, combinations, combinations_with_replacement, pairwise),
/// each a real subclassable type with CPython's names, reprs and messages.
/// Thread-safety: the module's type objects are created once (static lets);
/// every iterator guards its Swift state with its own `ItLock` and never
/// holds it while Python code runs, so concurrent `next()` calls on one
/// iterator may give racy results (items repeated or skipped, as in
/// CPython's free-threaded build) but never corrupt memory.
enum ItertoolsModule {
    static func make() -> PyModule {
        ItTypes.installAll()
        let m = PyModule(name: "itertools")
        guard let d = m.dict else { return m }
        for t in ItTypes.publicTypes { d.setStr(t.name, .obj(t)) }
        d.setStr("tee", .obj(PyBuiltinFunction("tee", module: "itertools", ItTee.teeFunction)))
        d.setStr("__doc__", .str("Functional tools for creating and using iterators."))
        return m
    }
}

/// The itertools type objects. Thread-safety: immutable after the
/// one-time installation (guarded by the importer's per-module lock).
enum ItTypes {
    static func mk(_ name: String, base: Bool = true) -> PyType {
        PyType(builtin: name, base: PyType.object, layout: .other, baseType: base, module: "itertools")
    }
    static let count = mk("count")
    static let cycle = mk("cycle")
    static let repeat_ = mk("repeat")
    static let accumulate = mk("accumulate")
    static let chain = mk("chain")
    static let compress = mk("compress")
    static let dropwhile = mk("dropwhile")
    static let takewhile = mk("takewhile")
    static let filterfalse = mk("filterfalse")
    static let groupby = mk("groupby")
    static let grouper = mk("_grouper", base: false)
    static let islice = mk("islice")
    static let starmap = mk("starmap")
    static let tee = mk("_tee", base: false)
    static let teeData = mk("_tee_dataobject", base: false)
    static let zipLongest = mk("zip_longest")
    static let product = mk("product")
    static let permutations = mk("permutations")
    static let combinations = mk("combinations")
    static let cwr = mk("combinations_with_replacement")
    static let pairwise = mk("pairwise")

    static var publicTypes: [PyType] {
        [count, cycle, repeat_, accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby,
         grouper, islice, starmap, tee, teeData, zipLongest, product, permutations, combinations, cwr, pairwise]
    }

    static func installAll() {
        if count.ns.getStr("__next__") != nil { return }
        for t in publicTypes where t !== teeData { t.defIteratorProtocol() }
        ItBasic.install()
        ItMore.install()
        ItGroupBy.install()
        ItTee.install()
        ItCombinatorics.install()
    }
}

/// A small per-object mutex guarding an iterator's Swift state.
/// Thread-safety: a mutex; never held while Python code runs.
final class ItLock: @unchecked Sendable {
    private let m = GrailMutex<Int>(0)
    @inline(__always) func run<R>(_ body: () -> R) -> R {
        m.withLock { (_: inout Int) -> R in body() }
    }
}

/// Base of the itertools iterator objects: creates the instance with the
/// (possibly Python-subclass) type and owns the state lock.
/// Thread-safety: see `ItLock`.
class ItObject: NativeIterator {
    let lock = ItLock()
    init(cls: PyType) {
        if cls.isHeapType {
            super.init(type: cls)
            if cls.slotCount > 0 { slotValues = SlotValues(count: cls.slotCount) }
        } else {
            super.init(type: cls, noDict: ())
        }
    }
}

/// Argument parsing with CPython's messages (argument clinic and
/// PyArg_ParseTupleAndKeywords). `a[0]` is the class or `self`.
/// Thread-safety: pure.
enum ItArgs {
    /// The class of a `__new__` call.
    static func cls(_ a: Args, _ name: String) throws(PyBaseException) -> PyType {
        try CArgs.cls(a, name)
    }

    /// True when CPython's `_PyArg_NoKeywords` check applies (the base type,
    /// or a subclass that keeps the inherited `__init__`).
    static func checksKeywords(_ cls: PyType, _ base: PyType) -> Bool {
        if cls === base { return true }
        guard let ini = cls.lookup("__init__") else { return true }
        if case .obj(let bf as PyBuiltinFunction) = ini, bf.owner === PyType.object { return true }
        return false
    }

    /// Positional-only constructor arguments: "X() takes no keyword
    /// arguments" and "X expected N arguments, got M".
    static func positional(_ a: Args, _ name: String, _ base: PyType, min: Int, max: Int) throws(PyBaseException) -> [Value] {
        let cls = try CArgs.cls(a, name)
        if a.hasKeywords && checksKeywords(cls, base) { throw PyErr.typeError("\(name)() takes no keyword arguments") }
        let got = a.count - 1
        if got < min || got > max {
            if min == max { throw PyErr.typeError("\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(got)") }
            if got < min { throw PyErr.typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(got)") }
            throw PyErr.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(got)")
        }
        var out: [Value] = []
        for i in 1..<(got + 1) { out.append(a[i]) }
        return out
    }

    /// Keyword-capable parameters (clinic `_PyArg_UnpackKeywords` messages);
    /// `maxPos` limits positional use (keyword-only parameters after it).
    static func bind(_ a: Args, _ fname: String, _ names: [String], required: Int, maxPos: Int? = nil) throws(PyBaseException) -> [Value?] {
        let maxPositional = maxPos ?? names.count
        let nargs = a.count - 1
        let nkw = a.kwnames?.count ?? 0
        if nargs + nkw > names.count {
            throw PyErr.typeError("\(fname)() takes at most \(names.count) \(nargs == 0 ? "keyword " : "")argument\(names.count == 1 ? "" : "s") (\(nargs + nkw) given)")
        }
        if nargs > maxPositional {
            if maxPositional == 0 { throw PyErr.typeError("\(fname)() takes no positional arguments") }
            throw PyErr.typeError("\(fname)() takes \(required < maxPositional ? "at most" : "exactly") \(maxPositional) positional argument\(maxPositional == 1 ? "" : "s") (\(nargs) given)")
        }
        var out = [Value?](repeating: nil, count: names.count)
        for i in 0..<nargs { out[i] = a[i + 1] }
        if let k = a.kwnames {
            for (j, n) in k.enumerated() {
                guard let idx = names.firstIndex(where: { $0 == n.value }) else {
                    throw PyErr.typeError("'\(n.value)' is an invalid keyword argument for \(fname)()")
                }
                if out[idx] != nil {
                    throw PyErr.typeError("argument for \(fname)() given by name ('\(n.value)') and position (\(idx + 1))")
                }
                out[idx] = a.buf[a.count + j]
            }
        }
        for i in 0..<required where out[i] == nil {
            throw PyErr.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// A `Py_ssize_t` argument (`n` format / clinic): TypeError for
    /// non-integers, OverflowError when too large.
    static func ssize(_ v: Value) throws(PyBaseException) -> Int {
        if case .int(let i) = v { return i }
        let b = try IntOps.index(v)
        guard let i = Int(exactly: b) else { throw PyErr.overflow("Python int too large to convert to C ssize_t") }
        return i
    }

    /// islice's index conversion: nil when `v` is not an integer or does not fit.
    static func clampedSsize(_ v: Value) -> Int? {
        if case .int(let i) = v { return i }
        guard let b = try? IntOps.index(v) else { return nil }
        return Int(exactly: b)
    }

    /// `PyNumber_Check`: int, float, complex or anything with `__index__`/`__int__`/`__float__`.
    static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float: return true
        case .obj(let o):
            if o is PyLong || o is PyFloat || o is PyComplex { return true }
            let t = o.type
            return t.lookup("__index__") != nil || t.lookup("__int__") != nil || t.lookup("__float__") != nil
        case .null: return false
        }
    }

    /// `self` of a method, checked against the itertools type.
    static func me<T: PyObject>(_ a: Args, _ t: PyType, _ cls: T.Type, _ method: String) throws(PyBaseException) -> T {
        try a.selfAs(t, cls, method)
    }

    /// `tuple(v)` (PySequence_Tuple).
    static func tuple(_ v: Value) throws(PyBaseException) -> [Value] {
        if case .obj(let t as PyTuple) = v { return t.items }
        return try Ops.toArray(v)
    }
}

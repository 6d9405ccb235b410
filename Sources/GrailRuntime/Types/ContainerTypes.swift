import BigInt
/// Installs the methods of the container types (list, tuple, dict and its
/// views, set/frozenset, range, slice, bytes/bytearray, memoryview, the
/// iterators and enumerate/zip/map/filter/reversed). Runs after
/// `CoreTypes.install`, so its definitions replace the minimal ones there.
/// Thread-safety: runs once at bootstrap; the installed closures capture nothing.
enum ContainerTypes {
    static func install() {
        installList()
        installTuple()
        installDict()
        installDictViews()
        installSet()
        installRange()
        installSlice()
        installBytes()
        installIterators()
        installBuiltinIterables()
        installMemoryView()
    }
}

/// Argument checks with CPython's messages for builtin methods (`self` is
/// `a[0]` and is not counted). Thread-safety: pure.
enum CArgs {
    /// METH_O / METH_NOARGS style: "list.append() takes exactly one argument (0 given)".
    @inline(__always)
    static func fixed(_ a: Args, _ qualName: String, _ n: Int) throws(PyBaseException) {
        if a.kwnames != nil { throw PyErr.typeError("\(qualName)() takes no keyword arguments") }
        let got = a.count - 1
        if got != n {
            if n == 0 { throw PyErr.typeError("\(qualName)() takes no arguments (\(got) given)") }
            throw PyErr.typeError("\(qualName)() takes exactly one argument (\(got) given)")
        }
    }

    /// Argument-clinic positional style: "pop expected at most 1 argument, got 2".
    @inline(__always)
    static func range(_ a: Args, _ name: String, _ qualName: String, _ min: Int, _ max: Int) throws(PyBaseException) {
        if a.kwnames != nil { throw PyErr.typeError("\(qualName)() takes no keyword arguments") }
        let got = a.count - 1
        if got < min || got > max {
            if min == max { throw PyErr.typeError("\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(got)") }
            if got < min { throw PyErr.typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(got)") }
            throw PyErr.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(got)")
        }
    }

    /// The class passed to a `__new__` (a[0]).
    @inline(__always)
    static func cls(_ a: Args, _ name: String) throws(PyBaseException) -> PyType {
        guard a.buf.count > 0, case .obj(let t as PyType) = a[0] else {
            throw PyErr.typeError("\(name).__new__(X): X is not a type object")
        }
        return t
    }

    /// Arguments after the first (the class of `__new__` or `self`).
    @inline(__always)
    static func rest(_ a: Args) -> Args {
        Args(UnsafeBufferPointer(rebasing: a.buf[1...]), kwnames: a.kwnames)
    }

    /// Keyword binding for builtin methods after self, with argument-clinic
    /// messages ("'x' is an invalid keyword argument for split()").
    static func bind(_ a: Args, _ fname: String, _ names: [String], required: Int = 0) throws(PyBaseException) -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        let npos = a.count - 1
        if npos > names.count {
            throw PyErr.typeError("\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(npos) given)")
        }
        for i in 0..<npos { out[i] = a[i + 1] }
        if let k = a.kwnames {
            for (j, n) in k.enumerated() {
                guard let idx = names.firstIndex(of: n.value) else {
                    throw PyErr.typeError("'\(n.value)' is an invalid keyword argument for \(fname)()")
                }
                if out[idx] != nil { throw PyErr.typeError("argument for \(fname)() given by name ('\(n.value)') and position (\(idx + 1))") }
                out[idx] = a.buf[a.count + j]
            }
        }
        for i in 0..<required where out[i] == nil {
            throw PyErr.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// `__class_getitem__` body shared by the generic containers.
    static func classGetitem(_ a: Args) throws(PyBaseException) -> Value {
        guard a.count == 2 else { throw PyErr.typeError("__class_getitem__() takes exactly one argument (\(a.count - 1) given)") }
        return .obj(GenericAlias.make(a[0], a[1]))
    }

    /// Index for a sequence subscript (`x[i]`), negative counted from the end.
    @inline(__always)
    static func seqIndex(_ key: Value, _ n: Int, _ what: String, _ errName: String) throws(PyBaseException) -> Int? {
        let i: Int
        switch key {
        case .int(let v): i = v
        case .obj(let l as PyLong):
            guard let v = Int(exactly: l.big) else {
                throw PyErr.make(ExcTypes.indexError, "cannot fit 'int' into an index-sized integer")
            }
            i = v
        case .obj(let o) where o is PySlice: return nil
        default:
            guard key.type.lookup("__index__") != nil else {
                throw PyErr.typeError("\(what) indices must be integers or slices, not \(MiscTypes.tpName(key.type))")
            }
            let b = try IntOps.index(key)
            guard let v = Int(exactly: b) else {
                throw PyErr.make(ExcTypes.indexError, "cannot fit 'int' into an index-sized integer")
            }
            i = v
        }
        let j = i < 0 ? i + n : i
        if j < 0 || j >= n { throw PyErr.indexError(errName) }
        return j
    }

    /// An int argument converted with `__index__`, clamped like slice bounds (index/count start/stop).
    static func clampedArg(_ v: Value) throws(PyBaseException) -> Int {
        if case .int(let i) = v { return i }
        if !IntOps.isInt(v) && v.type.lookup("__index__") == nil {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method")
        }
        return try SliceIndices.clampedIndex(v)
    }

    /// `PyNumber_AsSsize_t` with OverflowError for a repeat count (`seq * n`).
    static func repeatCount(_ v: Value) throws(PyBaseException) -> Int? {
        switch v {
        case .int(let i): return i
        case .obj(let l as PyLong):
            guard let i = Int(exactly: l.big) else {
                if l.big.sign == .minus { return 0 }
                throw PyErr.overflow("cannot fit 'int' into an index-sized integer")
            }
            return i
        default:
            if v.type.lookup("__index__") != nil {
                let b = try IntOps.index(v)
                guard let i = Int(exactly: b) else {
                    if b.sign == .minus { return 0 }
                    throw PyErr.overflow("cannot fit 'int' into an index-sized integer")
                }
                return i
            }
            return nil
        }
    }
}

extension PyType {
    /// Defines `__iter__` returning self and `__next__` for a native iterator type.
    func defIteratorProtocol() {
        def("__iter__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0 else { throw PyErr.typeError("descriptor '__iter__' needs an argument") }
            return a[0]
        }
        def("__next__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let it as NativeIterator) = a[0] else {
                throw PyErr.typeError("descriptor '__next__' needs an iterator argument")
            }
            if let v = try it.next() { return v }
            throw PyErr.stopIteration()
        }
    }
}

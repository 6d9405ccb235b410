/// Installs the methods of `str` (every method of CPython 3.11's str, with
/// its argument rules and error messages) and of the str iterator types.
/// The method bodies live in StrType+*.swift by family. Thread-safety:
/// runs once at bootstrap; the installed natives are pure functions of
/// their (immutable) str arguments.
enum StrType {
    static func install() {
        installBasics()
        installCase()
        installSearch()
        installSplit()
        installCodec()
        installFormat()
        StrIteratorType.install()
    }
}

/// Argument checking for the str natives with CPython's exact messages
/// (Argument Clinic and the older `PyArg_ParseTuple` styles differ).
/// Thread-safety: pure functions.
enum StrArgs {
    /// `self` of a str method: the receiver checked to be a str.
    @inline(__always) static func selfStr(_ a: Args, _ name: String) throws(PyBaseException) -> PyStr {
        if a.buf.count > 0, case .obj(let s as PyStr) = a.buf[0] { return s }
        if a.buf.count == 0 || a.count == 0 { throw PyErr.typeError("unbound method str.\(name)() needs an argument") }
        throw PyErr.typeError("descriptor '\(name)' for 'str' objects doesn't apply to a '\(a[0].type.name)' object")
    }

    /// `self` of a slot wrapper (`__len__`, `__lt__`, ...).
    @inline(__always) static func selfSlot(_ a: Args, _ name: String) throws(PyBaseException) -> PyStr {
        if a.buf.count > 0, case .obj(let s as PyStr) = a.buf[0] { return s }
        if a.buf.count == 0 || a.count == 0 { throw PyErr.typeError("descriptor '\(name)' of 'str' object needs an argument") }
        throw PyErr.typeError("descriptor '\(name)' requires a 'str' object but received a '\(a[0].type.name)'")
    }

    /// A slot wrapper's argument count ("expected 1 argument, got 0").
    @inline(__always) static func wrapper(_ a: Args, _ n: Int, prefix: String = "") throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("wrapper takes no keyword arguments") }
        let got = a.count - 1
        if got != n { throw PyErr.typeError("\(prefix)expected \(n) argument\(n == 1 ? "" : "s"), got \(got)") }
    }

    /// A type name as Argument Clinic's messages show it ("None" for None).
    static func argType(_ v: Value) -> String { v.isNone ? "None" : v.type.name }

    /// METH_NOARGS: "str.lower() takes no arguments (1 given)".
    @inline(__always) static func none(_ a: Args, _ name: String) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("str.\(name)() takes no keyword arguments") }
        if a.count != 1 { throw PyErr.typeError("str.\(name)() takes no arguments (\(a.count - 1) given)") }
    }

    /// METH_O: "str.join() takes exactly one argument (0 given)".
    @inline(__always) static func one(_ a: Args, _ name: String) throws(PyBaseException) -> Value {
        if a.hasKeywords { throw PyErr.typeError("str.\(name)() takes no keyword arguments") }
        if a.count != 2 { throw PyErr.typeError("str.\(name)() takes exactly one argument (\(a.count - 1) given)") }
        return a[1]
    }

    /// Argument Clinic positional-only: "center expected at least 1 argument, got 0".
    @inline(__always) static func clinic(_ a: Args, _ name: String, _ min: Int, _ max: Int) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("str.\(name)() takes no keyword arguments") }
        let n = a.count - 1
        if n < min { throw PyErr.typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
        if n > max { throw PyErr.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)") }
    }

    /// Old-style `PyArg_ParseTuple`: "find() takes at least 1 argument (0 given)".
    @inline(__always) static func tuple(_ a: Args, _ name: String, _ min: Int, _ max: Int, qualified: Bool = false) throws(PyBaseException) {
        if a.hasKeywords { throw PyErr.typeError("\(qualified ? "str." : "")\(name)() takes no keyword arguments") }
        let n = a.count - 1
        if n < min { throw PyErr.typeError("\(name)() takes at least \(min) argument\(min == 1 ? "" : "s") (\(n) given)") }
        if n > max { throw PyErr.typeError("\(name)() takes at most \(max) argument\(max == 1 ? "" : "s") (\(n) given)") }
    }

    /// Clinic with keywords (no required arguments): one optional value per name.
    static func keywords(_ a: Args, _ fname: String, _ names: [String], skip: Int = 1) throws(PyBaseException) -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        let n = a.count - skip
        if n > names.count {
            throw PyErr.typeError("\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(n + (a.kwnames?.count ?? 0)) given)")
        }
        for i in 0..<n { out[i] = a[skip + i] }
        if let k = a.kwnames {
            if n + k.count > names.count {
                throw PyErr.typeError("\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(n + k.count) given)")
            }
            for (j, kn) in k.enumerated() {
                guard let idx = names.firstIndex(of: kn.value) else {
                    throw PyErr.typeError("'\(kn.value)' is an invalid keyword argument for \(fname)()")
                }
                if out[idx] != nil { throw PyErr.typeError("argument for \(fname)() given by name ('\(kn.value)') and position (\(idx + 1))") }
                out[idx] = a.buf[a.count + j]
            }
        }
        return out
    }

    /// A required str argument ("must be str, not int" style message given).
    @inline(__always) static func str(_ v: Value, _ message: @autoclosure () -> String) throws(PyBaseException) -> PyStr {
        if case .obj(let s as PyStr) = v { return s }
        throw PyErr.typeError(message())
    }

    /// The optional start/end arguments of the search methods, adjusted to `n`.
    @inline(__always) static func range(_ a: Args, _ at: Int, _ n: Int) throws(PyBaseException) -> (Int, Int) {
        let s = a.count > at ? try SliceIndices.optionalIndex(a[at]) : nil
        let e = a.count > at + 1 ? try SliceIndices.optionalIndex(a[at + 1]) : nil
        return SliceIndices.searchRange(s, e, n)
    }

    /// The result of a str method: `self` when unchanged and exactly a str.
    @inline(__always) static func same(_ s: PyStr) -> Value {
        s.type === PyType.str ? .obj(s) : .obj(PyStr(s.value))
    }
}

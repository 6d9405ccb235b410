/// str's constructor and dunder methods (indexing, operators, comparisons,
/// hashing, repr/str/format). Thread-safety: pure natives.
extension StrType {
    static func installBasics() {
        let s = PyType.str
        s.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let t as PyType) = a[0] else { throw PyErr.typeError("str.__new__(X): X is not a type object") }
            guard t.isSubtype(PyType.str) else { throw PyErr.typeError("str.__new__(\(t.name)): \(t.name) is not a subtype of str") }
            let p = try StrArgs.keywords(a, "str", ["object", "encoding", "errors"])
            var r = StrBuf.empty
            if let o = p[0] {
                if p[1] != nil || p[2] != nil {
                    var enc = "utf-8", errs = "strict"
                    if let e = p[1] { enc = try StrArgs.str(e, "str() argument 'encoding' must be str, not \(StrArgs.argType(e))").value }
                    if let e = p[2] { errs = try StrArgs.str(e, "str() argument 'errors' must be str, not \(StrArgs.argType(e))").value }
                    r = try StrCodec.decode(o, enc, errs)
                } else {
                    r = try Ops.str(o)
                }
            } else if p[1] != nil || p[2] != nil {
                r = StrBuf.empty
            }
            if t === PyType.str { return .obj(r) }
            return .obj(PyStr(r.value, type: t))
        }
        s.def("__getitem__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__getitem__")
            try StrArgs.wrapper(a, 1)
            return try StrOps.getitem(x, a[1])
        }
        s.def("__len__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__len__")
            try StrArgs.wrapper(a, 0)
            return .int(x.count)
        }
        s.def("__contains__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__contains__")
            try StrArgs.wrapper(a, 1)
            guard case .obj(let sub as PyStr) = a[1] else {
                throw PyErr.typeError("'in <string>' requires string as left operand, not \(a[1].type.name)")
            }
            return .bool(StrSearch.find(x, sub, 0, x.count) >= 0)
        }
        s.def("__iter__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__iter__")
            try StrArgs.wrapper(a, 0)
            return .obj(PyStrIterator(x))
        }
        s.def("__add__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__add__")
            try StrArgs.wrapper(a, 1)
            guard case .obj(let y as PyStr) = a[1] else {
                throw PyErr.typeError("can only concatenate str (not \"\(a[1].type.name)\") to str")
            }
            return .obj(StrOps.concat(x, y))
        }
        s.def("__mul__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__mul__")
            try StrArgs.wrapper(a, 1, prefix: " ")
            return .obj(try StrOps.repeatStr(x, try StrOps.repeatCount(a[1])))
        }
        s.def("__rmul__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__rmul__")
            try StrArgs.wrapper(a, 1, prefix: " ")
            return .obj(try StrOps.repeatStr(x, try StrOps.repeatCount(a[1])))
        }
        s.def("__mod__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__mod__")
            try StrArgs.wrapper(a, 1)
            return try StrFormatting.percent(x, a[1])
        }
        s.def("__rmod__") { (a) throws(PyBaseException) -> Value in
            _ = try StrArgs.selfSlot(a, "__rmod__")
            try StrArgs.wrapper(a, 1)
            guard case .obj(let fmt as PyStr) = a[1] else { return .notImplemented }
            return try StrFormatting.percent(fmt, a[0])
        }
        for (op, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
            let fn: NativeFunction
            switch op {
            case 0: fn = { (a) throws(PyBaseException) -> Value in try StrOps.compareSlot(a, 0, "__lt__") }
            case 1: fn = { (a) throws(PyBaseException) -> Value in try StrOps.compareSlot(a, 1, "__le__") }
            case 2: fn = { (a) throws(PyBaseException) -> Value in try StrOps.compareSlot(a, 2, "__eq__") }
            case 3: fn = { (a) throws(PyBaseException) -> Value in try StrOps.compareSlot(a, 3, "__ne__") }
            case 4: fn = { (a) throws(PyBaseException) -> Value in try StrOps.compareSlot(a, 4, "__gt__") }
            default: fn = { (a) throws(PyBaseException) -> Value in try StrOps.compareSlot(a, 5, "__ge__") }
            }
            s.def(name, fn)
        }
        s.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__hash__")
            try StrArgs.wrapper(a, 0)
            return .int(x.hash)
        }
        s.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__repr__")
            try StrArgs.wrapper(a, 0)
            return .str(StrRepr.repr(x.value))
        }
        s.def("__str__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfSlot(a, "__str__")
            try StrArgs.wrapper(a, 0)
            return StrArgs.same(x)
        }
        s.def("__format__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "__format__")
            let v = try StrArgs.one(a, "__format__")
            guard case .obj(let spec as PyStr) = v else { throw PyErr.typeError("__format__() argument must be str, not \(StrArgs.argType(v))") }
            return .obj(try FormatSpec.formatStr(x, spec))
        }
        s.def("__getnewargs__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "__getnewargs__")
            try StrArgs.none(a, "__getnewargs__")
            return .obj(PyTuple([.obj(PyStr(x.value))]))
        }
        s.def("__sizeof__") { (a) throws(PyBaseException) -> Value in
            let x = try StrArgs.selfStr(a, "__sizeof__")
            try StrArgs.none(a, "__sizeof__")
            if x.isASCII { return .int(49 + x.count) }
            var maxc: UInt32 = 0
            for u in x.value.unicodeScalars where u.value > maxc { maxc = u.value }
            if maxc < 256 { return .int(73 + x.count) }
            if maxc < 65536 { return .int(74 + 2 * x.count) }
            return .int(76 + 4 * x.count)
        }
        s.attr("__doc__", .str("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'."))
        s.def("join") { (a) throws(PyBaseException) -> Value in
            let sep = try StrArgs.selfStr(a, "join")
            return .obj(try StrOps.join(sep, try StrArgs.one(a, "join")))
        }
    }
}

/// The str operations behind the dunders, also usable as fast paths by
/// the VM (`Ops.getitem` on an exact str can call `StrOps.getitem`).
/// Thread-safety: pure functions.
enum StrOps {
    /// The count of `str.__mul__`/`__rmul__`: CPython's
    /// `PyNumber_AsSsize_t(n, PyExc_OverflowError)` (an int, or `__index__`;
    /// too large either way is "cannot fit 'T' into an index-sized integer").
    static func repeatCount(_ v: Value) throws(PyBaseException) -> Int {
        if case .int(let i) = v { return i }
        guard IntOps.big(v) != nil || v.type.lookup(Ops.s__index__) != nil else {
            throw PyErr.typeError("'\(MiscTypes.tpName(v.type))' object cannot be interpreted as an integer")
        }
        guard let i = Int(exactly: try IntOps.index(v)) else {
            throw PyErr.overflow("cannot fit '\(MiscTypes.tpName(v.type))' into an index-sized integer")
        }
        return i
    }

    /// `s[key]`: an index (negative from the end) or a slice.
    static func getitem(_ s: PyStr, _ key: Value) throws(PyBaseException) -> Value {
        var i: Int
        switch key {
        case .int(let k): i = k
        case .obj(let sl as PySlice):
            let (start, _, step, n) = try SliceIndices.adjust(sl, s.count)
            return .obj(slice(s, start, step, n))
        case .obj(let l as PyLong):
            guard let k = Int(exactly: l.big) else { throw PyErr.indexError("cannot fit 'int' into an index-sized integer") }
            i = k
        default:
            guard let m = key.type.lookup("__index__") else {
                throw PyErr.typeError("string indices must be integers, not '\(key.type.name)'")
            }
            let r = try Ops.callValues(try Ops.bindDescriptor(m, key), [])
            guard let b = IntOps.big(r) else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
            guard let k = Int(exactly: b) else { throw PyErr.indexError("cannot fit 'int' into an index-sized integer") }
            i = k
        }
        if i < 0 { i += s.count }
        if i < 0 || i >= s.count { throw PyErr.indexError("string index out of range") }
        return .obj(charAt(s, i))
    }

    /// The one-character str at code-point index `i` (in range).
    @inline(__always) static func charAt(_ s: PyStr, _ i: Int) -> PyStr {
        if s.isASCII { return StrBuf.bytes(s) { StrBuf.latin1[Int($0[i])] } }
        return StrBuf.wide(s) { StrBuf.char($0[i]) }
    }

    /// `count` code points from `start` by `step` (already adjusted).
    static func slice(_ s: PyStr, _ start: Int, _ step: Int, _ n: Int) -> PyStr {
        if n <= 0 { return StrBuf.empty }
        if step == 1 {
            if n == s.count && s.type === PyType.str { return s }
            if s.isASCII { return StrBuf.bytes(s) { StrBuf.slice($0, start, start + n) } }
            return StrBuf.wide(s) { StrBuf.slice($0, start, start + n) }
        }
        if s.isASCII {
            return StrBuf.bytes(s) { b in
                var out = [UInt8](repeating: 0, count: n)
                var j = start
                for k in 0..<n { out[k] = b[j]; j += step }
                return StrBuf.make(out)
            }
        }
        return StrBuf.wide(s) { b in
            var out: [UInt8] = []
            out.reserveCapacity(n * 2)
            var j = start
            for _ in 0..<n { StrBuf.appendScalar(b[j], to: &out); j += step }
            return StrBuf.make(out)
        }
    }

    static func concat(_ x: PyStr, _ y: PyStr) -> PyStr {
        if y.count == 0 && x.type === PyType.str { return x }
        if x.count == 0 && y.type === PyType.str { return y }
        return PyStr(x.value + y.value)
    }

    static func repeatStr(_ x: PyStr, _ n: Int) throws(PyBaseException) -> PyStr {
        if n <= 0 || x.count == 0 { return StrBuf.empty }
        if n == 1 { return x.type === PyType.str ? x : PyStr(x.value) }
        let (total, o) = x.value.utf8.count.multipliedReportingOverflow(by: n)
        if o || x.count.multipliedReportingOverflow(by: n).overflow { throw PyErr.overflow("repeated string is too long") }
        if total > (1 << 36) { throw PyErr.memoryError() }
        if x.count == 1 && x.isASCII {
            let c = StrBuf.bytes(x) { $0[0] }
            return PyStr(String(decoding: [UInt8](repeating: c, count: n), as: UTF8.self))
        }
        return PyStr(String(repeating: x.value, count: n))
    }

    static func compareSlot(_ a: Args, _ op: Int, _ name: String) throws(PyBaseException) -> Value {
        let x = try StrArgs.selfSlot(a, name)
        try StrArgs.wrapper(a, 1)
        guard case .obj(let y as PyStr) = a[1] else { return .notImplemented }
        switch op {
        case 2: return .bool(x.equals(y))
        case 3: return .bool(!x.equals(y))
        default: return .bool(NativeCompare.cmp(x.compare(y), 0, op))
        }
    }

    /// `sep.join(iterable)`.
    static func join(_ sep: PyStr, _ iterable: Value) throws(PyBaseException) -> PyStr {
        var items: [Value]
        if case .obj(let l as PyList) = iterable { items = l.items }
        else if case .obj(let t as PyTuple) = iterable { items = t.items }
        else {
            let it: Value
            do throws(PyBaseException) { it = try Ops.getIter(iterable) }
            catch let e where e.type.isSubtype(ExcTypes.typeError) { throw PyErr.typeError("can only join an iterable") }
            items = []
            while let v = try Ops.next(it) { items.append(v) }
        }
        if items.isEmpty { return StrBuf.empty }
        if items.count == 1, case .obj(let only as PyStr) = items[0], only.type === PyType.str { return only }
        var total = 0
        for (i, v) in items.enumerated() {
            guard case .obj(let ps as PyStr) = v else {
                throw PyErr.typeError("sequence item \(i): expected str instance, \(v.type.name) found")
            }
            total += ps.value.utf8.count
        }
        let sepBytes = sep.value.utf8.count
        var out: [UInt8] = []
        out.reserveCapacity(total + sepBytes * (items.count - 1))
        let sepArr = Array(sep.value.utf8)
        for (i, v) in items.enumerated() {
            if i > 0 && sepBytes > 0 { out.append(contentsOf: sepArr) }
            if case .obj(let ps as PyStr) = v { StrBuf.bytes(ps) { out.append(contentsOf: $0) } }
        }
        return StrBuf.make(out)
    }
}

/// `iter(str)`: yields one-character strs. Type `str_ascii_iterator` for
/// ASCII strs and `str_iterator` otherwise (as CPython 3.11).
/// Thread-safety: the position is per-iterator; concurrent `next` calls
/// may yield a character twice but never read out of bounds.
public final class PyStrIterator: NativeIterator {
    let str: PyStr?
    var index = 0
    init(_ s: PyStr) {
        str = s
        super.init(type: s.isASCII ? PyType.strIterator : StrIteratorType.unicode, noDict: ())
    }
    public override func next() -> Value? {
        guard let s = str else { return nil }
        let i = index
        if i >= s.count { return nil }
        index = i + 1
        return .obj(StrOps.charAt(s, i))
    }
}

/// Methods of the str iterator types. Thread-safety: immutable after bootstrap.
enum StrIteratorType {
    static let unicode = PyType(builtin: "str_iterator", base: .object, layout: .other, baseType: false)

    static func install() {
        for t in [PyType.strIterator, unicode] {
            t.def("__iter__") { (a) throws(PyBaseException) -> Value in a[0] }
            t.def("__next__") { (a) throws(PyBaseException) -> Value in
                guard case .obj(let it as PyStrIterator) = a[0] else { throw PyErr.typeError("descriptor '__next__' requires a 'str_iterator' object") }
                if let v = it.next() { return v }
                throw PyErr.stopIteration()
            }
            t.def("__length_hint__") { (a) throws(PyBaseException) -> Value in
                guard case .obj(let it as PyStrIterator) = a[0], let s = it.str else { return .int(0) }
                return .int(max(0, s.count - it.index))
            }
        }
    }
}

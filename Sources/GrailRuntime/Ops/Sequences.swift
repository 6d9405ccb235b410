import Synchronization
import BigInt
/// Item access, length, membership and iteration for every object:
/// native fast paths for list/tuple/str/dict/range, then the dunders.
extension Ops {
    static let s__getitem__ = PyStr.intern("__getitem__")
    static let s__setitem__ = PyStr.intern("__setitem__")
    static let s__delitem__ = PyStr.intern("__delitem__")
    static let s__len__ = PyStr.intern("__len__")
    static let s__iter__ = PyStr.intern("__iter__")
    static let s__next__ = PyStr.intern("__next__")
    static let s__contains__ = PyStr.intern("__contains__")
    static let s__class_getitem__ = PyStr.intern("__class_getitem__")

    /// Normalises an index for a sequence of length `n` (IndexError message given).
    @inline(__always) static func index(_ key: Value, _ n: Int, _ what: String) throws(PyBaseException) -> Int {
        guard let i = try indexValue(key, what) else { throw PyErr.indexError("\(what) index out of range") }
        let j = i < 0 ? i + n : i
        if j < 0 || j >= n { throw PyErr.indexError("\(what) index out of range") }
        return j
    }

    /// `operator.index(v)` as Int (nil when too large); TypeError for non-integers.
    static func indexValue(_ key: Value, _ what: String) throws(PyBaseException) -> Int? {
        switch key {
        case .int(let i): return i
        case .obj(let o as PyLong): return Int(exactly: o.big)
        default:
            if let m = key.type.lookup("__index__") {
                let r = try callValues(try bindDescriptor(m, key), [])
                return IntOps.small(r)
            }
            throw PyErr.typeError("\(what) indices must be integers or slices, not \(MiscTypes.tpName(key.type))")
        }
    }

    public static func getitem(_ o: Value, _ key: Value) throws(PyBaseException) -> Value {
        if case .obj(let obj) = o, !obj.type.isHeapType {
            switch obj {
            case let l as PyList:
                if case .int(let i) = key {
                    let j = i < 0 ? i + l.count : i
                    guard let v = l.get(j) else { throw PyErr.indexError("list index out of range") }
                    return v
                }
            case let t as PyTuple:
                if case .int(let i) = key {
                    let j = i < 0 ? i + t.items.count : i
                    if j < 0 || j >= t.items.count { throw PyErr.indexError("tuple index out of range") }
                    return t.items[j]
                }
            case let d as PyDict where d.type === PyType.dict:
                if let v = try d.get(key) { return v }
                throw PyErr.keyError(key)
            case let s as PyStr:
                return try StrOps.getitem(s, key)
            default: break
            }
        }
        let t = o.type
        if let f = t.lookup(s__getitem__) {
            if case .obj(let bf as PyBuiltinFunction) = f, bf.kind == .method {
                return try Args.with([o, key]) { (a) throws(PyBaseException) -> Value in try bf.fn(a) }
            }
            return try callValues(try bindDescriptor(f, o), [key])
        }
        if case .obj(let typeObj as PyType) = o {
            if typeObj === PyType.type || typeObj === PyType.list || typeObj === PyType.dict || typeObj === PyType.tuple { return .obj(GenericAlias.make(o, key)) }
            if let cg = typeObj.lookup(s__class_getitem__) {
                return try callValues(try bindClassGetitem(cg, typeObj), [key])
            }
            throw PyErr.typeError("type '\(typeObj.name)' is not subscriptable")
        }
        throw PyErr.typeError("'\(MiscTypes.tpName(t))' object is not subscriptable")
    }

    static func bindClassGetitem(_ cg: Value, _ t: PyType) throws(PyBaseException) -> Value {
        if case .obj(let f as PyFunction) = cg { return .obj(PyMethod(.obj(f), .obj(t))) }
        if case .obj(let c as PyClassMethod) = cg { return .obj(PyMethod(c.callable, .obj(t))) }
        if case .obj(let b as PyBuiltinFunction) = cg { return .obj(b.bind(.obj(t))) }
        return cg
    }

    public static func setitem(_ o: Value, _ key: Value, _ v: Value) throws(PyBaseException) {
        if case .obj(let obj) = o, !obj.type.isHeapType {
            if let l = obj as? PyList, case .int(let i) = key {
                let j = i < 0 ? i + l.count : i
                if !l.set(j, v) { throw PyErr.indexError("list assignment index out of range") }
                return
            }
            if let d = obj as? PyDict { try d.set(key, v); return }
        }
        guard let f = o.type.lookup(s__setitem__) else {
            throw PyErr.typeError("'\(MiscTypes.tpName(o.type))' object does not support item assignment")
        }
        _ = try callValues(try bindDescriptor(f, o), [key, v])
    }

    public static func delitem(_ o: Value, _ key: Value) throws(PyBaseException) {
        if case .obj(let d as PyDict) = o, !d.type.isHeapType {
            if try d.remove(key) == nil { throw PyErr.keyError(key) }
            return
        }
        guard let f = o.type.lookup(s__delitem__) else {
            if o.type === PyType.mappingProxy { throw PyErr.typeError("'mappingproxy' object does not support item deletion") }
            throw PyErr.typeError("'\(MiscTypes.tpName(o.type))' object doesn't support item deletion")
        }
        _ = try callValues(try bindDescriptor(f, o), [key])
    }

    public static func len(_ o: Value) throws(PyBaseException) -> Int {
        if case .obj(let obj) = o, !obj.type.isHeapType {
            switch obj {
            case let l as PyList: return l.count
            case let t as PyTuple: return t.count
            case let s as PyStr: return s.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.count
            case let b as PyBytes: return b.bytes.count
            default: break
            }
        }
        guard let f = o.type.lookup(s__len__) else {
            throw PyErr.typeError("object of type '\(MiscTypes.tpName(o.type))' has no len()")
        }
        let r = try callValues(try bindDescriptor(f, o), [])
        guard let big = IntOps.big(r) else {
            throw PyErr.typeError("'\(MiscTypes.tpName(r.type))' object cannot be interpreted as an integer")
        }
        if big.sign == .minus { throw PyErr.valueError("__len__() should return >= 0") }
        guard let n = Int(exactly: big) else { throw PyErr.overflow("cannot fit 'int' into an index-sized integer") }
        return n
    }

    /// `item in container`.
    public static func contains(_ container: Value, _ item: Value) throws(PyBaseException) -> Bool {
        if case .obj(let obj) = container, !obj.type.isHeapType {
            switch obj {
            case let d as PyDict: return try d.get(item) != nil
            case let s as PySet: return try s.contains(item)
            case let l as PyList:
                var i = 0
                while let v = l.get(i) { if try sameOrEq(v, item) { return true }; i += 1 }
                return false
            case let t as PyTuple:
                for v in t.items { if try sameOrEq(v, item) { return true } }
                return false
            case let s as PyStr:
                guard case .obj(let sub as PyStr) = item else {
                    throw PyErr.typeError("'in <string>' requires string as left operand, not \(MiscTypes.tpName(item.type))")
                }
                return sub.value.isEmpty || StrSearch.find(s, sub, 0, s.count) >= 0
            default: break
            }
        }
        if let f = container.type.lookup(s__contains__) {
            return try isTrue(try callValues(try bindDescriptor(f, container), [item]))
        }
        guard isIterable(container) else {
            throw PyErr.typeError("argument of type '\(MiscTypes.tpName(container.type))' is not iterable")
        }
        var found = false
        try iterateUntil(container) { (v) throws(PyBaseException) -> Bool in
            if try sameOrEq(v, item) { found = true; return false }
            return true
        }
        return found
    }

    public static func isIterable(_ v: Value) -> Bool {
        if case .obj(let o) = v {
            switch o {
            case is PyList, is PyTuple, is PyStr, is PyDict, is PySet, is PyRange, is PyBytes, is PyGenerator, is NativeIterator: return true
            default: break
            }
        }
        let t = v.type
        return t.lookup(s__iter__) != nil || t.lookup(s__getitem__) != nil
    }

    /// `iter(v)`.
    public static func getIter(_ v: Value) throws(PyBaseException) -> Value {
        if case .obj(let o) = v, !o.type.isHeapType {
            switch o {
            case let l as PyList: return .obj(PySeqIterator(list: l))
            case let t as PyTuple: return .obj(PySeqIterator(tuple: t))
            case let r as PyRange:
                if let s = r.small { return .obj(PyRangeIterator(s.start, s.step, s.count)) }
            case is PyGenerator, is NativeIterator:
                return v
            case let s as PyStr:
                return .obj(PyStrIterator(s))
            default: break
            }
        }
        let t = v.type
        if let f = t.lookup(s__iter__) {
            if f.isNone { throw PyErr.typeError("'\(MiscTypes.tpName(t))' object is not iterable") }
            let it = try callValues(try bindDescriptor(f, v), [])
            if it.type.lookup(s__next__) == nil && !(it.object is NativeIterator) && !(it.object is PyGenerator) {
                throw PyErr.typeError("iter() returned non-iterator of type '\(MiscTypes.tpName(it.type))'")
            }
            return it
        }
        if t.lookup(s__getitem__) != nil, !(v.object is PyDict) {
            return .obj(PySeqIterator(getitem: v))
        }
        throw PyErr.typeError("'\(MiscTypes.tpName(t))' object is not iterable")
    }

    /// `next(it)`; nil on exhaustion (StopIteration swallowed, value kept for `lastStopValue`).
    @inline(__always) public static func next(_ it: Value) throws(PyBaseException) -> Value? {
        if case .obj(let o) = it, !o.type.isHeapType {
            if let s = o as? PySeqIterator { return try s.next() }
            if let r = o as? PyRangeIterator { return r.next() }
            if let g = o as? PyGenerator {
                if let v = try g.send(.None) { return v }
                Runtime.thread.lastStopValue = g.returnValue
                return nil
            }
            if let n = o as? NativeIterator { return try n.next() }
        }
        guard let f = it.type.lookup(s__next__) else {
            throw PyErr.typeError("'\(MiscTypes.tpName(it.type))' object is not an iterator")
        }
        do throws(PyBaseException) {
            return try callValues(try bindDescriptor(f, it), [])
        } catch let e where e.type.isSubtype(ExcTypes.stopIteration) {
            Runtime.thread.lastStopValue = e.dict?.getStr("value") ?? .None
            return nil
        }
    }

    /// The value carried by the last StopIteration `next` swallowed.
    static func lastStopValue() -> Value {
        let ts = Runtime.thread
        let v = ts.lastStopValue
        ts.lastStopValue = .None
        return v
    }

    /// Calls `body` for every item of `v`.
    public static func iterate(_ v: Value, _ body: (Value) throws(PyBaseException) -> Void) throws(PyBaseException) {
        if case .obj(let o) = v, !o.type.isHeapType {
            if let l = o as? PyList { var i = 0; while let x = l.get(i) { try body(x); i += 1 }; return }
            if let t = o as? PyTuple { for x in t.items { try body(x) }; return }
        }
        let it = try getIter(v)
        while let x = try next(it) { try body(x) }
    }

    /// Like `iterate`, stopping when `body` returns false.
    public static func iterateUntil(_ v: Value, _ body: (Value) throws(PyBaseException) -> Bool) throws(PyBaseException) {
        let it = try getIter(v)
        while let x = try next(it) { if !(try body(x)) { return } }
    }

    /// All items of an iterable.
    public static func toArray(_ v: Value, forUnpack: Bool = false) throws(PyBaseException) -> [Value] {
        if case .obj(let o) = v, !o.type.isHeapType {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        if forUnpack && !isIterable(v) { throw PyErr.typeError("cannot unpack non-iterable \(MiscTypes.tpName(v.type)) object") }
        var out: [Value] = []
        try iterate(v) { (x) throws(PyBaseException) in out.append(x) }
        return out
    }

    /// UNPACK_SEQUENCE.
    public static func unpack(_ v: Value, _ n: Int) throws(PyBaseException) -> [Value] {
        if case .obj(let o) = v, !o.type.isHeapType {
            var items: [Value]? = nil
            if let t = o as? PyTuple { items = t.items } else if let l = o as? PyList { items = l.items }
            if let items = items {
                if items.count == n { return items }
                if items.count < n { throw PyErr.valueError("not enough values to unpack (expected \(n), got \(items.count))") }
                throw PyErr.valueError("too many values to unpack (expected \(n))")
            }
        }
        guard isIterable(v) else { throw PyErr.typeError("cannot unpack non-iterable \(MiscTypes.tpName(v.type)) object") }
        let it = try getIter(v)
        var out: [Value] = []
        while out.count < n {
            guard let x = try next(it) else { throw PyErr.valueError("not enough values to unpack (expected \(n), got \(out.count))") }
            out.append(x)
        }
        if try next(it) != nil { throw PyErr.valueError("too many values to unpack (expected \(n))") }
        return out
    }
}

/// Base class of native iterators (`__next__` implemented in Swift).
/// Thread-safety: subclasses document theirs; concurrent `next` calls may
/// return the same item twice but never crash.
open class NativeIterator: PyObject {
    open func next() throws(PyBaseException) -> Value? { nil }
}

/// Iterator over a list, tuple or any `__getitem__` sequence.
/// Thread-safety: the source never changes and the position is one word
/// read and written with relaxed atomic loads and stores (plain moves), so
/// threads sharing an iterator may see an item twice but never a torn
/// state; -1 marks an exhausted iterator (it stays exhausted, as in CPython,
/// even if the list grows later).
public final class PySeqIterator: NativeIterator {
    enum Source { case list(PyList), tuple(PyTuple), getitem(Value) }
    let source: Source
    private let position = Atomic<Int>(0)
    init(list: PyList) { source = .list(list); super.init(type: PyType.listIterator, noDict: ()) }
    init(tuple: PyTuple) { source = .tuple(tuple); super.init(type: PyType.tupleIterator, noDict: ()) }
    init(getitem: Value) { source = .getitem(getitem); super.init(type: PyType.iterator, noDict: ()) }
    public override func next() throws(PyBaseException) -> Value? {
        let i = position.load(ordering: .relaxed)
        if i < 0 { return nil }
        switch source {
        case .list(let l):
            if let v = l.get(i) { position.store(i + 1, ordering: .relaxed); return v }
        case .tuple(let t):
            let items = t.items
            if i < items.count { position.store(i + 1, ordering: .relaxed); return items[i] }
        case .getitem(let v):
            do throws(PyBaseException) {
                let r = try Ops.getitem(v, .int(i))
                position.store(i + 1, ordering: .relaxed)
                return r
            } catch let e where e.type.isSubtype(ExcTypes.indexError) || e.type.isSubtype(ExcTypes.stopIteration) {}
        }
        position.store(-1, ordering: .relaxed)
        return nil
    }
    /// Items not yet produced (`__length_hint__`).
    var remaining: Int {
        let i = position.load(ordering: .relaxed)
        if i < 0 { return 0 }
        switch source {
        case .list(let l): return max(0, l.count - i)
        case .tuple(let t): return max(0, t.count - i)
        default: return 0
        }
    }
}

/// Iterator over a machine-int range.
/// Thread-safety: one position word, read and written with relaxed atomic
/// loads and stores; a shared iterator may yield a value twice, never one
/// outside the range.
public final class PyRangeIterator: NativeIterator {
    let start: Int
    let step: Int
    let count: Int
    private let done = Atomic<Int>(0)
    init(_ start: Int, _ step: Int, _ count: Int) {
        self.start = start; self.step = step; self.count = count
        super.init(type: PyType.rangeIterator, noDict: ())
    }
    /// Values not yet produced.
    var left: Int { count - done.load(ordering: .relaxed) }
    @inline(__always) public override func next() -> Value? {
        let k = done.load(ordering: .relaxed)
        if k >= count { return nil }
        done.store(k + 1, ordering: .relaxed)
        return .int(start &+ k &* step)
    }
}

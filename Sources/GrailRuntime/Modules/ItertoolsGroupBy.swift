/// itertools groupby and its `_grouper` sub-iterators (CPython's semantics:
/// a grouper is valid only while it is the parent's current group).
/// Thread-safety: see `ItertoolsModule`; the parent's state is under its lock.
enum ItGroupBy {
    static func install() {
        ItTypes.groupby.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let cls = try ItArgs.cls(a, "groupby")
            let b = try ItArgs.bind(a, "groupby", ["iterable", "key"], required: 1)
            var key = b[1]
            if let k = key, k.isNone { key = nil }
            return .obj(ItGroupByObject(cls: cls, it: try Ops.getIter(b[0] ?? .None), key: key))
        }
        ItTypes.grouper.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "_grouper", ItTypes.grouper, min: 2, max: 2)
            guard case .obj(let parent as ItGroupByObject) = args[0] else {
                throw PyErr.typeError("_grouper() argument 1 must be itertools.groupby, not \(args[0].type.name)")
            }
            return .obj(ItGrouper(parent: parent, key: args[1]))
        }
    }
}

/// `groupby(iterable, key=None)`. Thread-safety: state under `lock`.
final class ItGroupByObject: ItObject {
    let it: Value
    let keyfunc: Value?
    var tgtkey: Value?
    var currkey: Value?
    var currvalue: Value?
    var currgrouper: ItGrouper?
    init(cls: PyType, it: Value, key: Value?) { self.it = it; keyfunc = key; super.init(cls: cls) }

    /// Reads the next item and its key; false at the end.
    func step() throws(PyBaseException) -> Bool {
        guard let v = try Ops.next(it) else { return false }
        let k: Value
        if let f = keyfunc { k = try Ops.callValues(f, [v]) } else { k = v }
        lock.run { currvalue = v; currkey = k }
        return true
    }

    override func next() throws(PyBaseException) -> Value? {
        lock.run { currgrouper = nil }
        while true {
            let (ck, tk): (Value?, Value?) = lock.run { (currkey, tgtkey) }
            if let c = ck {
                guard let t = tk else { break }
                if !(try Ops.eq(t, c)) { break }
            }
            if !(try step()) { return nil }
        }
        let key: Value? = lock.run { () -> Value? in tgtkey = currkey; return currkey }
        guard let k = key else { return nil }
        let g = ItGrouper(parent: self, key: k)
        return .obj(PyTuple([k, .obj(g)]))
    }
}

/// `itertools._grouper`: the items of one group. Thread-safety: reads and
/// writes its parent's state under the parent's lock.
final class ItGrouper: ItObject {
    let parent: ItGroupByObject
    let tgtkey: Value
    init(parent: ItGroupByObject, key: Value) {
        self.parent = parent
        tgtkey = key
        super.init(cls: ItTypes.grouper)
        parent.lock.run { parent.currgrouper = self }
    }
    override func next() throws(PyBaseException) -> Value? {
        let p = parent
        let (current, hasValue): (Bool, Bool) = p.lock.run { (p.currgrouper === self, p.currvalue != nil) }
        if !current { return nil }
        if !hasValue {
            if !(try p.step()) { return nil }
        }
        guard let ck = p.lock.run({ p.currkey }) else { return nil }
        if !(try Ops.eq(tgtkey, ck)) { return nil }
        return p.lock.run { () -> Value? in
            let v = p.currvalue
            p.currvalue = nil
            return v
        }
    }
}

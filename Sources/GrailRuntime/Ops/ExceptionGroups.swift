/// Exception groups (PEP 654): construction with CPython 3.11's validation,
/// `split`/`subgroup`/`derive`, and the helpers behind `except*`
/// (CHECK_EG_MATCH and PREP_RERAISE_STAR, CPython's
/// `_PyExc_PrepReraiseStar`). A group's message and exceptions tuple live in
/// `slotValues[0]` and `slotValues[1]` (the two hidden slots the group types
/// declare, so Python subclasses' `__slots__` start after them) and the
/// constructor arguments stay in `args`, as in CPython.
/// Thread-safety: groups are immutable after construction; the helpers keep
/// no state.
enum ExceptionGroups {
    /// How `split`/`subgroup` decide which leaves match.
    enum Matcher {
        case type(Value)
        case predicate(Value)
        case ids(Set<ObjectIdentifier>)
    }

    /// Number of hidden slots a group instance carries (message, exceptions).
    static let hiddenSlots = 2

    static func isGroup(_ e: PyBaseException) -> Bool { e.type.isSubtype(ExcTypes.baseExceptionGroup) }

    /// The message and exceptions of a group (falling back to `args` for
    /// instances not made by `BaseExceptionGroup.__new__`).
    static func parts(_ e: PyBaseException) -> (message: Value, excs: [Value]) {
        if let sv = e.slotValues, sv.count >= 2, case .obj(let t as PyTuple) = sv[1] { return (sv[0], t.items) }
        let a = e.args.items
        var excs: [Value] = []
        if a.count > 1 {
            if case .obj(let t as PyTuple) = a[1] { excs = t.items } else if case .obj(let l as PyList) = a[1] { excs = l.items }
        }
        return (a.first ?? .str(""), excs)
    }

    // MARK: construction

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
    static func new(_ cls: PyType, _ args: Args) throws(PyBaseException) -> PyBaseException {
        if args.hasKeywords { throw PyErr.typeError("\(cls.name)() takes no keyword arguments") }
        if args.count != 2 {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)")
        }
        guard case .obj(let msg as PyStr) = args[0] else {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(args[0].type.name)")
        }
        let seq = args[1]
        if !isSequence(seq) { throw PyErr.typeError("second argument (exceptions) must be a sequence") }
        let excs = try Ops.toArray(seq)
        if excs.isEmpty { throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence") }
        var nestedBase = false
        for (i, x) in excs.enumerated() {
            guard case .obj(let xe as PyBaseException) = x else {
                throw PyErr.valueError("Item \(i) of second argument (exceptions) is not an exception")
            }
            if !xe.type.isSubtype(ExcTypes.exception) { nestedBase = true }
        }
        var t = cls
        if cls === ExcTypes.exceptionGroup {
            if nestedBase { throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup") }
        } else if cls === ExcTypes.baseExceptionGroup {
            if !nestedBase { t = ExcTypes.exceptionGroup }
        } else if nestedBase && cls.isSubtype(ExcTypes.exception) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '\(cls.name)'")
        }
        let e = PyBaseException(type: t, args: Array(args.buf[0..<args.count]))
        var slots = [Value](repeating: .null, count: max(t.slotCount, hiddenSlots))
        slots[0] = .obj(msg)
        slots[1] = .obj(PyTuple(excs))
        e.slotValues = SlotValues(slots)
        return e
    }

    /// PySequence_Check: a `__getitem__` that is not a dict's.
    static func isSequence(_ v: Value) -> Bool {
        if case .obj(let o) = v {
            if o is PyList || o is PyTuple { return true }
            if o is PyDict { return false }
        }
        return v.type.lookup(Ops.s__getitem__) != nil && !v.type.isSubtype(PyType.dict)
    }

    /// `BaseExceptionGroup(message, excs)` (becomes an ExceptionGroup when all are Exceptions).
    static func create(_ message: String, _ excs: Value) throws(PyBaseException) -> PyBaseException {
        let r = try Ops.callValues(.obj(ExcTypes.baseExceptionGroup), [.str(message), excs])
        guard case .obj(let e as PyBaseException) = r else { throw PyErr.typeError("BaseExceptionGroup() returned a non-exception") }
        return e
    }

    /// A group wrapping `excs` (the VM's wrapping of a naked exception caught
    /// by except*). With `like`, its metadata is copied; without, it gets a
    /// traceback entry for the running frame, as CPython's CHECK_EG_MATCH does.
    static func make(message: String, excs: [Value], like: PyBaseException?) throws(PyBaseException) -> PyBaseException {
        let g = try create(message, .obj(PyTuple(excs)))
        if let l = like {
            try copyMetadata(from: l, to: g)
        } else if let f = Runtime.thread.frame {
            g.traceback = PyTraceback(frame: f, lasti: f.lasti, lineno: f.lineno, next: nil)
        }
        return g
    }

    // MARK: split

    /// CPython's `get_matcher_type`.
    static func matcher(_ v: Value) throws(PyBaseException) -> Matcher {
        if !(v.object is PyType), try MiscTypes.isCallable(v) { return .predicate(v) }
        if case .obj(let t as PyType) = v, t.isSubtype(ExcTypes.baseException) { return .type(v) }
        if case .obj(let tup as PyTuple) = v, tup.type === PyType.tuple {
            for x in tup.items {
                guard case .obj(let t as PyType) = x, t.isSubtype(ExcTypes.baseException) else {
                    throw PyErr.typeError("expected a function, exception type or tuple of exception types")
                }
            }
            return .type(v)
        }
        throw PyErr.typeError("expected a function, exception type or tuple of exception types")
    }

    static func matches(_ exc: Value, _ m: Matcher) throws(PyBaseException) -> Bool {
        switch m {
        case .type(let t): return try ExceptionOps.matches(exc, t)
        case .predicate(let f): return try Ops.isTrue(try Ops.callValues(f, [exc]))
        case .ids(let s):
            guard case .obj(let o) = exc else { return false }
            return s.contains(ObjectIdentifier(o))
        }
    }

    /// CPython's `exceptiongroup_split_recursive`.
    static func splitRecursive(_ exc: Value, _ m: Matcher, constructRest: Bool) throws(PyBaseException) -> (match: Value?, rest: Value?) {
        try splitRecursive(exc, { (x) throws(PyBaseException) -> Bool in try matches(x, m) }, constructRest: constructRest, depth: 0)
    }

    static func splitRecursive(_ exc: Value, _ m: (Value) throws(PyBaseException) -> Bool, constructRest: Bool, depth: Int) throws(PyBaseException) -> (match: Value?, rest: Value?) {
        if try m(exc) { return (exc, nil) }
        guard case .obj(let e as PyBaseException) = exc, isGroup(e) else {
            return (nil, constructRest ? exc : nil)
        }
        if depth > Runtime.recursionLimit { throw PyErr.recursion("maximum recursion depth exceeded in exceptiongroup_split_recursive") }
        var matchList: [Value] = []
        var restList: [Value] = []
        for x in parts(e).excs {
            let r = try splitRecursive(x, m, constructRest: constructRest, depth: depth + 1)
            if let mm = r.match { matchList.append(mm) }
            if let rr = r.rest { restList.append(rr) }
        }
        let match = try subset(e, matchList)
        let rest = constructRest ? try subset(e, restList) : nil
        return (match, rest)
    }

    /// CPython's `exceptiongroup_subset`: `orig.derive(excs)` with orig's metadata.
    static func subset(_ orig: PyBaseException, _ excs: [Value]) throws(PyBaseException) -> Value? {
        if excs.isEmpty { return nil }
        let r = try Ops.callMethod(.obj(orig), "derive", [.obj(PyList(excs))])
        guard case .obj(let g as PyBaseException) = r, isGroup(g) else {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup")
        }
        try copyMetadata(from: orig, to: g)
        return r
    }

    static func copyMetadata(from orig: PyBaseException, to g: PyBaseException) throws(PyBaseException) {
        if let tb = orig.traceback { g.traceback = tb }
        g.context = orig.context
        g.cause = orig.cause
        g.suppressContext = true
        if let notes = try Ops.lookupAttr(.obj(orig), "__notes__") {
            if isSequence(notes) {
                try Ops.setattr(.obj(g), PyStr.intern("__notes__"), .obj(PyList(try Ops.toArray(notes))))
            }
        }
    }

    /// The VM's split for except* (CHECK_EG_MATCH on a group that does not match as a whole).
    static func split(_ e: PyBaseException, _ pred: (Value) throws(PyBaseException) -> Bool) throws(PyBaseException) -> (Value, Value) {
        let r = try splitRecursive(.obj(e), pred, constructRest: true, depth: 0)
        return (r.match ?? .None, r.rest ?? .None)
    }

    // MARK: except* re-raise

    /// CPython's `is_same_exception_metadata`.
    static func sameMetadata(_ a: PyBaseException, _ b: PyBaseException) -> Bool {
        a.traceback === b.traceback && a.cause === b.cause && a.context === b.context
    }

    static func collectLeafIds(_ v: Value, _ ids: inout Set<ObjectIdentifier>) {
        guard case .obj(let o) = v else { return }
        if let e = o as? PyBaseException, isGroup(e) {
            for x in parts(e).excs { collectLeafIds(x, &ids) }
        } else {
            ids.insert(ObjectIdentifier(o))
        }
    }

    /// CPython's `exception_group_projection`: the part of `eg` whose leaves are in `keep`.
    static func projection(_ eg: PyBaseException, _ keep: [Value]) throws(PyBaseException) -> Value {
        if keep.isEmpty { return .None }
        var ids = Set<ObjectIdentifier>()
        for k in keep { collectLeafIds(k, &ids) }
        return try splitRecursive(.obj(eg), .ids(ids), constructRest: false).match ?? .None
    }

    /// PREP_RERAISE_STAR: `raised` holds what the except* clauses raised or
    /// re-raised plus the unhandled rest (Nones already removed).
    static func prepReraise(_ orig: Value, _ raised: [Value]) throws(PyBaseException) -> Value {
        if raised.isEmpty { return .None }
        guard case .obj(let o as PyBaseException) = orig, isGroup(o) else {
            // A naked exception was caught and wrapped: at most one clause ran.
            return raised[0]
        }
        var newRaised: [Value] = []
        var reraised: [Value] = []
        for v in raised {
            if case .obj(let e as PyBaseException) = v, sameMetadata(e, o) { reraised.append(v) } else { newRaised.append(v) }
        }
        let reraisedEG = try projection(o, reraised)
        if newRaised.isEmpty { return reraisedEG }
        if !reraisedEG.isNone { newRaised.append(reraisedEG) }
        if newRaised.count > 1 { return .obj(try create("", .obj(PyList(newRaised)))) }
        return newRaised[0]
    }
}

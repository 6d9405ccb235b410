import CGrailGC
import Synchronization

/// A weak reference: `weakref.ref` (and instances of its Python subclasses
/// such as `KeyedRef`), `weakref.ProxyType` and `weakref.CallableProxyType`
/// objects. The referent is held by a node of Sources/CGrailGC/grailweak.c:
/// its address is hidden from the collector behind a disappearing link, so
/// this object does not keep it alive, and it reads as gone once the
/// collector reclaimed it. Callbacks run after a collection, on the Python
/// thread that next uses the weakref API (see `WeakRegistry`), never inside
/// the collector.
/// Thread-safety: `node` is written once before the object is published;
/// the callback's "done" flag and the cached hash are atomics; the
/// referent is read under the collector's allocation lock.
public final class PyWeakref: PyObject {
    /// What the object is.
    public enum Kind: UInt8, Sendable { case ref, proxy, callableProxy }
    public let kind: Kind
    /// The callback given at creation (`.None` when there is none).
    let callback: Value
    /// A shared reference (`ref(o)` / `proxy(o)` without callback and of the exact type).
    let isBasic: Bool
    /// Creation order (getweakrefs lists the newest non-basic references first).
    let serial: Int
    /// The node in grailweak.c (nil only while being created).
    var node: OpaquePointer? = nil
    /// The callback was run or dropped (the referent died): `__callback__` is None.
    let callbackDone = Atomic<Bool>(false)
    /// hash(referent), cached once computed.
    let hashKnown = Atomic<Bool>(false)
    let hashStore = Atomic<Int>(0)

    static let serials = Atomic<Int>(0)

    init(type: PyType, kind: Kind, callback: Value, basic: Bool) {
        self.kind = kind
        self.callback = callback
        self.isBasic = basic
        self.serial = PyWeakref.serials.add(1, ordering: .relaxed).newValue
        super.init(type: type)
        if type.slotCount > 0 { slotValues = SlotValues(count: type.slotCount) }
    }

    /// The referent, or nil once it was reclaimed.
    public var referent: PyObject? {
        guard let n = node, let p = grail_weak_get(n) else { return nil }
        return Unmanaged<PyObject>.fromOpaque(p).takeUnretainedValue()
    }

    /// `__callback__`: None once the referent died or the callback ran.
    var callbackAttribute: Value {
        if callbackDone.load(ordering: .acquiring) || referent == nil { return .None }
        return callback
    }

    /// Runs the callback once (the referent died). Errors are reported as
    /// unraisable, as CPython does.
    func fireCallback() {
        if callbackDone.exchange(true, ordering: .acquiringAndReleasing) { return }
        let cb = callback
        if cb.isNone { return }
        do throws(PyBaseException) {
            _ = try Ops.callValues(cb, [.obj(self)])
        } catch let e {
            let what = (try? Ops.repr(cb).value) ?? "<object>"
            Unraisable.report("Exception ignored in: \(what)", e)
        }
    }

    /// Creates (or, for a basic reference, finds) a weak reference to `obj`.
    static func make(_ obj: PyObject, type: PyType, kind: Kind, callback: Value) throws(PyBaseException) -> PyWeakref {
        try WeakRegistry.checkReferenceable(obj)
        let basic = callback.isNone && (kind != .ref || type === WeakRegistry.refType)
        let basicFlag = kind == .ref ? GRAIL_WEAK_BASIC_REF : GRAIL_WEAK_BASIC_PROXY
        let objPtr = Unmanaged.passUnretained(obj).toOpaque()
        if basic, let p = grail_weak_find_basic(objPtr, basicFlag) {
            return Unmanaged<PyWeakref>.fromOpaque(p).takeUnretainedValue()
        }
        let wr = PyWeakref(type: type, kind: kind, callback: callback, basic: basic)
        var flags: UInt32 = 0
        if !callback.isNone { flags |= GRAIL_WEAK_CALLBACK }
        if basic { flags |= basicFlag }
        guard let n = grail_weak_create(objPtr, Unmanaged.passUnretained(wr).toOpaque(), flags) else {
            throw PyErr.make(ExcTypes.memoryError, "")
        }
        wr.node = n
        if let other = grail_weak_publish(n) {
            // Another thread published the basic reference first: share it.
            grail_weak_discard(n)
            wr.node = nil
            return Unmanaged<PyWeakref>.fromOpaque(other).takeUnretainedValue()
        }
        withExtendedLifetime(obj) {}
        return wr
    }
}

/// The process-wide side of weak references: which objects can be weakly
/// referenced, the weak references to an object, and running the callbacks
/// of references whose referent the collector reclaimed.
/// Thread-safety: the table lives in grailweak.c under the collector's lock;
/// each callback runs once (an atomic flag) on the thread that collects it,
/// outside any lock.
public enum WeakRegistry {
    /// `weakref.ReferenceType` (`_weakref.ref`).
    public static let refType: PyType = {
        let t = PyType(builtin: "ReferenceType", base: PyType.object, layout: .other, baseType: true, module: "weakref")
        WeakrefModule.installRefType(t)
        return t
    }()

    /// Builtin types whose instances CPython can weakly reference (it gives
    /// them a weak-reference list), by module and name for types defined by
    /// other native modules.
    static let referenceableByName: Set<String> = [
        "types.GenericAlias", "_thread.lock", "_thread.RLock", "_thread._local",
        "collections.deque", "collections.OrderedDict", "functools.partial", "re.Pattern",
        "_contextvars.Context", "_io._IOBase", "_io._RawIOBase", "_io._BufferedIOBase", "_io._TextIOBase",
        "_io.FileIO", "_io.BytesIO", "_io.StringIO", "_io.BufferedReader", "_io.BufferedWriter",
        "_io.BufferedRandom", "_io.BufferedRWPair", "_io.TextIOWrapper", "_socket.socket",
        "array.array", "mmap.mmap", "select.epoll", "_asyncio.Future", "_asyncio.Task",
        "_pickle.Pickler", "_pickle.Unpickler", "_ssl._SSLSocket", "_ctypes.CFuncPtr",
    ]

    static func builtinReferenceable(_ t: PyType) -> Bool {
        if t === PyType.type || t === PyType.set || t === PyType.frozenset || t === PyType.function
            || t === PyType.builtinFunction || t === PyType.method || t === PyType.module || t === PyType.code
            || t === PyType.generator || t === PyType.memoryview { return true }
        return referenceableByName.contains(t.moduleName + "." + t.name)
    }

    /// CPython's rule: instances of a builtin type with a weak-reference
    /// list; instances of a class statement unless its `__slots__` (and
    /// those of its bases) leave `__weakref__` out, or it derives from a
    /// variable-size builtin (int, tuple, bytes).
    public static func isReferenceable(_ o: PyObject) -> Bool {
        let t = o.type
        if !t.isHeapType { return builtinReferenceable(t) }
        for h in t.mro {
            if h.isHeapType {
                if WeakrefModule.isProxyType(h) { return false }
                if h.slotNames.contains("__weakref__") { return true }
                if h.dict?.getStr("__slots__") == nil {
                    let s = h.solidBase
                    if !(s.isSubtype(PyType.int) || s.isSubtype(PyType.tuple) || s.isSubtype(PyType.bytes)) { return true }
                }
            } else if builtinReferenceable(h) {
                return true
            }
        }
        return false
    }

    static func checkReferenceable(_ o: PyObject) throws(PyBaseException) {
        if !isReferenceable(o) {
            throw PyErr.typeError("cannot create weak reference to '\(typeName(o.type))' object")
        }
    }

    /// CPython's tp_name of a type (the proxy types are "weakref.ProxyType"...).
    static func typeName(_ t: PyType) -> String {
        if WeakrefModule.isProxyType(t) { return "weakref." + t.name }
        return MiscTypes.tpName(t)
    }

    /// The live weak references and proxies to `o`, in CPython's order:
    /// the basic ref, the basic proxy, then the others newest first.
    public static func references(to o: PyObject) -> [PyWeakref] {
        let p = Unmanaged.passUnretained(o).toOpaque()
        var cap = 8
        while true {
            var buf = [UnsafeMutableRawPointer?](repeating: nil, count: cap)
            let total = buf.withUnsafeMutableBufferPointer { b in grail_weak_refs(p, b.baseAddress, cap) }
            if total > cap { cap = total + 8; continue }
            var out: [PyWeakref] = []
            out.reserveCapacity(total)
            for i in 0..<total {
                if let q = buf[i] { out.append(Unmanaged<PyWeakref>.fromOpaque(q).takeUnretainedValue()) }
            }
            withExtendedLifetime(o) {}
            return out.sorted { a, b in
                let ra = rank(a), rb = rank(b)
                return ra != rb ? ra < rb : a.serial > b.serial
            }
        }
    }

    private static func rank(_ w: PyWeakref) -> Int {
        if w.isBasic { return w.kind == .ref ? 0 : 1 }
        return 2
    }

    /// `__weakref__` of an instance: its first weak reference, or None.
    /// (For Types/TypeCreation.swift's `__weakref__` descriptor.)
    public static func firstReference(_ v: Value) -> Value {
        guard case .obj(let o) = v, let w = references(to: o).first else { return .None }
        return .obj(w)
    }

    /// Runs the callbacks of weak references whose referent was reclaimed
    /// since the last call (cheap when no collection happened). Called by
    /// the weakref API; `gc.collect()` should call it with `force: true`
    /// after collecting. Must be called on a Python thread, with no lock held.
    public static func runCallbacks(force: Bool = false) {
        let cap = 64
        var forceNext = force
        while true {
            var buf = [UnsafeMutableRawPointer?](repeating: nil, count: cap)
            let n = buf.withUnsafeMutableBufferPointer { b in grail_weak_collect(b.baseAddress, cap, forceNext ? 1 : 0) }
            if n == 0 { return }
            var due: [PyWeakref] = []
            due.reserveCapacity(n)
            for i in 0..<n {
                if let q = buf[i] { due.append(Unmanaged<PyWeakref>.fromOpaque(q).takeUnretainedValue()) }
            }
            for w in due { w.fireCallback() }
            if n < cap { return }
            forceNext = true
        }
    }
}

import Synchronization

/// `_thread._local` (`threading.local`): an object whose attributes are
/// separate for each thread. Each thread's attribute dict lives in that
/// thread's `ThreadState` (keyed by the object's serial number), so reads
/// and writes take no lock and a thread's data goes away with the thread.
/// A subclass's `__init__` runs again, with the constructor's arguments, the
/// first time each thread touches the object (CPython's behaviour).
/// Thread-safety: immutable after creation; per-thread dicts are owned by
/// their thread.
public final class PyThreadLocal: PyObject {
    static let serials = Atomic<Int>(1)
    let serial: Int
    let initArgs: [Value]
    let initKwargs: [(String, Value)]

    public static let localType: PyType = {
        let t = PyType(builtin: "_local", base: PyType.object, layout: .other, baseType: true, module: "_thread")
        t.threadLocal = true
        return t
    }()

    init(type: PyType, args: [Value], kwargs: [(String, Value)]) {
        serial = PyThreadLocal.serials.add(1, ordering: .relaxed).newValue
        initArgs = args
        initKwargs = kwargs
        super.init(type: type, noDict: ())
    }

    /// The calling thread's dict for this object (created, and `__init__`
    /// run, on first use in a thread).
    func threadDict() throws(PyBaseException) -> PyDict {
        let ts = Runtime.thread
        if let d = ts.localDicts[serial] { return d }
        let d = PyDict()
        ts.localDicts[serial] = d
        if let ini = type.lookup("__init__"), !((ini.object as? PyBuiltinFunction)?.owner === PyType.object),
           !((ini.object as? PyBuiltinFunction)?.owner === PyThreadLocal.localType) {
            _ = try Ops.callValues(try Ops.bindDescriptor(ini, .obj(self)), initArgs, kwargs: initKwargs)
        }
        return d
    }

    static func install() {
        let t = localType
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            guard a.buf.count > 0, case .obj(let cls as PyType) = a[0] else { throw PyErr.typeError("_local.__new__(X): X is not a type object") }
            let pos = Array(a.positional.dropFirst())
            let kw = a.keywords
            if !pos.isEmpty || !kw.isEmpty {
                let ini = cls.lookup("__init__")
                if ini == nil || (ini?.object as? PyBuiltinFunction)?.owner === PyType.object
                    || (ini?.object as? PyBuiltinFunction)?.owner === PyThreadLocal.localType {
                    throw PyErr.typeError("Initialization arguments are not supported")
                }
            }
            let o = PyThreadLocal(type: cls, args: pos, kwargs: kw)
            // The creating thread's dict exists at once (its __init__ runs from type.__call__).
            let d = PyDict()
            Runtime.thread.localDicts[o.serial] = d
            return .obj(o)
        }
        t.def("__init__") { (a) throws(PyBaseException) -> Value in .None }
    }

    /// `getattr` on a thread-local object: the generic lookup with this thread's dict.
    static func getattr(_ loc: PyThreadLocal, _ name: PyStr) throws(PyBaseException) -> Value? {
        let d = try loc.threadDict()
        if name.value == "__dict__" { return .obj(d) }
        return try Ops.genericGetattr(.obj(loc), name, loc.type, instanceDict: d)
    }

    /// CPython's tp_name: "_thread._local" for the base type, the class name for subclasses.
    static func displayName(_ t: PyType) -> String { t.isHeapType ? t.name : "_thread._local" }

    static func setattr(_ loc: PyThreadLocal, _ name: PyStr, _ v: Value?) throws(PyBaseException) -> Bool {
        if name.value == "__dict__" {
            throw PyErr.attributeError("'\(displayName(loc.type))' object attribute '__dict__' is read-only")
        }
        let d = try loc.threadDict()
        if let a = loc.type.lookup(name), case .obj(let ao) = a, ao.type.hasSet { return false }
        if let v = v { d.setStr(name, v); return true }
        if d.removeStr(name.value) == nil {
            throw PyErr.attributeError("'\(displayName(loc.type))' object has no attribute '\(name.value)'")
        }
        return true
    }
}

import CGrailGC

/// The root of every Python object. Instances live in the collected heap
/// (the Boehm collector is the process allocator) and are made ARC-immortal
/// when created, so retains and releases never write to a shared object and
/// the collector alone frees them. A plain `object()` or an instance of a
/// Python class whose bases are all `object` is a bare `PyObject` with a
/// `dict`. Thread-safety: `type` and `dict` are word-sized references
/// written atomically by the hardware; races on them give racy but
/// memory-safe results because nothing is freed while reachable.
open class PyObject {
    /// `type(self)`; assignable (`__class__ = ...`) between compatible layouts.
    public final var type: PyType
    /// The instance `__dict__`, when the type has one.
    public final var dict: PyDict?
    /// Values of `__slots__` members (indexed by the member descriptor).
    public final var slotValues: SlotValues? = nil

    public init(type: PyType) {
        self.type = type
        self.dict = type.instancesHaveDict ? PyDict() : nil
        grail_make_immortal(Unmanaged.passUnretained(self).toOpaque())
    }

    /// For objects that never have a dict (skips the check).
    public init(type: PyType, noDict: ()) {
        self.type = type
        self.dict = nil
        grail_make_immortal(Unmanaged.passUnretained(self).toOpaque())
    }

    /// Address used by `id()` and the default repr.
    @inline(__always) public final var address: Int { Int(bitPattern: Unmanaged.passUnretained(self).toOpaque()) }
}

/// The type of the VM's internal `.null` marker (never visible to Python code).
extension PyType {
    public static let nullType = PyType(builtin: "NULL", base: nil, layout: .other, baseType: false)
}

import Synchronization
import CGrailGC
/// Which Swift class holds the instances of a type (CPython's "solid base"
/// layout): a Python subclass of `list` makes `PyList` objects, of `object`
/// plain `PyObject`s, and so on. Two classes are layout-compatible when their
/// solid bases agree.
public enum InstanceLayout: UInt8, Sendable {
    case object, type, int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset
    case exception, function, module, property, classmethod, staticmethod, other
}

/// A Python type object (`type` instances): name, bases, MRO and the
/// namespace dict, plus layout information the runtime needs to create
/// instances. Builtin types are created once at startup and never change
/// (writes to them raise TypeError like CPython's immutable static types);
/// Python classes can be modified at run time: `version` increments on every
/// change so caches keyed on it stay correct. Thread-safety: the namespace is
/// a `PyDict` (its own rules); the MRO array is replaced, never mutated in place.
public final class PyType: PyObject {
    public var name: String { didSet { nameAnchor = PyStr.anchor(name) } }
    public var qualname: String { didSet { qualnameAnchor = PyStr.anchor(qualname) } }
    /// Untagged copies of the names' storage addresses (see PyStr.storageAnchor).
    private var nameAnchor: UInt = 0
    private var qualnameAnchor: UInt = 0
    public var base: PyType?
    public var bases: [PyType] { didSet { Immortal.array(bases) } }
    /// Changing the MRO invalidates cached lookups (`version`).
    public var mro: [PyType] { didSet { Immortal.array(mro); versionStore.add(1, ordering: .releasing) } }
    public var layout: InstanceLayout
    /// Created by a `class` statement (or `type(name, bases, ns)`).
    public var isHeapType: Bool
    /// Instances get a `__dict__`.
    public var instancesHaveDict: Bool
    /// May be subclassed.
    public var isBaseType: Bool = true
    /// Incremented whenever the type or a type in its MRO changes.
    public var version: Int { versionStore.load(ordering: .relaxed) }
    private let versionStore = Atomic<Int>(0)
    /// `attrFlags` cache: version << 5 | valid bit | flags.
    let attrFlagsStore = Atomic<Int>(0)
    /// Instances are `_thread._local` objects (attributes per thread).
    public var threadLocal = false
    /// Names of `__slots__` members declared by this class (not bases).
    public var slotNames: [String] = []
    /// Number of slot values instances carry (including inherited slots).
    public var slotCount: Int = 0
    /// Lookup cache (CPython's type attribute cache, kept per type): slots
    /// hold addresses of immutable `AttrCacheEntry` records, read and replaced
    /// with one atomic word access. An entry answers only while its version
    /// equals the type's; old entries are left to the collector (a reader may
    /// still hold one). The buffer and entries live in collected memory and
    /// are reachable from the type, which keeps the cached names alive.
    let attrCache: UnsafeMutablePointer<UInt64> = PyType.newAttrCache()
    static let attrCacheSize = 128
    static let attrCacheShift: UInt = 57  // 64 - log2(attrCacheSize)
    static func newAttrCache() -> UnsafeMutablePointer<UInt64> {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: attrCacheSize)
        p.initialize(repeating: 0, count: attrCacheSize)
        return p
    }
    public var subclassesList: [WeakType] { subclassesStore.withLock { $0 } }
    /// Guarded: several threads may create subclasses of one base at once.
    private let subclassesStore = GrailMutex<[WeakType]>([])
    public func addSubclass(_ t: PyType) { subclassesStore.withLock { $0.append(WeakType(t)) } }

    /// A builtin type.
    public init(builtin name: String, base: PyType?, layout: InstanceLayout, hasDict: Bool = false, baseType: Bool = true, module: String = "builtins") {
        self.name = name
        self.qualname = name
        self.base = base
        self.bases = base.map { [$0] } ?? []
        self.mro = []
        self.layout = layout
        self.isHeapType = false
        self.instancesHaveDict = hasDict
        self.isBaseType = baseType
        self.moduleName = module
        super.init(type: PyType.type, noDict: ())
        self.mro = [self] + (base?.mro ?? [])
        anchorNames()
        Immortal.array(mro)
    }

    /// A heap type (class statement); MRO computed by the caller (`TypeCreation`).
    public init(heap name: String, qualname: String, bases: [PyType], metatype: PyType, dict: PyDict) {
        self.name = name
        self.qualname = qualname
        self.bases = bases
        self.base = bases.first
        self.mro = []
        self.layout = .object
        self.isHeapType = true
        self.instancesHaveDict = true
        super.init(type: metatype, noDict: ())
        self.dict = dict
        dict.typeOwner = self
        self.threadLocal = bases.contains { $0.threadLocal }
        anchorNames()
    }

    private func anchorNames() {
        nameAnchor = PyStr.anchor(name)
        qualnameAnchor = PyStr.anchor(qualname)
    }

    /// Looks `name` up along the MRO (CPython's `_PyType_Lookup`).
    @inline(__always) public func lookup(_ name: PyStr) -> Value? {
        let key = UInt(bitPattern: Unmanaged.passUnretained(name).toOpaque())
        let slot = attrCache + Int((key &* 0x9E37_79B9_7F4A_7C15) >> PyType.attrCacheShift)
        let v = versionStore.load(ordering: .acquiring)
        if let e = UnsafePointer<AttrCacheEntry>(bitPattern: UInt(grail_load64(slot))),
           e.pointee.name == key, e.pointee.version == v {
            let r = e.pointee.value
            return r.isNull ? nil : r
        }
        return lookupSlow(name, key, slot, v)
    }

    /// The MRO walk behind `lookup`; publishes its answer (found or not) in
    /// the cache slot, tagged with the version read before the walk.
    @inline(never)
    func lookupSlow(_ name: PyStr, _ key: UInt, _ slot: UnsafeMutablePointer<UInt64>, _ version: Int) -> Value? {
        var found: Value? = nil
        for t in mro {
            if let v = t.dict?.getStr(name) { found = v; break }
        }
        let e = UnsafeMutablePointer<AttrCacheEntry>.allocate(capacity: 1)
        e.initialize(to: AttrCacheEntry(name: key, version: version, value: found ?? .null))
        grail_store64(slot, UInt64(UInt(bitPattern: e)))
        return found
    }

    /// Lookup by a Swift string (no interning: hashes the string once).
    public func lookup(_ name: String) -> Value? {
        let h = PyStr.hashOf(name)
        for t in mro {
            if let v = t.dict?.getStr(name, hash: h) { return v }
        }
        return nil
    }

    /// `issubclass(self, other)` by MRO.
    @inline(__always) public func isSubtype(_ other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }

    /// CPython's `solid_base`: the nearest ancestor (or self) that adds
    /// instance fields — a class whose `__slots__` add members (they take
    /// slot indices), else the builtin whose natives implement the layout.
    /// Every exception instance is a `PyBaseException` here, but CPython's
    /// exception classes differ in C fields: only those with their own struct
    /// (`PyType.exceptionsWithFields`) are solid, so
    /// `class E(ValueError, TypeError)` is legal while
    /// `class E(StopIteration, OSError)` is a lay-out conflict, as in CPython.
    public var solidBase: PyType {
        var t: PyType = self
        while t.isHeapType {
            if t.addsSlotMembers { return t }
            guard let b = t.base else { return t }
            t = b
        }
        if t.layout == .exception {
            while !PyType.exceptionsWithFields.contains(where: { $0 === t }), let b = t.base, b.layout == .exception { t = b }
        }
        return t
    }

    /// `__slots__` of this class name members other than `__dict__`/`__weakref__`.
    var addsSlotMembers: Bool {
        slotNames.contains(where: { $0 != "__dict__" && $0 != "__weakref__" })
    }

    /// The builtin exception classes whose CPython instances carry extra C
    /// fields (a larger `tp_basicsize` than their base): the solid bases among
    /// exceptions. Subclasses without their own struct (ModuleNotFoundError,
    /// the OSError family, IndentationError, UnboundLocalError, ExceptionGroup)
    /// share their base's layout.
    static let exceptionsWithFields: [PyType] = [
        ExcTypes.baseException, ExcTypes.stopIteration, ExcTypes.systemExit, ExcTypes.osError,
        ExcTypes.importError, ExcTypes.syntaxError, ExcTypes.attributeError, ExcTypes.nameError,
        ExcTypes.baseExceptionGroup, ExcTypes.unicodeDecodeError, ExcTypes.unicodeEncodeError,
        ExcTypes.unicodeTranslateError,
    ]

    /// `__module__`.`__qualname__` as repr shows it.
    public var fullName: String {
        if let m = dict?.getStr(PyStr.intern("__module__")), case .obj(let s as PyStr) = m, s.value != "builtins" {
            return s.value + "." + qualname
        }
        return qualname
    }

    /// Bumps the version of this type and its subclasses (attribute caches key on it).
    public func modified() {
        versionStore.add(1, ordering: .acquiringAndReleasing)
        for w in subclassesList { w.type?.modified() }
    }

    /// Module name of a builtin type (its namespace dict is filled at bootstrap).
    public var moduleName: String = "builtins"

    /// The metatype `type`, whose type is itself.
    public static let type: PyType = {
        let t = PyType(metatype: ())
        t.type = t
        t.mro = [t]
        return t
    }()

    private init(metatype: ()) {
        name = "type"; qualname = "type"; base = nil; bases = []; mro = []; layout = .type
        isHeapType = false; instancesHaveDict = false
        super.init(type: unsafeBitCast(bootstrapDummy, to: PyType.self), noDict: ())
    }
}

/// One cached answer of `PyType.lookup` (immutable once published).
/// `value` is `.null` when the name is not found along the MRO.
struct AttrCacheEntry {
    let name: UInt
    let version: Int
    let value: Value
}

private final class BootstrapDummy {}
private let bootstrapDummy = BootstrapDummy()

/// A weak-ish reference to a subclass (the collector frees types no one uses;
/// the list only serves cache invalidation, so a stale entry is harmless).
public final class WeakType {
    public unowned(unsafe) var type: PyType?
    init(_ t: PyType) { type = t }
}

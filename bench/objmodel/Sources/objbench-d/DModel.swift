// Design D (what the runtime uses): Python objects are plain Swift classes, exactly as in
// design A (this file is ARCModel.swift with the names changed), but every object is made
// ARC-immortal right after it is initialised (dgc_make_immortal writes the Swift runtime's
// immortal refcount bits, as grail_make_immortal does in the runtime). swift_retain /
// swift_release on such an object only load its refcount word. Memory comes from the Boehm
// collector, installed as the process allocator (Sources/CDGC/dgc.c, a copy of the runtime's
// Sources/CGrailGC/grailgc.c), which frees unreachable objects (deinit never runs).
// Swift arrays inside objects (dict entries/indices, list items, instance slots, bytecode)
// are ordinary, non-immortal Swift buffers, as in the runtime's PyDict/PyList; the flag
// --immortal-storage 1 also makes the buffers of the setup-time objects immortal (diagnostic).

import CSupport
import CDGC
#if canImport(Glibc)
import Glibc
#endif

enum DV {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case obj(DObj)

    @inline(__always) var fastTruth: Bool? {
        switch self {
        case .bool(let b): return b
        case .none: return false
        case .int(let i): return i != 0
        default: return nil
        }
    }
}

class DObj {
    let type: DType?          // strong reference, as idiomatic Swift would have it
    let kind: Int             // cached kind of this object, for dispatch without casts
    init(type: DType?, kind: Int) {
        self.type = type; self.kind = kind
        dgc_make_immortal(Unmanaged.passUnretained(self).toOpaque())
    }
}

enum Kind {
    static let type = 1, str = 2, function = 3, code = 4, dict = 5, list = 6, instance = 7
}

/// Makes the heap buffer of a native Swift array immortal (diagnostic `--immortal-storage 1`).
@inline(never) func immortalizeBuffer<T>(_ a: [T]) {
    if a.isEmpty { return }  // the shared empty-array singleton
    dgc_make_immortal(unsafeBitCast(a, to: UnsafeMutableRawPointer.self))
}
@inline(never) func immortalizeBuffer<T>(_ a: ContiguousArray<T>) {
    if a.isEmpty { return }
    dgc_make_immortal(unsafeBitCast(a, to: UnsafeMutableRawPointer.self))
}

final class DType: DObj {
    let instanceKind: Int
    let nslots: Int
    init(meta: DType?, instanceKind: Int, nslots: Int) {
        self.instanceKind = instanceKind; self.nslots = nslots
        super.init(type: meta, kind: Kind.type)
    }
}

final class DStr: DObj {
    let hash: Int
    let bytes: [UInt8]
    init(type: DType, _ s: String) {
        bytes = Array(s.utf8)
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        hash = Int(bitPattern: UInt(h >> 1))
        super.init(type: type, kind: Kind.str)
    }
}

final class DCode: DObj {
    let bytecode: [UInt16]
    let consts: [DV]
    let names: [DStr]
    let nlocals: Int
    init(type: DType, bytecode: [UInt16], consts: [DV], names: [DStr], nlocals: Int) {
        self.bytecode = bytecode; self.consts = consts; self.names = names; self.nlocals = nlocals
        super.init(type: type, kind: Kind.code)
    }
}

final class DFunc: DObj {
    let code: DCode
    let globals: DDict
    let name: DStr
    init(type: DType, code: DCode, globals: DDict, name: DStr) {
        self.code = code; self.globals = globals; self.name = name
        super.init(type: type, kind: Kind.function)
    }
}

struct DEntry {
    var hash: Int
    var key: DStr
    var value: DV
}

/// Same open-addressing scheme as the raw designs, with Swift arrays for storage.
final class DDict: DObj {
    var mask: Int
    var indices: [Int32]
    var entries: [DEntry] = []
    init(type: DType, capacity: Int) {
        var size = 8
        while size * 2 < capacity * 3 { size *= 2 }
        mask = size - 1
        indices = Array(repeating: -1, count: size)
        super.init(type: type, kind: Kind.dict)
    }
    func set(_ key: DStr, _ value: DV) {
        precondition(entries.count < (mask + 1) * 2 / 3)
        var i = key.hash & mask
        var perturb = UInt(bitPattern: key.hash)
        while indices[i] >= 0 { perturb >>= 5; i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask }
        indices[i] = Int32(entries.count)
        entries.append(DEntry(hash: key.hash, key: key, value: value))
    }
    @inline(__always) func get(_ key: DStr) -> DV? {
        let h = key.hash
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            let ix = indices[i]
            if ix < 0 { return nil }
            let e = entries[Int(ix)]
            if e.key === key || (e.hash == h && e.key.bytes == key.bytes) { return e.value }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }
}

final class DList: DObj {
    var items: [DV]
    init(type: DType, items: [DV]) { self.items = items; super.init(type: type, kind: Kind.list) }
}

final class DInstance: DObj {
    var slots: ContiguousArray<DV>
    init(type: DType, slots: ContiguousArray<DV>) { self.slots = slots; super.init(type: type, kind: Kind.instance) }
}

final class DWorld {
    let typeType = DType(meta: nil, instanceKind: Kind.type, nslots: 0)
    lazy var strType = DType(meta: typeType, instanceKind: Kind.str, nslots: 0)
    lazy var funcType = DType(meta: typeType, instanceKind: Kind.function, nslots: 0)
    lazy var codeType = DType(meta: typeType, instanceKind: Kind.code, nslots: 0)
    lazy var dictType = DType(meta: typeType, instanceKind: Kind.dict, nslots: 0)
    lazy var listType = DType(meta: typeType, instanceKind: Kind.list, nslots: 0)
    lazy var classC = DType(meta: typeType, instanceKind: Kind.instance, nslots: 3)
    var interned: [String: DStr] = [:]
    var globals: DDict! = nil
    var mainFn: DFunc! = nil

    func intern(_ s: String) -> DStr {
        if let p = interned[s] { return p }
        let p = DStr(type: strType, s); interned[s] = p; return p
    }
    func function(_ spec: CodeSpec) -> DFunc {
        let consts: [DV] = spec.consts.map {
            switch $0 { case .int(let i): return .int(i); case .float(let d): return .float(d); case .none: return .none
            case .str(let s): return .obj(intern(s)) }
        }
        let code = DCode(type: codeType, bytecode: spec.code, consts: consts, names: spec.names.map { intern($0) }, nlocals: spec.nlocals)
        return DFunc(type: funcType, code: code, globals: globals, name: intern(spec.name))
    }
    init(_ w: Workload, background: Int) {
        globals = DDict(type: dictType, capacity: 64)
        func inst(_ k: Int) -> DV { .obj(DInstance(type: classC, slots: [.int(k), .float(Double(k)), .none])) }
        func item(_ it: SharedData.Item) -> DV {
            switch it { case .int(let i): return .int(i); case .float(let d): return .float(d); case .instance(let k): return inst(k) }
        }
        let d = DDict(type: dictType, capacity: SharedData.dKeys.count)
        for (i, k) in SharedData.dKeys.enumerated() { d.set(intern(k), item(SharedData.dValue(i))) }
        globals.set(intern("D"), .obj(d))
        globals.set(intern("L"), .obj(DList(type: listType, items: (0..<64).map { item(SharedData.lValue($0)) })))
        globals.set(intern("BG"), .obj(DList(type: listType, items: (0..<background).map { inst($0) })))
        globals.set(intern("f"), .obj(function(functionFSpec())))
        globals.set(intern("C"), .obj(classC))
        for (i, g) in SharedData.fillerGlobals.enumerated() { globals.set(intern(g), .int(i)) }
        mainFn = function(mainSpec(w))
    }

    /// Diagnostic: make the Swift array buffers of every setup-time object immortal too.
    func immortalizeStorage() {
        func dict(_ d: DDict) { immortalizeBuffer(d.indices); immortalizeBuffer(d.entries) }
        func fn(_ f: DFunc) {
            immortalizeBuffer(f.code.bytecode); immortalizeBuffer(f.code.consts); immortalizeBuffer(f.code.names)
        }
        dict(globals)
        for s in interned.values { immortalizeBuffer(s.bytes) }
        fn(mainFn)
        for e in globals.entries {
            guard case .obj(let o) = e.value else { continue }
            switch o.kind {
            case Kind.dict: dict(unsafeDowncast(o, to: DDict.self))
            case Kind.function: fn(unsafeDowncast(o, to: DFunc.self))
            case Kind.list:
                let l = unsafeDowncast(o, to: DList.self)
                immortalizeBuffer(l.items)
                for v in l.items { if case .obj(let x) = v, x.kind == Kind.instance { immortalizeBuffer(unsafeDowncast(x, to: DInstance.self).slots) } }
            default: break
            }
        }
    }

    /// After the run (and a forced collection): every background instance must still hold
    /// its own index in slot 0 (catches a collector that freed or reused live objects).
    func verifyBackground(_ expected: Int) -> Bool {
        guard case .obj(let o)? = globals.get(intern("BG")), o.kind == Kind.list else { return false }
        let items = unsafeDowncast(o, to: DList.self).items
        if items.count != expected { return false }
        for (i, v) in items.enumerated() {
            guard case .obj(let x) = v, x.kind == Kind.instance, x.type === classC else { return false }
            guard case .int(let k) = unsafeDowncast(x, to: DInstance.self).slots[0], k == i else { return false }
        }
        return true
    }
}

enum DInterp {
    static func eval(_ fn: DFunc, _ base: UnsafeMutablePointer<DV>) -> DV {
        let code = fn.code
        let globals = fn.globals
        let nlocals = code.nlocals
        var sp = base + nlocals
        var pc = 0
        @inline(__always) func push(_ v: DV) { sp.initialize(to: v); sp += 1 }
        @inline(__always) func pop() -> DV { sp -= 1; return sp.move() }
        while true {
            let w = code.bytecode[pc]
            pc += 1
            let arg = Int(w >> 8)
            switch UInt8(truncatingIfNeeded: w) {
            case Op.LOAD_FAST:
                push(base[arg])
            case Op.STORE_FAST:
                base[arg] = pop()
            case Op.LOAD_CONST:
                push(code.consts[arg])
            case Op.LOAD_GLOBAL:
                guard let v = globals.get(code.names[arg]) else { fatalError("NameError") }
                push(v)
            case Op.BINARY_ADD:
                let b = pop(), a = pop()
                switch (a, b) {
                case (.int(let x), .int(let y)):
                    let (r, o) = x.addingReportingOverflow(y)
                    if o { fatalError("bigint path not modelled") }
                    push(.int(r))
                case (.float(let x), .float(let y)): push(.float(x + y))
                default: fatalError("TypeError")
                }
            case Op.BINARY_AND:
                let b = pop(), a = pop()
                guard case .int(let x) = a, case .int(let y) = b else { fatalError("TypeError") }
                push(.int(x & y))
            case Op.COMPARE_LT:
                let b = pop(), a = pop()
                guard case .int(let x) = a, case .int(let y) = b else { fatalError("TypeError") }
                push(.bool(x < y))
            case Op.POP_JUMP_IF_FALSE:
                let v = pop()
                if !(v.fastTruth ?? true) { pc = arg }
            case Op.JUMP:
                pc = arg
            case Op.CALL:
                guard case .obj(let c) = (sp - arg - 1).pointee else { fatalError("not callable") }
                let result: DV
                if c.kind == Kind.function {
                    let f = unsafeDowncast(c, to: DFunc.self)
                    let callee = sp - arg
                    let cn = f.code.nlocals
                    var i = arg
                    while i < cn { (callee + i).initialize(to: .none); i += 1 }
                    result = eval(f, callee)              // callee deinitializes its locals
                } else if c.kind == Kind.type, unsafeDowncast(c, to: DType.self).instanceKind == Kind.instance {
                    let t = unsafeDowncast(c, to: DType.self)
                    var slots = ContiguousArray<DV>()
                    slots.reserveCapacity(arg)
                    for i in 0..<arg { slots.append((sp - arg + i).move()) }
                    result = .obj(DInstance(type: t, slots: slots))   // args were moved out
                } else { fatalError("not callable") }
                sp -= arg + 1
                sp.deinitialize(count: 1)
                push(result)
            case Op.RETURN_VALUE:
                let v = pop()
                base.deinitialize(count: nlocals)
                return v
            case Op.POP_TOP:
                _ = pop()
            case Op.BINARY_SUBSCR:
                let key = pop(), cont = pop()
                guard case .obj(let c) = cont else { fatalError("TypeError") }
                let v: DV
                if c.kind == Kind.list {
                    guard case .int(let i) = key else { fatalError("TypeError") }
                    v = unsafeDowncast(c, to: DList.self).items[i]
                } else if c.kind == Kind.dict {
                    guard case .obj(let k) = key, k.kind == Kind.str,
                          let r = unsafeDowncast(c, to: DDict.self).get(unsafeDowncast(k, to: DStr.self)) else { fatalError("KeyError") }
                    v = r
                } else { fatalError("TypeError") }
                push(v)
            case Op.LOAD_ATTR_SLOT:
                guard case .obj(let o) = pop() else { fatalError("TypeError") }
                push(unsafeDowncast(o, to: DInstance.self).slots[arg])
            default:
                fatalError("bad opcode")
            }
        }
    }

    final class Node { var value: Int; var next: Node?; init(_ v: Int) { value = v; next = nil } }
    static func rawAlloc(_ n: Int) -> Int {
        var sum = 0
        for i in 0..<n {
            let p = Node(i)
            withExtendedLifetime(p) { cs_blackhole(Unmanaged.passUnretained(p).toOpaque()) }
            sum &+= p.value
        }
        return sum
    }

    static func runMain(_ world: DWorld, _ stack: UnsafeMutablePointer<DV>, _ n: Int) -> Int {
        stack.initialize(to: .int(n))
        (stack + 1).initialize(repeating: .none, count: world.mainFn.code.nlocals - 1)
        let r = eval(world.mainFn, stack)
        switch r {
        case .int(let i): return i
        case .float(let d): return Int(d * 4)
        case .obj(let o) where o.kind == Kind.instance:
            if case .int(let i) = unsafeDowncast(o, to: DInstance.self).slots[0] { return i }
            return -2
        default: return -1
        }
    }
}

// Design A: Python objects as plain Swift classes; values hold strong references, so every
// copy of a value onto the stack / into a local is a swift_retain, every drop a swift_release
// (atomic read-modify-write on the object's refcount word).

import CSupport
#if canImport(Glibc)
import Glibc
#endif

enum AV {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case obj(AObj)

    @inline(__always) var fastTruth: Bool? {
        switch self {
        case .bool(let b): return b
        case .none: return false
        case .int(let i): return i != 0
        default: return nil
        }
    }
}

class AObj {
    let type: AType?          // strong reference, as idiomatic Swift would have it
    let kind: Int             // cached kind of this object, for dispatch without casts
    init(type: AType?, kind: Int) { self.type = type; self.kind = kind }
}

final class AType: AObj {
    let instanceKind: Int
    let nslots: Int
    init(meta: AType?, instanceKind: Int, nslots: Int) {
        self.instanceKind = instanceKind; self.nslots = nslots
        super.init(type: meta, kind: Kind.type)
    }
}

final class AStr: AObj {
    let hash: Int
    let bytes: [UInt8]
    init(type: AType, _ s: String) {
        bytes = Array(s.utf8)
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        hash = Int(bitPattern: UInt(h >> 1))
        super.init(type: type, kind: Kind.str)
    }
}

final class ACode: AObj {
    let bytecode: [UInt16]
    let consts: [AV]
    let names: [AStr]
    let nlocals: Int
    init(type: AType, bytecode: [UInt16], consts: [AV], names: [AStr], nlocals: Int) {
        self.bytecode = bytecode; self.consts = consts; self.names = names; self.nlocals = nlocals
        super.init(type: type, kind: Kind.code)
    }
}

final class AFunc: AObj {
    let code: ACode
    let globals: ADict
    let name: AStr
    init(type: AType, code: ACode, globals: ADict, name: AStr) {
        self.code = code; self.globals = globals; self.name = name
        super.init(type: type, kind: Kind.function)
    }
}

struct AEntry {
    var hash: Int
    var key: AStr
    var value: AV
}

/// Same open-addressing scheme as the raw designs, with Swift arrays for storage.
final class ADict: AObj {
    var mask: Int
    var indices: [Int32]
    var entries: [AEntry] = []
    init(type: AType, capacity: Int) {
        var size = 8
        while size * 2 < capacity * 3 { size *= 2 }
        mask = size - 1
        indices = Array(repeating: -1, count: size)
        super.init(type: type, kind: Kind.dict)
    }
    func set(_ key: AStr, _ value: AV) {
        precondition(entries.count < (mask + 1) * 2 / 3)
        var i = key.hash & mask
        var perturb = UInt(bitPattern: key.hash)
        while indices[i] >= 0 { perturb >>= 5; i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask }
        indices[i] = Int32(entries.count)
        entries.append(AEntry(hash: key.hash, key: key, value: value))
    }
    @inline(__always) func get(_ key: AStr) -> AV? {
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

final class AList: AObj {
    var items: [AV]
    init(type: AType, items: [AV]) { self.items = items; super.init(type: type, kind: Kind.list) }
}

final class AInstance: AObj {
    var slots: ContiguousArray<AV>
    init(type: AType, slots: ContiguousArray<AV>) { self.slots = slots; super.init(type: type, kind: Kind.instance) }
}

final class AWorld {
    let typeType = AType(meta: nil, instanceKind: Kind.type, nslots: 0)
    lazy var strType = AType(meta: typeType, instanceKind: Kind.str, nslots: 0)
    lazy var funcType = AType(meta: typeType, instanceKind: Kind.function, nslots: 0)
    lazy var codeType = AType(meta: typeType, instanceKind: Kind.code, nslots: 0)
    lazy var dictType = AType(meta: typeType, instanceKind: Kind.dict, nslots: 0)
    lazy var listType = AType(meta: typeType, instanceKind: Kind.list, nslots: 0)
    lazy var classC = AType(meta: typeType, instanceKind: Kind.instance, nslots: 3)
    var interned: [String: AStr] = [:]
    var globals: ADict! = nil
    var mainFn: AFunc! = nil

    func intern(_ s: String) -> AStr {
        if let p = interned[s] { return p }
        let p = AStr(type: strType, s); interned[s] = p; return p
    }
    func function(_ spec: CodeSpec) -> AFunc {
        let consts: [AV] = spec.consts.map {
            switch $0 { case .int(let i): return .int(i); case .float(let d): return .float(d); case .none: return .none
            case .str(let s): return .obj(intern(s)) }
        }
        let code = ACode(type: codeType, bytecode: spec.code, consts: consts, names: spec.names.map { intern($0) }, nlocals: spec.nlocals)
        return AFunc(type: funcType, code: code, globals: globals, name: intern(spec.name))
    }
    init(_ w: Workload, background: Int) {
        globals = ADict(type: dictType, capacity: 64)
        func inst(_ k: Int) -> AV { .obj(AInstance(type: classC, slots: [.int(k), .float(Double(k)), .none])) }
        func item(_ it: SharedData.Item) -> AV {
            switch it { case .int(let i): return .int(i); case .float(let d): return .float(d); case .instance(let k): return inst(k) }
        }
        let d = ADict(type: dictType, capacity: SharedData.dKeys.count)
        for (i, k) in SharedData.dKeys.enumerated() { d.set(intern(k), item(SharedData.dValue(i))) }
        globals.set(intern("D"), .obj(d))
        globals.set(intern("L"), .obj(AList(type: listType, items: (0..<64).map { item(SharedData.lValue($0)) })))
        globals.set(intern("BG"), .obj(AList(type: listType, items: (0..<background).map { inst($0) })))
        globals.set(intern("f"), .obj(function(functionFSpec())))
        globals.set(intern("C"), .obj(classC))
        for (i, g) in SharedData.fillerGlobals.enumerated() { globals.set(intern(g), .int(i)) }
        mainFn = function(mainSpec(w))
    }
}

enum AInterp {
    static func eval(_ fn: AFunc, _ base: UnsafeMutablePointer<AV>) -> AV {
        let code = fn.code
        let globals = fn.globals
        let nlocals = code.nlocals
        var sp = base + nlocals
        var pc = 0
        @inline(__always) func push(_ v: AV) { sp.initialize(to: v); sp += 1 }
        @inline(__always) func pop() -> AV { sp -= 1; return sp.move() }
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
                let result: AV
                if c.kind == Kind.function {
                    let f = unsafeDowncast(c, to: AFunc.self)
                    let callee = sp - arg
                    let cn = f.code.nlocals
                    var i = arg
                    while i < cn { (callee + i).initialize(to: .none); i += 1 }
                    result = eval(f, callee)              // callee deinitializes its locals
                } else if c.kind == Kind.type, unsafeDowncast(c, to: AType.self).instanceKind == Kind.instance {
                    let t = unsafeDowncast(c, to: AType.self)
                    var slots = ContiguousArray<AV>()
                    slots.reserveCapacity(arg)
                    for i in 0..<arg { slots.append((sp - arg + i).move()) }
                    result = .obj(AInstance(type: t, slots: slots))   // args were moved out
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
                let v: AV
                if c.kind == Kind.list {
                    guard case .int(let i) = key else { fatalError("TypeError") }
                    v = unsafeDowncast(c, to: AList.self).items[i]
                } else if c.kind == Kind.dict {
                    guard case .obj(let k) = key, k.kind == Kind.str,
                          let r = unsafeDowncast(c, to: ADict.self).get(unsafeDowncast(k, to: AStr.self)) else { fatalError("KeyError") }
                    v = r
                } else { fatalError("TypeError") }
                push(v)
            case Op.LOAD_ATTR_SLOT:
                guard case .obj(let o) = pop() else { fatalError("TypeError") }
                push(unsafeDowncast(o, to: AInstance.self).slots[arg])
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

    static func runMain(_ world: AWorld, _ stack: UnsafeMutablePointer<AV>, _ n: Int) -> Int {
        stack.initialize(to: .int(n))
        (stack + 1).initialize(repeating: .none, count: world.mainFn.code.nlocals - 1)
        let r = eval(world.mainFn, stack)
        switch r {
        case .int(let i): return i
        case .float(let d): return Int(d * 4)
        case .obj(let o) where o.kind == Kind.instance:
            if case .int(let i) = unsafeDowncast(o, to: AInstance.self).slots[0] { return i }
            return -2
        default: return -1
        }
    }
}

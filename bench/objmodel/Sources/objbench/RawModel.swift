// Designs B (tracing GC, Boehm) and C (biased reference counting) share one object layout
// and one interpreter, generic over the value representation V and the memory model M.
// Objects live in raw memory; values reference them by raw pointer (no Swift ARC).

import CSupport
import CGC
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Memory models

protocol MemModel {
    /// Header size in bytes; the object body starts here.
    static var H: Int { get }
    /// Offset of the type pointer inside the header.
    static var typeOffset: Int { get }
    static var refcounted: Bool { get }
    static var name: String { get }

    static func newThreadState(id: UInt64, stackBytes: Int) -> RawPtr
    /// Hot-path allocation (short-lived objects), memory need not be zeroed.
    static func alloc(_ ts: RawPtr, _ size: Int) -> RawPtr
    /// Setup-time allocation of long-lived objects / storage.
    static func allocLong(_ size: Int) -> RawPtr
    static func free(_ ts: RawPtr, _ p: RawPtr)
    static func initHeader(_ p: RawPtr, type: RawPtr?, ts: RawPtr?)
    static func makeImmortal(_ p: RawPtr)
    static func makeDeferred(_ p: RawPtr)
    static func incref(_ p: RawPtr, _ ts: RawPtr)
    /// Returns true when the object must be deallocated now.
    static func decref(_ p: RawPtr, _ ts: RawPtr) -> Bool
}

// Thread state layout (raw): [0] id, [8] value stack base, [16] alloc count,
// [64 + 8*g] free-list head for objects of g 16-byte granules (B-tl only).
enum TS {
    static let size = 64 + 8 * 34
    static let maxGranules = 32
    @inline(__always) static func id(_ ts: RawPtr) -> UInt64 { ts.load(as: UInt64.self) }
    @inline(__always) static func stack(_ ts: RawPtr) -> RawPtr { ts.load(fromByteOffset: 8, as: RawPtr.self) }
}

/// B: Boehm GC, every allocation through GC_malloc (Boehm's own thread-local free lists).
enum GCMalloc: MemModel {
    static var H: Int { 16 }
    static var typeOffset: Int { 0 }
    static var refcounted: Bool { false }
    static var name: String { "B-GC_malloc" }
    static func newThreadState(id: UInt64, stackBytes: Int) -> RawPtr {
        let ts = GC_malloc_uncollectable(TS.size)!
        memset(ts, 0, TS.size)
        ts.storeBytes(of: id, as: UInt64.self)
        let st = GC_malloc_uncollectable(stackBytes)!
        memset(st, 0, stackBytes)
        ts.storeBytes(of: st, toByteOffset: 8, as: RawPtr.self)
        return ts
    }
    @inline(__always) static func alloc(_ ts: RawPtr, _ size: Int) -> RawPtr { GC_malloc(size)! }
    static func allocLong(_ size: Int) -> RawPtr { GC_malloc(size)! }
    @inline(__always) static func free(_ ts: RawPtr, _ p: RawPtr) {}
    @inline(__always) static func initHeader(_ p: RawPtr, type: RawPtr?, ts: RawPtr?) {
        p.storeBytes(of: type, as: RawPtr?.self)
        p.storeBytes(of: 0 as UInt64, toByteOffset: 8, as: UInt64.self)
    }
    static func makeImmortal(_ p: RawPtr) {}
    static func makeDeferred(_ p: RawPtr) {}
    @inline(__always) static func incref(_ p: RawPtr, _ ts: RawPtr) {}
    @inline(__always) static func decref(_ p: RawPtr, _ ts: RawPtr) -> Bool { false }
}

/// B: Boehm GC with interpreter-owned per-thread free lists refilled by GC_malloc_many
/// (one GC lock acquisition per batch; the fast path is a pointer pop in the thread state).
enum GCLocal: MemModel {
    static var H: Int { 16 }
    static var typeOffset: Int { 0 }
    static var refcounted: Bool { false }
    static var name: String { "B-GC_malloc_many" }
    static func newThreadState(id: UInt64, stackBytes: Int) -> RawPtr {
        GCMalloc.newThreadState(id: id, stackBytes: stackBytes)
    }
    @inline(__always) static func alloc(_ ts: RawPtr, _ size: Int) -> RawPtr {
        let g = (size + 15) >> 4
        let slot = ts + (64 + 8 * g)
        if let head = slot.load(as: RawPtr?.self) {
            slot.storeBytes(of: head.load(as: RawPtr?.self), as: RawPtr?.self)
            return head
        }
        return refill(slot, g)
    }
    @inline(never) static func refill(_ slot: RawPtr, _ g: Int) -> RawPtr {
        // GC_malloc_many rounds up itself; ask for exactly g granules minus the
        // "extra byte" the collector may add when all-interior-pointers is on.
        let req = GC_get_all_interior_pointers() != 0 ? g * 16 - 1 : g * 16
        guard let head = GC_malloc_many(req) else { fatalError("GC_malloc_many failed") }
        slot.storeBytes(of: head.load(as: RawPtr?.self), as: RawPtr?.self)
        return head
    }
    static func allocLong(_ size: Int) -> RawPtr { GC_malloc(size)! }
    @inline(__always) static func free(_ ts: RawPtr, _ p: RawPtr) {}
    @inline(__always) static func initHeader(_ p: RawPtr, type: RawPtr?, ts: RawPtr?) {
        p.storeBytes(of: type, as: RawPtr?.self)
        p.storeBytes(of: 0 as UInt64, toByteOffset: 8, as: UInt64.self)
    }
    static func makeImmortal(_ p: RawPtr) {}
    static func makeDeferred(_ p: RawPtr) {}
    @inline(__always) static func incref(_ p: RawPtr, _ ts: RawPtr) {}
    @inline(__always) static func decref(_ p: RawPtr, _ ts: RawPtr) -> Bool { false }
}

/// C: biased reference counting (PEP 703 style) on malloc'd memory.
/// Header (32 bytes): [0] owner thread id, [8] local count u32 (0xFFFFFFFF = immortal),
/// [12] flags u32 (bit 0 = deferred), [16] shared count i64 (count << 2 | state), [24] type.
enum BRC: MemModel {
    static var H: Int { 32 }
    static var typeOffset: Int { 24 }
    static var refcounted: Bool { true }
    static var name: String { "C-BRC" }
    static let immortal: UInt32 = 0xFFFF_FFFF
    static let merged: Int64 = 2
    nonisolated(unsafe) static var negativeShared: UnsafeMutablePointer<Int64> = {
        let p = UnsafeMutablePointer<Int64>.allocate(capacity: 8); p.initialize(repeating: 0, count: 8); return p
    }()

    static func newThreadState(id: UInt64, stackBytes: Int) -> RawPtr {
        var p: UnsafeMutableRawPointer? = nil
        posix_memalign(&p, 64, TS.size)
        memset(p!, 0, TS.size)
        p!.storeBytes(of: id, as: UInt64.self)
        let st = malloc(stackBytes)!
        memset(st, 0, stackBytes)
        p!.storeBytes(of: st, toByteOffset: 8, as: RawPtr.self)
        return p!
    }
    @inline(__always) static func alloc(_ ts: RawPtr, _ size: Int) -> RawPtr { malloc(size)! }
    static func allocLong(_ size: Int) -> RawPtr { let p = malloc(size)!; memset(p, 0, size); return p }
    @inline(__always) static func free(_ ts: RawPtr, _ p: RawPtr) { Glibc.free(p) }
    @inline(__always) static func initHeader(_ p: RawPtr, type: RawPtr?, ts: RawPtr?) {
        p.storeBytes(of: ts.map { TS.id($0) } ?? 0, as: UInt64.self)
        p.storeBytes(of: 1 as UInt32, toByteOffset: 8, as: UInt32.self)
        p.storeBytes(of: 0 as UInt32, toByteOffset: 12, as: UInt32.self)
        p.storeBytes(of: 0 as Int64, toByteOffset: 16, as: Int64.self)
        p.storeBytes(of: type, toByteOffset: 24, as: RawPtr?.self)
    }
    static func makeImmortal(_ p: RawPtr) { p.storeBytes(of: immortal, toByteOffset: 8, as: UInt32.self) }
    static func makeDeferred(_ p: RawPtr) {
        p.storeBytes(of: p.load(fromByteOffset: 12, as: UInt32.self) | 1, toByteOffset: 12, as: UInt32.self)
    }
    @inline(__always) static func incref(_ p: RawPtr, _ ts: RawPtr) {
        let local = p.load(fromByteOffset: 8, as: UInt32.self)
        if local == immortal { return }
        if p.load(fromByteOffset: 12, as: UInt32.self) & 1 != 0 { return }   // deferred: stack refs uncounted
        if p.load(as: UInt64.self) == TS.id(ts) {
            p.storeBytes(of: local &+ 1, toByteOffset: 8, as: UInt32.self)
        } else {
            _ = cs_atomic_add_i64((p + 16).assumingMemoryBound(to: Int64.self), 4)
        }
    }
    @inline(__always) static func decref(_ p: RawPtr, _ ts: RawPtr) -> Bool {
        let local = p.load(fromByteOffset: 8, as: UInt32.self)
        if local == immortal { return false }
        if p.load(fromByteOffset: 12, as: UInt32.self) & 1 != 0 { return false }
        if p.load(as: UInt64.self) == TS.id(ts) {
            let n = local &- 1
            p.storeBytes(of: n, toByteOffset: 8, as: UInt32.self)
            if n == 0 { return mergeZeroLocal(p) }
            return false
        }
        let n = cs_atomic_sub_i64_rel((p + 16).assumingMemoryBound(to: Int64.self), 4)
        if n == merged { return true }
        if n < 0 { negativeSharedSlow() }   // real runtime: queue the object to its owner
        return false
    }
    @inline(never) static func mergeZeroLocal(_ p: RawPtr) -> Bool {
        let shared = (p + 16).assumingMemoryBound(to: Int64.self)
        if cs_atomic_load_i64(shared) == 0 { return true }
        // Give up ownership: fold the (zero) local count into the shared one.
        p.storeBytes(of: 0 as UInt64, as: UInt64.self)
        let n = cs_atomic_add_i64(shared, merged)
        return n == merged
    }
    @inline(never) static func negativeSharedSlow() { _ = cs_atomic_add_i64(negativeShared, 1) }
}

// MARK: - Object layout

enum Kind {
    static let type = 1, str = 2, function = 3, code = 4, dict = 5, list = 6, instance = 7
}

enum L<V: PyVal, M: MemModel> {
    static var H: Int { M.H }
    static var VS: Int { MemoryLayout<V>.stride }

    @inline(__always) static func typeOf(_ p: RawPtr) -> RawPtr { p.load(fromByteOffset: M.typeOffset, as: RawPtr.self) }
    /// Kind of the instances of type `t` (body word 0 of a type object).
    @inline(__always) static func kindOf(_ p: RawPtr) -> Int { typeOf(p).load(fromByteOffset: H, as: Int.self) }

    @inline(__always) static func inc(_ v: V, _ ts: RawPtr) { if M.refcounted && v.isObj { M.incref(v.objPtr, ts) } }
    @inline(__always) static func dec(_ v: V, _ ts: RawPtr) {
        if M.refcounted && v.isObj { let p = v.objPtr; if M.decref(p, ts) { dealloc(p, ts) } }
    }
    @inline(never) static func dealloc(_ p: RawPtr, _ ts: RawPtr) {
        guard kindOf(p) == Kind.instance else { fatalError("unexpected dealloc of kind \(kindOf(p))") }
        let slots = p.load(fromByteOffset: H, as: RawPtr.self)
        let n = slots.load(as: Int.self)
        let items = (slots + 16).assumingMemoryBound(to: V.self)
        for i in 0..<n { dec(items[i], ts) }
        M.free(ts, slots)
        M.free(ts, p)
    }

    // str: [H] hash, [H+8] length, [H+16..] utf8 bytes
    static func newStr(_ s: String) -> RawPtr {
        let bytes = Array(s.utf8)
        let p = M.allocLong(H + 16 + bytes.count + 1)
        M.initHeader(p, type: Types.strType, ts: nil)
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        p.storeBytes(of: Int(bitPattern: UInt(h >> 1)), toByteOffset: H, as: Int.self)
        p.storeBytes(of: bytes.count, toByteOffset: H + 8, as: Int.self)
        for (i, b) in bytes.enumerated() { p.storeBytes(of: b, toByteOffset: H + 16 + i, as: UInt8.self) }
        return p
    }
    @inline(__always) static func strHash(_ p: RawPtr) -> Int { p.load(fromByteOffset: H, as: Int.self) }
    @inline(never) static func strEq(_ a: RawPtr, _ b: RawPtr) -> Bool {
        let n = a.load(fromByteOffset: H + 8, as: Int.self)
        if n != b.load(fromByteOffset: H + 8, as: Int.self) { return false }
        return memcmp(a + H + 16, b + H + 16, n) == 0
    }

    // dict: [H] keys block (atomically replaced on resize), [H+8] used
    // keys block: [0] mask, [8] nentries, [16] usable, [32..] int32 indices, then entries
    // entry: hash, key, value
    static var entStride: Int { 16 + VS }
    @inline(__always) static func entOff(_ mask: Int) -> Int { 32 + (((mask + 1) * 4 + 15) & ~15) }
    static func newDict(capacity: Int) -> RawPtr {
        var size = 8
        while size * 2 < capacity * 3 { size *= 2 }
        let usable = size * 2 / 3
        let keys = M.allocLong(entOff(size - 1) + usable * entStride)
        keys.storeBytes(of: size - 1, as: Int.self)
        keys.storeBytes(of: 0, toByteOffset: 8, as: Int.self)
        keys.storeBytes(of: usable, toByteOffset: 16, as: Int.self)
        for i in 0..<size { keys.storeBytes(of: -1 as Int32, toByteOffset: 32 + 4 * i, as: Int32.self) }
        let d = M.allocLong(H + 16)
        M.initHeader(d, type: Types.dictType, ts: nil)
        d.storeBytes(of: keys, toByteOffset: H, as: RawPtr.self)
        d.storeBytes(of: 0, toByteOffset: H + 8, as: Int.self)
        return d
    }
    /// Setup-time insert (steals the reference in `value`).
    static func dictSet(_ d: RawPtr, _ key: RawPtr, _ value: V) {
        let keys = d.load(fromByteOffset: H, as: RawPtr.self)
        let mask = keys.load(as: Int.self)
        let n = keys.load(fromByteOffset: 8, as: Int.self)
        precondition(n < keys.load(fromByteOffset: 16, as: Int.self), "dict full (setup only)")
        let h = strHash(key)
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while keys.load(fromByteOffset: 32 + 4 * i, as: Int32.self) >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        keys.storeBytes(of: Int32(n), toByteOffset: 32 + 4 * i, as: Int32.self)
        let e = keys + entOff(mask) + n * entStride
        e.storeBytes(of: h, as: Int.self)
        e.storeBytes(of: key, toByteOffset: 8, as: RawPtr.self)
        e.storeBytes(of: value, toByteOffset: 16, as: V.self)
        keys.storeBytes(of: n + 1, toByteOffset: 8, as: Int.self)
        d.storeBytes(of: n + 1, toByteOffset: H + 8, as: Int.self)
    }
    /// Lock-free read path: one acquire load of the keys block, probe, identity compare first.
    @inline(__always) static func dictGet(_ d: RawPtr, _ key: RawPtr) -> V? {
        let keys = cs_atomic_load_ptr(UnsafeRawPointer(d + H).assumingMemoryBound(to: UnsafeMutableRawPointer?.self))!
        let mask = keys.load(as: Int.self)
        let h = strHash(key)
        let ents = keys + entOff(mask)
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            let ix = keys.load(fromByteOffset: 32 + 4 * i, as: Int32.self)
            if ix < 0 { return nil }
            let e = ents + Int(ix) * entStride
            let k = e.load(fromByteOffset: 8, as: RawPtr.self)
            if k == key || (e.load(as: Int.self) == h && strEq(k, key)) {
                return e.load(fromByteOffset: 16, as: V.self)
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    // list: [H] count, [H+8] items (V array), [H+16] capacity
    /// Items are created one at a time and stored at once, so that every new object is
    /// reachable from GC-scanned memory (a Swift array would hide it from the collector).
    static func newList(count: Int, _ make: (Int) -> V) -> RawPtr {
        let l = M.allocLong(H + 24)
        M.initHeader(l, type: Types.listType, ts: nil)
        l.storeBytes(of: 0, toByteOffset: H, as: Int.self)
        let buf = M.allocLong(max(1, count) * VS)
        l.storeBytes(of: buf, toByteOffset: H + 8, as: RawPtr.self)
        l.storeBytes(of: count, toByteOffset: H + 16, as: Int.self)
        for i in 0..<count { buf.storeBytes(of: make(i), toByteOffset: i * VS, as: V.self) }
        l.storeBytes(of: count, toByteOffset: H, as: Int.self)
        return l
    }

    // instance: [H] slots; slots storage: [0] count, [8] pad, [16..] V x count
    @inline(__always) static func newInstance(_ ts: RawPtr?, _ cls: RawPtr, _ args: UnsafeMutablePointer<V>, _ n: Int, long: Bool) -> RawPtr {
        let o = long ? M.allocLong(H + 8) : M.alloc(ts!, H + 8)
        M.initHeader(o, type: cls, ts: ts)
        let s = long ? M.allocLong(16 + n * VS) : M.alloc(ts!, 16 + n * VS)
        s.storeBytes(of: n, as: Int.self)
        s.storeBytes(of: 0, toByteOffset: 8, as: Int.self)
        let items = (s + 16).assumingMemoryBound(to: V.self)
        for i in 0..<n { items[i] = args[i] }     // moves the references
        o.storeBytes(of: s, toByteOffset: H, as: RawPtr.self)
        return o
    }

    // type: [H] kind of instances, [H+8] nslots
    static func newType(kind: Int, nslots: Int, meta: RawPtr?) -> RawPtr {
        let t = M.allocLong(H + 16)
        M.initHeader(t, type: meta, ts: nil)
        t.storeBytes(of: kind, toByteOffset: H, as: Int.self)
        t.storeBytes(of: nslots, toByteOffset: H + 8, as: Int.self)
        M.makeImmortal(t)
        return t
    }

    // code: [H] bytecode, [H+8] consts, [H+16] names, [H+24] nlocals, [H+32] nargs
    // function: [H] code, [H+8] globals, [H+16] name
    static func newFunction(_ spec: CodeSpec, globals: RawPtr, intern: (String) -> RawPtr) -> RawPtr {
        let bc = M.allocLong(spec.code.count * 2)
        for (i, w) in spec.code.enumerated() { bc.storeBytes(of: w, toByteOffset: 2 * i, as: UInt16.self) }
        let consts = M.allocLong(max(1, spec.consts.count) * VS)
        for (i, c) in spec.consts.enumerated() {
            let v: V
            switch c {
            case .int(let x): v = .int(x)
            case .float(let d): v = .float(d)
            case .none: v = .none
            case .str(let s): v = .obj(intern(s))
            }
            consts.storeBytes(of: v, toByteOffset: i * VS, as: V.self)
        }
        let names = M.allocLong(max(1, spec.names.count) * 8)
        for (i, n) in spec.names.enumerated() { names.storeBytes(of: intern(n), toByteOffset: 8 * i, as: RawPtr.self) }
        let code = M.allocLong(H + 48)
        M.initHeader(code, type: Types.codeType, ts: nil)
        code.storeBytes(of: bc, toByteOffset: H, as: RawPtr.self)
        code.storeBytes(of: consts, toByteOffset: H + 8, as: RawPtr.self)
        code.storeBytes(of: names, toByteOffset: H + 16, as: RawPtr.self)
        code.storeBytes(of: spec.nlocals, toByteOffset: H + 24, as: Int.self)
        code.storeBytes(of: spec.nargs, toByteOffset: H + 32, as: Int.self)
        M.makeDeferred(code)
        let fn = M.allocLong(H + 24)
        M.initHeader(fn, type: Types.funcType, ts: nil)
        fn.storeBytes(of: code, toByteOffset: H, as: RawPtr.self)
        fn.storeBytes(of: globals, toByteOffset: H + 8, as: RawPtr.self)
        fn.storeBytes(of: intern(spec.name), toByteOffset: H + 16, as: RawPtr.self)
        M.makeDeferred(fn)     // CPython 3.14t: top-level functions use deferred refcounting
        return fn
    }
}

// MARK: - World setup (shared objects)

/// Shared type objects (one design per process, so plain globals).
enum Types {
    nonisolated(unsafe) static var typeType: RawPtr? = nil
    nonisolated(unsafe) static var strType: RawPtr? = nil
    nonisolated(unsafe) static var funcType: RawPtr? = nil
    nonisolated(unsafe) static var codeType: RawPtr? = nil
    nonisolated(unsafe) static var dictType: RawPtr? = nil
    nonisolated(unsafe) static var listType: RawPtr? = nil
    /// Root block holding everything shared: [0] globals, [8] main function, [16] class C.
    /// Uncollectable under the GC designs.
    nonisolated(unsafe) static var roots: RawPtr? = nil
}

enum World<V: PyVal, M: MemModel> {
    /// Builds globals and the main function for workload `w`; returns the main function.
    static func build(_ w: Workload, background: Int) -> RawPtr {
        typealias Lay = L<V, M>
        Types.roots = M.refcounted ? M.allocLong(128) : GC_malloc_uncollectable(128)!
        Types.typeType = Lay.newType(kind: Kind.type, nslots: 0, meta: nil)
        Types.typeType!.storeBytes(of: Types.typeType, toByteOffset: M.typeOffset, as: RawPtr?.self)
        Types.strType = Lay.newType(kind: Kind.str, nslots: 0, meta: Types.typeType)
        Types.funcType = Lay.newType(kind: Kind.function, nslots: 0, meta: Types.typeType)
        Types.codeType = Lay.newType(kind: Kind.code, nslots: 0, meta: Types.typeType)
        Types.dictType = Lay.newType(kind: Kind.dict, nslots: 0, meta: Types.typeType)
        Types.listType = Lay.newType(kind: Kind.list, nslots: 0, meta: Types.typeType)
        let classC = Lay.newType(kind: Kind.instance, nslots: 3, meta: Types.typeType)
        Types.roots!.storeBytes(of: classC, toByteOffset: 16, as: RawPtr.self)
        for (i, t) in [Types.typeType, Types.strType, Types.funcType, Types.codeType, Types.dictType, Types.listType].enumerated() {
            Types.roots!.storeBytes(of: t, toByteOffset: 24 + 8 * i, as: RawPtr?.self)
        }

        var interned: [String: RawPtr] = [:]
        func intern(_ s: String) -> RawPtr {
            if let p = interned[s] { return p }
            let p = Lay.newStr(s)
            M.makeImmortal(p)         // interned identifiers are immortal (CPython 3.12+)
            interned[s] = p
            // keep interned strings reachable for the GC through an uncollectable table
            if !M.refcounted { internTable.append(p) }
            return p
        }
        func inst(_ k: Int) -> V {
            let args = UnsafeMutablePointer<V>.allocate(capacity: 3)
            args[0] = .int(k); args[1] = .float(Double(k)); args[2] = .none
            let o = Lay.newInstance(nil, classC, args, 3, long: true)
            args.deallocate()
            return .obj(o)
        }
        func item(_ it: SharedData.Item) -> V {
            switch it { case .int(let i): return .int(i); case .float(let d): return .float(d); case .instance(let k): return inst(k) }
        }
        let globals = Lay.newDict(capacity: 64)
        Types.roots!.storeBytes(of: globals, as: RawPtr.self)
        let d = Lay.newDict(capacity: SharedData.dKeys.count)
        for (i, k) in SharedData.dKeys.enumerated() { Lay.dictSet(d, intern(k), item(SharedData.dValue(i))) }
        Lay.dictSet(globals, intern("D"), .obj(d))
        let l = Lay.newList(count: 64) { item(SharedData.lValue($0)) }
        Lay.dictSet(globals, intern("L"), .obj(l))
        let bg = Lay.newList(count: background) { inst($0) }
        Lay.dictSet(globals, intern("BG"), .obj(bg))
        let f = Lay.newFunction(functionFSpec(), globals: globals, intern: intern)
        Lay.dictSet(globals, intern("f"), .obj(f))
        Lay.dictSet(globals, intern("C"), .obj(classC))
        for (i, g) in SharedData.fillerGlobals.enumerated() { Lay.dictSet(globals, intern(g), .int(i)) }
        let mainFn = Lay.newFunction(mainSpec(w), globals: globals, intern: intern)
        Types.roots!.storeBytes(of: mainFn, toByteOffset: 8, as: RawPtr.self)
        return mainFn
    }
}

/// Uncollectable table of interned strings (GC designs only).
struct InternTable {
    var buf: RawPtr? = nil
    var count = 0
    mutating func append(_ p: RawPtr) {
        if buf == nil { buf = GC_malloc_uncollectable(8 * 4096)! }
        precondition(count < 4096)
        buf!.storeBytes(of: p, toByteOffset: 8 * count, as: RawPtr.self)
        count += 1
    }
}
nonisolated(unsafe) var internTable = InternTable()

// MARK: - Interpreter

enum Interp<V: PyVal, M: MemModel> {
    typealias Lay = L<V, M>

    static func eval(_ ts: RawPtr, _ fn: RawPtr, _ base: UnsafeMutablePointer<V>) -> V {
        let H = M.H
        let code = fn.load(fromByteOffset: H, as: RawPtr.self)
        let globals = fn.load(fromByteOffset: H + 8, as: RawPtr.self)
        let bc = code.load(fromByteOffset: H, as: UnsafePointer<UInt16>.self)
        let consts = code.load(fromByteOffset: H + 8, as: UnsafeMutablePointer<V>.self)
        let names = code.load(fromByteOffset: H + 16, as: UnsafeMutablePointer<RawPtr>.self)
        let nlocals = code.load(fromByteOffset: H + 24, as: Int.self)
        var sp = base + nlocals
        var pc = 0
        @inline(__always) func push(_ v: V) { sp.pointee = v; sp += 1 }
        @inline(__always) func pop() -> V { sp -= 1; return sp.pointee }
        while true {
            let w = bc[pc]
            pc += 1
            let arg = Int(w >> 8)
            switch UInt8(truncatingIfNeeded: w) {
            case Op.LOAD_FAST:
                let v = base[arg]; Lay.inc(v, ts); push(v)
            case Op.STORE_FAST:
                let v = pop(); let old = base[arg]; base[arg] = v; Lay.dec(old, ts)
            case Op.LOAD_CONST:
                let v = consts[arg]; Lay.inc(v, ts); push(v)
            case Op.LOAD_GLOBAL:
                guard let v = Lay.dictGet(globals, names[arg]) else { fatalError("NameError") }
                Lay.inc(v, ts); push(v)
            case Op.BINARY_ADD:
                let b = pop(), a = pop()
                if a.isInt && b.isInt {
                    let (r, o) = a.intValue.addingReportingOverflow(b.intValue)
                    if !o && V.fitsInt(r) { push(.int(r)) } else { fatalError("bigint path not modelled") }
                } else if a.isFloat && b.isFloat {
                    push(.float(a.floatValue + b.floatValue))
                } else { fatalError("TypeError") }
            case Op.BINARY_AND:
                let b = pop(), a = pop()
                guard a.isInt && b.isInt else { fatalError("TypeError") }
                push(.int(a.intValue & b.intValue))
            case Op.COMPARE_LT:
                let b = pop(), a = pop()
                guard a.isInt && b.isInt else { fatalError("TypeError") }
                push(.bool(a.intValue < b.intValue))
            case Op.POP_JUMP_IF_FALSE:
                let v = pop()
                let t = v.fastTruth ?? true
                Lay.dec(v, ts)
                if !t { pc = arg }
            case Op.JUMP:
                pc = arg
            case Op.CALL:
                let callable = (sp - arg - 1).pointee
                guard callable.isObj else { fatalError("not callable") }
                let c = callable.objPtr
                let kind = Lay.kindOf(c)
                let result: V
                if kind == Kind.function {
                    let callee = sp - arg
                    let ccode = c.load(fromByteOffset: H, as: RawPtr.self)
                    let cn = ccode.load(fromByteOffset: H + 24, as: Int.self)
                    var i = arg
                    while i < cn { callee[i] = .none; i += 1 }
                    result = eval(ts, c, callee)          // callee consumes its locals
                } else if kind == Kind.type && c.load(fromByteOffset: H, as: Int.self) == Kind.instance {
                    let nslots = c.load(fromByteOffset: H + 8, as: Int.self)
                    precondition(nslots == arg)
                    result = .obj(Lay.newInstance(ts, c, sp - arg, arg, long: false))
                } else { fatalError("not callable") }
                sp -= arg + 1
                Lay.dec(callable, ts)
                push(result)
            case Op.RETURN_VALUE:
                let v = pop()
                for i in 0..<nlocals { Lay.dec(base[i], ts) }
                return v
            case Op.POP_TOP:
                Lay.dec(pop(), ts)
            case Op.BINARY_SUBSCR:
                let key = pop(), cont = pop()
                guard cont.isObj else { fatalError("TypeError") }
                let c = cont.objPtr
                let kind = Lay.kindOf(c)
                let v: V
                if kind == Kind.list {
                    guard key.isInt else { fatalError("TypeError") }
                    let i = key.intValue
                    let n = c.load(fromByteOffset: H, as: Int.self)
                    guard i >= 0 && i < n else { fatalError("IndexError") }
                    let items = cs_atomic_load_ptr(UnsafeRawPointer(c + H + 8).assumingMemoryBound(to: UnsafeMutableRawPointer?.self))!
                    v = items.load(fromByteOffset: i * Lay.VS, as: V.self)
                } else if kind == Kind.dict {
                    guard key.isObj, let r = Lay.dictGet(c, key.objPtr) else { fatalError("KeyError") }
                    v = r
                } else { fatalError("TypeError") }
                Lay.inc(v, ts)
                Lay.dec(cont, ts)
                Lay.dec(key, ts)
                push(v)
            case Op.LOAD_ATTR_SLOT:
                let o = pop()
                let slots = o.objPtr.load(fromByteOffset: H, as: RawPtr.self)
                let v = slots.load(fromByteOffset: 16 + arg * Lay.VS, as: V.self)
                Lay.inc(v, ts)
                Lay.dec(o, ts)
                push(v)
            default:
                fatalError("bad opcode")
            }
        }
    }

    /// Runs main(n) on thread state `ts`; returns the checksum of the result.
    static func runMain(_ ts: RawPtr, _ mainFn: RawPtr, _ n: Int) -> Int {
        let base = TS.stack(ts).assumingMemoryBound(to: V.self)
        base[0] = .int(n)
        let code = mainFn.load(fromByteOffset: M.H, as: RawPtr.self)
        for i in 1..<code.load(fromByteOffset: M.H + 24, as: Int.self) { base[i] = .none }
        let r = eval(ts, mainFn, base)
        var out = r.isInt ? r.intValue : (r.isFloat ? Int(r.floatValue * 4) : -1)
        if r.isObj && Lay.kindOf(r.objPtr) == Kind.instance {
            let s0 = r.objPtr.load(fromByteOffset: M.H, as: RawPtr.self).load(fromByteOffset: 16, as: V.self)
            out = s0.isInt ? s0.intValue : -2
        }
        Lay.dec(r, ts)
        return out
    }

    /// Bare allocation loop: a 16-byte node per iteration, dropped at once.
    static func rawAlloc(_ ts: RawPtr, _ n: Int) -> Int {
        var sum = 0
        for i in 0..<n {
            let p = M.alloc(ts, 16)
            p.storeBytes(of: i, as: Int.self)
            p.storeBytes(of: nil, toByteOffset: 8, as: RawPtr?.self)
            cs_blackhole(p)
            sum &+= p.load(as: Int.self)
            if M.refcounted { M.free(ts, p) }
        }
        return sum
    }

    /// After the run: every background instance must still hold its own index in slot 0
    /// (catches a collector that freed or reused live objects).
    static func verifyBackground(_ expected: Int) -> Bool {
        let globals = Types.roots!.load(as: RawPtr.self)
        var name: RawPtr? = nil
        for i in 0..<internTable.count {
            let p = internTable.buf!.load(fromByteOffset: 8 * i, as: RawPtr.self)
            if p.load(fromByteOffset: M.H + 8, as: Int.self) == 2 && p.load(fromByteOffset: M.H + 16, as: UInt16.self) == 0x4742 { name = p }
        }
        guard let key = name, let bgv = Lay.dictGet(globals, key), bgv.isObj else { return M.refcounted }
        let bg = bgv.objPtr
        let n = bg.load(fromByteOffset: M.H, as: Int.self)
        if n != expected { return false }
        let items = bg.load(fromByteOffset: M.H + 8, as: RawPtr.self)
        for i in 0..<n {
            let v = items.load(fromByteOffset: i * Lay.VS, as: V.self)
            guard v.isObj, Lay.kindOf(v.objPtr) == Kind.instance else { return false }
            let s0 = v.objPtr.load(fromByteOffset: M.H, as: RawPtr.self).load(fromByteOffset: 16, as: V.self)
            if !s0.isInt || s0.intValue != i { return false }
        }
        return true
    }
}

// Shared pieces: bytecode, the three workload programs, configuration.
// Every design runs exactly the same bytecode through its own interpreter loop.

import CSupport
#if canImport(Glibc)
import Glibc
#endif

typealias RawPtr = UnsafeMutableRawPointer

// MARK: - Opcodes (16-bit code units: low byte = op, high byte = arg)

enum Op {
    static let LOAD_FAST: UInt8 = 1
    static let STORE_FAST: UInt8 = 2
    static let LOAD_CONST: UInt8 = 3
    static let LOAD_GLOBAL: UInt8 = 4
    static let BINARY_ADD: UInt8 = 5
    static let BINARY_AND: UInt8 = 6
    static let COMPARE_LT: UInt8 = 7
    static let POP_JUMP_IF_FALSE: UInt8 = 8
    static let JUMP: UInt8 = 9
    static let CALL: UInt8 = 10
    static let RETURN_VALUE: UInt8 = 11
    static let POP_TOP: UInt8 = 12
    static let BINARY_SUBSCR: UInt8 = 13
    static let LOAD_ATTR_SLOT: UInt8 = 14
}

enum ConstSpec {
    case int(Int)
    case float(Double)
    case str(String)
    case none
}

struct CodeSpec {
    var name: String
    var nargs: Int
    var nlocals: Int
    var stacksize: Int
    var code: [UInt16]
    var consts: [ConstSpec]
    var names: [String]
}

struct Asm {
    var code: [UInt16] = []
    var here: Int { code.count }
    mutating func op(_ o: UInt8, _ a: Int = 0) {
        precondition(a >= 0 && a < 256)
        code.append(UInt16(o) | UInt16(a) << 8)
    }
    mutating func patch(_ at: Int, _ target: Int) {
        code[at] = (code[at] & 0xff) | UInt16(target) << 8
    }
}

enum Workload: String, CaseIterable {
    case call, read, alloc
    /// Not an interpreter workload: a bare loop allocating 16-byte nodes and dropping them
    /// (reproduces the anchor measurement of Boehm allocation scaling).
    case rawalloc
}

/// `def f(x): return x + 1`
func functionFSpec() -> CodeSpec {
    var a = Asm()
    a.op(Op.LOAD_FAST, 0); a.op(Op.LOAD_CONST, 0); a.op(Op.BINARY_ADD); a.op(Op.RETURN_VALUE)
    return CodeSpec(name: "f", nargs: 1, nlocals: 1, stacksize: 2, code: a.code, consts: [.int(1)], names: [])
}

/// `def main(n): i = 0; acc = None; while i < n: <body>; i = i + 1; return acc`
/// locals: 0 n, 1 i, 2 acc, 3 tmp
func mainSpec(_ w: Workload) -> CodeSpec {
    var a = Asm()
    var consts: [ConstSpec] = [.int(0), .int(1), .none]
    var names: [String] = []
    func const(_ c: ConstSpec) -> Int { consts.append(c); return consts.count - 1 }
    func name(_ s: String) -> Int {
        if let i = names.firstIndex(of: s) { return i }
        names.append(s); return names.count - 1
    }
    a.op(Op.LOAD_CONST, 0); a.op(Op.STORE_FAST, 1)
    a.op(Op.LOAD_CONST, 2); a.op(Op.STORE_FAST, 2)
    a.op(Op.LOAD_CONST, 2); a.op(Op.STORE_FAST, 3)
    let top = a.here
    a.op(Op.LOAD_FAST, 1); a.op(Op.LOAD_FAST, 0); a.op(Op.COMPARE_LT)
    let jf = a.here
    a.op(Op.POP_JUMP_IF_FALSE, 0)
    switch w {
    case .call:
        // acc = f(i)
        a.op(Op.LOAD_GLOBAL, name("f")); a.op(Op.LOAD_FAST, 1); a.op(Op.CALL, 1); a.op(Op.STORE_FAST, 2)
    case .read:
        // tmp = D['alpha']; tmp = D['obj']; acc = L[i & 63]
        let kAlpha = const(.str("alpha")), kObj = const(.str("obj")), k63 = const(.int(63))
        a.op(Op.LOAD_GLOBAL, name("D")); a.op(Op.LOAD_CONST, kAlpha); a.op(Op.BINARY_SUBSCR); a.op(Op.STORE_FAST, 3)
        a.op(Op.LOAD_GLOBAL, name("D")); a.op(Op.LOAD_CONST, kObj); a.op(Op.BINARY_SUBSCR); a.op(Op.STORE_FAST, 3)
        a.op(Op.LOAD_GLOBAL, name("L")); a.op(Op.LOAD_FAST, 1); a.op(Op.LOAD_CONST, k63); a.op(Op.BINARY_AND)
        a.op(Op.BINARY_SUBSCR); a.op(Op.STORE_FAST, 2)
    case .alloc, .rawalloc:
        // acc = C(i, 2.5, None); tmp = acc.a
        let k25 = const(.float(2.5))
        a.op(Op.LOAD_GLOBAL, name("C")); a.op(Op.LOAD_FAST, 1); a.op(Op.LOAD_CONST, k25); a.op(Op.LOAD_CONST, 2)
        a.op(Op.CALL, 3); a.op(Op.STORE_FAST, 2)
        a.op(Op.LOAD_FAST, 2); a.op(Op.LOAD_ATTR_SLOT, 0); a.op(Op.STORE_FAST, 3)
    }
    a.op(Op.LOAD_FAST, 1); a.op(Op.LOAD_CONST, 1); a.op(Op.BINARY_ADD); a.op(Op.STORE_FAST, 1)
    a.op(Op.JUMP, top)
    a.patch(jf, a.here)
    a.op(Op.LOAD_FAST, 2); a.op(Op.RETURN_VALUE)
    return CodeSpec(name: "main", nargs: 1, nlocals: 4, stacksize: 8, code: a.code, consts: consts, names: names)
}

/// Shared data every design builds before the threads start.
enum SharedData {
    /// Keys of the shared dict D; values: ints, floats and heap instances.
    static let dKeys = ["alpha", "beta", "gamma", "delta", "epsilon", "obj", "zeta", "eta", "theta", "iota",
                        "kappa", "lambda_", "mu", "nu", "xi", "omicron"]
    enum Item { case int(Int), float(Double), instance(Int) }
    static func dValue(_ i: Int) -> Item {
        if dKeys[i] == "obj" { return .instance(i) }
        switch i % 3 { case 0: return .int(i * 7); case 1: return .float(Double(i) + 0.5); default: return .instance(i) }
    }
    /// 64 list items: int, float, instance, int, ...
    static func lValue(_ i: Int) -> Item {
        switch i % 3 { case 0: return .int(i); case 1: return .float(Double(i) * 0.25); default: return .instance(i) }
    }
    /// Filler globals so the globals dict has a realistic size.
    static let fillerGlobals = (0..<24).map { "g\($0)" }
}

struct Config {
    var design = "B"
    var workload = Workload.call
    var threads = 1
    var iterations = 0
    var background = 100_000       // live instances kept in a global list (GC must mark them)
    var heapMiB = 0                 // B: GC_expand_hp before the run (0 = default)
    var fsd = 0                     // B: GC_set_free_space_divisor (0 = default 3)
    var markers = 0                 // B: GC_MARKERS (0 = default = #cpus)
    var unmap = -1                  // B: GC_UNMAP_THRESHOLD (-1 = default)
    var interior = -1               // B: GC_set_all_interior_pointers (-1 = default)
    var incremental = 0             // B: 1 = GC_enable_incremental (generational, unlimited time)
    var verbose = false

    static func parse(_ args: [String]) -> Config {
        var c = Config()
        var i = 1
        func next() -> String { i += 1; return args[i] }
        while i < args.count {
            switch args[i] {
            case "--design": c.design = next()
            case "--workload": c.workload = Workload(rawValue: next())!
            case "--threads": c.threads = Int(next())!
            case "--iters": c.iterations = Int(next())!
            case "--background": c.background = Int(next())!
            case "--heap": c.heapMiB = Int(next())!
            case "--fsd": c.fsd = Int(next())!
            case "--markers": c.markers = Int(next())!
            case "--unmap": c.unmap = Int(next())!
            case "--interior": c.interior = Int(next())!
            case "--incremental": c.incremental = Int(next())!
            case "-v": c.verbose = true
            default: fatalError("unknown argument \(args[i])")
            }
            i += 1
        }
        if c.iterations == 0 {
            switch c.workload {
            case .call: c.iterations = 10_000_000
            case .read: c.iterations = 10_000_000
            case .alloc: c.iterations = 10_000_000
            case .rawalloc: c.iterations = 50_000_000
            }
        }
        return c
    }
}

// MARK: - Threads

final class ThreadBox {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

func spawnThread(_ body: @escaping () -> Void) -> pthread_t {
    var tid = pthread_t()
    let box = Unmanaged.passRetained(ThreadBox(body)).toOpaque()
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    pthread_attr_setstacksize(&attr, 64 << 20)
    let rc = pthread_create(&tid, &attr, { arg in
        let b = Unmanaged<ThreadBox>.fromOpaque(arg!).takeRetainedValue()
        b.body()
        return nil
    }, box)
    precondition(rc == 0)
    pthread_attr_destroy(&attr)
    return tid
}

/// A start barrier in raw memory (no Swift ARC on the hot path).
struct StartGate {
    let mem: UnsafeMutablePointer<Int64>
    init() { mem = .allocate(capacity: 16); mem.initialize(repeating: 0, count: 16) }
    func arrive() { _ = cs_atomic_add_i64(mem, 1) }
    func ready() -> Int64 { cs_atomic_load_i64(mem) }
    func open() { cs_atomic_store_i64(mem + 8, 1) }
    func wait() { while cs_atomic_load_i64(mem + 8) == 0 { cs_cpu_relax() } }
}

struct RunResult {
    var seconds: Double
    var extra: String = ""
}

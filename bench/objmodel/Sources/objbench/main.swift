// objbench: one design x one workload x one thread count per process.
// Output: one line of key=value pairs (parsed by run.sh / report.py).
//
// Designs:
//   A    plain Swift classes, ARC (values hold strong refs)
//   B    Boehm GC, interpreter-owned thread-local free lists (GC_malloc_many), 16-byte enum values
//   Bm   Boehm GC, GC_malloc per object (Boehm's own thread-local allocation), 16-byte enum values
//   Bn   as B, NaN-boxed 8-byte values
//   C    biased refcounting (own 32-byte header, immortal + deferred), malloc/free, 16-byte enum values
//   Cn   as C, NaN-boxed values

import CSupport
import CGC
#if canImport(Glibc)
import Glibc
#endif

let cfg = Config.parse(CommandLine.arguments)

func gcInit(_ cfg: Config) {
    if cfg.markers > 0 { GC_set_markers_count(UInt32(cfg.markers)) }
    if cfg.unmap >= 0 { setenv("GC_UNMAP_THRESHOLD", String(cfg.unmap), 1) }
    if cfg.interior >= 0 { GC_set_all_interior_pointers(Int32(cfg.interior)) }
    GC_start_performance_measurement()
    GC_init()
    GC_allow_register_threads()
    if cfg.fsd > 0 { GC_set_free_space_divisor(UInt(cfg.fsd)) }
    if cfg.incremental > 0 {
        GC_set_time_limit(UInt(GC_TIME_UNLIMITED))
        GC_enable_incremental()
    }
}

/// What main(n) returns (checksum form, see runMain).
func expectedResult(_ cfg: Config) -> Int {
    let n = cfg.iterations
    switch cfg.workload {
    case .rawalloc: return n * (n - 1) / 2
    case .call: return n                       // f(n-1) = n
    case .alloc: return n - 1                  // (last instance).a
    case .read:                                // L[(n-1) & 63]
        switch SharedData.lValue((n - 1) & 63) {
        case .int(let i): return i
        case .float(let d): return Int(d * 4)
        case .instance(let k): return k
        }
    }
}

func runThreads(_ n: Int, _ body: @escaping (Int, StartGate) -> Void) -> Double {
    let gate = StartGate()
    var tids: [pthread_t] = []
    for t in 0..<n { tids.append(spawnThread { body(t, gate) }) }
    while gate.ready() < Int64(n) { sched_yield() }
    let t0 = cs_now()
    gate.open()
    for t in tids { pthread_join(t, nil) }
    return cs_now() - t0
}

func runRaw<V: PyVal, M: MemModel>(_: V.Type, _: M.Type, _ cfg: Config) -> RunResult {
    let gc = !M.refcounted
    if gc { gcInit(cfg) }
    let mainFn = World<V, M>.build(cfg.workload, background: cfg.background)
    var gcBefore = 0, gcTimeBefore = 0
    if gc {
        if cfg.heapMiB > 0 {
            let have = Int(GC_get_heap_size())
            if cfg.heapMiB << 20 > have { GC_expand_hp(cfg.heapMiB << 20 - have) }
        }
        GC_gcollect()
        gcBefore = Int(GC_get_gc_no())
        gcTimeBefore = Int(GC_get_full_gc_total_time())
    }
    let sums = UnsafeMutablePointer<Int>.allocate(capacity: cfg.threads)
    let secs = runThreads(cfg.threads) { t, gate in
        var sb = GC_stack_base()
        if gc { GC_get_stack_base(&sb); GC_register_my_thread(&sb) }
        let ts = M.newThreadState(id: UInt64(t + 1), stackBytes: 1 << 20)
        gate.arrive()
        gate.wait()
        if cfg.workload == .rawalloc {
            sums[t] = Interp<V, M>.rawAlloc(ts, cfg.iterations)
        } else {
            sums[t] = Interp<V, M>.runMain(ts, mainFn, cfg.iterations)
        }
        if gc { GC_unregister_my_thread() }
    }
    var extra = "valuesize=\(MemoryLayout<V>.stride)"
    if gc {
        extra += " gcs=\(Int(GC_get_gc_no()) - gcBefore) gcms=\(Int(GC_get_full_gc_total_time()) - gcTimeBefore)"
        extra += " heapMiB=\(Int(GC_get_heap_size()) >> 20) markers=\(GC_get_parallel() + 1) incr=\(GC_is_incremental_mode()) interior=\(GC_get_all_interior_pointers())"
    } else {
        extra += " negshared=\(BRC.negativeShared.pointee)"
    }
    for t in 0..<cfg.threads { precondition(sums[t] == expectedResult(cfg), "wrong result \(sums[t])") }
    if gc { GC_gcollect(); precondition(Interp<V, M>.verifyBackground(cfg.background), "background heap corrupted") }
    extra += " check=ok"
    return RunResult(seconds: secs, extra: extra)
}

func runARC(_ cfg: Config) -> RunResult {
    let world = AWorld(cfg.workload, background: cfg.background)
    let sums = UnsafeMutablePointer<Int>.allocate(capacity: cfg.threads)
    let secs = runThreads(cfg.threads) { t, gate in
        let stack = UnsafeMutablePointer<AV>.allocate(capacity: 1 << 16)
        gate.arrive()
        gate.wait()
        if cfg.workload == .rawalloc {
            sums[t] = AInterp.rawAlloc(cfg.iterations)
        } else {
            sums[t] = AInterp.runMain(world, stack, cfg.iterations)
        }
    }
    for t in 0..<cfg.threads { precondition(sums[t] == expectedResult(cfg), "wrong result \(sums[t])") }
    return RunResult(seconds: secs, extra: "valuesize=\(MemoryLayout<AV>.stride) check=ok")
}

let r: RunResult
switch cfg.design {
case "A": r = runARC(cfg)
case "B": r = runRaw(EV.self, GCLocal.self, cfg)
case "Bm": r = runRaw(EV.self, GCMalloc.self, cfg)
case "Bn": r = runRaw(NV.self, GCLocal.self, cfg)
case "Bnm": r = runRaw(NV.self, GCMalloc.self, cfg)
case "C": r = runRaw(EV.self, BRC.self, cfg)
case "Cn": r = runRaw(NV.self, BRC.self, cfg)
default: fatalError("unknown design \(cfg.design)")
}
let nsPerIter = r.seconds * 1e9 / Double(cfg.iterations)
print("design=\(cfg.design) workload=\(cfg.workload.rawValue) threads=\(cfg.threads) iters=\(cfg.iterations) "
      + "secs=\(r.seconds) ns_per_iter=\(nsPerIter) maxrss_kib=\(cs_maxrss_kib()) \(r.extra)")

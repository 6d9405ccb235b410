// objbench-d: design D (what the runtime uses) in its own executable, because it installs
// the Boehm collector as the process allocator (malloc & co. interposed in Sources/CDGC).
// Same command line, bytecode, workloads and output line as objbench; designs:
//   D    Swift classes (as A), ARC-immortal from creation, Boehm GC as malloc, 16-byte enum values
// Extra flag: --immortal-storage 1 also makes the setup-time objects' Swift array buffers
// immortal (diagnostic; the runtime does not do this).

import CSupport
import CDGC
#if canImport(Glibc)
import Glibc
#endif

dgc_init()   // (the first malloc of the process has already done it; explicit for clarity)

var immortalStorage = false
var argv = CommandLine.arguments
if let i = argv.firstIndex(of: "--immortal-storage") {
    immortalStorage = argv[i + 1] != "0"
    argv.removeSubrange(i...(i + 1))
}
let cfg = Config.parse(argv)
precondition(cfg.design == "D", "objbench-d runs design D only")

/// What main(n) returns (checksum form, see runMain).
func expectedResult(_ cfg: Config) -> Int {
    let n = cfg.iterations
    switch cfg.workload {
    case .rawalloc: return n * (n - 1) / 2
    case .call: return n
    case .alloc: return n - 1
    case .read:
        switch SharedData.lValue((n - 1) & 63) {
        case .int(let i): return i
        case .float(let d): return Int(d * 4)
        case .instance(let k): return k
        }
    }
}

/// Threads are created through the collector (GC_pthread_create), so their stacks are roots.
func spawnGCThread(_ body: @escaping () -> Void) -> UInt64 {
    var tid: UInt64 = 0
    let box = Unmanaged.passRetained(ThreadBox(body)).toOpaque()
    let rc = dgc_thread_create({ arg in
        let b = Unmanaged<ThreadBox>.fromOpaque(arg!).takeRetainedValue()
        b.body()
        return nil
    }, box, 64 << 20, &tid)
    precondition(rc == 0)
    return tid
}

func runThreads(_ n: Int, _ body: @escaping (Int, StartGate) -> Void) -> Double {
    let gate = StartGate()
    var tids: [UInt64] = []
    for t in 0..<n { tids.append(spawnGCThread { body(t, gate) }) }
    while gate.ready() < Int64(n) { sched_yield() }
    let t0 = cs_now()
    gate.open()
    for t in tids { dgc_thread_join(t) }
    return cs_now() - t0
}

func runD(_ cfg: Config) -> RunResult {
    let world = DWorld(cfg.workload, background: cfg.background)
    if immortalStorage { world.immortalizeStorage() }
    // The objects really are immortal: a retain/release pair leaves the refcount word unchanged.
    let probe = Unmanaged.passUnretained(world.mainFn!).toOpaque()
    let rc0 = dgc_refcount_word(probe)
    withExtendedLifetime(world.mainFn!) { let copy = world.mainFn!; cs_blackhole(Unmanaged.passUnretained(copy).toOpaque()) }
    precondition(dgc_refcount_word(probe) == rc0 && rc0 >> 63 == 1, "object is not immortal")
    if cfg.heapMiB > 0 { dgc_expand_heap_to(cfg.heapMiB << 20) }
    dgc_collect()
    let gcBefore = Int(dgc_collections()), gcTimeBefore = Int(dgc_gc_total_ms())
    let sums = UnsafeMutablePointer<Int>.allocate(capacity: cfg.threads)
    let registered = UnsafeMutablePointer<Int>.allocate(capacity: cfg.threads)
    let secs = runThreads(cfg.threads) { t, gate in
        registered[t] = Int(dgc_thread_is_registered())
        let stack = UnsafeMutablePointer<DV>.allocate(capacity: 1 << 16)
        gate.arrive()
        gate.wait()
        if cfg.workload == .rawalloc {
            sums[t] = DInterp.rawAlloc(cfg.iterations)
        } else {
            sums[t] = DInterp.runMain(world, stack, cfg.iterations)
        }
        withExtendedLifetime(stack) {}
    }
    var extra = "valuesize=\(MemoryLayout<DV>.stride)"
    extra += " gcs=\(Int(dgc_collections()) - gcBefore) gcms=\(Int(dgc_gc_total_ms()) - gcTimeBefore)"
    extra += " heapMiB=\(dgc_heap_size() >> 20) markers=\(dgc_markers()) interior=\(dgc_all_interior_pointers())"
    extra += " immortal_storage=\(immortalStorage ? 1 : 0)"
    for t in 0..<cfg.threads {
        precondition(registered[t] == 1, "worker thread not registered with the collector")
        precondition(sums[t] == expectedResult(cfg), "wrong result \(sums[t])")
    }
    dgc_collect()
    precondition(world.verifyBackground(cfg.background), "background heap corrupted")
    extra += " check=ok"
    return RunResult(seconds: secs, extra: extra)
}

let r = runD(cfg)
let nsPerIter = r.seconds * 1e9 / Double(cfg.iterations)
print("design=\(cfg.design) workload=\(cfg.workload.rawValue) threads=\(cfg.threads) iters=\(cfg.iterations) "
      + "secs=\(r.seconds) ns_per_iter=\(nsPerIter) maxrss_kib=\(cs_maxrss_kib()) \(r.extra)")

// swift-tools-version:5.9
// Standalone microbenchmark package for the object-model decision (issue 3).
// Not part of the main Grail package or CI. Build: swift build -c release
import PackageDescription

let package = Package(
    name: "objmodel",
    targets: [
        // Boehm-Demers-Weiser collector (Debian libgc-dev), compiled with GC_THREADS.
        .systemLibrary(name: "CGC", path: "Sources/CGC"),
        // Tiny C helpers: atomics on raw memory, cpu_relax, thread-local id.
        .target(name: "CSupport", path: "Sources/CSupport"),
        .executableTarget(
            name: "objbench",
            dependencies: ["CGC", "CSupport"],
            path: "Sources/objbench"
        ),
        // Design D (what the runtime uses): Boehm GC installed as the process allocator by
        // interposing malloc & co. (copy of the runtime's Sources/CGrailGC/grailgc.c). It affects
        // the whole process, so design D is a separate executable; A/B/C stay unaffected.
        .target(
            name: "CDGC",
            path: "Sources/CDGC",
            cSettings: [.define("GC_THREADS"), .unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("gc")]
        ),
        .executableTarget(
            name: "objbench-d",
            dependencies: ["CDGC", "CSupport"],
            path: "Sources/objbench-d"
        ),
    ]
)

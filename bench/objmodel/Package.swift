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
    ]
)

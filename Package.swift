// swift-tools-version:6.0
import PackageDescription

// Pipeline stages are separate modules with one-way dependencies:
//   GrailSyntax (source -> tokens -> AST) <- GrailCompiler (AST -> bytecode)
//   <- GrailRuntime (library product `Grail`: objects, VM, native modules) <- grail (CLI)
// CGrailGC binds the Boehm-Demers-Weiser collector (Debian libgc-dev) and makes
// it the process allocator (see docs/ARCHITECTURE.md, "Memory model").
// MemberImportVisibility: members of modules a dependency imports (BigInt imports Foundation)
// are not visible, so Grail never calls into Foundation by accident.
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"]), .enableUpcomingFeature("MemberImportVisibility")]
let package = Package(
    name: "Grail",
    products: [
        .library(name: "GrailSyntax", targets: ["GrailSyntax"]),
        .library(name: "Grail", targets: ["GrailRuntime"]),
        .executable(name: "grail", targets: ["grail"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .target(name: "GrailSyntax", swiftSettings: fast),
        .target(name: "GrailCompiler", dependencies: ["GrailSyntax"], swiftSettings: fast),
        .target(
            name: "CGrailGC",
            cSettings: [.define("GC_THREADS"), .unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("gc")]
        ),
        .target(
            name: "GrailRuntime",
            dependencies: ["GrailSyntax", "GrailCompiler", "CGrailGC", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: fast
        ),
        .executableTarget(name: "grail", dependencies: ["GrailSyntax", "GrailCompiler", "GrailRuntime"]),
        .executableTarget(
            name: "grail-parse-bench",
            dependencies: ["GrailSyntax"],
            path: "bench/parse/Sources"
        ),
    ],
    swiftLanguageModes: [.v5]
)

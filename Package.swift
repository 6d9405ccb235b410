// swift-tools-version:6.0
import PackageDescription

// Pipeline stages are separate modules with one-way dependencies:
//   GrailSyntax (source -> tokens -> AST)  <-  Grail (runtime library)  <-  grail (CLI)
let package = Package(
    name: "Grail",
    products: [
        .library(name: "GrailSyntax", targets: ["GrailSyntax"]),
        .executable(name: "grail", targets: ["grail"]),
    ],
    targets: [
        .target(
            name: "GrailSyntax",
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .executableTarget(
            name: "grail",
            dependencies: ["GrailSyntax"]
        ),
        .executableTarget(
            name: "grail-parse-bench",
            dependencies: ["GrailSyntax"],
            path: "bench/parse/Sources"
        ),
    ],
    swiftLanguageModes: [.v5]
)

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "LivingPaper",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "report", targets: ["report"]),
        .library(name: "LinearRNN", targets: ["LinearRNN"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
        .target(name: "LinearRNN", dependencies: ["CBLAS"]),
        .target(name: "Engine", dependencies: ["LinearRNN", "Yams"]),
        .executableTarget(
            name: "report",
            dependencies: ["Engine", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "rnn-bench", dependencies: ["LinearRNN", "CBLAS"], path: "benchmarks/Swift"),
        .testTarget(name: "LinearRNNTests", dependencies: ["LinearRNN"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "LinearRNN"]),
    ]
)

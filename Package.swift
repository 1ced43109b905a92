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
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPango", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .target(name: "LinearRNN", dependencies: ["CBLAS"]),
        .target(name: "Graphics", dependencies: ["CCairo", "CPango"]),
        .target(name: "Plot", dependencies: ["Graphics"]),
        .target(name: "Document", dependencies: ["CCmark", "Yams"]),
        .target(name: "MathLayout"),
        .target(name: "Engine", dependencies: ["LinearRNN", "Document", "Plot", "MathLayout", "Yams"]),
        .target(name: "HTMLWriter", dependencies: ["Document", "MathLayout"]),
        .executableTarget(
            name: "report",
            dependencies: ["Engine", "HTMLWriter", "Plot", "Graphics", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "LinearRNNTests", dependencies: ["LinearRNN"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "LinearRNN", "Document", "Plot"]),
        .testTarget(name: "DocumentTests", dependencies: ["Document"], exclude: ["Resources"]),
        .testTarget(name: "GraphicsTests", dependencies: ["Graphics", "CCairo"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "Graphics", "CCairo"]),
        .executableTarget(
            name: "figure-bench", dependencies: ["Plot", "Graphics"],
            path: "benchmarks/FigureBench"),
        .testTarget(name: "MathLayoutTests", dependencies: ["MathLayout"]),
        .testTarget(name: "HTMLWriterTests", dependencies: ["HTMLWriter", "Document"]),
    ]
)

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
        .systemLibrary(
            name: "CRsvg", pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]),
        .systemLibrary(
            name: "CQPDF", pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(
            name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev", "libfontconfig-dev"])]),
        // Google's WOFF2 converter (Debian libwoff-dev) behind a C wrapper.
        .target(
            name: "CWOFF2",
            linkerSettings: [.linkedLibrary("woff2enc"), .linkedLibrary("woff2dec"), .linkedLibrary("stdc++")]),
        // libqpdf's content-stream token filter (C++ only) behind a C wrapper.
        .target(
            name: "CPDFArtifacts",
            linkerSettings: [.linkedLibrary("qpdf"), .linkedLibrary("stdc++")]),
        .target(name: "LinearRNN", dependencies: ["CBLAS"]),
        .target(name: "Graphics", dependencies: ["CCairo", "CPango", "CRsvg"]),
        .target(name: "Plot", dependencies: ["Graphics", "MathDrawing", "MathLayout"]),
        .target(name: "YAMLLimits"),
        .target(name: "Document", dependencies: ["CCmark", "Yams", "YAMLLimits", "MathLayout"]),
        .target(name: "MathLayout"),
        .target(name: "MathDrawing", dependencies: ["MathLayout", "Graphics"]),
        .target(name: "Experiments", dependencies: ["LinearRNN", "Yams", "YAMLLimits"]),
        .target(name: "PlotKinds", dependencies: ["Experiments", "Plot", "Graphics"]),
        .target(name: "Engine", dependencies: ["Experiments", "PlotKinds", "Document", "Plot", "Graphics", "MathLayout"]),
        .target(name: "HTMLWriter", dependencies: ["Document", "MathLayout", "CHarfBuzzSubset", "CWOFF2"]),
        .target(name: "PDFWriter", dependencies: ["Document", "MathLayout", "MathDrawing", "Graphics", "CQPDF", "CPDFArtifacts", "CHyphen"]),
        .executableTarget(
            name: "report",
            dependencies: ["Engine", "Document", "Experiments", "LinearRNN", "HTMLWriter", "PDFWriter", "Plot", "Graphics", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "rnn-bench", dependencies: ["LinearRNN", "CBLAS"], path: "benchmarks/Swift"),
        .testTarget(name: "LinearRNNTests", dependencies: ["LinearRNN"]),
        .testTarget(name: "YAMLLimitsTests", dependencies: ["YAMLLimits"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "LinearRNN"],
                    resources: [.copy("Resources/reference-values.json")]),
        .testTarget(name: "PlotKindsTests", dependencies: ["PlotKinds", "Experiments", "Plot"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Experiments", "LinearRNN", "Document", "Plot", "HTMLWriter", "PDFWriter", "TestSupport"],
                    resources: [.copy("Resources/fuzz-seeds"), .copy("Resources/images")]),
        .testTarget(name: "DocumentTests", dependencies: ["Document", "MathLayout"], exclude: ["Resources"]),
        .target(name: "TestSupport", dependencies: ["CCairo"], path: "Tests/TestSupport"),
        .testTarget(name: "GraphicsTests", dependencies: ["Graphics", "CCairo", "TestSupport"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "Graphics", "MathDrawing", "CCairo", "TestSupport"]),
        .executableTarget(
            name: "figure-bench", dependencies: ["Plot", "Graphics"],
            path: "benchmarks/FigureBench"),
        .executableTarget(
            name: "pdf-bench", dependencies: ["Engine", "PDFWriter"],
            path: "benchmarks/PDFBench"),
        .testTarget(name: "MathLayoutTests", dependencies: ["MathLayout"]),
        .testTarget(name: "MathDrawingTests", dependencies: ["MathDrawing", "MathLayout", "Graphics"]),
        .testTarget(name: "HTMLWriterTests", dependencies: ["HTMLWriter", "Document", "MathLayout", "Graphics", "TestSupport", "CHarfBuzzSubset", "CWOFF2"]),
        .testTarget(name: "PDFWriterTests", dependencies: ["PDFWriter", "Document", "MathLayout", "Graphics", "CQPDF"]),
        // Runs the built `report` executable; depending on it makes `swift test` build it first.
        .testTarget(name: "CLITests", dependencies: ["report"], resources: [.copy("Snapshots")]),
    ],
    cxxLanguageStandard: .cxx17
)

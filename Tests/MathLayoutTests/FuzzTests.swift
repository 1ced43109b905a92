import MathLayout
import Testing

/// Mutated and truncated formulas (deterministic seeds) must parse, render and lay out
/// without a crash, with diagnostics inside the input, well-formed MathML and finite boxes.
struct FuzzTests {
    private let engine = MathLayoutEngine(metrics: FixedWidthMetrics())
    private static let corpus = SpecFormulas.display + (mathMLExamples + coverageExamples).map(\.tex)
        + CorpusFormulas.all
    private static let noise: [Character] = Array("{}[]()\\^_&'%$|.x1 \n")

    @Test(arguments: 1...40)
    func mutatedFormulasDoNotCrash(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<25 {
            let original = Self.corpus[Int(random.next() % UInt64(Self.corpus.count))]
            let tex = mutate(Array(original), using: &random)
            let parsed = MathParser.parse(tex)
            for diagnostic in parsed.diagnostics {
                #expect((0...tex.count).contains(diagnostic.offset), "seed \(seed): \(tex)")
            }
            let display = random.next() % 2 == 0
            let mathML = MathMLWriter.render(parsed, display: display)
            #expect(TagBalance.isWellFormed(mathML), "seed \(seed): \(tex) -> \(mathML)")
            let box = engine.layout(parsed, display: display, size: 10)
            #expect([box.width, box.ascent, box.descent].allSatisfy { $0.isFinite }, "seed \(seed): \(tex)")
        }
    }

    @Test func pathologicalInputsFinish() {
        let inputs = [
            String(repeating: "\\left(", count: 3000),
            String(repeating: "x^1", count: 3000),
            String(repeating: "\\hat", count: 3000) + "x",
            String(repeating: "\\frac", count: 3000),
            String(repeating: "}", count: 3000),
            String(repeating: "\\begin{pmatrix}", count: 3000),
            String(repeating: "'", count: 100),
            "\\text" + String(repeating: "{", count: 3000),
            String(repeating: "\\xrightarrow[", count: 3000),
            String(repeating: "\\begin{array}{", count: 3000),
            "\\def\\a{\\a\\a}" + String(repeating: "\\a", count: 200),
            "\\newcommand{\\b}[1]{#1#1#1#1}" + String(repeating: "\\b{", count: 50) + "x",
        ]
        for tex in inputs {
            let parsed = MathParser.parse(tex)
            #expect(TagBalance.isWellFormed(MathMLWriter.render(parsed, display: true)))
            #expect(engine.layout(parsed, display: true, size: 10).width.isFinite)
        }
    }

    private func mutate(_ chars: [Character], using random: inout SplitMix64) -> String {
        var chars = chars
        for _ in 0..<(1 + Int(random.next() % 3)) {
            let index = chars.isEmpty ? 0 : Int(random.next() % UInt64(chars.count))
            switch random.next() % 4 {
            case 0: chars = Array(chars.prefix(index))
            case 1: if !chars.isEmpty { chars.remove(at: index) }
            case 2: chars.insert(Self.noise[Int(random.next() % UInt64(Self.noise.count))], at: index)
            default: chars.insert(contentsOf: chars[index...].prefix(5), at: index)
            }
        }
        return String(chars)
    }
}

/// A small deterministic random generator for the fuzz tests.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Checks that every start tag of an XML fragment has its matching end tag.
enum TagBalance {
    static func isWellFormed(_ xml: String) -> Bool {
        var open: [Substring] = []
        var rest = xml[...]
        while let start = rest.firstIndex(of: "<") {
            guard let end = rest[start...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasSuffix("/") { continue }
            let name = tag.prefix { $0 != " " }
            if name.hasPrefix("/") {
                guard open.popLast() == name.dropFirst() else { return false }
            } else {
                open.append(name)
            }
        }
        return open.isEmpty && !rest.contains(">")
    }
}

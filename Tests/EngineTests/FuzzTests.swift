import Document
import Engine
import Foundation
import PDFWriter
import Testing
import TestSupport

/// Mutated chapters through the whole renderer: the book's chapters (with their experiments
/// made cheap) and generated chapters that use every directive kind, each changed by a few
/// random byte edits (tokens of the chapter syntax, deletions, copies, stray bytes, other line
/// endings). Every case must render without crashing, place every diagnostic at a line and
/// column, and give a well-formed page with unique ids; every twentieth also a PDF. The seed
/// is fixed; `FUZZ_CASES`, `FUZZ_SEED` and `FUZZ_SECONDS` (a case taking longer is a
/// failure) make the long runs of `make fuzz`.
struct FuzzTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["FUZZ_CASES"].flatMap(Int.init) ?? 200
    static let seed = environment["FUZZ_SEED"].flatMap(UInt64.init) ?? 20_260_601
    static let secondsPerCase = environment["FUZZ_SECONDS"].flatMap(Double.init)
    /// Every this many cases also go through the PDF writer (slower than the HTML writer).
    static let pdfEvery = 20
    /// No chapter grows past this many bytes.
    static let maxBytes = 24_000

    /// Pieces of the chapter syntax that mutations insert.
    static let tokens = [
        "$", "$$", "$$\n", "\\", "{", "}", "{#", "{#sec-a}", "{#eq-a}", "{#fig-a}", "{#references}", "{#fn-1-1}",
        "[", "]", "[@k]", "[@k; @nope]", "@fig-a", "@tbl-a", "@eq-a", "@sec-a", "[^1]", "[^1]: note\n", "(", ")",
        "](https://example.org)", "![i](img.png)", "![r](https://example.org/x.png)", "*", "**", "_", "~~", "`", "```",
        "```\n", "~~~", "```{figure} fig-a\n", "```{claim} c\n", "```{table} tbl-a\n", "```{experiment} e\n",
        "```{nosuch}\n", ":experiment: e\n", ":check: e.rules.bptt.loss[1] < 1\n", ":y: rules.*.loss\n", "---\n", "---\r\n",
        "\n", "\r", "\r\n", "\n\n", "> ", "- ", "1. ", "    ", "\t", "| a | b |\n|---|---|\n", "#", "# ", "<div>", "</div>",
        "<!--", "-->", "<script>", "&amp;", "&#0;", "\u{0}", "\u{1}", "\u{7F}", "\u{FFFE}", "\u{E000}", "\u{E002}0\u{E003}",
        "{value}`e.rules.bptt.loss[1]`", "{value}`", "\\frac{", "\\nosuch", "\\begin{aligned}", "&", "{{steps}}", "é", "∑",
    ].map { Array($0.utf8) }

    /// A chapter that uses every directive kind and most inline syntax, with cheap experiments.
    static func generatedChapter(_ random: inout Random, number: Int) -> String {
        var parts = ["---\ntitle: Generated \(number)\nsteps: 3\n---\n", "# Chapter \(number) {#sec-c\(number)}\n"]
        let experiment = "e\(number)"
        for _ in 0..<(3 + random.below(8)) {
            switch random.below(14) {
            case 0: parts.append("## \(random.pick(["References", "Provenance", "Contents", "Notes", "Results"])) \(random.pick(["", "{#sec-x\(random.below(3))}", "[@k]", "[a](https://example.org)"]))\n")
            case 1: parts.append("Text with $a_\(random.below(9)) + b$ and [@k] and @sec-c\(number) and a note[^\(random.below(3))].\n\n[^\(random.below(3))]: A note with $x$.\n")
            case 2: parts.append("$$\n\\frac{a}{b}\n+ \(random.pick(["c", "\\nosuch", "{", "\\sum_k x_k"]))\n$$ {#eq-\(number)-\(random.below(4))}\n")
            case 3: parts.append(RenderFixture.modesExperiment(experiment) + "\n")
            case 4: parts.append("```{figure} fig-\(number)-\(random.below(3))\n:experiment: \(experiment)\n:y: rules.*.loss\n:x: rules.*.tau\n:yscale: \(random.pick(["log", "linear", "symlog"]))\nA caption with $\\tau$ and @sec-c\(number).\n```\n")
            case 5: parts.append("```{table} tbl-\(number)-\(random.below(3))\n:experiment: \(experiment)\n:rows: rules\n:columns: loss[0], loss[1]\n:header: Rule, Start, End\nA table.\n```\n")
            case 6: parts.append("```{claim} claim-\(number)-\(random.below(3))\n:check: \(experiment).rules.bptt.loss[1] < \(experiment).rules.bptt.loss[0]\nThe loss falls.\n```\n")
            case 7: parts.append("The loss is {value}`\(experiment).rules.bptt.loss[1] | .3g` at the end.\n")
            case 8: parts.append("- item $x$\n  - nested [see [@k]](https://example.org)\n    > quoted @fig-\(number)-0\n")
            case 9: parts.append("> quote\n> > deeper\n> > - list\n")
            case 10: parts.append("| a | b |\n|---|:-:|\n| $x$ | [@k] |\n")
            case 11: parts.append("```python\nprint('$x$')\n```\n")
            case 12: parts.append("![image](\(random.pick(["img.png", "https://example.org/x.png", "../outside.png", "a.svg"])))\n")
            default: parts.append("<span>raw</span> and *emphasis* and **strong** and ~~gone~~ and `code`.\n")
            }
        }
        return parts.joined(separator: "\n")
    }

    /// The book's chapters with every experiment replaced by a cheap one of the same id.
    static let seeds: [String] = {
        guard let folder = Bundle.module.url(forResource: "fuzz-seeds", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return cheapened(text)
        }
    }()

    static let bibliography: String = {
        let url = Bundle.module.url(forResource: "fuzz-seeds", withExtension: nil)?.appendingPathComponent("references.bib")
        return (url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? "") + ChapterSafetyTests.bibliography
    }()

    static func cheapened(_ chapter: String) -> String {
        var out: [String] = []
        var inExperiment = false
        for line in chapter.components(separatedBy: "\n") {
            if inExperiment {
                if line.hasPrefix("```") { inExperiment = false }
                continue
            }
            if line.hasPrefix("```{experiment}") {
                let id = line.dropFirst("```{experiment}".count).trimmingCharacters(in: .whitespaces)
                out.append(RenderFixture.modesExperiment(id))
                inExperiment = true
                continue
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// A few random edits of `bytes`.
    static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + random.below(4)) {
            let at = random.below(b.count + 1)
            switch random.below(7) {
            case 0, 1: b.insert(contentsOf: random.pick(tokens), at: at)
            case 2: b.removeSubrange(at..<min(b.count, at + 1 + random.below(40)))
            case 3:
                let length = min(b.count - at, 1 + random.below(80))
                b.insert(contentsOf: Array(b[at..<(at + length)]), at: random.below(b.count + 1))
            case 4: b.insert(UInt8(random.below(256)), at: at)
            case 5:
                let ending: [UInt8] = random.chance(50) ? [0x0D, 0x0A] : [0x0D]
                b = Array(b.split(separator: 0x0A, omittingEmptySubsequences: false).joined(separator: ending))
            default: b.insert(contentsOf: Array(repeating: UInt8(ascii: random.pick([">", "-", "*", "[", "$", "`"])), count: 1 + random.below(300)), at: at)
            }
        }
        return bounded(Array(b.prefix(maxBytes)))
    }

    /// Keeps experiments cheap: numbers of more than two digits are cut to two, exponents dropped.
    static func bounded(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var digits = 0
        for (i, byte) in bytes.enumerated() {
            let isDigit = byte >= 0x30 && byte <= 0x39
            digits = isDigit ? digits + 1 : 0
            if digits > 2 { continue }
            let exponent = (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && i > 0 && bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39
            if exponent { continue }
            out.append(byte)
        }
        return out
    }

    /// What is wrong with one rendered case, if anything.
    static func problems(_ book: MemoryBook) -> [String] {
        var found: [String] = []
        for d in book.diagnostics where d.location.line < 1 || d.location.column < 1 || d.location.file.isEmpty {
            found.append("unplaced diagnostic \(d.location): \(d.message)")
        }
        if let problem = HTMLChecks.problem(in: book.html) { found.append("malformed HTML: \(problem)") }
        let duplicates = HTMLChecks.duplicateIDs(in: book.html)
        if !duplicates.isEmpty { found.append("duplicate ids: \(duplicates.prefix(5))") }
        return found
    }

    @Test func mutatedChaptersRenderWellFormedPagesWithPlacedDiagnostics() throws {
        #expect(!Self.seeds.isEmpty)
        var random = Random(state: Self.seed)
        let effects = InMemoryEffects()
        var failures = 0
        for index in 0..<Self.cases {
            var chapters: [String: Data] = [:]
            for number in 1...(1 + random.below(2)) {
                let source = random.chance(50) ? Self.seeds[random.below(Self.seeds.count)] : Self.generatedChapter(&random, number: number)
                chapters[String(format: "%02d-case.md", number)] = Data(Self.mutate(Array(source.utf8), &random))
            }
            let start = Date()
            let book = try MemoryBook(chapters: chapters, bibliography: Self.bibliography, effects: effects)
            var found = Self.problems(book)
            if index % Self.pdfEvery == 0 {
                do { _ = try PDFWriter().render(book.outcome.book) } catch { found.append("the PDF writer failed: \(error)") }
            }
            if let limit = Self.secondsPerCase, Date().timeIntervalSince(start) > limit {
                found.append(String(format: "took %.1f s", Date().timeIntervalSince(start)))
            }
            guard !found.isEmpty else { continue }
            failures += 1
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-case-\(Self.seed)-\(index)")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, data) in chapters { try? data.write(to: folder.appendingPathComponent(name)) }
            Issue.record("case \(index) (chapters in \(folder.path)): \(found.joined(separator: "; "))")
            if failures >= 20 { break }
        }
    }
}

import Document
import Foundation
import Testing

/// Runs the numbered examples of `Resources/syntax-spec.txt`: each chapter snippet must parse
/// to the expected tree and diagnostics. A failure prints the example number and both trees.
struct SyntaxSpecTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let number: Int
        let title: String
        let input: String
        let expected: String
        var testDescription: String { "\(number). \(title)" }
    }

    static let specFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/syntax-spec.txt")

    static func examples() -> [Example] {
        guard let text = try? String(contentsOf: specFile, encoding: .utf8) else { return [] }
        return text.components(separatedBy: "\n=== ").dropFirst().compactMap { chunk in
            let lines = chunk.components(separatedBy: "\n")
            guard let heading = lines.first, let dot = heading.firstIndex(of: "."), let number = Int(heading[..<dot]),
                  let split = lines.firstIndex(of: "--- expected") else { return nil }
            return Example(number: number, title: heading[heading.index(after: dot)...].trimmingCharacters(in: .whitespaces),
                           input: lines[1..<split].joined(separator: "\n"),
                           expected: lines[(split + 1)...].joined(separator: "\n").trimmingCharacters(in: .newlines))
        }
    }

    @Test func specFileHasExamples() {
        #expect(Self.examples().count >= 20)
    }

    @Test(arguments: examples())
    func example(_ example: Example) {
        let (chapter, diagnostics) = MarkdownParser(file: "spec.md").parse(example.input, number: 1)
        var actual = TreeDump.blocks(chapter.blocks)
        for d in diagnostics {
            actual += "\ndiag \(d.location.line):\(d.location.column) \(d.severity.rawValue): \(d.message)"
        }
        #expect(actual == example.expected, "example \(example.number) (\(example.title))\n--- expected\n\(example.expected)\n--- actual\n\(actual)")
    }
}

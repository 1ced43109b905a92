import Experiments
import Foundation
import Testing

/// The book's experiments stay within the run-time budget: each parses, and parsing refuses
/// an experiment whose estimate is above the budget.
struct BookBudgetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("chapters")

    /// `(id, yaml)` of every `{experiment}` fence of the chapters.
    static var experiments: [String] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return files.flatMap { file -> [String] in
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            var found: [String] = [], current: [String]?
            for line in text.components(separatedBy: "\n") {
                if current == nil, line.hasPrefix("```{experiment}") { current = [line] } else if line == "```", let body = current {
                    found.append(body.joined(separator: "\n"))
                    current = nil
                } else { current?.append(line) }
            }
            return found
        }
    }

    @Test func theBookDeclaresItsExperiments() {
        #expect(Self.experiments.count >= 15)
    }

    @Test(arguments: experiments)
    func experimentIsWithinTheBudget(_ declaration: String) throws {
        let body = declaration.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        _ = try ExperimentParser.parse(yaml: body)
    }
}

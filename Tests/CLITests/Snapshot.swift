import Foundation
import Testing

/// Text compared with a file committed under `Snapshots/`, read from the test bundle. A
/// mismatch prints a line diff; `RECORD_SNAPSHOTS=1 swift test --filter CLITests` writes
/// the current text into the source folder instead.
enum Snapshot {
    static func check(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
            try Data(actual.utf8).write(to: source)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Snapshots") else {
            Issue.record("no snapshot Snapshots/\(name); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        guard actual != expected else { return }
        Issue.record("""
            output differs from Snapshots/\(name) (- snapshot, + actual; RECORD_SNAPSHOTS=1 rewrites it):
            \(diff(expected, actual))
            """, sourceLocation: sourceLocation)
    }

    /// The lines of `old` and `new` as a diff: unchanged lines indented, removed ones marked
    /// `-`, added ones `+`, each with its line number in the snapshot or the output.
    static func diff(_ old: String, _ new: String) -> String {
        let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
        // Longest common subsequence lengths of the suffixes.
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append(String(format: "%4d   ", i + 1) + a[i]); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append(String(format: "%4d - ", i + 1) + a[i]); i += 1
            } else {
                lines.append(String(format: "%4d + ", j + 1) + b[j]); j += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}

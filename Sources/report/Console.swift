import Document
import Engine
import Foundation

/// Messages on standard error: diagnostics with their source line and caret, and the run
/// summary (which experiments were reused, and why the others ran).
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    static func info(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        let sorted = diagnostics.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column)
        }
        for d in sorted { error(d.description) }
    }

    static func printRunSummary(_ outcomes: [ExperimentOutcome]) {
        let reused = outcomes.filter { $0.status == .reused }
        if !reused.isEmpty { info("reused \(reused.count) experiment\(reused.count == 1 ? "" : "s") from the cache: \(reused.map(\.id).joined(separator: ", "))") }
        for o in outcomes {
            switch o.status {
            case .reused: break
            case let .ran(reason): info(String(format: "ran %@ (%@) in %.2f s", o.id, reason, o.seconds))
            case let .failed(message): info("FAILED \(o.id): \(message)")
            }
        }
    }
}

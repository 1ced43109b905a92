import Document
import Engine
import Foundation

/// Messages on standard error: diagnostics with their source line and caret, and the run
/// summary (which experiments were reused, and why the others ran, what was written).
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

    /// Everything a build has to say: diagnostics, problems and warnings, then (unless quiet)
    /// the experiments, the claims and the files written.
    static func printBuild(_ result: ReportBuild.Result, quiet: Bool, display: (URL) -> String) {
        printDiagnostics(result.outcome.diagnostics)
        result.problems.forEach { error($0) }
        result.warnings.forEach { info("warning: \($0)") }
        guard !quiet else { return }
        printRunSummary(result.outcome.declared)
        info("claims: \(result.claimsHeld) of \(result.claimCount) hold")
        let written = result.written.map { file in
            String(format: "%@ (%.1f kB", display(file.url), Double(file.bytes) / 1000) + file.details.map { ", \($0)" }.joined() + ")"
        }
        let figures = result.figureFiles.first.map { ["\(display($0.deletingLastPathComponent()))/ (\(result.figureFiles.count) files)"] } ?? []
        info(String(format: "wrote %@ in %.2f s", (written + figures).joined(separator: ", "), result.seconds))
    }
}

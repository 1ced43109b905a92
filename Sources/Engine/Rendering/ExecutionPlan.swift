import Experiments
import Document

/// The experiments a book declares: ids checked for uniqueness, `{{key}}` parameters
/// substituted, YAML parsed (errors point into the chapter). A sweep is planned as its runs,
/// `id.points[i]`, each an ordinary experiment with its own cache entry.
struct ExecutionPlan {
    private(set) var experiments: [PlannedExperiment] = []
    /// The declared sweeps by id; their runs are in `experiments`.
    private(set) var sweeps: [String: Sweep] = [:]
    /// Where each experiment is declared.
    private(set) var locations: [String: SourceLocation] = [:]
    /// Experiments whose declaration is invalid, with the reason.
    private(set) var invalid: [String: String] = [:]
    /// Each declared experiment's YAML as run (after `{{key}}` substitution), headed by a
    /// comment naming the parameters used and where their values came from.
    private(set) var shownYAML: [String: String] = [:]
    /// The parameters experiments used, each key of each chapter once, in book order.
    private(set) var used: [UsedParameter] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(chapters: [Chapter], parameters: [String: String], sourceLines: (String, Int) -> String?) {
        for chapter in chapters {
            let values = ChapterParameters(chapter: chapter, overrides: parameters)
            let declared = chapter.experimentDirectives
            for d in declared { add(d, values: values, sourceLines: sourceLines) }
        }
    }

    private mutating func add(_ d: Directive, values: ChapterParameters, sourceLines: (String, Int) -> String?) {
        func report(_ message: String, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(message, at: location, sourceLine: sourceLines(location.file, location.line)))
        }
        let id = d.argument
        // Result paths start with the id and a dot, so an experiment id has no '.' or ':'.
        guard Label.isValid(id), !id.contains("."), !id.contains(":") else {
            report("{experiment} needs an id made of letters, digits, '_' or '-' (e.g. ```{experiment} e1)", d.location)
            return
        }
        if let first = locations[id] {
            report("duplicate experiment id '\(id)' (first declared at \(first))", d.location)
            return
        }
        locations[id] = d.location
        let yaml: String
        switch values.substitute(d.yamlBody) {
        case let .failure(missing):
            report("experiment '\(id)' \(missing.explanation)", d.location)
            invalid[id] = "undefined parameter {{\(missing.key)}}"
            return
        case let .success((text, keys)):
            yaml = text
            let shown = String(text.drop { $0 == "\n" })
            shownYAML[id] = keys.isEmpty ? shown : "# parameters: \(values.describe(keys))\n" + shown
            used.record(keys, values: values, file: d.location.file)
        }
        do {
            let experiment = try ExperimentParser.parse(yaml: yaml, lineOffset: d.location.line)
            if let sweep = experiment as? Sweep {
                sweeps[id] = sweep
                for (i, run) in sweep.runs.enumerated() {
                    let runID = Self.runID(id, i)
                    locations[runID] = d.location
                    experiments.append(PlannedExperiment(id: runID, kind: type(of: run.experiment).kind, parameters: run.parameters,
                                                         experiment: run.experiment))
                }
            } else {
                experiments.append(PlannedExperiment(id: id, kind: type(of: experiment).kind, parameters: yaml, experiment: experiment))
            }
        } catch {
            let diagnostic = Diagnostic.located(error, fallback: d.location, sourceLines: sourceLines)
            diagnostics.append(diagnostic)
            invalid[id] = diagnostic.message
        }
    }

    /// The id of the sweep whose run `id` is, if it is one.
    func sweep(of id: String) -> String? {
        guard let dot = id.firstIndex(of: "."), sweeps[String(id[..<dot])] != nil else { return nil }
        return String(id[..<dot])
    }

    /// The planned id of run `index` of sweep `id` (its path in the sweep's result).
    static func runID(_ id: String, _ index: Int) -> String { "\(id).points[\(index)]" }

    /// One outcome per declared experiment: those of the runs of each sweep combined into
    /// the sweep's (its result, or the first failed run's reason; its seconds are the runs'
    /// compute times added up), the others unchanged.
    func declaredOutcomes(_ outcomes: [ExperimentOutcome]) -> [ExperimentOutcome] {
        let byID = Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var combined = outcomes.filter { sweep(of: $0.id) == nil }
        for (id, sweep) in sweeps.sorted(by: { $0.key < $1.key }) {
            let runs = sweep.runs.indices.compactMap { byID[Self.runID(id, $0)] }
            guard runs.count == sweep.runs.count else { continue }
            let key = ContentHash.hex(runs.map(\.cacheKey).joined(separator: "\n"))
            let seconds = runs.reduce(0) { $0 + $1.seconds }
            let warning = runs.compactMap(\.cacheWarning).first
            let kind = "sweep of \(sweep.runKind)"
            if let i = runs.firstIndex(where: { $0.status.failure != nil }), let message = runs[i].status.failure {
                let count = runs.filter { $0.status.failure != nil }.count
                let message = "\(sweep.describe(run: i)) failed\(count > 1 ? " (and \(count - 1) other run\(count > 2 ? "s" : ""))" : ""): \(message)"
                combined.append(ExperimentOutcome(id: id, kind: kind, cacheKey: key, status: .failed(message: message), seconds: seconds,
                                                  result: nil, cacheWarning: warning))
                continue
            }
            let ran = runs.compactMap { outcome -> String? in if case let .ran(reason) = outcome.status { return reason } else { return nil } }
            let status: ExperimentOutcome.Status = ran.isEmpty ? .reused
                : .ran(reason: "\(ran.count) of \(runs.count) runs: \(ran[0])\(ran.count < runs.count ? "; the others reused from cache" : "")")
            let stopped = runs.firstIndex { $0.stopped != nil }.map { i in
                "\(sweep.describe(run: i)): \(runs[i].stopped!)" + (runs.filter { $0.stopped != nil }.count > 1 ? " (and other runs)" : "")
            }
            combined.append(ExperimentOutcome(id: id, kind: kind, cacheKey: key, status: status, seconds: seconds,
                                              result: sweep.combine(runs.map { $0.result ?? .null }), cacheWarning: warning, stopped: stopped))
        }
        return combined
    }
}

extension Chapter {
    /// The chapter's `{experiment}` directives, at any depth, in order.
    var experimentDirectives: [Directive] {
        blocks.collect { block in
            if case let .directive(d) = block, d.name == "experiment" { return d }
            return nil
        }
    }
}

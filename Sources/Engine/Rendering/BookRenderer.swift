import Experiments
import Document
import Foundation

/// Turns chapters into a resolved book: parses every chapter, plans and runs the
/// experiments (reusing cached results), turns figures, tables, claims and values into
/// document content, and numbers and links everything. Every problem becomes a diagnostic
/// and a visible error in place; rendering always produces a book.
public struct BookRenderer {
    public struct Options: Sendable {
        public var jobs: Int
        public var quiet: Bool
        /// `-P key=value`: values for `{{key}}` in experiment bodies (over front matter).
        public var parameters: [String: String]
        /// Where uncached experiments run (nil: here, on `jobs` workers).
        public var executor: (any ExperimentExecutor)?

        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, quiet: Bool = false, parameters: [String: String] = [:],
                    executor: (any ExperimentExecutor)? = nil) {
            self.jobs = jobs
            self.quiet = quiet
            self.parameters = parameters
            self.executor = executor
        }
    }

    /// The rendered book and what happened on the way.
    public struct Outcome: Sendable {
        public var book: ResolvedBook
        /// Every experiment that was run or reused; a sweep's runs one by one (`id.points[i]`).
        public var experiments: [ExperimentOutcome]
        /// One outcome per declared experiment: a sweep's runs combined into one.
        public var declared: [ExperimentOutcome]
        public var results: [String: JSONValue]
        /// Every parameter the chapters used, with its value and where it came from, in book order.
        public var parameters: [UsedParameter] = []
        public var diagnostics: [Diagnostic] { book.diagnostics }
        public var errors: [Diagnostic] { book.diagnostics.filter { $0.severity == .error } }
        /// 0 when everything rendered; 1 when a chapter has errors or an experiment failed
        /// (or, when `strict`, a claim does not hold).
        public func exitStatus(strict: Bool) -> Int32 {
            errors.isEmpty && !(strict && !failedClaims.isEmpty) ? 0 : 1
        }

        public var failedClaims: [ClaimBlock] { book.claims.notHolding }
    }

    public let sources: BookSources
    public let cache: ResultCache
    public let options: Options
    /// How chapters, the bibliography and images are read.
    public let effects: any Effects

    public init(sources: BookSources, cache: ResultCache, options: Options, effects: any Effects = SystemEffects()) {
        self.sources = sources
        self.cache = cache
        self.options = options
        self.effects = effects
    }

    /// The parsed chapters, bibliography and parse diagnostics, and a lookup of source lines.
    public struct ParsedBook {
        public var chapters: [Chapter]
        public var bibliography: [BibliographyEntry]
        public var diagnostics: [Diagnostic]
        let sourceLines: [String: [String]]
        /// The project file's fields (empty without one).
        var project = FrontMatter()

        func line(_ file: String, _ number: Int) -> String? {
            guard let lines = sourceLines[file], number >= 1, number <= lines.count else { return nil }
            return lines[number - 1]
        }
    }

    public func parse() -> ParsedBook {
        var diagnostics: [Diagnostic] = []
        var chapters: [Chapter] = []
        var sourceLines: [String: [String]] = [:]
        var project = FrontMatter()
        if let url = sources.projectFile {
            let file = sources.displayPath(url)
            if let data = try? effects.readFile(url) {
                let (text, decoding) = ChapterText.decode(data, file: file)
                sourceLines[file] = text.components(separatedBy: "\n")
                let found: [Diagnostic]
                (project, found) = ProjectFile.parse(text, file: file)
                diagnostics += decoding + found
            } else {
                diagnostics.append(Diagnostic("cannot read the project file", at: SourceLocation(file: file, line: 1, column: 1)))
            }
        }
        for (index, url) in sources.chapterFiles.enumerated() {
            let file = sources.displayPath(url)
            guard let data = try? effects.readFile(url) else {
                diagnostics.append(Diagnostic("cannot read the chapter", at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            let (text, decoding) = ChapterText.decode(data, file: file)
            diagnostics += decoding
            sourceLines[file] = text.components(separatedBy: "\n")
            var (chapter, found) = MarkdownParser(file: file).parse(text, number: index + 1)
            chapter.frontMatter = chapter.frontMatter.over(project)
            var included = SourceDirectives(sources: sources, effects: effects, chapter: url)
            included.sourceLines[file] = sourceLines[file]
            chapter.blocks = included.rewrite(chapter.blocks)
            sourceLines.merge(included.sourceLines) { chapter, _ in chapter }
            chapters.append(chapter)
            diagnostics += found + included.diagnostics
        }
        var bibliography: [BibliographyEntry] = []
        for bib in bibliographyFiles(chapters.first?.frontMatter.bibliography ?? [], sourceLines: sourceLines, diagnostics: &diagnostics) {
            let file = sources.displayPath(bib)
            if let data = try? effects.readFile(bib) {
                let (text, decoding) = ChapterText.decode(data, file: file)
                let (entries, found) = BibliographyParser.parse(text, file: file)
                diagnostics += decoding
                bibliography += entries
                diagnostics += found
            } else {
                diagnostics.append(Diagnostic("cannot read the bibliography", at: SourceLocation(file: file, line: 1, column: 1)))
            }
        }
        return ParsedBook(chapters: chapters, bibliography: bibliography, diagnostics: diagnostics, sourceLines: sourceLines,
                          project: project)
    }

    /// The experiments the book declares and their cache state, without running anything.
    public func inventory() -> [(id: String, kind: String, location: SourceLocation, state: String)] {
        let parsed = parse()
        let plan = ExecutionPlan(chapters: parsed.chapters, parameters: options.parameters, sourceLines: parsed.line)
        var states: [String: String] = [:]
        for p in plan.experiments {
            switch cache.lookup(id: p.id, key: p.cacheKey, kind: p.kind, parameters: p.parameters) {
            case .hit: states[p.id] = "cached"
            case let .miss(reason): states[p.id] = "will run (\(reason))"
            }
        }
        var rows: [(String, String, SourceLocation, String)] = plan.experiments.compactMap { p in
            plan.sweep(of: p.id) == nil ? (p.id, p.kind, plan.locations[p.id]!, states[p.id]!) : nil
        }
        for (id, sweep) in plan.sweeps {
            let cached = sweep.runs.indices.filter { states[ExecutionPlan.runID(id, $0)] == "cached" }.count
            let state = cached == sweep.runs.count ? "cached" : "\(cached) of \(sweep.runs.count) runs cached; the others will run"
            rows.append((id, "sweep of \(sweep.runKind)", plan.locations[id]!, state))
        }
        rows += plan.invalid.keys.sorted().map { ($0, "?", plan.locations[$0]!, "invalid: \(plan.invalid[$0]!)") }
        return rows.sorted { ($0.2.file, $0.2.line) < ($1.2.file, $1.2.line) }
    }

    /// The `-P` keys no chapter uses as `{{key}}`, sorted.
    public func unusedParameters() -> [String] {
        let used = parse().chapters.reduce(into: Set<String>()) { $0.formUnion(ChapterParameters.keys(usedBy: $1)) }
        return options.parameters.keys.filter { !used.contains($0) }.sorted()
    }

    public func render() -> Outcome {
        let parsed = parse()
        var diagnostics = parsed.diagnostics
        var chapters = parsed.chapters
        let bibliography = parsed.bibliography
        let lookup: (String, Int) -> String? = parsed.line

        let plan = ExecutionPlan(chapters: chapters, parameters: options.parameters, sourceLines: lookup)
        diagnostics += plan.diagnostics
        let outcomes = (options.executor ?? LocalExecutor(jobs: options.jobs, quiet: options.quiet)).run(plan.experiments, cache: cache)
        let declared = plan.declaredOutcomes(outcomes)
        var results: [String: JSONValue] = [:]
        var failures = plan.invalid
        for outcome in declared {
            if let warning = outcome.cacheWarning {
                let location = plan.locations[outcome.id]!
                diagnostics.append(Diagnostic(warning, at: location, severity: .warning, sourceLine: lookup(location.file, location.line)))
            }
            if let stopped = outcome.stopped {
                let location = plan.locations[outcome.id]!
                diagnostics.append(Diagnostic("experiment '\(outcome.id)': \(stopped); the other rules' results stand, and the stopped rule's values end where it stopped",
                                              at: location, severity: .warning, sourceLine: lookup(location.file, location.line)))
            }
            if case let .failed(message) = outcome.status {
                failures[outcome.id] = message
                let location = plan.locations[outcome.id]!
                diagnostics.append(Diagnostic("experiment '\(outcome.id)' failed: \(message)", at: location, sourceLine: lookup(location.file, location.line)))
            } else if let result = outcome.result {
                results[outcome.id] = result
            }
        }

        let context = DirectiveContext(results: results, failures: failures, sourceLines: lookup)
        let statusByID = Dictionary(declared.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var resolution = ClosureRewriter(
            blocks: { DirectiveResolution.resolve($0, context: context, plan: plan, outcomes: statusByID) },
            inlines: { DirectiveResolution.resolveRole($0, context: context) })
        for c in chapters.indices {
            context.parameters = ChapterParameters(chapter: chapters[c], overrides: options.parameters)
            context.mathMacros = BookMathMacros.macros(of: chapters[c], first: chapters.first)
            chapters[c].blocks = HeadingParameters.resolve(chapters[c].blocks, parameter: context.parameter)
            chapters[c].blocks = resolution.rewrite(chapters[c].blocks)
        }
        diagnostics += context.diagnostics
        let report: (String, SourceLocation, Diagnostic.Severity) -> Diagnostic = { message, location, severity in
            let d = Diagnostic(message, at: location, severity: severity, sourceLine: lookup(location.file, location.line))
            diagnostics.append(d)
            return d
        }
        let images = ImageEmbedding(sources: sources, effects: effects, report: report)
        let attributes = ImageAttributes(sourceLines: lookup, report: report)
        for c in chapters.indices {
            let file = chapters[c].file
            var embedding = ClosureRewriter(
                blocks: { block in
                    guard let figure = attributes.figure(block) else { return images.load(block, chapterFile: file) }
                    return figure.flatMap { images.load($0, chapterFile: file) ?? [$0] }
                },
                inlines: { [images.embed($0, chapterFile: file)] })
            chapters[c].blocks = embedding.rewrite(chapters[c].blocks)
        }

        let first = chapters.first
        let metadata = first?.frontMatter ?? parsed.project
        var book = Book(title: first?.frontMatter.parameters["book"] ?? parsed.project.title ?? first?.title ?? "Report",
                        authors: metadata.authors.map(\.name), chapters: chapters, bibliography: bibliography,
                        diagnostics: diagnostics, metadata: metadata)
        book = Resolver.resolve(book, sourceLines: lookup)
        book.diagnostics += MathCheck.diagnostics(book, sourceLines: lookup)
        book = BookMathMacros.expanded(book)
        book.diagnostics = book.diagnostics.cappedPerLine()
        var used = plan.used
        for p in context.usedParameters where !used.contains(p) { used.append(p) }
        return Outcome(book: ResolvedBook(book), experiments: outcomes, declared: declared, results: results, parameters: used)
    }
}

import Experiments
import Document
import Foundation

/// One `report render`: collects the chapters, renders the book (running or reusing its
/// experiments), adds the provenance, writes every experiment's result as JSON under
/// `results/`, every figure under `figures/` and the report in each format, and says what
/// happened. Every file, the clock, the environment and git are reached through `effects`.
public struct ReportBuild: Sendable {
    /// What to build.
    public struct Request: Sendable {
        /// Chapter folders or `.md` files, relative to `projectRoot` (empty: `chapters`).
        public var chapters: [String]
        public var projectRoot: URL
        public var outputFolder: URL
        /// In the order the reports are written.
        public var formats: [any OutputFormat]
        /// Experiments run at once (nil: the number of cores).
        public var jobs: Int?
        /// Failed claims are errors.
        public var strict: Bool
        /// No progress display.
        public var quiet: Bool
        /// Values for `{{key}}` in experiment bodies (over the front matter).
        public var parameters: [String: String]
        /// The formats every figure is also written in, under `figures/` (empty: none).
        public var figureFormats: [FigureFileFormat]
        /// Where uncached experiments run (nil: here, on `jobs` workers).
        public var executor: (any ExperimentExecutor)? = nil
        /// The result cache (nil: `OUT/.cache`), e.g. a folder every cluster node shares.
        public var cacheFolder: URL? = nil

        public init(chapters: [String] = [], projectRoot: URL, outputFolder: URL, formats: [any OutputFormat] = [],
                    jobs: Int? = nil, strict: Bool = false, quiet: Bool = false, parameters: [String: String] = [:],
                    figureFormats: [FigureFileFormat] = FigureFileFormat.allCases) {
            self.chapters = chapters
            self.projectRoot = projectRoot
            self.outputFolder = outputFolder
            self.formats = formats
            self.jobs = jobs
            self.strict = strict
            self.quiet = quiet
            self.parameters = parameters
            self.figureFormats = figureFormats
        }
    }

    /// A report file that was written.
    public struct WrittenReport: Sendable {
        public var url: URL
        public var bytes: Int
        /// From the format, e.g. `12 pages`.
        public var details: [String]
    }

    /// What a build did.
    public struct Result: Sendable {
        /// The rendered book (with its diagnostics) and what happened to each experiment.
        public var outcome: BookRenderer.Outcome
        public var written: [WrittenReport]
        /// The figures' own files written (`OUT/figures/fig-a.svg`, ...).
        public var figureFiles: [URL]
        /// Errors outside the chapters (a result or writer problem), as complete messages.
        public var problems: [String]
        /// The writers' warnings.
        public var warnings: [String]
        public var claimsHeld: Int
        public var claimCount: Int
        /// From the start of the render to the last file written.
        public var seconds: Double
        /// 0 when everything rendered; 1 when a chapter has errors, an experiment failed, a
        /// file could not be written (or, when strict, a claim fails).
        public var exitStatus: Int32
    }

    /// Why a build cannot run or write its files, in one sentence that says how to fix it.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public let request: Request
    public let effects: any Effects

    public init(_ request: Request, effects: any Effects = SystemEffects()) {
        self.request = request
        self.effects = effects
    }

    /// The renderer of the request's chapters, with the cache under `OUT/.cache`. Throws a
    /// `LocatedError` when the chapters cannot be collected.
    public func renderer() throws -> BookRenderer {
        let sources = try BookSources.collect(request.chapters.isEmpty ? ["chapters"] : request.chapters,
                                              projectRoot: request.projectRoot, effects: effects)
        let options = BookRenderer.Options(jobs: request.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                           quiet: request.quiet, parameters: request.parameters, executor: request.executor)
        let cache = ResultCache(folder: request.cacheFolder ?? request.outputFolder.appendingPathComponent(".cache"), effects: effects)
        return BookRenderer(sources: sources, cache: cache, options: options, effects: effects)
    }

    /// Collects the chapters and builds once.
    public func run() throws -> Result {
        try run(renderer())
    }

    /// Builds once with `renderer`. Throws a ``Problem`` before anything runs when the output
    /// folder cannot be written or a `-P` key is used by no chapter, and when a report cannot be rendered.
    public func run(_ renderer: BookRenderer) throws -> Result {
        try checkOutputFolder()
        let unused = renderer.unusedParameters()
        if !unused.isEmpty {
            throw Problem(description: unused.map { "-P \($0)=...: no chapter uses {{\($0)}}" }.joined(separator: "; ")
                          + "; check the key's spelling or remove it")
        }
        let start = effects.now()
        let outcome = renderer.render()
        var resolved = outcome.book
        resolved.provenance = ProvenanceBuilder.build(outcome: outcome, sources: renderer.sources, effects: effects)
        let out = request.outputFolder
        var problems: [String] = []
        for (id, result) in outcome.results.sorted(by: { $0.key < $1.key }) {
            do {
                try effects.writeFileAtomically(result.serialized(pretty: true), to: out.appendingPathComponent("results/\(id).json"))
            } catch {
                problems.append("cannot write results/\(id).json (\(FileProblem.reason(error))); check that \(out.path) is writable.")
            }
        }
        let figures = FigureFiles.write(resolved, formats: request.figureFormats, into: out, effects: effects)
        resolved = figures.book
        problems += figures.problems
        let name = Self.fileName(for: resolved.title)
        var written: [WrittenReport] = []
        var warnings: [String] = []
        for format in request.formats {
            let report = try format.render(resolved)
            problems += report.errors
            warnings += report.warnings
            let url = out.appendingPathComponent("\(name).\(format.fileExtension)")
            do {
                try effects.writeFileAtomically(report.data, to: url)
                written.append(WrittenReport(url: url, bytes: report.data.count, details: report.details))
            } catch {
                problems.append("cannot write \(url.lastPathComponent) (\(FileProblem.reason(error))); check that \(out.path) is writable.")
            }
        }
        problems += record(outcome.results.keys.map { "results/\($0).json" } + figures.written + written.map(\.url.lastPathComponent),
                           outcome: outcome, renderer: renderer)
        let claims = outcome.book.claims
        return Result(outcome: outcome, written: written, figureFiles: figures.written.map { out.appendingPathComponent($0) },
                      problems: problems, warnings: warnings, claimsHeld: claims.held, claimCount: claims.claims.count,
                      seconds: effects.now().timeIntervalSince(start),
                      exitStatus: problems.isEmpty ? outcome.exitStatus(strict: request.strict) : 1)
    }

    /// Adds `paths` and the cache entries `renderer` wrote under `OUT/.cache` to the output
    /// folder's manifest; returns the problem when it cannot be written.
    func record(_ paths: [String], outcome: BookRenderer.Outcome, renderer: BookRenderer) -> [String] {
        let out = request.outputFolder
        var manifestPaths = paths
        if renderer.cache.folder.standardizedFileURL.path == out.appendingPathComponent(".cache").standardizedFileURL.path {
            manifestPaths += [".cache/index.json"] + outcome.experiments.map { ".cache/\($0.cacheKey).json" }
        }
        do {
            try OutputManifest(folder: out, effects: effects).record(manifestPaths)
            return []
        } catch {
            return ["cannot write \(OutputManifest.fileName) (\(FileProblem.reason(error))); check that \(out.path) is writable."]
        }
    }

    /// Throws a ``Problem`` unless the output folder exists or can be created, is a folder,
    /// and takes a file (one is written and removed again).
    public func checkOutputFolder() throws {
        let out = request.outputFolder.standardizedFileURL
        let fix = "choose another folder with --out"
        var folder = out
        while folder.path != "/" {
            if effects.fileExists(folder) && !effects.isFolder(folder) {
                throw Problem(description: folder == out
                    ? "The output folder \(out.path) is a file; remove it or \(fix)."
                    : "The output folder \(out.path) cannot be created because \(folder.path) is a file; remove it or \(fix).")
            }
            folder = folder.deletingLastPathComponent()
        }
        let probe = out.appendingPathComponent(".report-write-check")
        do {
            try effects.writeFileAtomically(Data(), to: probe)
            try effects.remove(probe)
        } catch {
            throw Problem(description: "The output folder \(out.path) cannot be written (\(FileProblem.reason(error))); check its permissions or \(fix).")
        }
    }

    /// A file name from the book title: lower case, hyphens, at most 60 characters.
    public static func fileName(for title: String) -> String {
        String(InlineText.slug(title).prefix(60))
    }
}

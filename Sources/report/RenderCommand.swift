import ArgumentParser
import Document
import Engine
import Foundation
import PDFWriter

/// `report render`: chapters in, a self-contained report out.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render chapters into a self-contained report.",
        discussion: """
            Runs the experiments the chapters declare (reusing cached results under OUT/.cache), \
            writes every result as JSON under OUT/results/, every figure as OUT/figures/FIG-ID.svg, \
            .pdf and .png (300 dpi) unless --no-figure-files, and writes the report to OUT.
            Exit status: 0 when everything rendered, 1 when a chapter has errors or an experiment \
            failed (or, with --strict, a claim fails), 2 for a usage error.
            """)

    @OptionGroup var book: BookOptions
    @Option(help: "Where uncached experiments run: local, or slurm (one job array; see docs/cluster.md). Default: the project file's cluster: executor, else local.")
    var executor: String?

    @OptionGroup var cluster: ClusterOptions

    @Option(help: ArgumentHelp("Resubmissions of a Slurm task that ended NODE_FAIL or PREEMPTED (default: 2).", valueName: "N"))
    var resubmit: Int?

    @Option(help: "Output formats, comma-separated: html, pdf.")
    var format = "html"

    @Option(help: "PDF paper: a4 or letter (default: the chapters' 'paper:' front matter, else a4).")
    var paper: String?

    @Flag(help: "Treat failed claims as errors (exit status 1).")
    var strict = false

    @Flag(name: .customLong("no-figure-files"), help: "Do not write OUT/figures/ (the report still shows every figure).")
    var noFigureFiles = false

    func run() throws {
        var build = book.build(formats: try Self.formats(format, paper: paper), strict: strict, figureFiles: !noFigureFiles)
        let settings = book.projectClusterSettings()
        let jobOptions = try cluster.filled(from: settings)
        let executorName = try Self.executor(executor ?? settings["executor"] ?? "local")
        if executorName == "local" && cluster.setsJob {
            throw ValidationError("--partition, --time, --mem, --cpus-per-task, --max-array and --setup need --executor slurm")
        }
        let resubmissions = try resubmit ?? settings["resubmit"].map {
            guard let n = Int($0), n >= 0 else { throw ValidationError("the project file's cluster: resubmit must be a whole number, got '\($0)'") }
            return n
        } ?? 2
        build = ReportBuild(with(build.request) {
            $0.cacheFolder = jobOptions.cacheFolder
            $0.executor = executorName == "slurm" ? makeExecutor(jobOptions, resubmit: resubmissions) : nil
        })
        let result = try build.run(book.renderer(of: build))
        Console.printBuild(result, quiet: book.quiet, display: book.display)
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }

    func validate() throws {
        if let executor { _ = try Self.executor(executor) }
        if let resubmit, resubmit < 0 { throw ValidationError("--resubmit must be at least 0") }
    }

    /// `name` when it is an executor.
    static func executor(_ name: String) throws -> String {
        guard name == "local" || name == "slurm" else { throw ValidationError("unknown executor '\(name)'; available: local, slurm") }
        return name
    }

    /// The Slurm executor (Ctrl-C cancels its arrays).
    func makeExecutor(_ cluster: ClusterOptions, resubmit: Int) -> any ExperimentExecutor {
        let interruption = Interruption.install()
        return SlurmExecutor(options: cluster.slurm(resubmissions: resubmit), quiet: book.quiet, interrupted: { interruption.requested })
    }

    /// The writers of a comma-separated list of formats, HTML first; `paper` overrides the
    /// chapters' paper in the PDF.
    static func formats(_ list: String, paper: String? = nil) throws -> [any OutputFormat] {
        let formats = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for f in formats where f != "html" && f != "pdf" {
            throw ValidationError("unknown format '\(f)'; available: html, pdf")
        }
        let pdf = PDFWriter.Options(paper: try paper.map { name in
            guard let size = Paper(name: name) else { throw ValidationError("unknown paper '\(name)'; available: a4, letter") }
            return size
        })
        return (formats.contains("html") ? [HTMLFormat()] : []) + (formats.contains("pdf") ? [PDFFormat(options: pdf)] : [])
    }
}

/// Options shared by the commands that read a book.
struct BookOptions: ParsableArguments {
    @Argument(help: "Chapter folders or .md files (default: chapters).")
    var chapters: [String] = []

    @Option(name: .customLong("out"), help: "Output folder.")
    var out = "output"

    @Option(help: "Experiments run at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: [.short, .long], help: "No progress display and no summary.")
    var quiet = false

    @Option(name: .customShort("P"), help: ArgumentHelp("Set a chapter parameter, used as {{key}} in experiments and text.", valueName: "key=value"))
    var parameters: [String] = []

    var outputFolder: URL { URL(fileURLWithPath: out, isDirectory: true) }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        for p in parameters where !p.contains("=") { throw ValidationError("-P expects key=value, got '\(p)'") }
    }

    /// A build of these chapters into the output folder; `figureFiles` false writes no `figures/`.
    func build(formats: [any OutputFormat] = [], strict: Bool = false, figureFiles: Bool = true) -> ReportBuild {
        var values: [String: String] = [:]
        for p in parameters {
            let parts = p.split(separator: "=", maxSplits: 1)
            values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return ReportBuild(.init(chapters: chapters, projectRoot: root, outputFolder: outputFolder, formats: formats,
                                 jobs: jobs, strict: strict, quiet: quiet, parameters: values,
                                 figureFormats: figureFiles ? FigureFileFormat.allCases : []))
    }

    /// The build's renderer; chapters that cannot be collected are a usage error.
    func renderer(of build: ReportBuild) throws -> BookRenderer {
        do {
            return try build.renderer()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The `cluster:` settings of the book's project file (`report.yml` or `myst.yml`), empty
    /// when there is none; problems in the file are reported by the render itself.
    func projectClusterSettings() -> [String: String] {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let sources = try? BookSources.collect(chapters.isEmpty ? ["chapters"] : chapters, projectRoot: root),
              let file = sources.projectFile, let text = try? String(contentsOf: file, encoding: .utf8) else { return [:] }
        return ProjectFile.parse(text, file: file.path).0.cluster
    }

    func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) : url.path
    }
}

import ArgumentParser
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
    @Option(help: "Where uncached experiments run: local, or slurm (one job array; see docs/cluster.md).")
    var executor = "local"

    @OptionGroup var cluster: ClusterOptions

    @Option(help: ArgumentHelp("Resubmissions of a Slurm task that ended NODE_FAIL or PREEMPTED.", valueName: "N"))
    var resubmit = 2

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
        build = ReportBuild(with(build.request) {
            $0.cacheFolder = cluster.cacheFolder
            $0.executor = makeExecutor()
        })
        let result = try build.run(book.renderer(of: build))
        Console.printBuild(result, quiet: book.quiet, display: book.display)
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }

    func validate() throws {
        guard executor == "local" || executor == "slurm" else { throw ValidationError("unknown executor '\(executor)'; available: local, slurm") }
        if resubmit < 0 { throw ValidationError("--resubmit must be at least 0") }
        if executor == "local" && cluster.setsJob {
            throw ValidationError("--partition, --time, --mem, --cpus-per-task, --max-array and --setup need --executor slurm")
        }
    }

    /// The Slurm executor (Ctrl-C cancels its arrays), or nil for the local one.
    func makeExecutor() -> (any ExperimentExecutor)? {
        guard executor == "slurm" else { return nil }
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

    func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) : url.path
    }
}

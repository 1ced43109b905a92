import ArgumentParser
import Document
import Engine
import Foundation
import HTMLWriter
import PDFWriter

/// `report render`: chapters in, a self-contained report out.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render chapters into a self-contained report.",
        discussion: """
            Runs the experiments the chapters declare (reusing cached results under OUT/.cache), \
            writes every result as JSON under OUT/results/, and writes the report to OUT.
            Exit status: 0 when everything rendered, 1 when a chapter has errors or an experiment \
            failed (or, with --strict, a claim fails), 2 for a usage error.
            """)

    @OptionGroup var book: BookOptions

    @Option(help: "Output formats, comma-separated: html, pdf.")
    var format = "html"

    @Option(help: "PDF paper: a4 or letter (default: the chapters' 'paper:' front matter, else a4).")
    var paper: String?

    @Flag(help: "Treat failed claims as errors (exit status 1).")
    var strict = false

    func run() throws {
        let formats = try Self.formats(format)
        let pdfOptions = PDFWriter.Options(paper: try paper.map { name in
            guard let size = Paper(name: name) else { throw ValidationError("unknown paper '\(name)'; available: a4, letter") }
            return size
        })
        let renderer = try book.renderer()
        let status = try Self.renderOnce(renderer, options: book, formats: formats, strict: strict, pdf: pdfOptions)
        if status != 0 { throw ExitCode(status) }
    }

    static func formats(_ list: String) throws -> [String] {
        let formats = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for f in formats where f != "html" && f != "pdf" {
            throw ValidationError("unknown format '\(f)'; available: html, pdf")
        }
        return formats
    }

    /// Renders once and writes every output; returns the exit status.
    static func renderOnce(_ renderer: BookRenderer, options book: BookOptions, formats: [String], strict: Bool,
                           pdf pdfOptions: PDFWriter.Options = .init()) throws -> Int32 {
        let effects = renderer.effects
        let start = effects.now()
        let outcome = renderer.render()
        var resolved = outcome.book
        resolved.provenance = ProvenanceBuilder.build(outcome: outcome, sources: renderer.sources, effects: effects)
        let out = book.outputFolder
        var problems: [String] = []
        for (id, result) in outcome.results.sorted(by: { $0.key < $1.key }) {
            do {
                try effects.writeFileAtomically(result.serialized(pretty: true), to: out.appendingPathComponent("results/\(id).json"))
            } catch {
                problems.append("cannot write results/\(id).json: \(error.localizedDescription)")
            }
        }
        let name = BookOptions.fileName(for: resolved.title)
        var written: [String] = []
        if formats.contains("html") {
            let (html, writerProblems) = HTMLWriter().render(resolved)
            problems += writerProblems
            let url = out.appendingPathComponent("\(name).html")
            try effects.writeFileAtomically(html, to: url)
            written.append(String(format: "%@ (%.1f kB)", book.display(url), Double(html.utf8.count) / 1000))
        }
        var pdfWarnings: [String] = []
        if formats.contains("pdf") {
            let output = try PDFWriter(options: pdfOptions).render(resolved)
            pdfWarnings = output.warnings
            let url = out.appendingPathComponent("\(name).pdf")
            try effects.writeFileAtomically(output.pdf, to: url)
            written.append(String(format: "%@ (%.1f kB, %d pages)", book.display(url), Double(output.pdf.count) / 1000, output.pageCount))
        }
        Console.printDiagnostics(outcome.diagnostics)
        problems.forEach { Console.error($0) }
        pdfWarnings.forEach { Console.info("warning: \($0)") }
        if !book.quiet {
            Console.printRunSummary(outcome.experiments)
            let claims = outcome.book.chapters.flatMap(\.blocks).compactMap { b -> ClaimBlock? in
                if case let .claim(c) = b { return c }
                return nil
            }
            Console.info("claims: \(claims.filter { $0.passed == true }.count) of \(claims.count) hold")
            Console.info(String(format: "wrote %@ in %.2f s", written.joined(separator: ", "), effects.now().timeIntervalSince(start)))
        }
        return problems.isEmpty ? outcome.exitStatus(strict: strict) : 1
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

    @Option(name: .customShort("P"), help: ArgumentHelp("Set a chapter parameter used as {{key}} in experiments.", valueName: "key=value"))
    var parameters: [String] = []

    var outputFolder: URL { URL(fileURLWithPath: out, isDirectory: true) }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        for p in parameters where !p.contains("=") { throw ValidationError("-P expects key=value, got '\(p)'") }
    }

    func renderer() throws -> BookRenderer {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let sources: BookSources
        do {
            sources = try BookSources.collect(chapters.isEmpty ? ["chapters"] : chapters, projectRoot: root)
        } catch {
            throw ValidationError("\(error)")
        }
        var values: [String: String] = [:]
        for p in parameters {
            let parts = p.split(separator: "=", maxSplits: 1)
            values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let options = BookRenderer.Options(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, quiet: quiet, parameters: values)
        return BookRenderer(sources: sources, cache: ResultCache(folder: outputFolder.appendingPathComponent(".cache")), options: options)
    }

    func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) : url.path
    }

    /// A file name from the book title: lower case, hyphens, at most 60 characters.
    static func fileName(for title: String) -> String {
        String(InlineText.slug(title).prefix(60))
    }
}

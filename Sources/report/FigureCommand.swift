import ArgumentParser
import Engine
import Foundation

/// `report figure FIG-ID`: one figure of the book as files of its own, on demand.
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure",
        abstract: "Write one figure of the book as SVG, PDF or PNG.",
        discussion: """
            Renders the chapters (reusing cached results under OUT/.cache) and writes the figure \
            as OUT/figures/FIG-ID.svg, .pdf and .png (300 dpi), the same drawing as in the report. \
            Exit status: 0 when the files were written, 1 when the figure is missing, a chapter has \
            errors or a file cannot be written, 2 for a usage error.
            """)

    @Argument(help: "The figure's id, as in '{figure} FIG-ID'.")
    var figure: String

    @OptionGroup var book: BookOptions

    @Option(help: "Formats, comma-separated: svg, pdf, png.")
    var format = "svg,pdf,png"

    func run() throws {
        let formats = try Self.formats(format)
        let build = book.build()
        let export = try build.exportFigure(figure, formats: formats, with: book.renderer(of: build))
        Console.printDiagnostics(export.outcome.diagnostics)
        export.problems.forEach { Console.error($0) }
        if !book.quiet, !export.written.isEmpty {
            let files = export.written.map { file in
                String(format: "%@ (%.1f kB)", book.display(build.request.outputFolder.appendingPathComponent(file.path)),
                       Double(file.bytes) / 1000)
            }
            Console.info("wrote \(files.joined(separator: ", "))")
        }
        if export.exitStatus != 0 { throw ExitCode(export.exitStatus) }
    }

    /// The formats of a comma-separated list, in the order given, each once.
    static func formats(_ list: String) throws -> [FigureFileFormat] {
        var formats: [FigureFileFormat] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = FigureFileFormat(rawValue: name) else {
                throw ValidationError("unknown figure format '\(name)'; available: svg, pdf, png")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        if formats.isEmpty { throw ValidationError("--format needs at least one of svg, pdf, png") }
        return formats
    }
}

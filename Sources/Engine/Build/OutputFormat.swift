import Document
import Foundation

/// A writer of one report format, handed to a ``ReportBuild`` by its caller. The engine
/// resolves the book and writes the files; the writers (HTML, PDF) stay modules of their own
/// that read only the resolved book, and the engine does not import them.
public protocol OutputFormat: Sendable {
    /// The report's file extension, e.g. `html`.
    var fileExtension: String { get }
    /// The report of a resolved book.
    func render(_ book: ResolvedBook) throws -> RenderedReport
}

/// A report in one format and what its writer noticed on the way.
public struct RenderedReport: Sendable {
    public var data: Data
    /// Messages that make the build fail (exit status 1).
    public var errors: [String]
    /// Messages that do not.
    public var warnings: [String]
    /// Facts for the summary after the size, e.g. `12 pages`.
    public var details: [String]

    public init(data: Data, errors: [String] = [], warnings: [String] = [], details: [String] = []) {
        self.data = data
        self.errors = errors
        self.warnings = warnings
        self.details = details
    }
}

// pdf-bench: PDF writing of the book in chapters/, experiments excluded. The book is
// resolved once (experiments reused from the cache, or run if missing); then the PDF
// writer alone is timed, best of --repeat runs. Prints the time, the page count and the
// target (under 1 s for 30 pages, scaled to the book's page count).
import Engine
import Foundation
import PDFWriter

var repeats = 5
var cache = "output/.cache"
var paths: [String] = []
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--repeat": repeats = Int(args.popFirst() ?? "") ?? repeats
    case "--cache": cache = args.popFirst() ?? cache
    case let path where !path.hasPrefix("-"): paths.append(path)
    default:
        FileHandle.standardError.write(Data("usage: pdf-bench [CHAPTERS...] [--cache DIR] [--repeat N]\n".utf8))
        exit(2)
    }
}

let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
let sources = try BookSources.collect(paths.isEmpty ? ["chapters"] : paths, projectRoot: root)
let renderer = BookRenderer(sources: sources, cache: ResultCache(folder: URL(fileURLWithPath: cache, isDirectory: true)),
                            options: .init(quiet: true))
let outcome = renderer.render()
var book = outcome.book
book.provenance = ProvenanceBuilder.build(outcome: outcome, sources: sources)

var best = Double.infinity
var pages = 0
for _ in 0..<max(1, repeats) {
    let start = Date()
    let output = try PDFWriter().render(book)
    best = min(best, Date().timeIntervalSince(start))
    pages = output.pageCount
}
let target = Double(pages) / 30
print("PDF benchmark (book in chapters/, experiments excluded, best of \(repeats))")
print(String(format: "  PDF writing: %.3f s for %d pages (%.1f ms/page)   target < %.2f s (1 s per 30 pages): %@",
             best, pages, 1000 * best / Double(max(pages, 1)), target, best < target ? "met" : "MISSED"))

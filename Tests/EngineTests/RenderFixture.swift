import Document
import Engine
import HTMLWriter
import Foundation

/// A throw-away project folder with chapters, rendered through the same pipeline as
/// `report render`.
struct RenderFixture {
    let root: URL

    init(chapters: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chapters"), withIntermediateDirectories: true)
        for (name, text) in chapters { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent("chapters/\(name)"), atomically: true, encoding: .utf8)
    }

    var cacheFolder: URL { root.appendingPathComponent("output/.cache") }

    func renderer(parameters: [String: String] = [:]) throws -> BookRenderer {
        let sources = try BookSources.collect(["chapters"], projectRoot: root)
        return BookRenderer(sources: sources, cache: ResultCache(folder: cacheFolder),
                            options: BookRenderer.Options(jobs: 2, quiet: true, parameters: parameters))
    }

    func render(parameters: [String: String] = [:]) throws -> BookRenderer.Outcome {
        try renderer(parameters: parameters).render()
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// A small, fast modes experiment.
    static func modesExperiment(_ id: String, tau: String = "0.2") -> String {
        """
        ```{experiment} \(id)
        kind: modes
        T: 5
        teacher_modes: [[1, 0.8, 1]]
        initial_modes: [[0.05, 0, 0.04]]
        feedback_modes: [1]
        rules: [bptt, rflo]
        tau: \(tau)
        records: 10
        ```
        """
    }
}

/// A book rendered entirely in memory (chapters given as bytes, so they may be anything),
/// through the same renderer as `report render`, and its HTML page.
struct MemoryBook {
    let effects: InMemoryEffects
    let outcome: BookRenderer.Outcome
    let html: String

    static let root = URL(fileURLWithPath: "/book")

    /// Renders `chapters` (file name to bytes) with `references.bib`; books rendered with
    /// the same `effects` share the result cache (the chapters are replaced).
    init(chapters: [String: Data], bibliography: String? = nil, parameters: [String: String] = [:],
         effects: InMemoryEffects = InMemoryEffects()) throws {
        self.effects = effects
        try? effects.remove(Self.root.appendingPathComponent("chapters"))
        for (name, data) in chapters {
            try effects.writeFileAtomically(data, to: Self.root.appendingPathComponent("chapters/\(name)"))
        }
        if let bibliography {
            try effects.writeFileAtomically(bibliography, to: Self.root.appendingPathComponent("chapters/references.bib"))
        }
        let sources = try BookSources.collect(["chapters"], projectRoot: Self.root, effects: effects)
        let cache = ResultCache(folder: Self.root.appendingPathComponent("output/.cache"), effects: effects)
        outcome = BookRenderer(sources: sources, cache: cache, options: BookRenderer.Options(jobs: 1, quiet: true, parameters: parameters),
                               effects: effects).render()
        html = HTMLWriter().render(outcome.book)
    }

    /// One chapter, as text.
    init(_ chapter: String, bibliography: String? = nil, parameters: [String: String] = [:]) throws {
        try self.init(chapters: ["01-a.md": Data(chapter.utf8)], bibliography: bibliography, parameters: parameters)
    }

    var diagnostics: [Diagnostic] { outcome.diagnostics }

    /// The diagnostics whose message contains `text`.
    func diagnostics(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }
}

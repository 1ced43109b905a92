import Engine
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

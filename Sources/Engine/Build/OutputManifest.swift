import Experiments
import Foundation

/// The list of files `report render` wrote into an output folder (reports, results JSON,
/// cache entries), kept in `.report-manifest.json` and rewritten atomically with each
/// render. `report clean` removes only what it lists, so a folder that also holds other
/// files (or is not an output folder at all) loses nothing else.
public struct OutputManifest: Sendable {
    public static let fileName = ".report-manifest.json"

    public let folder: URL
    public let effects: any Effects

    public init(folder: URL, effects: any Effects = SystemEffects()) {
        self.folder = folder
        self.effects = effects
    }

    /// The listed paths, relative to the folder; entries that are absolute or climb out of
    /// the folder are ignored.
    public func paths() -> [String] {
        guard let data = try? effects.readFile(folder.appendingPathComponent(Self.fileName)),
              let list = try? JSONValue.parse(data)["files"]?.arrayValue else { return [] }
        return list.compactMap(\.stringValue).filter(Self.isInside)
    }

    /// Adds `paths` (relative to the folder) to the manifest.
    public func record(_ written: [String]) throws {
        let merged = Set(paths()).union(written.filter(Self.isInside)).sorted()
        let json = JSONValue.object([("files", .array(merged.map { .string($0) }))])
        try effects.writeFileAtomically(json.serialized(pretty: true), to: folder.appendingPathComponent(Self.fileName))
    }

    /// Removes every listed file that exists, then the folders they leave empty, then the
    /// manifest; returns how many files were removed.
    @discardableResult
    public func clean() throws -> Int {
        var removed = 0
        var folders: Set<String> = []
        for path in paths() {
            let url = folder.appendingPathComponent(path)
            if path.contains("/") { folders.insert(String(path[..<path.lastIndex(of: "/")!])) }
            guard effects.fileExists(url), !effects.isFolder(url) else { continue }
            try effects.remove(url)
            removed += 1
        }
        for sub in folders.sorted(by: >) {
            let url = folder.appendingPathComponent(sub)
            if effects.isFolder(url), (try? effects.listFolder(url))?.isEmpty == true { try effects.remove(url) }
        }
        let manifest = folder.appendingPathComponent(Self.fileName)
        if effects.fileExists(manifest) { try effects.remove(manifest) }
        return removed
    }

    static func isInside(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }
}

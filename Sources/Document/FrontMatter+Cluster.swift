import Yams

/// The project file's `cluster:` key: the settings of `report render --executor slurm`, so a
/// book's job settings live with the book (the command line still overrides each).
///
/// ```yaml
/// cluster:
///   executor: slurm
///   partition: short
///   time: "00:30:00"
///   setup: [module load openblas]
/// ```
extension FrontMatter {
    /// The keys `cluster:` accepts, as the command line spells them.
    public static let clusterKeys = ["executor", "partition", "time", "mem", "cpus-per-task", "max-array", "shared-cache",
                                     "setup", "resubmit"]

    static func cluster(_ value: Node, at location: SourceLocation, lineOffset: Int) throws -> [String: String] {
        guard let mapping = value.mapping else {
            throw Diagnostic("'cluster' must be a mapping such as {executor: slurm, partition: short}", at: location)
        }
        var settings: [String: String] = [:]
        for (key, setting) in mapping {
            let name = key.string ?? ""
            let at = FrontMatterValues.location(key, file: location.file, lineOffset: lineOffset)
            guard clusterKeys.contains(name) else {
                throw Diagnostic("'cluster' key '\(name)' is not one of \(clusterKeys.joined(separator: ", "))", at: at)
            }
            if name == "setup", let lines = setting.sequence {
                let texts = lines.compactMap { $0.scalar?.string }
                guard texts.count == lines.count else { throw Diagnostic("'cluster' key 'setup' must list shell lines", at: at) }
                settings[name] = texts.joined(separator: "\n")
            } else if let text = setting.scalar?.string {
                settings[name] = text
            } else {
                throw Diagnostic("'cluster' key '\(name)' must have a plain value", at: at)
            }
        }
        return settings
    }
}

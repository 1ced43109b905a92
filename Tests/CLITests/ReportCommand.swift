import Foundation

/// The built `report` executable, run in a throw-away project folder.
struct ReportCommand {
    /// What one run printed and its exit status.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable sits in the build products folder, next to this target's resources.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("report")

    let folder: URL

    /// A project folder holding `chapters/NAME` for each chapter.
    init(chapters: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)", isDirectory: true)
        let chapterFolder = folder.appendingPathComponent("chapters", isDirectory: true)
        try FileManager.default.createDirectory(at: chapterFolder, withIntermediateDirectories: true)
        for (name, text) in chapters {
            try Data(text.utf8).write(to: chapterFolder.appendingPathComponent(name))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs `report ARGUMENTS` in the project folder, with 80-column help text.
    func run(_ arguments: [String]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            throw CLITestError("no report executable at \(Self.executable.path); `swift build` builds it")
        }
        let stdoutFile = folder.appendingPathComponent(".stdout"), stderrFile = folder.appendingPathComponent(".stderr")
        try Data().write(to: stdoutFile)
        try Data().write(to: stderrFile)
        let stdout = try FileHandle(forWritingTo: stdoutFile), stderr = try FileHandle(forWritingTo: stderrFile)
        defer { try? stdout.close(); try? stderr.close() }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "80"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: stdoutFile), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: stderrFile), as: UTF8.self))
    }

    func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    /// The text of a file in the project, nil when it is missing.
    func read(_ path: String) -> String? {
        (try? Data(contentsOf: folder.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A test set-up that went wrong, with what to do about it.
struct CLITestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

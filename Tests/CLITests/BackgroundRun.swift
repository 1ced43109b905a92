import Foundation

extension ReportCommand {
    /// A `report` run going on in the background.
    struct Background {
        let process: Process
        let stdoutFile: URL, stderrFile: URL

        /// Waits for it to end.
        func wait() throws -> Run {
            process.waitUntilExit()
            return Run(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: stdoutFile), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: stderrFile), as: UTF8.self))
        }
    }

    /// Starts `report ARGUMENTS` in the project folder without waiting for it.
    func start(_ arguments: [String]) throws -> Background {
        let name = UUID().uuidString
        let stdoutFile = folder.appendingPathComponent(".stdout-\(name)"), stderrFile = folder.appendingPathComponent(".stderr-\(name)")
        try Data().write(to: stdoutFile)
        try Data().write(to: stderrFile)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
        return Background(process: process, stdoutFile: stdoutFile, stderrFile: stderrFile)
    }

    /// The standard output of a command on PATH (`squeue`, `scancel`); throws when it fails.
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CLITestError("\(name) \(arguments.joined(separator: " ")) failed") }
        return String(decoding: data, as: UTF8.self)
    }
}

import Foundation

/// The real cluster: `sbatch --parsable --array`, `scontrol show job -o` (which knows array
/// tasks until Slurm forgets ended jobs, `MinJobAge`), then `sacct` when accounting is on,
/// and `scancel`.
public struct SystemSlurm: SlurmControl {
    public init() {}

    public func submit(script: URL, indices: [Int], maxParallel: Int?) throws -> String {
        let array = ArrayIndices.format(indices) + (maxParallel.map { "%\($0)" } ?? "")
        let output = try Self.command("sbatch", ["--parsable", "--array=\(array)", script.path])
        guard let id = output.split(whereSeparator: { $0 == ";" || $0.isNewline }).first.map(String.init), Int(id) != nil else {
            throw SlurmProblem("sbatch printed no job id: \(output)")
        }
        return id
    }

    public func taskStates(job: String) throws -> [Int: SlurmTaskState] {
        if let text = try? Self.command("scontrol", ["show", "job", "-o", job]) {
            return Self.parseScontrol(text, job: job)
        }
        // Slurm no longer holds the job in memory: accounting, when the cluster keeps it.
        guard let text = try? Self.command("sacct", ["-n", "-P", "-X", "-j", job, "-o", "JobID,State"]) else { return [:] }
        return Self.parseSacct(text, job: job)
    }

    public func cancel(job: String) throws {
        _ = try Self.command("scancel", [job])
    }

    /// Task states from `scontrol show job -o` lines (`ArrayJobId=12 ArrayTaskId=0-3%2 JobState=PENDING ...`).
    static func parseScontrol(_ text: String, job: String) -> [Int: SlurmTaskState] {
        var states: [Int: SlurmTaskState] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            var fields: [String: String] = [:]
            for word in line.split(separator: " ") {
                guard let eq = word.firstIndex(of: "=") else { continue }
                fields[String(word[..<eq])] = String(word[word.index(after: eq)...])
            }
            guard fields["ArrayJobId"] == job, let tasks = fields["ArrayTaskId"].flatMap(ArrayIndices.parse),
                  let state = fields["JobState"] else { continue }
            for t in tasks { states[t] = SlurmTaskState(state) }
        }
        return states
    }

    /// Task states from `sacct -n -P -X -o JobID,State` lines (`12_3|COMPLETED`, `12_[4-7]|PENDING`).
    static func parseSacct(_ text: String, job: String) -> [Int: SlurmTaskState] {
        var states: [Int: SlurmTaskState] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0].hasPrefix(job + "_") else { continue }
            let tasks = parts[0].dropFirst(job.count + 1).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            for t in ArrayIndices.parse(tasks) ?? [] { states[t] = SlurmTaskState(parts[1]) }
        }
        return states
    }

    /// Runs `tool arguments` (found on PATH); its standard output, or a ``SlurmProblem``
    /// with what it printed when it fails.
    static func command(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw SlurmProblem("cannot run \(tool) (\(error.localizedDescription)); is Slurm installed and on PATH?")
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw SlurmProblem("\(tool) \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus))\(message.isEmpty ? "" : ": \(message)")")
        }
        return text
    }
}

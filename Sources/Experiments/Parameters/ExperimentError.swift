/// A mistake in an experiment's parameters, with the position of the offending YAML node
/// (1-based line and column, counted in the file the YAML came from).
public struct ExperimentError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public let line: Int?
    public let column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `file:line:column: message` (or `file: message` without a position).
    public func formatted(file: String) -> String {
        if let line, let column { return "\(file):\(line):\(column): \(message)" }
        return "\(file): \(message)"
    }

    public var description: String { formatted(file: "experiment") }
}

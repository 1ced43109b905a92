/// The one error type of the parts a chapter declares (experiment parameters, result paths,
/// plot options, `report eval` requests): a message and where it applies. The engine turns it
/// into a positioned diagnostic in one place; `report run` and `report eval` print it.
public struct LocatedError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Where the problem is.
    public enum Place: Equatable, Sendable {
        /// A 1-based line and column in the text the YAML came from (counted in its file).
        case text(line: Int, column: Int)
        /// The directive option with this key.
        case option(String)
        /// The declaration as a whole.
        case unplaced
    }

    public let message: String
    public let place: Place

    public init(_ message: String, place: Place = .unplaced) {
        self.message = message
        self.place = place
    }

    /// A problem at a line and column of YAML text (unplaced when either is unknown).
    public init(_ message: String, line: Int?, column: Int?) {
        if let line, let column { self.init(message, place: .text(line: line, column: column)) } else { self.init(message) }
    }

    /// A problem with one directive option (the declaration as a whole when `option` is nil).
    public init(_ message: String, option: String?) {
        self.init(message, place: option.map { .option($0) } ?? .unplaced)
    }

    /// The directive option the problem is about, if any.
    public var option: String? {
        if case let .option(key) = place { return key }
        return nil
    }

    /// `file:line:column: message` (or `file: message` without a position).
    public func formatted(file: String) -> String {
        if case let .text(line, column) = place { return "\(file):\(line):\(column): \(message)" }
        return "\(file): \(message)"
    }

    /// `experiment:line:column: message` for a problem in YAML text, else the message.
    public var description: String {
        if case .text = place { return formatted(file: "experiment") }
        return message
    }
}

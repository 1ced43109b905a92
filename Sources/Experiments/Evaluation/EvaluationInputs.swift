import LinearRNN

/// Typed access to the `inputs` object of a reference-values entry. Every accessor names the
/// key and the expected type when the input is missing or has the wrong type.
public struct EvaluationInputs {
    public let kind: String
    public let value: JSONValue
    /// Where the object sits, for messages (`inputs`, `inputs.cases[1]`).
    public let path: String

    public init(kind: String, value: JSONValue, path: String = "inputs") {
        self.kind = kind
        self.value = value
        self.path = path
    }

    public func has(_ key: String) -> Bool {
        if let v = value[key], v != .null { return true }
        return false
    }

    private func required(_ key: String) throws -> JSONValue {
        guard let v = value[key] else {
            throw LocatedError("\(kind): missing input '\(path).\(key)'")
        }
        return v
    }

    private func wrongType(_ key: String, _ expected: String) -> LocatedError {
        LocatedError("\(kind): input '\(path).\(key)' must be \(expected)")
    }

    public func double(_ key: String) throws -> Double {
        guard let x = try required(key).doubleValue else { throw wrongType(key, "a number") }
        return x
    }

    public func optionalDouble(_ key: String) throws -> Double? {
        has(key) ? try double(key) : nil
    }

    public func int(_ key: String) throws -> Int {
        let x = try double(key)
        guard x == x.rounded(), abs(x) < 1e9 else { throw wrongType(key, "an integer") }
        return Int(x)
    }

    public func positiveInt(_ key: String) throws -> Int {
        let n = try int(key)
        guard n >= 1 else { throw LocatedError("\(kind): input '\(path).\(key)' must be at least 1, got \(n)") }
        return n
    }

    public func string(_ key: String) throws -> String {
        guard let s = try required(key).stringValue else { throw wrongType(key, "a string") }
        return s
    }

    public func doubles(_ key: String) throws -> [Double] {
        guard let items = try required(key).arrayValue else { throw wrongType(key, "a list of numbers") }
        return try items.map { guard let x = $0.doubleValue else { throw wrongType(key, "a list of numbers") }; return x }
    }

    public func matrix(_ key: String) throws -> Matrix {
        guard let rows = try required(key).arrayValue else { throw wrongType(key, "a matrix (list of rows)") }
        let nested: [[Double]] = try rows.map { row in
            guard let items = row.arrayValue else { throw wrongType(key, "a matrix (list of rows)") }
            return try items.map { guard let x = $0.doubleValue else { throw wrongType(key, "a matrix of numbers") }; return x }
        }
        guard nested.allSatisfy({ $0.count == nested.first?.count }) else {
            throw wrongType(key, "a matrix with rows of equal length")
        }
        return Matrix(nested)
    }

    public func list(_ key: String) throws -> [JSONValue] {
        guard let items = try required(key).arrayValue else { throw wrongType(key, "a list") }
        return items
    }

    /// The objects of a list input (`cases`), each as inputs of its own.
    public func cases(_ key: String = "cases") throws -> [EvaluationInputs] {
        try list(key).enumerated().map { i, item in
            guard case .object = item else { throw LocatedError("\(kind): '\(path).\(key)[\(i)]' must be an object") }
            return EvaluationInputs(kind: kind, value: item, path: "\(path).\(key)[\(i)]")
        }
    }

    public func lossSet(_ key: String = "loss") throws -> LossSet {
        let s = try string(key)
        guard let loss = LossSet(rawValue: s) else {
            throw LocatedError("\(kind): input '\(path).\(key)' must be \"all\" or \"final\", got \"\(s)\"")
        }
        return loss
    }

    /// `alpha` in (0, 1].
    public func leak(_ key: String = "alpha") throws -> Double {
        let a = try double(key)
        guard a > 0, a <= 1 else { throw LocatedError("\(kind): input '\(path).\(key)' must be in (0, 1], got \(a)") }
        return a
    }
}

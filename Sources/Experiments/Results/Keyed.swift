/// Values under string keys that are data (rule labels), in their order; encoded as one
/// JSON object with the keys in that order.
public struct Keyed<Value>: Sendable where Value: Sendable {
    public var entries: [(key: String, value: Value)]

    public init(_ entries: [(key: String, value: Value)]) { self.entries = entries }

    public var keys: [String] { entries.map(\.key) }
    public var values: [Value] { entries.map(\.value) }

    public subscript(key: String) -> Value? { entries.first { $0.key == key }?.value }
}

extension Keyed: Encodable where Value: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (key, value) in entries { try container.encode(value, forKey: AnyKey(key)) }
    }
}

extension Keyed: Decodable where Value: Decodable {
    /// Keeps the keys in document order with `JSONValueDecoder`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        entries = try container.allKeys.map { ($0.stringValue, try container.decode(Value.self, forKey: $0)) }
    }
}

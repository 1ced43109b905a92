import Foundation

/// Summary statistics of a sample: count, mean, sample standard deviation (n - 1), standard
/// error of the mean, min, max, median and quartiles (linear interpolation between order
/// statistics, as numpy's default). The deviations are nil for fewer than two values.
public struct SummaryStatistics: Equatable, Sendable {
    public let count: Int
    public let mean: Double
    public let sd: Double?
    public let se: Double?
    public let min: Double
    public let max: Double
    public let median: Double
    public let q1: Double
    public let q3: Double

    /// The names of the statistics in a sweep's summary, in order.
    public static let names = ["mean", "sd", "se", "min", "max", "median", "q1", "q3"]

    /// The statistics of the finite values; nil when there are none.
    public init?(_ values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let n = Double(sorted.count)
        count = sorted.count
        mean = sorted.reduce(0, +) / n
        if sorted.count > 1 {
            let mean = self.mean
            let sd = (sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
            self.sd = sd
            se = sd / n.squareRoot()
        } else {
            sd = nil
            se = nil
        }
        min = sorted[0]
        max = sorted[sorted.count - 1]
        func quantile(_ q: Double) -> Double {
            let position = q * (n - 1)
            let low = Int(position.rounded(.down)), high = Swift.min(low + 1, sorted.count - 1)
            return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
        }
        median = quantile(0.5)
        q1 = quantile(0.25)
        q3 = quantile(0.75)
    }

    /// The statistic called `name` (one of `names`).
    public func value(_ name: String) -> Double? {
        switch name {
        case "mean": return mean
        case "sd": return sd
        case "se": return se
        case "min": return min
        case "max": return max
        case "median": return median
        case "q1": return q1
        case "q3": return q3
        default: return nil
        }
    }
}

/// The summary over the runs of one sweep point: every number the runs share (the same
/// key path in every result, the same index in lists of the same length) summarised over
/// the runs, as one tree shaped like the result per statistic. Values that are not numbers,
/// or that do not exist in every run, are left out; a number that is null in some runs is
/// summarised over the others.
enum SweepSummary {
    private indirect enum Tree {
        case leaf(SummaryStatistics?)
        case array([Tree])
        case object([(String, Tree)])

        func json(_ statistic: String) -> JSONValue {
            switch self {
            case let .leaf(s): return s?.value(statistic).map(JSONValue.number) ?? .null
            case let .array(items): return .array(items.map { $0.json(statistic) })
            case let .object(pairs): return .object(pairs.map { ($0.0, $0.1.json(statistic)) })
            }
        }
    }

    /// `{"count": runs, "mean": {...}, "sd": {...}, ...}` over the results of the runs.
    static func summarize(_ runs: [JSONValue]) -> JSONValue {
        let tree = self.tree(runs) ?? .object([])
        return .object([("count", .number(Double(runs.count)))] + SummaryStatistics.names.map { ($0, tree.json($0)) })
    }

    private static func tree(_ values: [JSONValue]) -> Tree? {
        guard let first = values.first else { return nil }
        if values.allSatisfy({ $0.doubleValue != nil || $0 == .null }) {
            let numbers = values.compactMap(\.doubleValue)
            return numbers.isEmpty ? nil : .leaf(SummaryStatistics(numbers))
        }
        if let items = first.arrayValue {
            let lists = values.compactMap(\.arrayValue)
            guard lists.count == values.count, lists.allSatisfy({ $0.count == items.count }) else { return nil }
            let elements = items.indices.map { i in tree(lists.map { $0[i] }) }
            guard elements.contains(where: { $0 != nil }) else { return nil }
            return .array(elements.map { $0 ?? .leaf(nil) })
        }
        if let pairs = first.objectValue {
            guard values.allSatisfy({ $0.objectValue != nil }) else { return nil }
            let children = pairs.compactMap { key, _ -> (String, Tree)? in
                let column = values.compactMap { $0[key] }
                guard column.count == values.count, let child = tree(column) else { return nil }
                return (key, child)
            }
            return children.isEmpty ? nil : .object(children)
        }
        return nil
    }
}

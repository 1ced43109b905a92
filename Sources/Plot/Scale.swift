import Foundation

/// How data values map to positions along an axis.
public enum Scale: Hashable, Sendable {
    case linear
    /// Base-10 logarithmic; non-positive values cannot be shown and are dropped.
    case log
    /// Linear within ±`linearWidth` of zero, logarithmic outside.
    case symlog(linearWidth: Double)

    public static let symlog = Scale.symlog(linearWidth: 1)

    /// Whether `v` can be placed on this scale.
    public func accepts(_ v: Double) -> Bool {
        guard v.isFinite else { return false }
        if case .log = self { return v > 0 }
        return true
    }

    /// The position of `v` in the scale's linear space.
    @inline(__always)
    public func forward(_ v: Double) -> Double {
        switch self {
        case .linear: return v
        case .log: return log10(v)
        case .symlog(let width):
            let c = width > 0 ? width : 1
            let a = abs(v)
            let t = a <= c ? a / c : 1 + log10(a / c)
            return v < 0 ? -t : t
        }
    }

    public func inverse(_ t: Double) -> Double {
        switch self {
        case .linear: return t
        case .log: return pow(10, t)
        case .symlog(let width):
            let c = width > 0 ? width : 1
            let a = abs(t)
            let v = a <= 1 ? a * c : c * pow(10, a - 1)
            return t < 0 ? -v : v
        }
    }
}

import Foundation

/// A seeded pseudo-random source (xoshiro256** seeded through SplitMix64) with standard
/// normal draws by the Box-Muller transform. The same seed gives the same numbers, bit for
/// bit, on every run.
public struct RandomSource: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    private var spareNormal: Double?

    public init(seed: UInt64) {
        var s = seed
        func splitMix() -> UInt64 {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    public mutating func next() -> UInt64 {
        let result = rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotl(state.3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in the open interval (0, 1).
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// Uniform in [low, high).
    public mutating func uniform(in low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A standard normal draw.
    public mutating func normal() -> Double {
        if let spare = spareNormal { spareNormal = nil; return spare }
        let radius = (-2 * Foundation.log(uniform())).squareRoot()
        let angle = 2 * Double.pi * uniform()
        spareNormal = radius * Foundation.sin(angle)
        return radius * Foundation.cos(angle)
    }

    /// A matrix of independent normal draws with the given standard deviation.
    public mutating func normalMatrix(rows: Int, cols: Int, standardDeviation: Double = 1) -> Matrix {
        var m = Matrix(rows: rows, cols: cols)
        for i in m.elements.indices { m.elements[i] = standardDeviation * normal() }
        return m
    }

    /// A new independent stream derived from this seed and a label (for per-rule streams).
    public static func derived(seed: UInt64, stream: UInt64) -> RandomSource {
        RandomSource(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ stream &* 0xD1B5_4A32_D192_ED03 &+ 1)
    }
}

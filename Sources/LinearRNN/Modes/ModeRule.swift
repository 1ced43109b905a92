/// A learning rule reduced to one aligned mode (SPEC 5.3): exact gradient, truncated
/// backpropagation with horizon `K >= 1`, or RFLO with the mode's feedback gain `f`.
public enum ModeRule: Sendable, Equatable {
    case bptt
    case truncatedBPTT(horizon: Int)
    case rflo(feedback: Double)

    /// `bptt`, `tbptt_K3`, `rflo_f0.5`.
    public var name: String {
        switch self {
        case .bptt: "bptt"
        case let .truncatedBPTT(horizon): "tbptt_K\(horizon)"
        case let .rflo(feedback): "rflo_f\(feedback)"
        }
    }

    /// How many lags the `b` credit reaches on the saddle line, `K` in `sigma_K` (SPEC 7.5):
    /// `T` for BPTT, `min(K, T)` for tBPTT-K, and `nil` for RFLO, which has no fixed point on `Z`.
    public func saddleTerms(horizon: Int) -> Int? {
        switch self {
        case .bptt: horizon
        case let .truncatedBPTT(k): min(k, horizon)
        case .rflo: nil
        }
    }
}

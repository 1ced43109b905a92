extension MathNode {
    /// Whether scripts on this node go below and above it (limits) rather than beside it,
    /// in display style or not.
    func takesLimits(displayStyle: Bool) -> Bool {
        switch self {
        case .largeOperator(_, let limits), .operatorName(_, let limits):
            limits == .always || (limits == .displayOnly && displayStyle)
        default:
            false
        }
    }
}

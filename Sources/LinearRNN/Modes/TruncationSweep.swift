extension ModeProblem {
    /// tBPTT-K transverse rates at a point of `O` for `K = 1..T` (SPEC 7.3, E9); `K = T` is BPTT.
    public func truncationRateSweep(at p: ModePoint) throws -> [(horizon: Int, rates: TransverseRates)] {
        try (1...horizon).map { k in (k, try transverseRates(of: .truncatedBPTT(horizon: k), at: p)) }
    }
}

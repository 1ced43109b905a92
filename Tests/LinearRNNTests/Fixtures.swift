import LinearRNN

extension SetupG {
    static let setting = SequenceSetting(horizon: 6, alpha: 0.7, loss: .all)

    static func rules(horizon: Int) -> [any LearningRule] {
        [BPTT(), TruncatedBPTT(horizon: 1), TruncatedBPTT(horizon: 3), RFLO(feedback: feedback)]
    }
}

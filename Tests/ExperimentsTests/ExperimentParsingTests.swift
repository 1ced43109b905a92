import Experiments
import Testing

/// Bad experiment YAML gets one clear, positioned message naming the key, the value and
/// what is allowed.
struct ExperimentParsingTests {
    static let valid = """
        kind: train
        N: 8
        n_in: 2
        n_out: 2
        T: 5
        rules: [bptt, rflo]
        eta: 0.01
        steps: 20
        """

    func error(_ yaml: String, lineOffset: Int = 0) -> LocatedError? {
        do {
            _ = try ExperimentParser.parse(yaml: yaml, lineOffset: lineOffset)
            return nil
        } catch let error as LocatedError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    @Test func validExperimentParses() throws {
        let experiment = try ExperimentParser.parse(yaml: Self.valid)
        #expect(experiment.workUnits == 40)
    }

    @Test func deeplyNestedYAMLIsRefusedWithItsPositionBeforeYams() throws {
        let deep = "kind: train\ntask:\n" + (1...5000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        let e = try #require(error(deep, lineOffset: 10))
        #expect(e.message.contains("nested deeper than 64 levels"))
        #expect(e.place == .text(line: 10 + 66, column: 65))
        let flow = try #require(error("kind: train\nrules: " + String(repeating: "[", count: 5000)))
        #expect(flow.place == .text(line: 2, column: 8 + 63))
    }

    @Test func unknownKeyIsNamedWithItsPosition() throws {
        let e = try #require(error(Self.valid + "\nlearning_rate: 0.1", lineOffset: 10))
        #expect(e.message.contains("unknown key 'learning_rate'"))
        #expect(e.message.contains("eta"))
        #expect(e.place == .text(line: 19, column: 1))
    }

    @Test func negativeSizeNamesKeyValueAndRange() throws {
        let e = try #require(error(Self.valid.replacingOccurrences(of: "N: 8", with: "N: -3")))
        #expect(e.message == "'N' is '-3'; it must be an integer from 1 to 4096")
        guard case .text(2, _) = e.place else { Issue.record("placed at \(e.place)"); return }
    }

    @Test func wrongTypeIsReported() throws {
        let e = try #require(error(Self.valid.replacingOccurrences(of: "eta: 0.01", with: "eta: fast")))
        #expect(e.message.contains("'eta' is 'fast'"))
    }

    @Test func unknownRuleAndBadNestedKeys() throws {
        let e1 = try #require(error(Self.valid.replacingOccurrences(of: "[bptt, rflo]", with: "[bptt, sgd]")))
        #expect(e1.message.contains("'rules[1]' is 'sgd'"))
        let e2 = try #require(error(Self.valid.replacingOccurrences(of: "[bptt, rflo]", with: "[{rule: tbptt, K: 0}]")))
        #expect(e2.message.contains("'rules[0].K'"))
        let e3 = try #require(error(Self.valid + "\ntask: {teacher: random, radius: 2}"))
        #expect(e3.message.contains("unknown key 'task.radius'"))
    }

    @Test func missingKeyAndBadYAML() throws {
        let e1 = try #require(error(Self.valid.replacingOccurrences(of: "steps: 20", with: "")))
        #expect(e1.message.contains("missing 'steps'"))
        let e2 = try #require(error("kind: train\nN: [4\n"))
        #expect(e2.message.hasPrefix("invalid YAML"))
        #expect(e2.place != .unplaced)
        let e3 = try #require(error("kind: fit\n"))
        #expect(e3.message.contains("'kind' is 'fit'"))
    }

    @Test func onlineModeAcceptsOnlyLocalRules() throws {
        let e = try #require(error(Self.valid + "\ngradient: online"))
        #expect(e.message.contains("rule 'bptt' is not one of them"))
        let local = Self.valid.replacingOccurrences(of: "[bptt, rflo]", with: "[rflo, tbptt]") + "\ngradient: online\nbatch: 4"
        #expect(try ExperimentParser.parse(yaml: local).workUnits == 40)
    }

    @Test func populationModeRejectsTanh() throws {
        let e = try #require(error(Self.valid + "\nnonlinearity: tanh"))
        #expect(e.message.contains("population"))
    }
}

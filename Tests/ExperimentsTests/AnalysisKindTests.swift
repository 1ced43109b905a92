import Experiments
import Testing

/// The analysis kinds (E1-E10) with small settings, checked against SPEC's reference values
/// and closed forms.
struct AnalysisKindTests {
    static func run(_ yaml: String) throws -> JSONValue {
        try ExperimentParser.parse(yaml: yaml).run { _ in }
    }

    static func numbers(_ value: JSONValue?) -> [Double] { value?.arrayValue?.compactMap(\.doubleValue) ?? [] }

    static func close(_ x: Double?, _ reference: Double, relative: Double) -> Bool {
        guard let x else { return false }
        return abs(x - reference) <= relative * abs(reference)
    }

    @Test func gradientChecksMatchSetupG() throws {
        let result = try Self.run("kind: gradient_checks\nsamples: 4000\nsequences: 2\ncurve_points: 4\n")
        #expect(Self.close(result["loss"]?["all"]?["exact"]?.doubleValue, 0.592818, relative: 1e-6))
        #expect(Self.close(result["loss"]?["final"]?["exact"]?.doubleValue, 0.113202, relative: 1e-5))
        for loss in ["all", "final"] {
            #expect(abs(result["loss"]?[loss]?["z"]?.doubleValue ?? 99) < 4)
            #expect((result["population_gradient_error"]?[loss]?.doubleValue ?? 1) < 1e-6)
            for (rule, error) in result["impulse_error"]?[loss]?.objectValue ?? [] {
                #expect((error.doubleValue ?? 1) < 1e-10, "\(rule)")
            }
        }
        #expect((result["sequence_gradient_error"]?["max"]?.doubleValue ?? 1) < 1e-6)
        #expect(Self.numbers(result["loss"]?["all"]?["curve"]?["samples"]) == [1000, 2000, 3000, 4000])
    }

    @Test func flowFieldHasTheRFLODriveAtTheOrigin() throws {
        let result = try Self.run("""
            kind: flow_field
            T: 10
            rules: [bptt, {rule: rflo, f: 0.7}]
            w: 0
            grid: 5
            """)
        #expect(Self.numbers(result["rules"]?["bptt"]?["update_at_Z"]) == [0, 0, 0])
        let drive = Self.numbers(result["rules"]?["rflo_f0p7"]?["update_at_Z"])
        #expect(abs(drive[0] - 7) < 1e-12 && drive[1] == 0 && drive[2] == 0)
        #expect(result["rules"]?["bptt"]?["db"]?.arrayValue?.count == 5)
        #expect(result["optimum_in_plane"] == .bool(false))
    }

    @Test func fixedPointCensusFindsTheSetsOfSPEC6() throws {
        let result = try Self.run("""
            kind: fixed_points
            T: 10
            rules: [bptt, {rule: rflo, f: 0.7}]
            starts: 40
            """)
        #expect(Self.numbers(result["sigma_roots"]).count == 1)
        #expect(abs(Self.numbers(result["sigma_roots"])[0] + 1.6732390) < 1e-6)
        let bptt = try #require(result["rules"]?["bptt"])
        #expect((bptt["counts"]?["O"]?.doubleValue ?? 0) > 0 && (bptt["counts"]?["Z"]?.doubleValue ?? 0) > 0)
        #expect((bptt["max_line_root_distance"]?.doubleValue ?? 0) < 1e-5)
        let rflo = try #require(result["rules"]?["rflo_f0p7"])
        #expect(rflo["counts"]?["Z"]?.doubleValue == 0 && rflo["counts"]?["line"]?.doubleValue == 0)
        for update in rflo["update_at_Z"]?.arrayValue ?? [] {
            #expect(abs(Self.numbers(update)[0] - 7) < 1e-12)
        }
    }

    @Test func plateauRatesMatchTheSaddleEigenvalues() throws {
        let result = try Self.run("""
            kind: plateau
            T: 10
            rules: [bptt, tbptt, rflo]
            eps: [1.0e-3, 1.0e-4]
            curve_tau: 0.5
            records: 10
            trap_tau: 0.5
            """)
        let bptt = try #require(result["rules"]?["bptt"])
        #expect(Self.close(bptt["predicted_rate"]?.doubleValue, 15.555672, relative: 1e-6))
        #expect(Self.close(bptt["fitted_rate"]?.doubleValue, 15.5557, relative: 0.02))
        #expect(Self.close(result["rules"]?["tbptt"]?["predicted_rate"]?.doubleValue, 12.472238, relative: 1e-6))
        #expect(Self.close(result["rules"]?["tbptt"]?["fitted_rate"]?.doubleValue, 12.4722, relative: 0.02))
        #expect((result["rules"]?["rflo"]?["t_half_spread"]?.doubleValue ?? 1) < 0.02)
        #expect(Self.close(bptt["trap"]?["final_loss"]?.doubleValue, 11.448, relative: 1e-3))
    }

    @Test func stabilityAlongTheOptimumAgreesWithTheSignCondition() throws {
        let result = try Self.run("""
            kind: stability
            T: 10
            rules: [bptt, tbptt, {rule: rflo, f: 0.1}, {rule: rflo, f: -0.5}]
            points: 11
            """)
        for (label, rule) in result["rules"]?.objectValue ?? [] {
            #expect(rule["criterion_mismatches"]?.doubleValue == 0, "\(label)")
            #expect((rule["jacobian_error"]?.doubleValue ?? 1) < 1e-6, "\(label)")
        }
        let window = try #require(result["rules"]?["rflo_f0p1"]?["window"])
        #expect(abs((window["lower"]?.doubleValue ?? 0) - 0.4277886) < 1e-6)
        #expect(abs((window["upper"]?.doubleValue ?? 0) - 0.4641589) < 1e-6)
        // SPEC 7.4: f = -0.5 at b = c = 1 has eigenvalues {12.451, -8.695}.
        let table = (result["rules"]?["rflo_f-0p5"]?["table"]?.arrayValue ?? []).map { Self.numbers($0)[0] }
        #expect(Self.close(table.first, -8.695, relative: 1e-3) && Self.close(table.last, 12.451, relative: 1e-3))
        #expect(result["rules"]?["bptt"]?["positive"]?["stable_count"]?.doubleValue == 11)
    }

    @Test func excursionOfRFLOEndsOnTheRightBranch() throws {
        let result = try Self.run("""
            kind: excursion
            T: 10
            rules: [bptt, rflo]
            f: 0.3
            records: 50
            samples: 2000
            """)
        let rflo = try #require(result["rules"]?["rflo"])
        #expect((rflo["loss_ratio"]?.doubleValue ?? 0) > 1e3)
        let final = Self.numbers(rflo["final"])
        for (x, reference) in zip(final, [1.42081, 0.8, 0.70382]) { #expect(abs(x - reference) < 1e-4) }
        #expect((rflo["final_fc"]?.doubleValue ?? 0) > 0)
        #expect((result["rules"]?["bptt"]?["moved"]?.doubleValue ?? 1) < 0.01)
    }

    @Test func ratesReproduceSection8() throws {
        let result = try Self.run("""
            kind: rates
            T: 10
            rules: [bptt, tbptt, {rule: rflo, f: 0.3}]
            table_T: [10]
            table_w: [0, 0.8]
            rflo_f: [0.1, 1]
            records: 100
            """)
        let bptt = try #require(result["rules"]?["bptt"])
        #expect(Self.close(bptt["balanced_mu_slow"]?.doubleValue, 24.1235, relative: 1e-5))
        #expect(Self.numbers(bptt["table_mu_slow"]?.arrayValue?.first).map { ($0 * 1000).rounded() / 1000 } == [9, 24.124])
        let tbptt = try #require(result["rules"]?["tbptt"])
        #expect(Self.close(tbptt["limit_mu_slow"]?.doubleValue, 15.6609, relative: 1e-5))
        #expect(Self.close(result["rules"]?["rflo_f0p3"]?["limit_mu_slow"]?.doubleValue, 3.9071, relative: 1e-4))
        for (label, rule) in result["rules"]?.objectValue ?? [] {
            #expect((rule["slope_error"]?.doubleValue ?? 1) < 0.01, "\(label)")
        }
        let gains = Self.numbers(result["feedback"]?["mu_slow"])
        #expect(Self.close(gains.first, 1.803, relative: 1e-3) && Self.close(gains.last, 13.9022, relative: 1e-5))
    }

    @Test func truncationSweepMatchesTheReferenceRates() throws {
        let result = try Self.run("kind: truncation\nT: 10\n")
        let reference = [13.902, 20.355, 22.951, 23.976, 24.323, 24.377, 24.318, 24.232, 24.161, 24.124]
        for (x, r) in zip(Self.numbers(result["mu_slow"]), reference) { #expect(Self.close(x, r, relative: 1e-4)) }
        #expect(result["peak_K"]?.doubleValue == 6)
        #expect((result["full_horizon_difference"]?.doubleValue ?? 1) < 1e-12)
    }

    @Test func kernelsShowTheLeakSeparatingRFLOFromOneStepTruncation() throws {
        let result = try Self.run("""
            kind: kernels
            T: 10
            alphas: [1, 0.5]
            rules: [bptt, tbptt, rflo]
            records: 20
            """)
        let entries = try #require(result["alphas"]?.arrayValue)
        #expect((entries[0]["rflo_vs_tbptt"]?.doubleValue ?? 1) < 1e-12)
        #expect(Self.close(entries[1]["rflo_vs_tbptt"]?.doubleValue, 0.574, relative: 2e-3))
        #expect(Self.close(entries[0]["rules"]?["bptt"]?["mu_slow"]?.doubleValue, 24.12, relative: 1e-3))
        #expect(Self.close(entries[1]["rules"]?["rflo"]?["mu_slow"]?.doubleValue, 6.11, relative: 1e-3))
        // At alpha = 0.5 (rho = 0.5, lambda* = 0.8): b kernels lambda^k, 1[k<1], rho^k; w kernel g_2 = lambda + rho.
        let kernels = try #require(entries[1]["kernels"])
        #expect(abs(Self.numbers(kernels["bptt"]?["b"])[3] - 0.512) < 1e-12)
        #expect(Self.numbers(kernels["tbptt"]?["b"]).reduce(0, +) == 1)
        #expect(abs(Self.numbers(kernels["rflo"]?["b"])[2] - 0.25) < 1e-12)
        #expect(abs(Self.numbers(kernels["rflo"]?["w"])[2] - 1.3) < 1e-12)
        #expect(abs(Self.numbers(kernels["bptt"]?["w"])[2] - 1.6) < 1e-12)
    }

    @Test func sampledTrainingFollowsTheODE() throws {
        let result = try Self.run("""
            kind: sampled_vs_ode
            T: 10
            rules: [bptt, rflo]
            steps: 300
            record_every: 30
            seeds: [0, 1]
            """)
        for (label, rule) in result["rules"]?.objectValue ?? [] {
            #expect((rule["mean_deviation"]?.doubleValue ?? 1) < 0.06, "\(label)")
            #expect(rule["loss"]?.arrayValue?.count == 2 && Self.numbers(rule["tau"]).count == 11, "\(label)")
        }
        #expect(ExperimentFailure.first(in: result) == nil)
    }

    @Test func alignmentIsPreservedAndMatchesTheEulerMap() throws {
        let result = try Self.run("""
            kind: alignment
            T: 10
            rules: [bptt, tbptt, rflo]
            steps: 1200
            record_every: 100
            """)
        for (label, rule) in result["rules"]?.objectValue ?? [] {
            #expect((rule["max_projection_error"]?.doubleValue ?? 1) < 1e-9, "\(label)")
            #expect((rule["max_leakage"]?.doubleValue ?? 1) < 1e-10, "\(label)")
            #expect((rule["max_euler_ode"]?.doubleValue ?? 1) < 3e-2, "\(label)")
        }
        let bptt = try #require(result["rules"]?["bptt"])
        #expect((bptt["invariant_drift"]?.doubleValue ?? 1) < 1e-9)
        // SPEC E2: BPTT reaches 1e-3 of each mode's initial loss at tau = 0.38 / 0.85 / 0.97.
        for (x, reference) in zip(Self.numbers(bptt["tau_to_threshold"]), [0.38, 0.85, 0.97]) { #expect(abs(x - reference) < 0.01) }
        #expect(Self.numbers(bptt["tau"]).last == 1.2)
    }

    @Test func badParametersAreReportedAtTheirPosition() throws {
        #expect(throws: (any Error).self) { try ExperimentParser.parse(yaml: "kind: plateau\nT: 10\neps: [0.1, -1]\n") }
        do {
            _ = try ExperimentParser.parse(yaml: "kind: stability\nT: 10\nrules: [{rule: rflo, f: 0}]\n")
            Issue.record("f = 0 was accepted")
        } catch {
            #expect("\(error)".contains("3:"), "\(error)")
            #expect("\(error)".contains("rules[0].f"), "\(error)")
        }
        do {
            _ = try ExperimentParser.parse(yaml: "kind: rates\nT: 10\nrules: [bptt]\nrflo_gain: [1]\n")
            Issue.record("an unknown key was accepted")
        } catch {
            #expect("\(error)".contains("unknown key 'rflo_gain'"), "\(error)")
        }
    }
}

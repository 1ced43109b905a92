import Foundation
import Testing
import LinearRNN

@Suite("Stability along the optimum manifold (SPEC 7)")
struct ModeStabilityTests {
    static let problem = ModeFixtures.single
    static let rules: [ModeRule] = [.bptt, .truncatedBPTT(horizon: 1), .truncatedBPTT(horizon: 3),
                                    .rflo(feedback: 1), .rflo(feedback: 0.5), .rflo(feedback: 0.1), .rflo(feedback: -0.5)]

    /// Points of `O` on a log grid of `|b|` on both branches (E6, coarser).
    static func optimumGrid(_ problem: ModeProblem) -> [ModePoint] {
        stride(from: -1.5, through: 1.5, by: 0.25).flatMap { exponent -> [ModePoint] in
            let b = pow(10, exponent)
            return [b, -b].map { ModePoint(b: $0, w: problem.teacher.w, c: problem.teacherGamma / (problem.alpha * $0)) }
        }
    }

    @Test("analytic Jacobian (7.1) equals central finite differences", arguments: [1.0, 0.5])
    func analyticJacobian(alpha: Double) {
        let problem = ModeProblem(teacher: ModePoint(b: 1, w: 0.8, c: 1), alpha: alpha, horizon: 10)
        for point in Self.optimumGrid(problem) where point.maxAbs < 10 {
            for rule in Self.rules {
                let analytic = problem.optimumJacobian(of: rule, at: point)
                let numeric = problem.finiteDifferenceJacobian(of: rule, at: point)
                #expect(Matrix.maxRelativeDifference(numeric, analytic) < 1e-6, "\(rule.name) at \(point)")
            }
        }
    }

    @Test("R (7.3) carries the non-zero eigenvalues of J; the third is 0")
    func transverseMatrix() throws {
        let point = ModePoint(b: 0.7, w: 0.8, c: 1 / 0.7)
        for rule in Self.rules {
            let full = try LinearAlgebra.eigenvalues(Self.problem.optimumJacobian(of: rule, at: point))
            let transverse = try Self.problem.transverseRates(of: rule, at: point).eigenvalues
            let scale = full.map(\.magnitude).max()!
            let nonzero = full.filter { $0.magnitude > 1e-9 * scale }
            #expect(nonzero.count == 2)
            for (a, b) in zip(nonzero, transverse) {
                #expect(abs(a.re - b.re) + abs(a.im - b.im) < 1e-9 * scale, "\(rule.name)")
            }
        }
    }

    @Test("closed forms (7.4), (7.5) agree with R", arguments: [1.0, 0.6])
    func closedForms(alpha: Double) throws {
        for loss in LossSet.allCases {
            let problem = ModeProblem(teacher: ModePoint(b: 1, w: 0.5, c: 1.3), alpha: alpha, horizon: 8, loss: loss)
            for point in Self.optimumGrid(problem) where point.maxAbs < 10 {
                let bptt = try problem.transverseRates(of: .bptt, at: point).eigenvalues.map(\.re)
                let closed = ClosedFormStability.bpttEigenvalues(at: point, alpha: alpha, lagWeights: problem.lagWeights)
                for (a, b) in zip(bptt, closed) { #expect(abs(a - b) <= 1e-9 * abs(closed[0])) }
                for f in [0.3, -0.3] {
                    let r = problem.transverseMatrix(of: .rflo(feedback: f), at: point)
                    let (trace, determinant) = ClosedFormStability.rfloTraceDeterminant(at: point, feedback: f, alpha: alpha,
                                                                                         lagWeights: problem.lagWeights)
                    let detR = r[0, 0] * r[1, 1] - r[0, 1] * r[1, 0]
                    #expect(abs(trace - r.trace) <= 1e-9 * r.maxAbs)
                    #expect(abs(determinant - detR) <= 1e-9 * r.maxAbs * r.maxAbs)
                }
            }
        }
    }

    @Test("BPTT and tBPTT-1 are stable on O; RFLO's verdict equals the sign condition (7.7) (E6)")
    func stabilityVerdicts() throws {
        for point in Self.optimumGrid(Self.problem) {
            #expect(try Self.problem.transverseRates(of: .bptt, at: point).isStable)
            #expect(try Self.problem.transverseRates(of: .truncatedBPTT(horizon: 1), at: point).isStable)
            for f in [1.0, 0.5, 0.1] {
                let stable = try Self.problem.transverseRates(of: .rflo(feedback: f), at: point).isStable
                #expect(stable == ClosedFormStability.rfloSignCondition(at: point, feedback: f, lagWeights: Self.problem.lagWeights))
                if f * point.c > 0 { #expect(stable) }
                if f >= 0.5 && f * point.c < 0 { #expect(!stable) }
            }
        }
    }

    @Test("RFLO stable window for f = 0.1 is (0.4277886, 0.4641589); empty for f = 0.5, 1 (E6)")
    func stableWindow() throws {
        let problem = Self.problem
        let window = RFLOStableWindow(feedback: 0.1, teacherLambda: problem.teacherLambda, teacherGamma: problem.teacherGamma,
                                      lagWeights: problem.lagWeights)
        #expect(abs(window.traceBound - 0.4277886) < 1e-6)
        #expect(abs(window.determinantBound - 0.4641589) < 1e-6)
        for (b, inside) in [(0.44, true), (0.42, false), (0.47, false)] {
            let point = ModePoint(b: -b, w: 0.8, c: -1 / b)
            #expect(try problem.transverseRates(of: .rflo(feedback: 0.1), at: point).isStable == inside)
        }
        for f in [0.5, 1.0] {
            #expect(RFLOStableWindow(feedback: f, teacherLambda: 0.8, teacherGamma: 1, lagWeights: problem.lagWeights).isEmpty)
        }
    }

    @Test("the window bounds separate stable from unstable points of the fc < 0 branch", arguments: [1.0, 0.5])
    func windowMatchesEigenvalues(alpha: Double) throws {
        let problem = ModeProblem(teacher: ModePoint(b: 1, w: 0.6, c: 1), alpha: alpha, horizon: 10, loss: .all)
        let window = RFLOStableWindow(feedback: 0.05, teacherLambda: problem.teacherLambda, teacherGamma: problem.teacherGamma,
                                      alpha: alpha, lagWeights: problem.lagWeights)
        #expect(!window.isEmpty)
        let middle = (window.traceBound + window.determinantBound) / 2
        for (x, inside) in [(middle, true), (window.traceBound * 0.999, false), (window.determinantBound * 1.001, false)] {
            let point = ModePoint(b: -x, w: 0.6, c: problem.teacherGamma / (alpha * -x))
            #expect(try problem.transverseRates(of: .rflo(feedback: 0.05), at: point).isStable == inside, "|b| = \(x)")
        }
    }

    @Test("saddle-line eigenvalues (7.8) equal those of the finite-difference Jacobian")
    func saddleEigenvalues() throws {
        let problem = ModeProblem(teacher: ModePoint(b: 1, w: 0.8, c: 1), alpha: 0.7, horizon: 10, loss: .all)
        for rule in [ModeRule.bptt, .truncatedBPTT(horizon: 1), .truncatedBPTT(horizon: 3)] {
            let formula = try #require(problem.saddleEigenvalues(of: rule, w: 0.5))
            let numeric = try LinearAlgebra.eigenvalues(problem.finiteDifferenceJacobian(of: rule, at: ModePoint(b: 0, w: 0.5, c: 0)))
            for (a, b) in zip(formula, numeric) { #expect(abs(a.re - b.re) + abs(a.im - b.im) < 1e-6 * abs(formula[0].re)) }
        }
        #expect(abs(try #require(ModeFixtures.single.saddleEigenvalues(of: .bptt, w: 0.5)).last!.re - 15.555672064) < 1e-8)
        #expect(problem.saddleEigenvalues(of: .rflo(feedback: 1), w: 0.5) == nil)
    }

    @Test("the tBPTT-K sweep ends at BPTT's rates and peaks at K = 6 (E9)")
    func truncationSweep() throws {
        let point = ModePoint(b: 1, w: 0.8, c: 1)
        let sweep = try ModeFixtures.single.truncationRateSweep(at: point)
        let bptt = try ModeFixtures.single.transverseRates(of: .bptt, at: point)
        #expect(abs(sweep.last!.rates.slow - bptt.slow) < 1e-9 * bptt.slow)
        #expect(sweep.max { $0.rates.slow < $1.rates.slow }!.horizon == 6)
        #expect(abs(sweep[0].rates.slow - 13.902204778083103) < 1e-8)
    }
}

import Testing
import LinearRNN

@Suite("Fixed-point census (SPEC 6, E4b)")
struct FixedPointCensusTests {
    static let problem = ModeFixtures.single

    @Test("BPTT and tBPTT-1 have O and Z; every other root is a real root of sigma with |lambda| > 1",
          arguments: [ModeRule.bptt, .truncatedBPTT(horizon: 1)])
    func gradientLikeRules(rule: ModeRule) throws {
        let census = try FixedPointCensus(problem: Self.problem, rule: rule, starts: 150, seed: 1)
        #expect(census.contains(.optimum))
        #expect(census.contains(.saddleLine))
        let roots = try Self.problem.responseSumRealRoots(terms: Self.problem.horizon)
        #expect(roots.count == 1 && abs(roots[0] + 1.6732390) < 1e-6)
        for lambda in census.lineLambdas {
            #expect(abs(lambda) > 1)
            #expect(roots.contains { abs($0 - lambda) < 1e-5 }, "line at lambda = \(lambda)")
        }
        for point in census.fixedPoints {
            switch point.set {
            case .optimum: #expect(point.stability == .stable && point.zeroDirections == 1)
            case .saddleLine where abs(Self.problem.lambda(at: point.point) * Self.problem.teacherLambda) < 1:
                #expect(point.stability == .saddle && point.zeroDirections == 1)
            case .saddleLine, .line: break
            }
        }
    }

    @Test("RFLO has only O (no Z, no extra lines)", arguments: [0.7, -0.7])
    func rflo(feedback: Double) throws {
        let census = try FixedPointCensus(problem: Self.problem, rule: .rflo(feedback: feedback), starts: 150, seed: 2)
        #expect(census.contains(.optimum))
        #expect(census.fixedPoints.allSatisfy { $0.set == .optimum })
        let stableBranch = census.fixedPoints.filter { $0.stability == .stable }
        #expect(stableBranch.allSatisfy { feedback * $0.point.c > 0 })
    }

    @Test("Newton polishes a start near O onto O, and a point of Z classifies as a saddle with one zero direction")
    func newtonAndClassification() throws {
        let search = FixedPointSearch(problem: Self.problem, rule: .truncatedBPTT(horizon: 1))
        let root = try #require(search.solve(from: ModePoint(b: 1.1, w: 0.75, c: 0.95)))
        #expect(Self.problem.isOnOptimum(root, tolerance: 1e-10))
        let census = try FixedPointCensus(problem: Self.problem, rule: .bptt, starts: 0)
        #expect(census.fixedPoints.isEmpty)
        let saddle = try FixedPointCensus.classify(ModePoint(b: 0, w: 0.5, c: 0), problem: Self.problem, rule: .bptt)
        #expect(saddle.set == .saddleLine && saddle.stability == .saddle && saddle.zeroDirections == 1)
        #expect(abs(saddle.eigenvalues.last!.re - 15.555672064) < 1e-6)
    }
}

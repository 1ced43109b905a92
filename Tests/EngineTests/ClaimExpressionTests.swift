import Document
import Engine
import Experiments
import Testing

/// The claim language: scalars, lists, broadcasting, aggregates and parse errors.
struct ClaimExpressionTests {
    static let results: [String: JSONValue] = [
        "e": .object([
            ("x", .number(0.5)),
            ("list", .numbers([1, 2, 3])),
            ("other", .numbers([1, 3, 5])),
            ("table", .array([.numbers([1, 2]), .numbers([3, 4])])),
            ("name", .string("text")),
        ]),
    ]

    func holds(_ text: String) throws -> Bool { try ClaimExpression.parse(text).holds(Self.results) }

    @Test func scalarsAndLogic() throws {
        #expect(try holds("e.x < 1 and not e.x > 1"))
        #expect(try holds("abs(e.x - 1) == 0.5 or e.x > 2"))
        #expect(try !holds("e.x * 4 < 2"))
        #expect(try holds("-e.x < 0 and 2 * (e.x + 1) == 3 and 1e-3 < e.x"))
    }

    @Test func listsBroadcastAndAggregate() throws {
        #expect(try holds("e.list <= e.other"))
        #expect(try !holds("e.list < e.other"))
        #expect(try holds("e.list > 0"))
        #expect(try holds("max(e.list) == 3 and min(e.table) == 1 and max(e.x, e.list) == 3"))
        #expect(try holds("max(abs(e.other - e.list)) == 2"))
    }

    @Test func errorsSayWhatIsWrong() throws {
        #expect(throws: LocatedError.self) { try ClaimExpression.parse("e.x <") }
        #expect(throws: LocatedError.self) { try ClaimExpression.parse("(e.x < 1") }
        #expect(throws: LocatedError.self) { try holds("e.list < e.table") }
        #expect(throws: LocatedError.self) { try holds("e.name > 0") }
        #expect(throws: LocatedError.self) { try holds("e.missing > 0") }
        #expect(try ClaimExpression.parse("e.a + f.b[2] < 1").paths.map(\.text) == ["e.a", "f.b[2]"])
    }
}

/// A check must state something that can fail: a bare value is refused.
struct ClaimStatementTests {
    @Test(arguments: ["e.x", "3", "-e.x", "max(e.x, 1)", "e.x + 1", "e.x < 1 and e.y"])
    func valuesAreNotStatements(text: String) throws {
        #expect(!(try ClaimExpression.parse(text)).isStatement)
    }

    @Test(arguments: ["e.x < 1", "not e.x > 2", "e.x == 1 or e.y != 2", "abs(e.x - 1) <= 1e-6 and e.y >= 0"])
    func comparisonsAreStatements(text: String) throws {
        #expect(try ClaimExpression.parse(text).isStatement)
    }

    @Test func aClaimWithoutAComparisonIsAnErrorAtItsCheck() throws {
        let chapter = "# C\n\n" + RenderFixture.modesExperiment("e1")
            + "\n\n```{claim} bare\n:check: e1.rules.bptt.loss[0]\nA value, not a claim.\n```\n"
        let fixture = try RenderFixture(chapters: ["01-c.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        let error = try #require(outcome.errors.first { $0.message.contains("compares nothing") })
        #expect(error.location.line == 15)
        #expect(outcome.book.claims.notHolding.map(\.id) == ["bare"])
    }
}

/// `diverged(path)` asks whether a run stopped early: true for a run with a `diverged`
/// record, false for one without (or with `null`), one answer per item through `[*]`.
struct DivergedPredicateTests {
    static let results: [String: JSONValue] = [
        "e": .object([
            ("rules", .object([
                ("bptt", .object([("loss", .numbers([1, 2])), ("diverged", .object([("step", .number(7)), ("reason", .string("loss grew"))]))])),
                ("rflo", .object([("loss", .numbers([1, 0.5]))])),
                ("tbptt", .object([("loss", .numbers([1, 0.5])), ("diverged", .null)])),
            ])),
            ("points", .array([.object([("loss", .numbers([1])), ("diverged", .object([("step", .number(3))]))]),
                               .object([("loss", .numbers([1]))])])),
        ]),
    ]

    func holds(_ text: String) throws -> Bool { try ClaimExpression.parse(text).holds(Self.results) }

    @Test func trueForAStoppedRunFalseOtherwise() throws {
        #expect(try holds("diverged(e.rules.bptt)"))
        #expect(try !holds("diverged(e.rules.rflo)"))
        #expect(try !holds("diverged(e.rules.tbptt)"))
        #expect(try holds("not diverged(e.rules.rflo) and diverged(e.rules.bptt)"))
        #expect(try holds("e.rules.bptt.diverged.step == 7"))
        #expect(try ClaimExpression.parse("diverged(e.points[*])").evaluate(Self.results) == [1, 0])
    }

    @Test func aPredicateIsAStatementAndReadsNoNumbers() throws {
        let expression = try ClaimExpression.parse("diverged(e.rules.bptt) or e.rules.rflo.loss[1] < 1")
        #expect(expression.isStatement)
        #expect(expression.paths.map(\.text) == ["e.rules.rflo.loss[1]"])
        #expect(expression.predicateCalls.map(\.text) == ["diverged(e.rules.bptt)"])
        #expect(throws: LocatedError.self) { try ClaimExpression.parse("diverged(1)") }
        #expect(throws: LocatedError.self) { try holds("diverged(e.rules.bptt.loss)") }
        #expect(throws: LocatedError.self) { try holds("diverged(e.rules)") }
    }

    @Test func claimsAboutAStoppedRuleInAChapter() throws {
        // RFLO's slow mode crosses |lambda| = 3 on this task; BPTT's does not.
        let chapter = """
            # Local

            ```{experiment} e1
            kind: modes
            T: 5
            teacher_modes: [[1, 0.8, 1]]
            initial_modes: [[0.05, 2.99, 0.04]]
            feedback_modes: [1]
            rules: [bptt, rflo]
            tau: 0.2
            records: 10
            ```

            ```{claim} rflo-stopped
            :check: diverged(e1.rules.rflo) and not diverged(e1.rules.bptt)
            RFLO stops; BPTT runs to the end.
            ```

            ```{claim} bptt-stopped
            :check: diverged(e1.rules.bptt)
            BPTT stops (it does not).
            ```
            """
        let fixture = try RenderFixture(chapters: ["01-local.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        let claims = outcome.book.chapters.collect { block -> ClaimBlock? in if case let .claim(c) = block { return c }; return nil }
        let stopped = try #require(claims.first { $0.id == "rflo-stopped" })
        #expect(stopped.passed == true)
        #expect(stopped.measured.map(\.path) == ["diverged(e1.rules.rflo)", "diverged(e1.rules.bptt)"])
        #expect(stopped.measured.map(\.value) == ["true", "false"])
        #expect(claims.first { $0.id == "bptt-stopped" }?.passed == false)
    }
}

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

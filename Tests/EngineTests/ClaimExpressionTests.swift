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

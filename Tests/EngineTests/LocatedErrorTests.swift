import Document
@testable import Engine
import Experiments
import Testing

/// Every error of the declared parts becomes a diagnostic in one place, at the right spot:
/// its YAML line and column, the option it names, or the directive.
struct LocatedErrorTests {
    static let directive = SourceLocation(file: "c.md", line: 10, column: 1)
    static let options = ["y": DirectiveOption(key: "y", value: "rules.*.x", location: SourceLocation(file: "c.md", line: 12, column: 1))]
    static func lines(_: String, _ line: Int) -> String? { "line \(line)" }

    @Test func aPositionInTheYAMLIsKept() {
        let d = Diagnostic.located(LocatedError("bad", line: 14, column: 3), fallback: Self.directive, sourceLines: Self.lines)
        #expect(d.location == SourceLocation(file: "c.md", line: 14, column: 3))
        #expect(d.sourceLine == "line 14")
    }

    @Test func anOptionIsPlacedAtItsLine() {
        let d = Diagnostic.located(LocatedError("bad", option: "y"), options: Self.options, fallback: Self.directive)
        #expect(d.location.line == 12)
        let unknown = Diagnostic.located(LocatedError("bad", option: "x"), options: Self.options, fallback: Self.directive)
        #expect(unknown.location == Self.directive)
    }

    @Test func otherErrorsStandAtTheDirective() {
        struct Other: Error {}
        #expect(Diagnostic.located(LocatedError("bad"), fallback: Self.directive).location == Self.directive)
        #expect(Diagnostic.located(Other(), fallback: Self.directive).location == Self.directive)
        let reported = Diagnostic("already", at: SourceLocation(file: "c.md", line: 3, column: 2))
        #expect(Diagnostic.located(reported, fallback: Self.directive) == reported)
    }
}

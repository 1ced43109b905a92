import Testing
import YAMLLimits

/// The nesting scanner counts indentation, `- ` markers and flow brackets, ignores what is
/// quoted, commented or inside block scalars, and places the first level past the limit.
struct YAMLNestingTests {
    func place(_ yaml: String) -> [Int]? {
        YAMLNesting.excess(in: yaml).map { [$0.line, $0.column] }
    }

    @Test func ordinaryYAMLPasses() {
        let yaml = """
            kind: train
            rules: [bptt, {rule: tbptt, K: 3}]
            task:
              teacher: aligned
              teacher_modes:
                - [1, 0.8, 1]
                - [1, 0.4, -0.7]
            note: "[[[[" # {{{{
            text: |
              [[[[[[[[
            """
        #expect(YAMLNesting.excess(in: yaml, limit: 6) == nil)
    }

    @Test func deepIndentationIsPlacedOnTheLineThatPassesTheLimit() {
        let yaml = (0..<5000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect(place(yaml) == [65, 65])
    }

    @Test func sequenceMarkersCount() {
        let yaml = "a:\n  " + String(repeating: "- ", count: 5000) + "x"
        // Level 1 is `a`, level 2 the indented line, then one level per marker content.
        #expect(place(yaml) == [2, 3 + 2 * 63])
    }

    @Test func flowBracketsCountAcrossLinesButNotInQuotes() {
        let yaml = "x: '[[[['\ny: " + String(repeating: "[", count: 30) + "\n" + String(repeating: "{a: ", count: 5000)
        // Line 2 opens levels 2 to 31 (level 1 is the line), line 3 passes 64 at its 34th brace.
        #expect(place(yaml) == [3, 1 + 4 * 33])
        let closed = "y: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\nz: " + String(repeating: "[", count: 40)
        #expect(YAMLNesting.excess(in: closed) == nil)
    }
}

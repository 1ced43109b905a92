import Experiments
import Foundation

/// The little language of `{claim}` checks: numbers, result paths, `+ - * /`, unary minus,
/// comparisons `< <= > >= == !=`, `and`, `or`, `not`, the functions `abs sqrt log10`
/// (element-wise) and `min max` (over all their arguments' elements), and the predicate
/// `diverged(path)`: whether the run at `path` (a rule's result, or a list of them through
/// `[*]`) stopped early, i.e. records a `diverged` object.
///
/// A path may name a list, a list of lists or an object of numbers: values are flat lists of numbers, a single
/// number broadcasts, operators work element-wise on lists of the same length, and a
/// comparison holds when it holds for every element. Example:
/// `e11.rules.rflo.W_change.ratios[2] < 1e-10 and e8.rules.bptt.table_mu_slow >= e8.rules.tbptt.table_mu_slow`.
public indirect enum ClaimExpression: Sendable, Equatable {
    case number(Double)
    case path(ResultPath)
    case negate(ClaimExpression)
    case not(ClaimExpression)
    case binary(String, ClaimExpression, ClaimExpression)
    case call(String, [ClaimExpression])

    /// Element-wise functions of one argument.
    static let elementwise: [String: @Sendable (Double) -> Double] = [
        "abs": { Swift.abs($0) }, "sqrt": { $0.squareRoot() }, "log10": { Foundation.log10($0) },
    ]
    /// Functions over all the elements of all their arguments.
    static let aggregates: [String: @Sendable ([Double]) -> Double?] = [
        "min": { $0.min() }, "max": { $0.max() },
    ]

    /// Predicates of one result path that read the value itself rather than its numbers.
    static let predicates = ["diverged"]

    static func isFunction(_ name: String) -> Bool { elementwise[name] != nil || aggregates[name] != nil }

    /// Parses an expression; errors say what was expected at which character.
    public static func parse(_ text: String) throws -> ClaimExpression {
        var parser = ClaimParser(text)
        let expression = try parser.parseOr()
        try parser.expectEnd()
        return expression
    }

    /// Every result path the expression reads as numbers, in order (not those of `diverged(...)`).
    public var paths: [ResultPath] {
        switch self {
        case .number: return []
        case let .path(p): return [p]
        case let .negate(e), let .not(e): return e.paths
        case let .binary(_, a, b): return a.paths + b.paths
        case let .call(name, args): return Self.predicates.contains(name) ? [] : args.flatMap(\.paths)
        }
    }

    /// Every `diverged(path)` of the expression, in order, with its path.
    public var predicateCalls: [(text: String, path: ResultPath)] {
        switch self {
        case .number, .path: return []
        case let .negate(e), let .not(e): return e.predicateCalls
        case let .binary(_, a, b): return a.predicateCalls + b.predicateCalls
        case let .call(name, args):
            if Self.predicates.contains(name), case let .path(p)? = args.first { return [("\(name)(\(p.text))", p)] }
            return args.flatMap(\.predicateCalls)
        }
    }

    /// Whether the expression holds: every element of its value is non-zero.
    public func holds(_ results: [String: JSONValue]) throws -> Bool {
        let value = try evaluate(results)
        return !value.isEmpty && value.allSatisfy { $0 != 0 }
    }

    /// Whether the expression states something that can hold or fail: a comparison, or
    /// `and`, `or`, `not` of such. A bare number or path (`e1.loss[3]`) is not a claim.
    public var isStatement: Bool {
        switch self {
        case .number, .path, .negate: return false
        case let .call(name, _): return Self.predicates.contains(name)
        case .not: return true
        case let .binary(op, a, b):
            if op == "and" || op == "or" { return a.isStatement && b.isStatement }
            return ["<", "<=", ">", ">=", "==", "!="].contains(op)
        }
    }

    /// Evaluates to a flat list of numbers (a single number for scalar paths; booleans are 1 and 0).
    public func evaluate(_ results: [String: JSONValue]) throws -> [Double] {
        switch self {
        case let .number(x): return [x]
        case let .path(p): return try Self.flatNumbers(p.value(in: results), path: p.text)
        case let .negate(e): return try e.evaluate(results).map { -$0 }
        case let .not(e): return [try e.holds(results) ? 0 : 1]
        case let .call(name, args):
            if Self.predicates.contains(name) {
                guard args.count == 1, case let .path(p) = args[0] else {
                    throw LocatedError("\(name)() takes one result path, e.g. \(name)(e1.rules.rflo)")
                }
                return try Self.diverged(p.value(in: results), path: p.text)
            }
            if let f = Self.elementwise[name] {
                guard args.count == 1 else { throw LocatedError("\(name)() takes one argument, not \(args.count)") }
                return try args[0].evaluate(results).map(f)
            }
            let values = try args.flatMap { try $0.evaluate(results) }
            guard let f = Self.aggregates[name], let y = f(values) else {
                throw LocatedError("\(name)() needs at least one number")
            }
            return [y]
        case let .binary(op, a, b):
            if op == "and" { return [try a.holds(results) && b.holds(results) ? 1 : 0] }
            if op == "or" { return [try a.holds(results) || b.holds(results) ? 1 : 0] }
            let x = try a.evaluate(results), y = try b.evaluate(results)
            guard x.count == y.count || x.count == 1 || y.count == 1 else {
                throw LocatedError("'\(op)' needs lists of the same length, got \(x.count) and \(y.count) numbers")
            }
            let count = max(x.count, y.count)
            let combine: (Double, Double) -> Double
            switch op {
            case "+": combine = { $0 + $1 }
            case "-": combine = { $0 - $1 }
            case "*": combine = { $0 * $1 }
            case "/": combine = { $0 / $1 }
            case "<": combine = { $0 < $1 ? 1 : 0 }
            case "<=": combine = { $0 <= $1 ? 1 : 0 }
            case ">": combine = { $0 > $1 ? 1 : 0 }
            case ">=": combine = { $0 >= $1 ? 1 : 0 }
            case "==": combine = { $0 == $1 ? 1 : 0 }
            case "!=": combine = { $0 != $1 ? 1 : 0 }
            default: throw LocatedError("unknown operator \(op)")
            }
            return (0..<count).map { combine(x[x.count == 1 ? 0 : $0], y[y.count == 1 ? 0 : $0]) }
        }
    }

    /// 1 for a run that records a `diverged` object, 0 for one that does not; one per item of a list.
    static func diverged(_ value: JSONValue, path: String) throws -> [Double] {
        switch value {
        case let .object(pairs):
            guard let record = pairs.first(where: { $0.0 == "diverged" })?.1 else {
                guard pairs.contains(where: { ["loss", "final_loss", "tau", "steps"].contains($0.0) }) else {
                    throw LocatedError("'\(path)' is not a run (no loss or diverged field); give a rule's result, e.g. e1.rules.rflo")
                }
                return [0]
            }
            return [record == .null ? 0 : 1]
        case let .array(items): return try items.flatMap { try diverged($0, path: path) }
        default: throw LocatedError("'\(path)' is \(value.kindDescription), not a run; give a rule's result, e.g. e1.rules.rflo")
        }
    }

    /// The numbers of a value: a number, or every number of a list or object, flattened in order.
    static func flatNumbers(_ value: JSONValue, path: String) throws -> [Double] {
        switch value {
        case let .number(x): return [x]
        case let .bool(b): return [b ? 1 : 0]
        case let .array(items): return try items.flatMap { try flatNumbers($0, path: path) }
        case let .object(pairs): return try pairs.flatMap { try flatNumbers($0.1, path: path) }
        default: throw LocatedError("'\(path)' is \(value.kindDescription), not a number or a list of numbers")
        }
    }
}

/// Recursive-descent parser for `ClaimExpression`.
private struct ClaimParser {
    let chars: [Character]
    var i = 0

    init(_ text: String) { chars = Array(text) }

    mutating func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }

    func error(_ expected: String) -> LocatedError {
        let found = i < chars.count ? "'\(chars[i])'" : "the end"
        return LocatedError("in check '\(String(chars))': expected \(expected) at character \(i + 1), found \(found)")
    }

    mutating func expectEnd() throws {
        skipSpace()
        if i < chars.count { throw error("an operator or the end") }
    }

    mutating func word() -> String? {
        skipSpace()
        var j = i
        while j < chars.count, chars[j].isLetter { j += 1 }
        return j > i ? String(chars[i..<j]) : nil
    }

    mutating func keyword(_ k: String) -> Bool {
        skipSpace()
        let end = i + k.count
        guard end <= chars.count, String(chars[i..<end]) == k,
              end == chars.count || !(chars[end].isLetter || chars[end].isNumber || chars[end] == "_") else { return false }
        i = end
        return true
    }

    mutating func symbol(_ options: [String]) -> String? {
        skipSpace()
        for s in options {
            let end = i + s.count
            if end <= chars.count, String(chars[i..<end]) == s { i = end; return s }
        }
        return nil
    }

    mutating func parseOr() throws -> ClaimExpression {
        var left = try parseAnd()
        while keyword("or") { left = .binary("or", left, try parseAnd()) }
        return left
    }

    mutating func parseAnd() throws -> ClaimExpression {
        var left = try parseNot()
        while keyword("and") { left = .binary("and", left, try parseNot()) }
        return left
    }

    mutating func parseNot() throws -> ClaimExpression {
        if keyword("not") { return .not(try parseNot()) }
        return try parseComparison()
    }

    mutating func parseComparison() throws -> ClaimExpression {
        let left = try parseSum()
        if let op = symbol(["<=", ">=", "==", "!=", "<", ">"]) { return .binary(op, left, try parseSum()) }
        return left
    }

    mutating func parseSum() throws -> ClaimExpression {
        var left = try parseProduct()
        while let op = symbol(["+", "-"]) { left = .binary(op, left, try parseProduct()) }
        return left
    }

    mutating func parseProduct() throws -> ClaimExpression {
        var left = try parseUnary()
        while let op = symbol(["*", "/"]) { left = .binary(op, left, try parseUnary()) }
        return left
    }

    mutating func parseUnary() throws -> ClaimExpression {
        if symbol(["-"]) != nil { return .negate(try parseUnary()) }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws -> ClaimExpression {
        skipSpace()
        guard i < chars.count else { throw error("a number, a result path or '('") }
        if chars[i] == "(" {
            i += 1
            let inner = try parseOr()
            guard symbol([")"]) != nil else { throw error("')'") }
            return inner
        }
        if chars[i].isNumber || chars[i] == "." {
            var j = i
            while j < chars.count, chars[j].isNumber || chars[j] == "." || chars[j] == "e" || chars[j] == "E"
                || ((chars[j] == "-" || chars[j] == "+") && j > i && (chars[j - 1] == "e" || chars[j - 1] == "E")) { j += 1 }
            guard let x = Double(String(chars[i..<j])) else { throw error("a number") }
            i = j
            return .number(x)
        }
        // A function call or a result path.
        var j = i
        while j < chars.count, chars[j].isLetter || chars[j].isNumber || "_-.[]".contains(chars[j])
                || (chars[j] == "*" && j > i && chars[j - 1] == "[") {
            // A '-' followed by a space or digit start is subtraction, not part of a name.
            if chars[j] == "-", j + 1 < chars.count, chars[j + 1] == " " { break }
            j += 1
        }
        let token = String(chars[i..<j])
        guard !token.isEmpty else { throw error("a number, a result path or '('") }
        i = j
        if ClaimExpression.predicates.contains(token), symbol(["("]) != nil {
            let argument = try parsePrimary()
            guard case .path = argument else { throw error("a result path inside \(token)(...), e.g. \(token)(e1.rules.rflo)") }
            guard symbol([")"]) != nil else { throw error("')' after the path of \(token)") }
            return .call(token, [argument])
        }
        if ClaimExpression.isFunction(token), symbol(["("]) != nil {
            var args: [ClaimExpression] = []
            if symbol([")"]) == nil {
                repeat { args.append(try parseOr()) } while symbol([","]) != nil
                guard symbol([")"]) != nil else { throw error("')' after the arguments of \(token)") }
            }
            return .call(token, args)
        }
        return .path(try ResultPath(token))
    }
}

import Foundation

/// The little language of `{claim}` checks: numbers, result paths, `+ - * /`, unary minus,
/// `abs() min() max() log10() sqrt()`, comparisons `< <= > >= == !=` and `and`, `or`, `not`.
/// Example: `e11.rules.rflo.W_change.ratios[2] < 1e-10 and abs(e8.slope / e8.rate - 1) < 0.01`.
public indirect enum ClaimExpression: Sendable, Equatable {
    case number(Double)
    case path(ResultPath)
    case negate(ClaimExpression)
    case not(ClaimExpression)
    case binary(String, ClaimExpression, ClaimExpression)
    case call(String, [ClaimExpression])

    static let functions: [String: @Sendable ([Double]) -> Double?] = [
        "abs": { $0.count == 1 ? Swift.abs($0[0]) : nil },
        "sqrt": { $0.count == 1 ? $0[0].squareRoot() : nil },
        "log10": { $0.count == 1 ? Foundation.log10($0[0]) : nil },
        "min": { $0.isEmpty ? nil : $0.min() },
        "max": { $0.isEmpty ? nil : $0.max() },
    ]

    /// Parses an expression; errors say what was expected at which character.
    public static func parse(_ text: String) throws -> ClaimExpression {
        var parser = ClaimParser(text)
        let expression = try parser.parseOr()
        try parser.expectEnd()
        return expression
    }

    /// Every result path the expression reads, in order.
    public var paths: [ResultPath] {
        switch self {
        case .number: return []
        case let .path(p): return [p]
        case let .negate(e), let .not(e): return e.paths
        case let .binary(_, a, b): return a.paths + b.paths
        case let .call(_, args): return args.flatMap(\.paths)
        }
    }

    /// Evaluates to a number (booleans are 1 and 0).
    public func evaluate(_ results: [String: JSONValue]) throws -> Double {
        switch self {
        case let .number(x): return x
        case let .path(p): return try p.number(in: results)
        case let .negate(e): return -(try e.evaluate(results))
        case let .not(e): return try e.evaluate(results) != 0 ? 0 : 1
        case let .call(name, args):
            let values = try args.map { try $0.evaluate(results) }
            guard let f = Self.functions[name], let y = f(values) else {
                throw ResultPathError("\(name)() cannot take \(values.count) argument(s)")
            }
            return y
        case let .binary(op, a, b):
            let x = try a.evaluate(results)
            if op == "and" { return x != 0 ? (try b.evaluate(results) != 0 ? 1 : 0) : 0 }
            if op == "or" { return x != 0 ? 1 : (try b.evaluate(results) != 0 ? 1 : 0) }
            let y = try b.evaluate(results)
            switch op {
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            case "/": return x / y
            case "<": return x < y ? 1 : 0
            case "<=": return x <= y ? 1 : 0
            case ">": return x > y ? 1 : 0
            case ">=": return x >= y ? 1 : 0
            case "==": return x == y ? 1 : 0
            case "!=": return x != y ? 1 : 0
            default: throw ResultPathError("unknown operator \(op)")
            }
        }
    }
}

/// Recursive-descent parser for `ClaimExpression`.
private struct ClaimParser {
    let chars: [Character]
    var i = 0

    init(_ text: String) { chars = Array(text) }

    mutating func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }

    func error(_ expected: String) -> ResultPathError {
        let found = i < chars.count ? "'\(chars[i])'" : "the end"
        return ResultPathError("in check '\(String(chars))': expected \(expected) at character \(i + 1), found \(found)")
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
        while j < chars.count, chars[j].isLetter || chars[j].isNumber || "_-.[]".contains(chars[j]) {
            // A '-' followed by a space or digit start is subtraction, not part of a name.
            if chars[j] == "-", j + 1 < chars.count, chars[j + 1] == " " { break }
            j += 1
        }
        let token = String(chars[i..<j])
        guard !token.isEmpty else { throw error("a number, a result path or '('") }
        i = j
        if ClaimExpression.functions[token] != nil, symbol(["("]) != nil {
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

/// User macros: definitions (`\newcommand`, `\renewcommand`, `\providecommand`, `\def`,
/// `\DeclareMathOperator`) and their expansion in place, bounded in depth and length.
extension FormulaParser {
    /// If the command at the read position is a user macro, replaces the call and its
    /// arguments by the expansion and returns true. A call nested too deeply (a macro that
    /// expands into itself) is reported once, removed with what it produced, and also
    /// returns true; later calls of that macro are removed silently.
    mutating func expandMacro() -> Bool {
        let name = peekCommandName()
        guard let definition = macros.definitions[name] else { return false }
        let start = position
        let depth = origins[start].depth + 1
        position += 1 + name.count
        var arguments: [String] = []
        if let optionalDefault = definition.optionalDefault {
            arguments.append(readOptionalArgument() ?? optionalDefault)
        }
        while arguments.count < definition.arguments {
            guard let argument = readVerbatimArgument() else {
                report(at: start, "missing argument for \\\(name)")
                break
            }
            arguments.append(argument)
        }
        let recursive = recursiveMacros.contains(name)
        guard !recursive, depth <= MathMacros.maximumDepth,
              chars.count + definition.body.count <= MathMacros.maximumLength else {
            if !recursive {
                report(at: start, "\\\(name) expands into itself (more than \(MathMacros.maximumDepth) levels of macros); it is left out")
                recursiveMacros.insert(name)
            }
            // Nothing of an endless expansion is worth reading: drop the rest of what the
            // outermost call produced, which follows the call.
            let offset = origins[start].offset
            var end = position
            while end < chars.count, origins[end].offset == offset, origins[end].depth > 0 { end += 1 }
            chars.removeSubrange(start..<end)
            origins.removeSubrange(start..<end)
            position = start
            return true
        }
        let expansion = Array(Self.substitute(arguments, into: definition.body))
        let offset = origins[start].offset
        chars.replaceSubrange(start..<position, with: expansion)
        origins.replaceSubrange(start..<position, with: Array(repeating: (offset, depth), count: expansion.count))
        position = start
        return true
    }

    /// `body` with `#1`...`#9` replaced by the arguments and `##` by `#`. An argument that
    /// is a command name gets a space after it, so that `\alpha` then `x` stays two tokens.
    private static func substitute(_ arguments: [String], into body: String) -> String {
        var result = ""
        var chars = body.makeIterator()
        while let c = chars.next() {
            guard c == "#" else { result.append(c); continue }
            guard let next = chars.next() else { result.append(c); break }
            if next == "#" {
                result.append("#")
            } else if let digit = next.wholeNumberValue, digit >= 1, digit <= arguments.count {
                let argument = arguments[digit - 1]
                result += argument
                if argument.count > 1, argument.hasPrefix("\\"), argument.dropFirst().allSatisfy(\.isASCIILetter) {
                    result += " "
                }
            } else {
                result.append(c)
                result.append(next)
            }
        }
        return result
    }

    /// Reads a macro definition whose command (`newcommand`, `def`, ...) started at
    /// `start` and has been consumed.
    mutating func parseDefinition(_ command: String, at start: Int) {
        if command == "DeclareMathOperator" {
            let starred = peek() == "*"
            if starred { position += 1 }
            guard let name = readMacroName(after: command, at: start),
                  let text = readVerbatimArgument() else { return }
            define(name, MathMacros.Definition(
                arguments: 0, body: "\\operatorname\(starred ? "*" : ""){\(text)}"), command: command, at: start)
            return
        }
        if command == "def" {
            guard let name = readMacroName(after: command, at: start) else { return }
            var count = 0
            while peek() == "#", let digit = peek(at: position + 1)?.wholeNumberValue, digit == count + 1 {
                count += 1
                position += 2
            }
            guard let body = readVerbatimArgument() else {
                report(at: start, "missing replacement text for \\def")
                return
            }
            define(name, MathMacros.Definition(arguments: count, body: body), command: command, at: start)
            return
        }
        if peek() == "*" { position += 1 }
        guard let name = readMacroName(after: command, at: start) else { return }
        var count = 0
        if let text = readOptionalArgument() {
            guard let number = Int(text.filter { !$0.isWhitespace }), (0...9).contains(number) else {
                report(at: start, "\\\(command) needs a number of arguments from 0 to 9, not '\(text)'")
                return
            }
            count = number
        }
        let optionalDefault = count > 0 ? readOptionalArgument() : nil
        guard let body = readVerbatimArgument() else {
            report(at: start, "missing replacement text for \\\(command)")
            return
        }
        let exists = macros.definitions[name] != nil || TeXSymbols.isBuiltIn(name)
        if command == "providecommand" && exists { return }
        if command == "newcommand" && exists {
            report(at: start, "\\newcommand: \\\(name) is already defined; use \\renewcommand")
        }
        define(name, MathMacros.Definition(arguments: count, optionalDefault: optionalDefault, body: body),
               command: command, at: start)
    }

    private mutating func define(_ name: String, _ definition: MathMacros.Definition, command: String, at start: Int) {
        if name == "begin" || name == "end" || name == "left" || name == "right" {
            report(at: start, "\\\(command) cannot redefine \\\(name)")
            return
        }
        macros.definitions[name] = definition
        recursiveMacros.remove(name)
    }

    /// Reads `\name` or `{\name}` after a defining command.
    private mutating func readMacroName(after command: String, at start: Int) -> String? {
        guard let text = readVerbatimArgument(), text.hasPrefix("\\"), text.count > 1 else {
            report(at: start, "\\\(command) needs a command name such as \\R")
            return nil
        }
        let name = String(text.dropFirst())
        guard name.allSatisfy(\.isASCIILetter) || name.count == 1 else {
            report(at: start, "\\\(command) needs a command name such as \\R")
            return nil
        }
        return name
    }
}

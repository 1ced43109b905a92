/// Commands that box their argument or make space: frames, phantoms, laps, colours,
/// rules and explicit kerns.
extension FormulaParser {
    /// Parses `name` if it is one of these commands (already consumed), else returns nil.
    mutating func parseBoxCommand(_ name: String, at start: Int) -> MathNode? {
        switch name {
        case "boxed":
            return .boxed(parseArgument(of: "\\boxed", at: start))
        case "phantom", "hphantom", "vphantom":
            return .phantom(parseArgument(of: "\\" + name, at: start),
                            keepsWidth: name != "vphantom", keepsHeight: name != "hphantom")
        case "smash":
            _ = readOptionalArgument()
            return .smash(parseArgument(of: "\\smash", at: start))
        case "llap", "mathllap":
            return .lap(parseLapContent(name, at: start), .right)
        case "rlap", "mathrlap":
            return .lap(parseLapContent(name, at: start), .left)
        case "clap", "mathclap":
            return .lap(parseLapContent(name, at: start), .center)
        case "textcolor":
            let color = readColor(after: name, at: start)
            return .colored(parseArgument(of: "\\textcolor", at: start), color, background: false)
        case "colorbox":
            let color = readColor(after: name, at: start)
            return .colored(parseText(.plain, command: name, at: start), color, background: true)
        case "rule":
            let raise = readOptionalArgument().map { length($0, after: name, at: start) } ?? 0
            let width = readLength(after: name, at: start)
            let height = readLength(after: name, at: start)
            return .rule(widthEm: width, heightEm: height, raiseEm: raise)
        case "hspace", "hskip", "kern", "mkern", "mskip", "mspace":
            if name == "hspace", peek() == "*" { position += 1 }
            return .space(em: readLength(after: name, at: start))
        default:
            return nil
        }
    }

    /// `\llap` and `\rlap` take text, their `\math...` forms math.
    private mutating func parseLapContent(_ name: String, at start: Int) -> MathNode {
        name.hasPrefix("math") ? parseArgument(of: "\\" + name, at: start)
            : parseText(.plain, command: name, at: start)
    }

    /// Reads `{red}`, `[HTML]{0072B2}`, `[rgb]{0,0.4,0.7}` or `{#0072B2}`; an unknown
    /// colour is reported and drawn black.
    mutating func readColor(after command: String, at start: Int) -> MathColor {
        let model = readOptionalArgument()?.filter { !$0.isWhitespace }.lowercased()
        let text = readRawArgument(after: command, at: start).filter { !$0.isWhitespace }
        switch model {
        case "html"?:
            if let value = UInt32(text, radix: 16), text.count == 6 { return MathColor(rgb: value) }
        case "rgb"?, "gray"?:
            let parts = text.split(separator: ",").compactMap { Double($0) }
            let channels = model == "gray" && parts.count == 1 ? [parts[0], parts[0], parts[0]] : parts
            if channels.count == 3, channels.allSatisfy({ (0...1).contains($0) }) {
                let bytes = channels.map { UInt32(($0 * 255).rounded()) }
                return MathColor(rgb: bytes[0] << 16 | bytes[1] << 8 | bytes[2])
            }
        case nil:
            if text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) {
                return MathColor(rgb: value)
            }
            if let named = TeXSymbols.colors[text.lowercased()] { return MathColor(rgb: named) }
        default:
            break
        }
        report(at: start, "\\\(command): unknown colour '\(model.map { "[\($0)]" } ?? "")\(text)'")
        return MathColor(rgb: 0)
    }
}

import Experiments

/// How the rules of the results are named in figures and tables: `bptt` -> BPTT,
/// `tbptt` -> tBPTT, `tbptt_K3` -> tBPTT-3, `rflo` -> RFLO, `rflo_f0p7` -> RFLO (f = 0.7),
/// `rflo_no_gain` -> RFLO without φ′.
/// The names match the palette's fixed colours, so a rule has one colour everywhere.
enum RuleStyle {
    static func displayName(_ key: String) -> String {
        var parts = key.split(separator: "_").map(String.init)
        guard let first = parts.first else { return key }
        var name: String
        switch first {
        case "bptt": name = "BPTT"
        case "tbptt": name = "tBPTT"
        case "rflo": name = "RFLO"
        default: return key
        }
        parts.removeFirst()
        var notes: [String] = []
        for part in parts {
            if part.hasPrefix("K"), let k = Int(part.dropFirst()) { name += "-\(k)" }
            else if part.hasPrefix("f"), let f = Double(part.dropFirst().replacingOccurrences(of: "p", with: ".")) {
                notes.append("f = \(Format.short(f))")
            }
            else if part == "gain" || part == "no" { if part == "no" { notes.append("no φ′ in trace") } }
            else if part == "frozen" { notes.append("C frozen") }
            else if part == "C" { continue }
            else { notes.append(part) }
        }
        return notes.isEmpty ? name : "\(name) (\(notes.joined(separator: ", ")))"
    }
}

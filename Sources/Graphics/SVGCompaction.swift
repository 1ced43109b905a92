/// Shortens Cairo's SVG path data: every number inside a `d="…"` attribute is rounded to
/// 0.01 (a hundredth of a point, far below what a screen or printer shows) and written
/// without trailing zeros. Halves the size of figures with many curves and glyphs.
enum SVGCompaction {
    static func roundPathData(_ bytes: [UInt8]) -> [UInt8] {
        let attribute = Array(" d=\"".utf8)
        let n = bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            guard bytes[i] == UInt8(ascii: " "), i + attribute.count <= n, Array(bytes[i..<(i + attribute.count)]) == attribute else {
                out.append(bytes[i])
                i += 1
                continue
            }
            out.append(contentsOf: attribute)
            i += attribute.count
            while i < n, bytes[i] != UInt8(ascii: "\"") {
                let b = bytes[i]
                let startsNumber = (b >= 48 && b <= 57) || ((b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) && i + 1 < n)
                guard startsNumber else { out.append(b); i += 1; continue }
                var j = i + 1
                while j < n, (bytes[j] >= 48 && bytes[j] <= 57) || bytes[j] == UInt8(ascii: ".") { j += 1 }
                if let value = Double(String(decoding: bytes[i..<j], as: UTF8.self)) {
                    out.append(contentsOf: format(value))
                } else {
                    out.append(contentsOf: bytes[i..<j])
                }
                i = j
            }
        }
        return out
    }

    /// `value` rounded to two decimals, shortest form ("2.42", "-0.5", "3").
    static func format(_ value: Double) -> [UInt8] {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        var text = sign + String(whole)
        if fraction != 0 {
            let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
            text += "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
        }
        return Array((text == "-0" ? "0" : text).utf8)
    }
}

import Document
import Foundation
import Testing
@testable import PDFWriter

/// Tables are set with booktabs rules: top, under the header and bottom, none between rows.
struct TableRuleTests {
    @Test func aTableHasThreeRulesWhateverItsRows() throws {
        let rows: [[[Inline]]] = (1...6).map { [[.text("row \($0)")], [.text("\($0).25")]] }
        let table = Table(id: "tbl-a", number: "1.1", caption: [.text("Caption.")], alignments: [.left, .right],
                          header: [[.text("Name")], [.text("Value")]], rows: rows)
        let chapter = Chapter(file: "ch.md", number: 1, frontMatter: FrontMatter(), blocks: [.table(table)])
        let output = try PDFWriter().render(ResolvedBook(Book(title: "T", authors: [], chapters: [chapter], bibliography: [], citedKeys: [])))
        let image = try pageImage(output.pdf, page: output.pageCount)
        // Pixel rows dark across the middle of the table (rules, not text).
        var rules = 0, inRule = false
        for y in 0..<image.height {
            let row = image.pixels[(y * image.width + image.width / 2 - 40)..<(y * image.width + image.width / 2 + 40)]
            let dark = row.allSatisfy { $0 < 235 }
            if dark && !inRule { rules += 1 }
            inRule = dark
        }
        #expect(rules == 3, "found \(rules) rules")
    }

    /// A page as 8-bit grey pixels, rendered by pdftoppm at 100 dpi.
    func pageImage(_ pdf: Data, page: Int) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try pdf.write(to: folder.appendingPathComponent("t.pdf"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        process.arguments = ["-r", "100", "-gray", "-f", "\(page)", "-l", "\(page)", "-singlefile",
                             folder.appendingPathComponent("t.pdf").path, folder.appendingPathComponent("p").path]
        try process.run()
        process.waitUntilExit()
        let data = [UInt8](try Data(contentsOf: folder.appendingPathComponent("p.pgm")))
        // "P5\nW H\n255\n" then the pixels.
        var fields: [String] = [], index = 0, current = ""
        while fields.count < 4 {
            let c = Character(UnicodeScalar(data[index]))
            index += 1
            if c.isWhitespace { if !current.isEmpty { fields.append(current); current = "" } } else { current.append(c) }
        }
        let width = Int(fields[1])!, height = Int(fields[2])!
        return (width, height, Array(data[index..<(index + width * height)]))
    }
}

/// A column of numbers is aligned on the decimal point.
struct TableDecimalTests {
    @Test func numbersLineUpOnTheDecimalPoint() throws {
        let cells = ["1.5", "22", "0.125", "3.1\u{00A0}×\u{00A0}10⁻⁴"]
        let rows: [[[Inline]]] = cells.map { [[.text("r")], [.text($0)]] }
        let table = Table(id: "tbl-a", number: "1.1", caption: [.text("Caption.")], alignments: [.left, .right],
                          header: [[.text("Name")], [.text("Value")]], rows: rows)
        let chapter = Chapter(file: "ch.md", number: 1, frontMatter: FrontMatter(), blocks: [.table(table)])
        let output = try PDFWriter().render(ResolvedBook(Book(title: "T", authors: [], chapters: [chapter], bibliography: [], citedKeys: [])))
        let boxes = try poppler("pdftotext", ["-bbox", "-f", "\(output.pageCount)", "-l", "\(output.pageCount)"], pdf: output.pdf)
        func box(_ word: String) throws -> (min: Double, max: Double) {
            let line = try #require(boxes.split(separator: "\n").first { $0.hasSuffix(">\(word)</word>") }, "no \(word)")
            func attribute(_ name: String) -> Double {
                let rest = line.components(separatedBy: "\(name)=\"")[1]
                return Double(rest.prefix { $0 != "\"" })!
            }
            return (attribute("xMin"), attribute("xMax"))
        }
        let a = try box("1.5"), b = try box("22"), c = try box("0.125")
        // Each number's integer part ends at the same place: its width from the point on differs.
        #expect(b.max < a.max && a.max < c.max, "not flush right: \(a), \(b), \(c)")
        let digit = (a.max - a.min) / 3
        #expect(abs(b.max - (a.max - 2 * digit)) < 1.5, "22 ends where 1.5's point begins")
        #expect(abs((c.min + digit) - (a.min + digit)) < 1.5, "0.125 and 1.5 share the units column")
        // The numbers are one block centred under the centred header.
        let words = boxes.split(separator: "\n").filter { $0.contains("<word") }
        let numberWords = words.drop { !$0.hasSuffix(">Value</word>") }.dropFirst().filter { !$0.hasSuffix(">r</word>") }
        func edges(_ line: Substring) -> (Double, Double) {
            func attribute(_ name: String) -> Double { Double(line.components(separatedBy: "\(name)=\"")[1].prefix { $0 != "\"" })! }
            return (attribute("xMin"), attribute("xMax"))
        }
        let blockLeft = numberWords.map { edges($0).0 }.min()!, blockRight = numberWords.map { edges($0).1 }.max()!
        let value = try box("Value")
        #expect(abs((value.min + value.max) / 2 - (blockLeft + blockRight) / 2) < 1.5, "header \(value), numbers \(blockLeft)-\(blockRight)")
    }
}

import Document
import Graphics
import Testing
@testable import PDFWriter

/// A long inline formula becomes pieces a line may end between, with a space between
/// them; a short one, or a piece that would be a lone symbol, stays whole.
struct InlineFormulaPiecesTests {
    private func objects(_ tex: String) throws -> (objects: Int, spaces: Int) {
        let pdf = try PagedPDF(pageSize: Paper.a4.size, metadata: .init(title: "t", author: "", subject: ""))
        let style = PDFStyle(page: Paper.a4.size)
        let typesetter = Typesetter(pdf: pdf, style: style, hyphenator: nil)
        let text = typesetter.rich([.math(tex: tex, location: SourceLocation(file: "t.md", line: 1, column: 1))], style.body)
        var counts = (objects: 0, spaces: 0)
        for piece in text.pieces {
            switch piece {
            case .object: counts.objects += 1
            case let .text(s, _, _): counts.spaces += s == " " ? 1 : 0
            }
        }
        return counts
    }

    @Test func aLongFormulaBreaksAfterItsRelationAndOperator() throws {
        let counts = try objects(#"P_t = \rho P_{t-1} + \alpha \phi'(u_t) h_{t-1}^\top"#)
        #expect(counts.objects == 3)
        #expect(counts.spaces == 2)
    }

    @Test func aShortFormulaStaysWhole() throws {
        #expect(try objects("x = 1 + y").objects == 1)
    }

    @Test func aLoneSymbolJoinsItsNeighbour() throws {
        // Wide enough to break, but the last piece alone would be "c".
        let counts = try objects(#"\alpha_{\mathrm{first\ index}} + \beta_{\mathrm{second\ index}} = c"#)
        #expect(counts.objects == 2)
    }
}

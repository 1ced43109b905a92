import Document
import Foundation
import PDFWriter
import Testing

/// The provenance facts stand once, in the Provenance section at the end, not on the title page too.
struct ProvenanceOnceTests {
    @Test func theFactsAppearOnlyAtTheEnd() throws {
        let pdf = try PDFWriter().render(Fixtures.book()).pdf
        let titlePage = try poppler("pdftotext", ["-f", "1", "-l", "1"], pdf: pdf)
        let whole = try poppler("pdftotext", pdf: pdf)
        #expect(titlePage.contains("Test Book"))
        #expect(!titlePage.contains("report test"), "no facts table on the title page")
        #expect(whole.components(separatedBy: "report test").count - 1 == 1)
        let provenance = try #require(whole.range(of: "Provenance", options: .backwards))
        #expect(whole[provenance.upperBound...].contains("report test"))
    }
}

import CPDFArtifacts
import Foundation

/// Marks what a tagged PDF's pages draw outside every structure element (the running head,
/// its rule, the page number) as artifacts, so that a reader's assistive technology skips it
/// and PDF/UA checkers find no untagged content. Cairo 1.16 has no artifact tag; libqpdf's
/// content-stream tokenizer wraps each such painting operation in `/Artifact BMC ... EMC`.
enum ArtifactMarking {
    static func marked(_ pdf: Data) throws -> Data {
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        var error: UnsafeMutablePointer<CChar>?
        let status = pdf.withUnsafeBytes { bytes in
            cpdf_mark_artifacts(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count, &out, &length, &error)
        }
        defer { free(out); free(error) }
        guard status == 0, let out else {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            throw StructureRewrite.Failure(description: "PDF: qpdf could not mark the page artifacts: \(message)")
        }
        return Data(bytes: out, count: length)
    }
}

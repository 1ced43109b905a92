import Document

/// Experiment records and claim callouts, shown as much as `:show:` asks: `full` opens the
/// parameters and shows the check; `summary` (the default) folds both into `<details>`
/// closed by default, leaving the claim's status, statement and measured values; `none`
/// leaves only the anchor that links (contents, claims summary, provenance) point at.
extension BlockHTML {
    func claim(_ c: ClaimBlock) -> String {
        let id = HTMLEscaping.attribute(ReportIDs.claim(c.id))
        if c.show == .none { return "<span class=\"record-anchor\" id=\"\(id)\"></span>" }
        let state = c.passed == true ? "passed" : (c.passed == false ? "failed" : "error")
        let label = c.passed == true ? "✔ Claim holds" : (c.passed == false ? "✘ Claim fails" : "⚠ Claim could not be checked")
        let measured = c.measured.isEmpty ? "" : "<ul class=\"measured\">" + c.measured.map {
            "<li><code>\(HTMLEscaping.text($0.path))</code> = \(HTMLEscaping.text($0.value))</li>"
        }.joined() + "</ul>"
        let problem = c.problem.map { "<p class=\"claim-problem\">\(HTMLEscaping.text($0))</p>" } ?? ""
        let check: String
        switch c.show {
        case .full, .none:
            check = "<div class=\"claim-check\">Check: <code>\(HTMLEscaping.text(c.check))</code>\(measured)</div>"
        case .summary:
            let values = c.measured.isEmpty ? "" :
                " <span class=\"claim-values\">(measured \(HTMLEscaping.text(c.measured.map(\.value).joined(separator: ", "))))</span>"
            check = "<details class=\"claim-check\"><summary>Check\(values)</summary><code>\(HTMLEscaping.text(c.check))</code>\(measured)</details>"
        }
        return """
            <div class="claim \(state)" id="\(id)">
            <div class="claim-status">\(label) <span class="claim-id">\(HTMLEscaping.text(c.id))</span></div>
            <div class="claim-statement">\(inline.render(c.statement))</div>
            \(check)\(problem)
            </div>
            """
    }

    func experiment(_ e: ExperimentBlock) -> String {
        let id = HTMLEscaping.attribute(ReportIDs.experiment(e.id))
        if e.show == .none { return "<span class=\"record-anchor\" id=\"\(id)\"></span>" }
        let kind = e.kind.isEmpty ? "" : " <span class=\"kind\">\(HTMLEscaping.text(e.kind))</span>"
        return """
            <details class="experiment\(e.failed ? " failed" : "")" id="\(id)"\(e.show == .full ? " open" : "")>
            <summary>Experiment <code>\(HTMLEscaping.text(e.id))</code>\(kind) · \(HTMLEscaping.text(e.status))</summary>
            <pre tabindex="0"><code class="language-yaml">\(HTMLEscaping.text(e.parameters))</code></pre>
            </details>
            """
    }
}

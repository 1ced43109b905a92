/// How much of an experiment's parameters or a claim's check a chapter shows where the
/// directive stands (`:show:` on the directive, `show:` in the front matter).
///
/// `full` shows everything in place; `summary` (the default) shows one line in the PDF, with
/// the parameters and checks in the book's appendix, and folds them in the HTML; `none`
/// shows nothing in place (the PDF's appendix and the HTML's folded record still hold it).
public enum MachineOutputShow: String, Sendable, Equatable, CaseIterable {
    case full, summary, none
}

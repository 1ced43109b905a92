import Foundation

/// The report's CSS: system font stacks, light and dark schemes, print rules. Inlined in
/// every report so it opens offline.
enum Stylesheet {
    /// The dark scheme's page colour (`--bg`), which figures' data colours are lifted against.
    static let darkBackground = 0x161618
    /// The text column's widest width and the page's side padding, in rem.
    static let columnRem = 46.0
    static let sidePaddingRem = 1.25

    static let css = """
    :root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5a5a60; --bg: #ffffff; --panel: #f5f5f7; --rule: #d8d8dc;
      --link: #0b5cad; --ok: #1a7f37; --ok-bg: #e9f6ec; --bad: #b42318; --bad-bg: #fdecea; --warn: #9a6700; --warn-bg: #fff8e1; --scroll-cue: rgba(0, 0, 0, .2); }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e8e8ea; --muted: #a8a8b0; --bg: \(hex(darkBackground)); --panel: #232326; --rule: #3a3a3e; --link: #7ab7ff;
        --ok: #56d364; --ok-bg: #12261a; --bad: #ff7b72; --bad-bg: #2d1414; --warn: #e3b341; --warn-bg: #2b2410; --scroll-cue: rgba(255, 255, 255, .3); }
      .artwork { --fig-grid: #3a3a3e; --fig-paper: \(hex(darkBackground)); --fig-frame: #5a5a60; }
    }
    html { background: var(--bg); color: var(--fg); }
    body { font-family: "Report Pagella", "TeX Gyre Pagella", "Palatino Linotype", Palatino, "DejaVu Serif", Georgia, serif; font-size: 17px;
      line-height: 1.55; max-width: \(rem(columnRem)); margin: 0 auto; padding: 2rem \(rem(sidePaddingRem)) 4rem; }
    h1, h2, h3, h4, h5, h6, .claim-status, figcaption, caption, nav, summary, .summary, .provenance {
      font-family: "Report Heros", "TeX Gyre Heros", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .3rem; }
    h2 { font-size: 1.5rem; margin-top: 3rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
    h3 { font-size: 1.2rem; margin-top: 2rem; }
    h4 { font-size: 1.05rem; }
    .secno { color: var(--muted); margin-right: .35em; }
    a { color: var(--link); text-decoration: underline; }
    nav a { text-decoration: none; } nav a:hover { text-decoration: underline; }
    code, pre { font-family: "Report Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
    pre { background: var(--panel); padding: .75rem 1rem; overflow-x: auto; border-radius: 6px; line-height: 1.4; }
    .nobr { white-space: nowrap; }
    p code, li code { background: var(--panel); padding: .05em .15em; border-radius: 3px; overflow-wrap: anywhere; }
    blockquote { margin: 1rem 0; padding: .1rem 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
    .authors { color: var(--muted); margin: 0 0 .4rem; }
    li.task { list-style: none; margin-left: -1.3em; }
    dt { font-weight: 600; margin-top: .5rem; } dd { margin: .15rem 0 0 1.5rem; }
    input.task { margin: 0 .35em 0 0; vertical-align: -.1em; }
    .subtitle { font-size: 1.25rem; margin: -.4rem 0 .8rem; }
    .affiliations { list-style: none; padding: 0; margin: 0 0 .4rem; color: var(--muted); font-size: .9rem; }
    .date, .rights { color: var(--muted); font-size: .9rem; margin: 0 0 .6rem; }
    .abstract { margin: 1rem 0; } .abstract h2 { font-size: 1rem; margin: 0 0 .3rem; }
    math { font-family: "Report Math", "TeX Gyre Pagella Math", "Latin Modern Math", "STIX Two Math", math; font-size: 1.05em; }
    math[display="block"] { display: block math; }
    mfrac { padding-left: .12em; padding-right: .12em; }
    .equation { display: flex; align-items: center; gap: 1rem; margin: 1rem 0; }
    .equation-body { flex: 1 1 auto; min-width: 0; overflow-x: auto; overflow-y: hidden; padding: .2rem 0; }
    .equation-body > math { font-size: var(--fit, 1.05em); } .equation-body > math.lines { display: none; }
    .eqno { color: var(--muted); font-family: "Report Heros", "TeX Gyre Heros", Arial, sans-serif; font-size: .9em; }
    .equation { position: relative; }
    mtable.numbered { margin-right: 3.5rem; }
    mtable.matrix > mtr > mtd { padding-left: .5em; padding-right: .5em; }
    mtable.matrix > mtr > mtd:first-child { padding-left: 0; }
    mtable.matrix > mtr > mtd:last-child { padding-right: 0; }
    .eqno-row { position: absolute; right: 0; line-height: 1; transform: translateY(-.85em); color: var(--muted); font-family: "Report Heros", "TeX Gyre Heros", Arial, sans-serif; font-size: .9em; font-style: normal; }
    merror { color: var(--bad); background: var(--bad-bg); }
    figure { margin: 2rem 0; }
    .artwork { margin: 0 auto; color: var(--fg); } .artwork svg { width: 100%; height: auto; display: block; } .artwork > .columns { display: none; }
    figcaption, caption { font-size: .9rem; color: var(--muted); margin-top: .5rem; text-align: left; }
    .figno, .tblno { font-weight: 600; color: var(--fg); }
    .figure-files { white-space: nowrap; margin-left: .25rem; }
    .figure-warnings { font-size: .8rem; color: var(--warn); }
    .table-wrap { overflow-x: auto; margin: 1.5rem 0; }
    .equation-body, .table-wrap, pre { --scroll-cover: var(--bg);
      background: linear-gradient(to right, var(--scroll-cover) 40%, transparent) left center / 1.5rem 200% no-repeat local,
        linear-gradient(to left, var(--scroll-cover) 40%, transparent) right center / 1.5rem 200% no-repeat local,
        linear-gradient(to right, transparent 2px, var(--scroll-cue) 2px, transparent 100%) left center / .6rem calc(100% - 4px) no-repeat scroll,
        linear-gradient(to left, transparent 2px, var(--scroll-cue) 2px, transparent 100%) right center / .6rem calc(100% - 4px) no-repeat scroll; }
    pre { --scroll-cover: var(--panel); background-color: var(--panel); }
    caption { position: sticky; left: 0; max-width: calc(100vw - 2.5rem); }
    @media screen and (max-width: 40rem) {
      .equation-body > math.one-line { display: none; } .equation-body > math.lines { display: block math; }
      table th, table td { padding: .3rem .4rem; }
      .table-wrap tr > :first-child { position: sticky; left: 0; z-index: 1; background: var(--bg); }
      .artwork { overflow-x: auto; } .artwork:not(.narrow):not(.split) svg { min-width: 24rem; }
      .artwork.split > svg:first-child { display: none; } .artwork.split > .columns { display: block; }
      .columns > svg { display: block; width: 100%; height: auto; margin: 0 auto .75rem; }
      .artwork { background: linear-gradient(to left, var(--bg) 40%, transparent) right center / 2.5rem 100% no-repeat local,
        linear-gradient(to left, var(--scroll-cue) 0%, transparent 100%) right center / 1.2rem calc(100% - 4px) no-repeat scroll; }
    }
    table { border-collapse: collapse; margin: 0 auto; font-size: .92rem; font-variant-numeric: tabular-nums; }
    caption { caption-side: top; margin-bottom: .5rem; }
    th, td { padding: .3rem .7rem; }
    td.num { white-space: nowrap; text-align: center; } td.num > span { display: inline-block; }
    td.num > .whole { text-align: right; } td.num > .fraction { text-align: left; }
    table { border-top: 2px solid var(--fg); border-bottom: 2px solid var(--fg); }
    thead th { border-bottom: 1px solid var(--fg); }
    .claim { border-left: 4px solid; border-radius: 6px; padding: .6rem 1rem; margin: 1.2rem 0; }
    .claim.passed { border-color: var(--ok); background: var(--ok-bg); }
    .claim.failed, .claim.error { border-color: var(--bad); background: var(--bad-bg); }
    .claim-status { font-weight: 600; font-size: .9rem; }
    .claim.passed .claim-status { color: var(--ok); } .claim.failed .claim-status, .claim.error .claim-status { color: var(--bad); }
    .claim-id { font-weight: 400; color: var(--muted); margin-left: .5em; }
    .claim-check { font-size: .85rem; color: var(--muted); }
    .claim-check ul { margin: .2rem 0 0; padding-left: 1.2rem; }
    details.claim-check summary { cursor: pointer; } details.claim-check code { display: block; margin-top: .2rem; }
    .error-box { border: 1px solid var(--bad); background: var(--bad-bg); color: var(--fg); border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; }
    .error-box strong { color: var(--bad); } .error-box pre { background: transparent; padding: .3rem 0 0; margin: 0; }
    .inline-error { color: var(--bad); background: var(--bad-bg); border-radius: 3px; padding: 0 .25em; }
    details.experiment { background: var(--panel); border-radius: 6px; padding: .4rem .9rem; margin: 1rem 0; font-size: .9rem; }
    details.experiment.failed { border: 1px solid var(--bad); }
    details.experiment summary { cursor: pointer; color: var(--muted); }
    .kind { font-size: .8em; border: 1px solid var(--rule); border-radius: 3px; padding: 0 .3em; }
    .summary { background: var(--panel); border-radius: 8px; padding: .8rem 1.1rem; margin: 1rem 0 2rem; font-size: .92rem; }
    .summary .ok { color: var(--ok); font-weight: 600; } .summary .bad { color: var(--bad); font-weight: 600; }
    .summary ul { margin: .3rem 0 0; padding-left: 1.2rem; }
    nav.toc { font-size: .95rem; margin: 1rem 0 2rem; } nav.toc ol { list-style: none; padding-left: 1.1rem; } nav.toc > ol { padding-left: 0; }
    nav.toc li { margin: .15rem 0; }
    .references li { margin: .35rem 0; }
    .references ul { list-style: none; padding-left: 1.5rem; text-indent: -1.5rem; }
    .footnote { font-size: .88rem; color: var(--muted); }
    .provenance { font-size: .85rem; color: var(--muted); }
    .provenance h2 { color: var(--fg); }
    .provenance table { margin: .5rem 0; font-size: .85rem; width: 100%; }
    .provenance td, .provenance th { text-align: left; vertical-align: top; }
    .missing-image { color: var(--warn); }
    \(ContainerStyle.css)
    .image-figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    .image-figure.align-left img { margin-left: 0; } .image-figure.align-right img { margin-right: 0; }
    .figure-grid .panels { display: grid; gap: 1rem; align-items: end; }
    .figure-grid .panel { margin: 0; } .figure-grid .panel img { display: block; height: auto; }
    .panel-label { font-weight: 600; color: var(--fg); }
    .permalink { color: var(--muted); text-decoration: none; font-weight: 400; margin-left: .3em; opacity: .45; }
    .permalink:hover, .permalink:focus, h2:hover .permalink, h3:hover .permalink, h4:hover .permalink { opacity: 1; }
    .fnback { text-decoration: none; display: inline-block; min-width: 24px; min-height: 24px; text-align: center; }  /* WCAG 2.2 target size */
    @media screen and (min-width: 1200px) {
      nav.toc { position: fixed; top: 0; left: 0; box-sizing: border-box; width: calc((100vw - \(rem(columnRem))) / 2 - 1rem);
        height: 100vh; overflow-y: auto; margin: 0; padding: 2rem 1rem 2rem 1.5rem; font-size: .85rem; border-right: 1px solid var(--rule); }
      nav.toc a { display: inline-block; min-height: 24px; line-height: 24px; }  /* WCAG 2.2 target size */
    }
    @media print {
      :root { --fg: #000; --muted: #333; --bg: #fff; --panel: #f3f3f3; --link: #000; }
      body { max-width: none; font-size: 10.5pt; padding: 0; }
      nav.toc, details.experiment summary { break-after: avoid; }
      nav.toc { position: static; width: auto; height: auto; overflow: visible; border: 0; padding: 0; break-inside: avoid; }
      nav.toc li, .references li, .footnote, .claim, .table-wrap { break-inside: avoid; }
      .permalink, .fnback { display: none; }
      figure, table, .claim, .equation, pre { break-inside: avoid; }
      h2, h3, h4 { break-after: avoid; }
      details.experiment:not([open]) { display: none; }
      a { color: inherit; }
      @page { size: A4; margin: 2cm; @bottom-center { content: counter(page); font-size: 9pt; } }
    }
    """

    /// `#rrggbb` for a colour written as `0xRRGGBB`.
    private static func hex(_ colour: Int) -> String { String(format: "#%06x", colour) }

    /// A length in rem as CSS writes it: `46rem`, `1.25rem`.
    static func rem(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))rem" : "\(value)rem"
    }
}

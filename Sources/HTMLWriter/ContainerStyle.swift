/// The CSS of containers and listings: admonition boxes in four tones, margin notes beside
/// the text when the window has room (an inline box on narrow screens), epigraphs, and
/// numbered or highlighted code lines.
enum ContainerStyle {
    static let css = """
    .admonition { border-left: 4px solid var(--tone); background: var(--tone-bg); border-radius: 6px; padding: .5rem 1rem; margin: 1.2rem 0; }
    .tone-info { --tone: var(--link); --tone-bg: var(--panel); } .tone-tip { --tone: var(--ok); --tone-bg: var(--ok-bg); }
    .tone-warn { --tone: var(--warn); --tone-bg: var(--warn-bg); } .tone-bad { --tone: var(--bad); --tone-bg: var(--bad-bg); }
    .container-title { font-family: "TeX Gyre Heros", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-weight: 600; margin: .2rem 0 .3rem; }
    .admonition > .container-title { color: var(--tone); }
    .container-body > :first-child { margin-top: .2rem; } .container-body > :last-child { margin-bottom: .3rem; }
    details:not(.admonition):not(.experiment) { border: 1px solid var(--rule); border-radius: 6px; padding: .4rem 1rem; margin: 1rem 0; }
    details > summary.container-title { cursor: pointer; }
    .margin-note { font-size: .88rem; line-height: 1.45; border-left: 3px solid var(--rule); background: var(--panel);
      border-radius: 4px; padding: .3rem .8rem; margin: 1rem 0; }
    .margin-note > :first-child { margin-top: .2rem; } .margin-note > :last-child { margin-bottom: .2rem; }
    @media (min-width: 80rem) {
      .margin-note { float: right; clear: right; width: 14rem; margin: .3rem -16.5rem .8rem 0; background: transparent; }
    }
    blockquote.epigraph { border-left: none; margin: 1.5rem 0 2rem 35%; font-style: italic; color: var(--fg); }
    @media (max-width: 40rem) { blockquote.epigraph { margin-left: 12%; } }
    blockquote.epigraph p:last-child:not(:first-child) { font-style: normal; color: var(--muted); text-align: right; }
    figure.listing { margin: 1rem 0; } figure.listing figcaption { margin: 0 0 .3rem; }
    figure.listing pre { margin: 0; } .listing .line { display: inline-block; min-width: 100%; }
    .listing .line.emphasized { background: var(--warn-bg); box-shadow: -1rem 0 0 var(--warn-bg), 1rem 0 0 var(--warn-bg); }
    .lineno { display: inline-block; min-width: 2.2em; margin-right: .9em; text-align: right; color: var(--muted); user-select: none; }
    @media print { .margin-note { float: none; margin: 1rem 0; } .admonition, .margin-note { break-inside: avoid; } }
    """
}

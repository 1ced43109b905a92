import MathLayout

/// Inline content of a paragraph, heading, caption or table cell.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case code(String)
    case link(url: String, title: String, content: [Inline])
    /// `![alt](url "title")`, with where the `!` stands.
    case image(url: String, title: String, alt: [Inline], location: SourceLocation)
    case softBreak
    case lineBreak
    /// Raw inline HTML (kept only where the chapter allows raw HTML).
    case html(String)
    /// `$...$`, with the location of its first character.
    case math(tex: String, location: SourceLocation)
    /// `@fig-id`, `@tbl-id`, `@eq-id`, `@sec-id`; `text` is filled in by resolution.
    case reference(label: String, location: SourceLocation, text: String?)
    /// `[@key]` or `[@a; @b]`; `text` is filled in by resolution ("[1, 2]").
    case citation(keys: [String], location: SourceLocation, text: String?)
    /// `{name}`content``, e.g. `{value}`exp.path``; replaced by the engine.
    case role(name: String, content: String, location: SourceLocation)
    /// `{{key}}` in text: a chapter parameter, with where the `{{` stands; replaced by the engine.
    case parameter(key: String, location: SourceLocation)
    case footnoteReference(label: String)
    /// The box of a task list item (`- [ ]`, `- [x]`), at the start of its first paragraph.
    case checkbox(checked: Bool)
    /// `[](#label)`, `{ref}`, `{numref}`, `{eq}`, `[Fig. @fig-x]`, `[-@fig-x]` before resolution,
    /// which turns it into a `.reference` with its text.
    case crossReference(CrossReference)
    /// `[see @a, p. 3; @b]`, narrative `@key`, `{cite:p}` before resolution, which turns it into
    /// a `.citation` with its text.
    case cite(CitationGroup)
    /// `H~2~O`, `{sub}`text``.
    case subscripted([Inline])
    /// `x^2^`, `{sup}`text``.
    case superscripted([Inline])
    /// `{abbr}`HTML (Hyper Text Markup Language)``.
    case abbreviation(text: String, expansion: String)
    /// An inline problem, shown in place.
    case error(Diagnostic)
}

/// A block of a chapter.
public indirect enum Block: Sendable, Equatable {
    case paragraph([Inline])
    case heading(Heading)
    case bulletList(items: [[Block]], tight: Bool)
    case orderedList(start: Int, items: [[Block]], tight: Bool)
    case blockQuote([Block])
    case codeBlock(language: String, code: String)
    case thematicBreak
    /// Raw block HTML (kept only where the chapter allows raw HTML).
    case html(String)
    case table(Table)
    /// `$$...$$`, optionally labelled `{#eq-id}`; `number` is filled in by resolution.
    case displayMath(DisplayMath)
    case footnoteDefinition(label: String, content: [Block])
    /// `Term` lines each followed by `: definition` lines (Pandoc, MyST).
    case definitionList([DefinitionItem])
    /// A fenced directive before execution.
    case directive(Directive)
    /// The record of an `{experiment}` after execution.
    case experiment(ExperimentBlock)
    case figure(FigureBlock)
    case claim(ClaimBlock)
    /// An admonition, dropdown, margin note, epigraph or div holding parsed blocks.
    case container(Container)
    /// A code block with a caption, line numbers or emphasized lines.
    case listing(Listing)
    /// A problem, shown in place as an error box.
    case error(Diagnostic)
}

/// One term of a definition list and its definitions.
public struct DefinitionItem: Sendable, Equatable {
    public var term: [Inline]
    public var definitions: [[Block]]

    public init(term: [Inline], definitions: [[Block]]) {
        self.term = term
        self.definitions = definitions
    }
}

/// A heading; `id` from `{#sec-id}` or derived from the text, `number` ("2.1") from resolution.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var content: [Inline]
    public var id: String
    /// The id was made from the text (no `{#...}`): resolution may add a suffix to keep it unique.
    public var idIsDerived: Bool
    /// `{.unnumbered}` or `{-}`: no number, and the numbering skips it.
    public var unnumbered: Bool
    public var number: String?
    public var location: SourceLocation

    public init(level: Int, content: [Inline], id: String, idIsDerived: Bool = false, unnumbered: Bool = false,
                number: String? = nil, location: SourceLocation) {
        self.unnumbered = unnumbered
        self.level = level
        self.content = content
        self.id = id
        self.idIsDerived = idIsDerived
        self.number = number
        self.location = location
    }
}

/// A table: from GFM pipe syntax, or produced by a `{table}` directive (then with an id,
/// a caption and a number).
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case none, left, center, right }

    public var id: String?
    public var number: String?
    public var caption: [Inline]
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    /// Each column's share of the text width (summing to 1), from `:widths:`; empty when the
    /// columns follow their content.
    public var widths: [Double] = []
    /// Where a `{table}` directive stands.
    public var location: SourceLocation?

    public init(id: String? = nil, number: String? = nil, caption: [Inline] = [], alignments: [Alignment],
                header: [[Inline]], rows: [[[Inline]]], location: SourceLocation? = nil) {
        self.location = location
        self.id = id
        self.number = number
        self.caption = caption
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// Display math.
public struct DisplayMath: Sendable, Equatable {
    public var tex: String
    public var label: String?
    public var number: String?
    /// Where the opening `$$` stands.
    public var location: SourceLocation
    /// Where the TeX itself starts (past `$$` and white space, perhaps on the next line):
    /// problems inside the formula are placed from here.
    public var texLocation: SourceLocation
    /// The numbers of the rows of its `align` or `gather` (or of its one `equation`), set
    /// by resolution; empty when the formula has no numbered rows.
    public var rows: [EquationRowNumber] = []

    public init(tex: String, label: String? = nil, number: String? = nil, location: SourceLocation,
                texLocation: SourceLocation? = nil) {
        self.tex = tex
        self.label = label
        self.number = number
        self.location = location
        self.texLocation = texLocation ?? location
    }
}

/// A fenced directive: a code fence whose info string is `{name} argument`, options as
/// `:key: value` lines at the top of the body, then content.
public struct Directive: Sendable, Equatable {
    public var name: String
    public var argument: String
    public var options: [DirectiveOption]
    /// The body after the options.
    public var content: String
    /// The whole body as written (an `{experiment}` body is YAML throughout).
    public var rawBody: String
    /// Line of the first content line in the chapter.
    public var contentLine: Int
    public var location: SourceLocation

    public init(name: String, argument: String, options: [DirectiveOption], content: String, rawBody: String,
                contentLine: Int, location: SourceLocation) {
        self.rawBody = rawBody
        self.name = name
        self.argument = argument
        self.options = options
        self.content = content
        self.contentLine = contentLine
        self.location = location
    }

    public func option(_ key: String) -> DirectiveOption? { options.first { $0.key == key } }
}

/// One `:key: value` line of a directive.
public struct DirectiveOption: Sendable, Equatable {
    public var key: String
    public var value: String
    public var location: SourceLocation

    public init(key: String, value: String, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }
}

/// What an `{experiment}` directive became: its parameters and how it ran.
public struct ExperimentBlock: Sendable, Equatable {
    public var id: String
    public var kind: String
    public var parameters: String
    /// "ran in 1.2 s" or "reused from cache".
    public var status: String
    public var failed: Bool
    /// How much of the record the text shows (`:show:`).
    public var show = MachineOutputShow.summary

    public init(id: String, kind: String, parameters: String, status: String, failed: Bool) {
        self.id = id
        self.kind = kind
        self.parameters = parameters
        self.status = status
        self.failed = failed
    }
}

/// A figure's drawing, laid out once: SVG markup (without an XML declaration, every id
/// prefixed with the figure's id) that the HTML writer inlines and the PDF writer draws as
/// vectors, and its size in points.
public struct FigureArtwork: Sendable, Equatable {
    public var widthPoints: Double
    public var heightPoints: Double
    public var svg: String
    /// Where each column of panels begins, in points from the left, and where the last ends
    /// (the figure's width): `[0, 151, 302, 453]` for three columns; `[0, width]` for one.
    /// A narrow screen shows the columns one under another.
    public var columnEdges: [Double]
    /// The labels that only the first column draws for its rows (the tick labels and title
    /// of a y axis the columns share, or a row's title on its first panel's y axis); a
    /// narrow screen repeats them beside each later column. nil when there are none.
    public var firstColumnLabels: AxisLabelStrip?
    /// The rows of panels, top to bottom; empty for a figure of one row. A narrow screen
    /// shows a figure of several rows and columns cell by cell in reading order.
    public var rows: [FigureRow]
    /// The labels that only the bottom row draws under its plots (the tick labels and title
    /// of an x axis the rows share); a narrow screen repeats them under each upper row.
    public var lastRowLabels: AxisLabelStrip?

    /// The columns of panels side by side.
    public var columns: Int { max(1, columnEdges.count - 1) }

    public init(widthPoints: Double, heightPoints: Double, svg: String, columnEdges: [Double]? = nil,
                firstColumnLabels: AxisLabelStrip? = nil, rows: [FigureRow] = [], lastRowLabels: AxisLabelStrip? = nil) {
        self.widthPoints = widthPoints
        self.heightPoints = heightPoints
        self.svg = svg
        self.columnEdges = columnEdges ?? [0, widthPoints]
        self.firstColumnLabels = firstColumnLabels
        self.rows = rows
        self.lastRowLabels = lastRowLabels
    }
}

/// One row of a figure's panels, in points from the figure's top: where its cells begin,
/// where its lowest plot area ends, and where the row ends (the next row's top).
public struct FigureRow: Sendable, Equatable {
    public var top, plotBottom, bottom: Double

    public init(top: Double, plotBottom: Double, bottom: Double) {
        (self.top, self.plotBottom, self.bottom) = (top, plotBottom, bottom)
    }
}

/// Where a figure draws labels at the left of its first column, in points from its top
/// left: each label's box, and the span of their left and right edges (`x`).
public struct AxisLabelStrip: Sendable, Equatable {
    /// One label's box.
    public struct Box: Sendable, Equatable {
        public var x, y, width, height: Double

        public init(x: Double, y: Double, width: Double, height: Double) {
            (self.x, self.y, self.width, self.height) = (x, y, width, height)
        }
    }

    public var boxes: [Box]

    public init(boxes: [Box]) {
        self.boxes = boxes
    }

    /// From the leftmost label's left edge to the rightmost's right edge.
    public var x: ClosedRange<Double> {
        (boxes.map(\.x).min() ?? 0)...(boxes.map { $0.x + $0.width }.max() ?? 0)
    }
}

/// A numbered figure.
public struct FigureBlock: Sendable, Equatable {
    public var id: String
    public var number: String?
    public var caption: [Inline]
    public var alt: String
    public var artwork: FigureArtwork
    /// Problems the plot noticed (points dropped on a log axis, ...).
    public var warnings: [String]
    public var location: SourceLocation
    /// The figure's own files beside the report (`figures/<id>.svg`, ...), relative to it;
    /// set by the render once they are written, empty before.
    public var files: [String] = []
    /// An image figure's picture (`{figure} photo.png`); nil for a plot, drawn from `artwork`.
    public var image: FigureImage?
    /// A figure grid's panels, each an image figure numbered "3.2a" and shown as "(a)".
    public var panels: [FigureBlock] = []
    /// A grid's panels per row when the chapter chose it (Quarto's `layout-ncol`); nil picks one.
    public var columns: Int?
    /// false for an `{image}` or an unlabelled image with attributes: no number, no reference target.
    public var numbered = true

    public init(id: String, number: String? = nil, caption: [Inline], alt: String, artwork: FigureArtwork,
                warnings: [String] = [], location: SourceLocation) {
        self.id = id
        self.number = number
        self.caption = caption
        self.alt = alt
        self.artwork = artwork
        self.warnings = warnings
        self.location = location
    }

    /// An image figure, or a grid of `panels` when `image` is nil.
    public init(id: String, caption: [Inline], alt: String, image: FigureImage?, panels: [FigureBlock] = [],
                numbered: Bool = true, location: SourceLocation) {
        self.init(id: id, caption: caption, alt: alt, artwork: FigureArtwork(widthPoints: 0, heightPoints: 0, svg: ""),
                  location: location)
        self.image = image
        self.panels = panels
        self.numbered = numbered
    }
}

/// A checked claim: the statement, the check, whether it passed and the measured values.
public struct ClaimBlock: Sendable, Equatable {
    public var id: String
    public var statement: [Inline]
    public var check: String
    /// nil when the check could not be evaluated (then `problem` says why).
    public var passed: Bool?
    public var measured: [MeasuredValue]
    public var problem: String?
    public var location: SourceLocation
    /// How much of the check the text shows (`:show:`).
    public var show = MachineOutputShow.summary

    public init(id: String, statement: [Inline], check: String, passed: Bool?, measured: [MeasuredValue],
                problem: String? = nil, location: SourceLocation) {
        self.id = id
        self.statement = statement
        self.check = check
        self.passed = passed
        self.measured = measured
        self.problem = problem
        self.location = location
    }
}

/// A value a claim read from the results.
public struct MeasuredValue: Sendable, Equatable {
    public var path: String
    public var value: String

    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }
}

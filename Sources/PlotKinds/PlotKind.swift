import Plot

/// A named kind of figure: the options it reads and how it builds the figure.
public protocol PlotKind: Sendable {
    /// The options this kind reads, besides `PlotRequest.common`.
    var options: [String] { get }
    func make(_ request: PlotRequest) throws -> Figure
}

extension PlotKind {
    /// The figure `make` builds, with the notes every kind shares (`FloorNote`).
    public func figure(_ request: PlotRequest) throws -> Figure {
        FloorNote.adding(to: try make(request))
    }
}

/// The registry of plot kinds (the `:plot:` values), one file each.
public enum PlotKindRegistry {
    /// The kind drawn when a figure gives no `:plot:`.
    public static let defaultName = GenericPlot.name

    public static let all: [String: any PlotKind] = [
        GenericPlot.name: GenericPlot(),
        "mode-grid": ModeGridPlot(),
        "spectra": SpectraPlot(),
        "phase-portrait": PhasePortraitPlot(),
        "plateau": PlateauPlot(),
        "stability": StabilityPlot(),
        "excursion": ExcursionPlot(),
        "rates": RatesPlot(),
        "truncation": TruncationPlot(),
        "kernels": KernelsPlot(),
        "sampled": SampledPlot(),
        "alignment": AlignmentPlot(),
        "sweep": SweepPlot(),
    ]
}

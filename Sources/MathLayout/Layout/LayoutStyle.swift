/// TeX's style during layout: display or text, the script level that sets the size, and
/// whether it is cramped (TeX's D′, T′, S′: denominators, subscripts, radicands and
/// accented bases, where superscripts are raised less).
struct LayoutStyle {
    let baseSize: Double
    /// 0 for text and display, 1 for scripts, 2 for scripts of scripts.
    let level: Int
    let display: Bool
    /// The smallest size scripts shrink to (0: TeX's 70 % and 50 % with no floor).
    var minimumSize: Double = 0
    var cramped = false

    var size: Double { max(baseSize * [1, 0.7, 0.5][level], min(baseSize, minimumSize)) }

    /// The style of superscripts (and limits above): one level smaller, as cramped as this.
    var script: LayoutStyle {
        LayoutStyle(baseSize: baseSize, level: min(level + 1, 2), display: false, minimumSize: minimumSize,
                    cramped: cramped)
    }

    /// The style of subscripts (and limits below): one level smaller and cramped.
    var subscriptStyle: LayoutStyle { script.crampedStyle }

    /// The same style, cramped (radicands, accented bases, denominators).
    var crampedStyle: LayoutStyle { withCramped(true) }

    /// The same style, cramped or not.
    func withCramped(_ isCramped: Bool) -> LayoutStyle {
        LayoutStyle(baseSize: baseSize, level: level, display: display, minimumSize: minimumSize, cramped: isCramped)
    }

    /// The same size, not display (for matrix cells and `\tfrac` in display).
    var text: LayoutStyle {
        LayoutStyle(baseSize: baseSize, level: level, display: false, minimumSize: minimumSize)
    }

    /// `style` (from `\displaystyle` ... `\scriptscriptstyle`) at the same base size.
    func switched(to style: MathStyle) -> LayoutStyle {
        LayoutStyle(baseSize: baseSize, level: style.scriptLevel, display: style == .display, minimumSize: minimumSize)
    }

    /// The same size in display style (`\cfrac` parts, `dcases` cells).
    var displayed: LayoutStyle {
        LayoutStyle(baseSize: baseSize, level: level, display: true, minimumSize: minimumSize)
    }

    /// The default rule thickness of fraction bars and radical overbars.
    var ruleThickness: Double { 0.04 * size }
}

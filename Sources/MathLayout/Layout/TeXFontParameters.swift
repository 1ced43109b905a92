/// The font parameters that TeX's math layout (The TeXbook, Appendix G) reads from the
/// symbol font (σ, cmsy10) and the extension font (ξ, cmex10), as fractions of the font
/// size. The layout scales them with the size of the style it is in.
enum TeXFontParameters {
    /// σ8 num1: the numerator's shift up in display style.
    static let num1 = 0.676508
    /// σ9 num2: the numerator's shift up in text style, with a bar.
    static let num2 = 0.393732
    /// σ10 num3: the numerator's shift up in text style, without a bar (`\binom`).
    static let num3 = 0.443731
    /// σ11 denom1: the denominator's shift down in display style.
    static let denom1 = 0.685951
    /// σ12 denom2: the denominator's shift down in text style.
    static let denom2 = 0.344841
    /// σ13 sup1: the superscript's least shift up in display style.
    static let sup1 = 0.412892
    /// σ14 sup2: the superscript's least shift up in text and script styles.
    static let sup2 = 0.362892
    /// σ15 sup3: the superscript's least shift up in cramped styles.
    static let sup3 = 0.288889
    /// σ16 sub1: the subscript's least shift down without a superscript.
    static let sub1 = 0.15
    /// σ17 sub2: the subscript's least shift down with a superscript.
    static let sub2 = 0.247217
    /// σ18 sup_drop: how far below the top of a non-character base a superscript's
    /// baseline may sit, in the superscript's size.
    static let supDrop = 0.386108
    /// σ19 sub_drop: how far below the bottom of a non-character base a subscript's
    /// baseline may sit, in the subscript's size.
    static let subDrop = 0.05
    /// σ20 delim1: the height of the delimiters of a display-style `\binom`.
    static let delim1 = 2.39
    /// σ21 delim2: the height of the delimiters of a text-style `\binom`.
    static let delim2 = 1.01
    /// ξ9 big_op_spacing1: the least gap between an operator and its upper limit.
    static let bigOpSpacing1 = 0.111112
    /// ξ10 big_op_spacing2: the least gap between an operator and its lower limit.
    static let bigOpSpacing2 = 0.166667
    /// ξ11 big_op_spacing3: the least distance from an operator's top to the baseline of
    /// its upper limit.
    static let bigOpSpacing3 = 0.2
    /// ξ12 big_op_spacing4: the least distance from an operator's bottom to the top of its
    /// lower limit.
    static let bigOpSpacing4 = 0.6
    /// ξ13 big_op_spacing5: the space added above an upper and below a lower limit.
    static let bigOpSpacing5 = 0.1
}

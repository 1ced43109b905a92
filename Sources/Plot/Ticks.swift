import Foundation
import Graphics

/// One tick on an axis: its value, and its label as plain text (`2×10^6`) and as drawn, a
/// label with `$...$` maths (`$2\times10^{6}$`); both empty for minor ticks.
public struct Tick: Hashable, Sendable {
    public var value: Double
    public var label: String
    public var source: String
    public var isMinor: Bool
    public init(value: Double, label: String, source: String, isMinor: Bool = false) {
        self.value = value; self.label = label; self.source = source; self.isMinor = isMinor
    }
}

/// Tick placement a reader would choose: 1-2-5 steps on linear axes, decades (labelled
/// 10^k) on log and symlog axes. `count` is the most labelled ticks allowed; `decadeStep`,
/// when given, fixes how many decades lie between labelled ticks on log and symlog axes
/// (a figure's panels share one step).
enum TickMaker {
    static func ticks(_ scale: Scale, _ lo: Double, _ hi: Double, count: Int, decadeStep: Int? = nil) -> [Tick] {
        guard lo.isFinite, hi.isFinite, hi > lo else { return [] }
        switch scale {
        case .linear: return linear(lo, hi, count: count)
        case .log: return log(lo, hi, count: count, decadeStep: decadeStep)
        case .symlog(let c): return symlog(lo, hi, c > 0 ? c : 1, count: count, decadeStep: decadeStep)
        }
    }

    /// The decade steps a log axis may take: 1, 2, 3, 5, 10, 20, 30, 50, ... decades.
    static func decadeSteps() -> some Sequence<Int> {
        sequence(first: 1) { step in
            let scale = Int(pow(10, floor(Foundation.log10(Double(step)))))
            switch step / scale {
            case 1: return 2 * scale
            case 2: return 3 * scale
            case 3: return 5 * scale
            default: return 10 * scale
            }
        }
    }

    /// The smallest decade step that shows at most `count` of the decades `ks` (and at least one).
    static func decadeStep(_ ks: [Int], count: Int) -> Int {
        decadeSteps().first { step in shown(ks, step).count <= max(1, count) || step > max(1, ks.count) }!
    }

    /// The decades of `ks` that are multiples of `step` (the step's ticks line up across axes).
    static func shown(_ ks: [Int], _ step: Int) -> [Int] {
        ks.filter { (($0 % step) + step) % step == 0 }
    }

    /// The decade step of labelled ticks on a log or symlog axis (nil when fewer than two
    /// labelled decades, or the labels are 1-2-5 mantissas).
    static func decadeStep(of ticks: [Tick]) -> Int? {
        let ks = ticks.filter { !$0.isMinor && $0.value != 0 }.map { Foundation.log10(abs($0.value)) }
        guard ks.allSatisfy({ abs($0 - $0.rounded()) < 1e-9 }) else { return nil }
        let distinct = Set(ks.map { Int($0.rounded()) }).sorted()
        guard distinct.count >= 2 else { return nil }
        return zip(distinct.dropFirst(), distinct).map { $0 - $1 }.min()
    }

    /// The 1-2-5 step giving at most `count` ticks in [lo, hi].
    static func niceStep(_ lo: Double, _ hi: Double, count: Int) -> Double {
        let span = max(hi - lo, Double.ulpOfOne * max(1, abs(hi)))
        let raw = span / Double(max(1, count - 1))
        var k = floor(log10(raw)) - 1
        while true {
            for m in [1.0, 2.0, 5.0] {
                let step = m * pow(10, k)
                let n = floor(hi / step + 1e-9) - ceil(lo / step - 1e-9) + 1
                if n <= Double(max(2, count)) { return step }
            }
            k += 1
        }
    }

    static func linear(_ lo: Double, _ hi: Double, count: Int) -> [Tick] {
        guard lo.isFinite, hi.isFinite, hi > lo, (hi - lo).isFinite else { return [] }
        let step = niceStep(lo, hi, count: count)
        let first = ceil(lo / step - 1e-9), last = floor(hi / step + 1e-9)
        guard last >= first, last - first < 1000 else { return [] }
        let decimals = max(0, -Int(floor(log10(step) + 1e-9)))
        // i * step computed as an integer multiple divided by a power of ten, so 3 * 0.2 is 0.6.
        let unit = pow(10, Double(decimals))
        let intStep = (step * unit).rounded()
        let values = stride(from: first, through: last, by: 1).map { decimals <= 15 ? $0 * intStep / unit : $0 * step }
        let maxAbs = values.map(abs).max() ?? 0
        let exponent = maxAbs > 0 ? Int(floor(log10(maxAbs))) : 0
        let scientific = maxAbs >= 1e5 || (maxAbs > 0 && maxAbs < 1e-3)
        return values.map { v0 in
            let v = abs(v0) < step * 1e-9 ? 0 : v0
            if scientific {
                let m = v / pow(10, Double(exponent))
                let mDecimals = max(0, -Int(floor(log10(step / pow(10, Double(exponent))) + 1e-9)))
                if v == 0 { return Tick(value: 0, label: "0", source: "0") }
                let ms = format(m, decimals: mDecimals)
                return Tick(value: v, label: "\(ms)×10^\(exponent)", source: "$\(ms)\\times10^{\(exponent)}$")
            }
            let s = format(v, decimals: decimals)
            return Tick(value: v, label: s, source: s)
        }
    }

    /// `v` with `decimals` digits, a true minus sign, never "−0".
    static func format(_ v: Double, decimals: Int) -> String {
        var s = String(format: "%.\(min(decimals, 12))f", v)
        if s.hasPrefix("-") {
            if Double(s) == 0 { s.removeFirst() } else { s = "−" + s.dropFirst() }
        }
        return s
    }

    /// The tick at ±10^k.
    static func power(_ k: Int, negative: Bool = false) -> Tick {
        let sign = negative ? "−" : ""
        return Tick(value: (negative ? -1 : 1) * pow(10, Double(k)), label: "\(sign)10^\(k)", source: "$\(sign)10^{\(k)}$")
    }

    static func log(_ lo: Double, _ hi: Double, count: Int, decadeStep fixed: Int? = nil) -> [Tick] {
        guard lo > 0, hi > lo else { return [] }
        let a = Foundation.log10(lo), b = Foundation.log10(hi)
        let kLo = Int(ceil(a - 1e-9)), kHi = Int(floor(b + 1e-9))
        let decades = kHi - kLo + 1
        if decades < 2 {
            // Less than two decades: 1-2-5 mantissas, plain numbers.
            var ticks: [Tick] = []
            for k in (Int(floor(a)) - 1)...(Int(ceil(b)) + 1) {
                for m in [1.0, 2.0, 5.0] {
                    let v = m * pow(10, Double(k))
                    if v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9) {
                        let s = format(v, decimals: max(0, -k))
                        ticks.append(Tick(value: v, label: s, source: s))
                    }
                }
            }
            if ticks.count > count { ticks = ticks.filter { abs(Foundation.log10($0.value).rounded() - Foundation.log10($0.value)) < 1e-9 || $0.label.hasPrefix("5") } }
            // A span inside one decade that holds fewer than two of 1, 2, 5 (0.25 to 0.45)
            // takes 1-2-5 steps, which on so short a log axis are nearly evenly spaced.
            return ticks.count >= 2 ? ticks : linear(lo, hi, count: min(count, 4))
        }
        let every = fixed ?? decadeStep(Array(kLo...kHi), count: count)
        var ticks = shown(Array(kLo...kHi), every).map { power($0) }
        if ticks.isEmpty { ticks = [power(kHi)] }
        if every == 1 && decades <= 8 {
            for k in (kLo - 1)...kHi {
                for m in 2...9 {
                    let v = Double(m) * pow(10, Double(k))
                    if v >= lo && v <= hi { ticks.append(Tick(value: v, label: "", source: "", isMinor: true)) }
                }
            }
        }
        return ticks
    }

    /// Ticks at 0 and at ±10^k for the same decades on both sides, one decade step apart
    /// (a multiple of the step, so both sides mirror each other), as far as each side reaches.
    /// The decade at the linear width is left to the "0" label when there are several.
    static func symlog(_ lo: Double, _ hi: Double, _ c: Double, count: Int, decadeStep fixed: Int? = nil) -> [Tick] {
        let kc = Int(floor(Foundation.log10(c) + 1e-9))
        let top = max(abs(lo), abs(hi))
        let kTop = max(kc, Int(floor(Foundation.log10(max(top, c)) + 1e-9)))
        var ks = Array(kc...kTop)
        if ks.count >= 3 { ks.removeFirst() }
        let positive = ks.filter { pow(10, Double($0)) <= hi * (1 + 1e-9) }
        let negative = ks.filter { -pow(10, Double($0)) >= lo * (1 + 1e-9) }
        let every = fixed ?? decadeSteps().first { step in
            shown(positive, step).count + shown(negative, step).count + 1 <= count || step > ks.count
        }!
        var values: [Double] = []
        if lo <= 0 && hi >= 0 { values.append(0) }
        values += shown(positive, every).map { pow(10, Double($0)) }
        values += shown(negative, every).map { -pow(10, Double($0)) }
        values.sort()
        return values.map { v in
            if v == 0 { return Tick(value: 0, label: "0", source: "0") }
            return power(Int(Foundation.log10(abs(v)).rounded()), negative: v < 0)
        }
    }
}

import Quantity

/// A linear axis: a domain rounded out to "nice" ticks (1, 2 or 5 × 10^k apart), the screen
/// interval it maps onto, and tick labels in words (`240 million`) or percent.
struct Axis {
    /// The domain's ends, rounded out to whole ticks.
    let low: Double
    let high: Double
    /// The ticks, from `low` to `high`.
    let ticks: [Double]
    /// Where `low` and `high` land on the screen (for a y axis, `start` is the bottom).
    let start: Double
    let end: Double
    /// Percent labels for ratios.
    let isRatio: Bool

    /// An axis covering `values` (non-finite ones ignored) and, when `includeZero`, zero.
    init(covering values: [Double], includeZero: Bool, isRatio: Bool, from start: Double, to end: Double, tickCount: Int = 5) {
        var finite = values.filter(\.isFinite)
        if includeZero || finite.isEmpty { finite.append(0) }
        var lo = finite.min()!, hi = finite.max()!
        if lo == hi {
            // One value: widen so it sits inside the axis rather than on a degenerate one.
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= includeZero && lo >= 0 ? 0 : pad
            hi += pad
        }
        let step = Axis.niceStep((hi - lo) / Double(max(1, tickCount)))
        let first = (lo / step).rounded(.down), last = (hi / step).rounded(.up)
        self.low = first * step
        self.high = last * step
        self.ticks = stride(from: first, through: last, by: 1).map { $0 * step }
        self.start = start
        self.end = end
        self.isRatio = isRatio
    }

    /// The screen position of `x` (clamped to the axis, so an open end stays on the chart).
    func position(_ x: Double) -> Double {
        let clamped = x.isNaN ? low : min(max(x, low), high)
        return start + (clamped - low) / (high - low) * (end - start)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let norm = raw / magnitude
        let factor: Double = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10
        return factor * magnitude
    }

    /// A tick's label: every tick in the same scale word, so they line up (`200 million`, `250 million`).
    func label(_ x: Double) -> String {
        if isRatio { return NumberFormat.grouped(x * 100, significant: 6) + "%" }
        let biggest = ticks.map(abs).max() ?? 0
        for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where biggest >= scale {
            return x == 0 ? "0" : NumberFormat.grouped(x / scale, significant: 6) + " " + word
        }
        return NumberFormat.grouped(x, significant: 6)
    }
}

extension Render {
    /// A value as a chart labels it: scale words, four significant digits, and the unit
    /// (`240 million USD`, `0.4667` as `46.67%`, `800 USD/month`).
    public static func valueLabel(_ x: Double, unit: String, isRatio: Bool = false) -> String {
        if isRatio { return NumberFormat.grouped(x * 100, significant: 4) + "%" }
        let number = x.isFinite ? QuantityFormat.scaleWords(x) : NumberFormat.grouped(x)
        return unit.isEmpty ? number : number + " " + unit
    }
}

import Quantity

/// The functions of the computation module, by name.
public enum ComputeLibrary {
    /// Every function, in the order help lists them.
    public static let all: [ComputeFunction] = [
        revenue, project, deficit, deficitRatio, coverage, share, ratio,
        MathFunctions.abs, MathFunctions.sqrt, MathFunctions.min, MathFunctions.max,
    ]

    /// The function called `name`.
    public static func lookup(_ name: String) -> ComputeFunction? {
        all.first { $0.name == name }
    }

    /// One Gregorian mean year in seconds (365.2425 days), the period `project` counts in.
    public static let yearSeconds = 365.2425 * 86_400.0

    /// `revenue(count, pay, period)`: headcount × pay rate × period.
    static let revenue = ComputeFunction(
        name: "revenue",
        parameters: [.init("count", "a headcount (a plain number)"), .init("pay", "pay per person per unit of time, like 2000 USD/month"),
                     .init("period", "how long, like 1 year")],
        summary: "headcount × pay rate × period",
        help: """
        revenue(count, pay, period)
          The total earned by `count` people each paid `pay` (a rate, like 2000 USD/month) over
          `period` (a time). revenue(10_000, soldier_pay, 1 year) is 240 million USD.
        """,
        evaluate: { a, units throws(ComputeError) in
            try ComputeFunction.require(a[0], .none, 0, "count")
            try ComputeFunction.require(a[2], .time, 2, "period")
            guard a[1].dimension.time == -1 else {
                throw .argument(index: 1, message: "pay must be a rate per unit of time, like 2000 USD/month, not \(a[1].dimension.described)")
            }
            return try ComputeFunction.arithmetic { () throws(QuantityError) in try a[0].multiplying(a[1], in: units).multiplying(a[2], in: units) }
        },
        kernel: { $0[0] * $0[1] * $0[2] },
        slope: { a in (a[0] * a[1] * a[2], [a[1] * a[2], a[0] * a[2], a[0] * a[1]]) },
        formula: .product(.product(.argument(0), .argument(1)), .argument(2))
    )

    /// `project(annual, years, growth)`: the total over `years` of a yearly rate growing by `growth`.
    static let project = ComputeFunction(
        name: "project",
        parameters: [.init("annual", "a rate per unit of time in the first year, like 240 million USD/year"),
                     .init("years", "how many years (a whole number)"), .init("growth", "growth per year, like 5%", default: 0)],
        summary: "the total over a number of years of a rate growing each year",
        help: """
        project(annual, years, growth = 0)
          The total over `years` whole years of a yearly rate, the first year at `annual` and each
          later year `growth` more than the one before:
            annual × 1 year × (1 + (1+growth) + (1+growth)^2 + … + (1+growth)^(years-1))
          With growth 0% it is annual × years × 1 year. `:table` shows it year by year:
            :table y in 1, 2, 3, 4, 5: project(240 million USD/year, y, 5%)
        """,
        evaluate: { a, units throws(ComputeError) in
            guard a[0].dimension.time == -1 else {
                throw .argument(index: 0, message: "annual must be a rate per unit of time, like 240 million USD/year, not \(a[0].dimension.described)")
            }
            try ComputeFunction.require(a[1], .none, 1, "years")
            try ComputeFunction.require(a[2], .none, 2, "growth")
            guard a[1].value.isPoint, let years = Int(exactly: a[1].value.lo), years >= 0, years <= 1000 else {
                throw .argument(index: 1, message: "years must be a whole number from 0 to 1,000")
            }
            guard a[2].value.lo > -1 else { throw .argument(index: 2, message: "growth must be above -100%") }
            guard a[2].value.isBounded else { throw .argument(index: 2, message: "growth must be a number or a bounded range") }
            guard let yearUnit = units.lookup("year") else { throw .argument(index: 1, message: "no unit `year` is defined") }
            let oneYear = Quantity(unit: yearUnit, in: units)
            let perYear = try ComputeFunction.arithmetic { () throws(QuantityError) in try a[0].multiplying(oneYear, in: units) }
            // Each year's term is monotone in growth for a positive rate, so summing interval terms is exact.
            let factor = Interval(1, 1) + a[2].value
            var total = Interval(point: 0)
            var term = Interval(point: 1)
            for _ in 0..<years {
                total = total + term
                term = term * factor
            }
            return Quantity(perYear.value * total, unit: perYear.unit, dimension: perYear.dimension)
        },
        kernel: { a in
            var total = 0.0, term = 1.0
            let years = Int(a[1])
            for _ in 0..<max(0, years) { total += term; term *= 1 + a[2] }
            return a[0] * yearSeconds * total
        },
        slope: { a in
            guard a[1].isPoint, let years = Int(exactly: a[1].lo), years >= 0, years <= 1000, a[2].lo > -1 else { return nil }
            // total = Σ fⁱ and its slope Σ i·fⁱ⁻¹ over i < years, f = 1 + growth > 0: every term
            // rises with f, so summing the terms' ranges is exact.
            let factor = Interval(1, 1) + a[2]
            var total = Interval(point: 0), slope = Interval(point: 0), term = Interval(point: 1), previous = Interval(point: 0)
            for i in 0..<years {
                total = total + term
                slope = slope + previous.scaled(by: Double(i))
                previous = term
                term = term * factor
            }
            let year = Interval(point: yearSeconds)
            return (a[0] * year * total, [year * total, Interval(point: 0), a[0] * year * slope])
        }
    )

    /// `deficit(need, supply)`: need − supply.
    static let deficit = ComputeFunction(
        name: "deficit",
        parameters: [.init("need", "what is needed"), .init("supply", "what is available (same dimension)")],
        summary: "need − supply",
        help: """
        deficit(need, supply)
          How far supply falls short of need: need − supply (negative when there is a surplus).
          deficit(need: grain_need, supply: grain_production) is 1.35 to 1.75 million t/year.
        """,
        evaluate: { a, _ throws(ComputeError) in
            try ComputeFunction.requireSame(a[0], a[1], 1, ("need", "supply"))
            return try ComputeFunction.arithmetic { () throws(QuantityError) in try a[0].subtracting(a[1]) }
        },
        kernel: { $0[0] - $0[1] },
        slope: { a in (a[0] - a[1], [Interval(point: 1), Interval(point: -1)]) },
        formula: .difference(.argument(0), .argument(1))
    )

    /// `deficit_ratio(need, supply)`: the deficit as a share of need.
    static let deficitRatio = ComputeFunction(
        name: "deficit_ratio",
        parameters: [.init("need", "what is needed"), .init("supply", "what is available (same dimension)")],
        summary: "the deficit as a share of need",
        help: """
        deficit_ratio(need, supply)
          The deficit as a share of need: (need − supply) / need, computed as 1 − supply/need so a
          range for need is used once (the honest bounds).
          deficit_ratio(grain_need, grain_production) is 25.2% to 30.4%.
        """,
        evaluate: { a, units throws(ComputeError) in
            try ComputeFunction.requireSame(a[0], a[1], 1, ("need", "supply"))
            let fraction = try ComputeFunction.arithmetic { () throws(QuantityError) in try a[1].dividing(by: a[0], in: units) }
            var q = try ComputeFunction.arithmetic { () throws(QuantityError) in try Quantity(number: 1).subtracting(fraction) }
            q.isRatio = true
            return q
        },
        kernel: { 1 - $0[1] / $0[0] },
        slope: { a in
            // 1 − s/n: ∂/∂n = s/n², ∂/∂s = −1/n.
            guard let (q, partials) = ComputeFunction.quotientSlope(a[1], a[0]) else { return nil }
            return (Interval(point: 1) - q, [-partials[1], -partials[0]])
        },
        formula: .difference(.constant(1), .quotient(.argument(1), .argument(0)))
    )

    /// `coverage(offer, gap)`: the share of a gap an offer fills.
    static let coverage = ComputeFunction(
        name: "coverage",
        parameters: [.init("offer", "what is offered"), .init("gap", "the shortfall it goes toward (same dimension)")],
        summary: "the share of a gap an offer fills",
        help: """
        coverage(offer, gap)
          The share of `gap` that `offer` fills: offer / gap (over 100% when it more than fills it).
          coverage(rice_offer, 1.5 Mt) is 40% to 46.7%.
        """,
        evaluate: { a, units throws(ComputeError) in try likeQuotient(a, units, ("offer", "gap")) },
        kernel: { $0[0] / $0[1] },
        slope: { ComputeFunction.quotientSlope($0[0], $0[1]) },
        formula: .quotient(.argument(0), .argument(1))
    )

    /// `share(part, whole)`: part / whole.
    static let share = ComputeFunction(
        name: "share",
        parameters: [.init("part", "the part"), .init("whole", "the whole (same dimension)")],
        summary: "part / whole, as a percentage",
        help: """
        share(part, whole)
          What fraction `part` is of `whole`: part / whole.
          share(worker_count, worker_count + troops_if_sent) is 28.6%.
        """,
        evaluate: { a, units throws(ComputeError) in try likeQuotient(a, units, ("part", "whole")) },
        kernel: { $0[0] / $0[1] },
        slope: { ComputeFunction.quotientSlope($0[0], $0[1]) },
        formula: .quotient(.argument(0), .argument(1))
    )

    /// a[0] / a[1] for two quantities of one dimension, shown as a percentage.
    static func likeQuotient(_ a: [Quantity], _ units: UnitTable, _ names: (String, String)) throws(ComputeError) -> Quantity {
        try ComputeFunction.requireSame(a[0], a[1], 1, names)
        var q = try ComputeFunction.arithmetic { () throws(QuantityError) in try a[0].dividing(by: a[1], in: units) }
        q.isRatio = true
        return q
    }

    /// `ratio(a, b)`: a / b, for quantities of any dimensions.
    static let ratio = ComputeFunction(
        name: "ratio",
        parameters: [.init("numerator", "the quantity on top"), .init("denominator", "the quantity below")],
        summary: "numerator / denominator (any dimensions)",
        help: """
        ratio(numerator, denominator)
          numerator / denominator; like `/` but named, for clarity in notebooks.
          ratio(soldier_pay, worker_pay) is 2.5.
        """,
        evaluate: { a, units throws(ComputeError) in
            try ComputeFunction.arithmetic { () throws(QuantityError) in try a[0].dividing(by: a[1], in: units) }
        },
        kernel: { $0[0] / $0[1] },
        slope: { ComputeFunction.quotientSlope($0[0], $0[1]) },
        formula: .quotient(.argument(0), .argument(1))
    )
}

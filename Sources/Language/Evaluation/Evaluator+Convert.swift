import Quantity

extension Evaluator {
    /// `x -> unit`, `x in unit`, `x to unit`: the same amount shown in the target's unit. A bare
    /// scale (`in millions`) keeps the value's own unit: `240,000,000 USD in millions` is
    /// `240 million USD`.
    func convert(_ value: Expr, to target: Expr, span: SourceSpan) throws(Diagnostic) -> Evaluated {
        var a = try check(value)
        var t = try check(target)
        let factor = t.quantity.unit.factor(in: units)
        guard IntervalEngine.isUnit(t.quantity.value, factor: factor) else {
            throw Diagnostic(.value, "convert to a unit, like `USD/year` or `Mt`", at: target.span, label: "not a plain unit",
                             help: "a range needs a number at both ends, like `1800 to 2200 USD`")
        }
        // The program checks the target as written; then the value, left on the stack, may go
        // through a rate into the target's currency.
        try builder.emit(.convert(factor: factor))
        if let exchanged = try exchanged(a, into: t.quantity, span: span) { a = exchanged }
        if let scaled = scaledTarget(t.quantity, for: a.quantity) { t.quantity = scaled }
        let q: Quantity
        do throws(QuantityError) {
            q = try a.quantity.converted(to: t.quantity, in: units)
        } catch {
            throw Diagnostic(.dimension, "cannot convert \(a.quantity.dimension.described) to \(target.sourceDescription(units: units, t.quantity)), which is \(t.quantity.dimension.described)",
                             at: span, label: "\(a.quantity.dimension.name) → \(t.quantity.dimension.name)")
        }
        return Evaluated(q, a.provenance.union(t.provenance))
    }

    /// For a target that is one scale alone (`millions`) and a value with a unit: the scale times
    /// the value's unit. Nil otherwise.
    func scaledTarget(_ t: Quantity, for a: Quantity) -> Quantity? {
        guard t.dimension.isNone, !a.dimension.isNone, t.unit.count == 1, t.unit[0].power == 1, isScale(t.unit[0].unit, in: units),
              let unit = t.unit.combined(with: a.unit, sign: 1, in: units) else { return nil }
        return Quantity(Interval(point: unit.factor(in: units)), unit: unit, dimension: a.dimension)
    }
}

import Language
import Quantity
import Story

/// The two verdicts of `:check`: at face value, and over the readings of hedged numbers.
///
/// Values are compared as they print (at the session's significant digits), so two numbers that
/// print the same always get the same verdict, and a stated plain number carries its precision.
enum CheckVerdict {
    /// Where a computed value lies against a stated one.
    enum Verdict: Equatable {
        case holds, contradicted, partly
    }

    /// The verdict lines for a computed value (already in the stated unit) against the stated fact.
    static func lines(computed: Quantity, formula: Expr, stated: Quantity, statedIndex: Int32, session: Session) throws(Diagnostic) -> [String] {
        let units = session.state.units, digits = session.state.digits
        session.noteUse("plain")
        let face = verdict(printed(computed.displayValue(in: units), digits),
                           statedSet(stated.displayValue(in: units), digits: digits, table: session.hedgeTable))
        // Over the readings: the formula with hedged facts as their readings, the stated fact as its own.
        let overReadings = try session.overReadings { () throws(Diagnostic) in
            try Evaluator(units: units, session: session).eval(formula)
        }
        let readings = session.readingList(overReadings.provenance)
        let statedReading = session.reading(of: statedIndex)
        let faceText: String
        switch face {
        case .holds: faceText = "holds at face value"
        case .contradicted: faceText = "contradicted at face value"
        case .partly: faceText = "partly holds at face value (the computed range crosses the stated bound)"
        }
        guard !readings.isEmpty || statedReading != nil else {
            return ["  verdict:  " + faceText + "; no hedged numbers to read"]
        }
        let computedRange: Quantity
        do throws(QuantityError) {
            computedRange = try overReadings.quantity.converted(to: stated, in: units)
        } catch {
            throw error.asDiagnostic
        }
        let statedRange = statedReading?.quantity ?? stated
        let read = verdict(printed(computedRange.displayValue(in: units), digits),
                           statedSet(statedRange.displayValue(in: units), digits: digits, table: session.hedgeTable))
        let readText: String
        switch read {
        case .holds: readText = "holds for every reading"
        case .contradicted: readText = "fails for every reading"
        case .partly: readText = "fails for part of the reading"
        }
        var out = ["  verdict:  " + faceText + "; " + readText]
        out.append("  readings: computed " + session.plain(computedRange) + "; stated " + session.plain(statedRange))
        for r in readings + (statedReading.map { [session.items[statedIndex].fact.id + " " + session.show($0) + ": " + $0.reading.why] } ?? []) {
            out.append("    " + r)
        }
        return out
    }

    /// `v` with its ends as they print at `digits` significant digits.
    static func printed(_ v: Interval, _ digits: Int) -> Interval {
        func round(_ x: Double) -> Double {
            guard x.isFinite else { return x }
            return Double(NumberFormat.grouped(x, significant: digits).filter { $0 != "," }) ?? x
        }
        return Interval(round(v.lo), round(v.hi), loOpen: v.loOpen, hiOpen: v.hiOpen)
    }

    /// What a stated value admits: a point widened to its precision (and to the precision of the
    /// number as printed, which may have fewer digits), anything else as it prints.
    static func statedSet(_ v: Interval, digits: Int, table: HedgeTable) -> Interval {
        let shown = printed(v, digits)
        guard v.isPoint else { return shown }
        var set = shown
        for x in [v.lo, shown.lo] {
            if let p = HedgeReading.precision(of: x, table: table) {
                set = set.hull(Interval(p.lo, p.hi))
            }
        }
        return set
    }

    /// Whether `computed` lies within `stated` (respecting open ends), outside it, or across its edge.
    static func verdict(_ computed: Interval, _ stated: Interval) -> Verdict {
        func above(_ x: Double, _ bound: Double, open: Bool) -> Bool { open ? x > bound : x >= bound }
        func below(_ x: Double, _ bound: Double, open: Bool) -> Bool { open ? x < bound : x <= bound }
        let inside = above(computed.lo, stated.lo, open: stated.loOpen) && below(computed.hi, stated.hi, open: stated.hiOpen)
        if inside { return .holds }
        let disjoint = !above(computed.hi, stated.lo, open: stated.loOpen) || !below(computed.lo, stated.hi, open: stated.hiOpen)
        return disjoint ? .contradicted : .partly
    }
}

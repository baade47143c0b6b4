import Compute
import Quantity

/// Monte Carlo over a checked program: each block of draws runs the program once, a step over
/// the whole block at a time (`LaneEngine`). Each uncertain input is drawn once per sample and
/// reused wherever it appears, so `x - x` is zero.
package struct Sampler {
    let program: Program
    let session: Interpreter

    /// A sampler of `program`, whose inputs `session` resolves.
    package init(program: Program, session: Interpreter) {
        self.program = program
        self.session = session
    }
    /// Samples per block.
    static let block = 8192

    /// `count` samples of the program's value, in base units, with the draws `seed` gives.
    /// `span` is the expression's, for errors about it as a whole.
    package func run(count: Int, seed: UInt64, span: SourceSpan) throws(Diagnostic) -> [Double] {
        let resolver = InputResolver(session: session)
        let distributions = try program.inputs.map { input throws(Diagnostic) in try resolver.distribution(input, span: span) }
        var results = [Double](repeating: 0, count: count)
        var random = Random(seed: seed)
        var done = 0
        while done < count {
            let n = min(Sampler.block, count - done)
            var lanes: [Samples] = []
            lanes.reserveCapacity(distributions.count)
            for (k, d) in distributions.enumerated() {
                guard let d else { lanes.append(.scalar(program.inputs[k].interval.lo)); continue }
                var v = [Double](repeating: 0, count: n)
                v.withUnsafeMutableBufferPointer { d.fill($0, using: &random) }
                if v.contains(where: { !$0.isFinite }) {
                    throw Diagnostic(.overflow, "some draws of this range go beyond ±1.8e308", at: program.inputs[k].span ?? span,
                                     label: "overflows", help: "a range's draws must stay within about ±1.8e308; use smaller units")
                }
                lanes.append(.vector(v))
            }
            var engine = LaneEngine(count: n, inputs: lanes, requireFinite: true, budget: session.budget)
            let values: Samples
            do throws(StepFailure) {
                values = try ProgramRunner.run(program, &engine)
            } catch {
                if let stopped = engine.stopped {
                    if stopped.kind == .interrupted {
                        throw Diagnostic(.interrupted, "the simulation was interrupted (Ctrl-C) after \(NumberFormat.grouped(Double(done), significant: 17)) of \(NumberFormat.grouped(Double(count), significant: 17)) samples")
                    }
                    throw stopped
                }
                throw Sampler.diagnostic(error, span: span)
            }
            switch values {
            case .scalar(let x): for i in 0..<n { results[done + i] = x }
            case .vector(let v): for i in 0..<n { results[done + i] = v[i] }
            }
            done += n
        }
        return results
    }

    /// What a failed block means for the whole simulation.
    static func diagnostic(_ failure: StepFailure, span: SourceSpan) -> Diagnostic {
        switch failure {
        case .division:
            return Diagnostic(.value, "some draws gave no finite value (a division by a draw near zero?)", at: span)
        case .overflow:
            return Diagnostic(.overflow, "some draws give a result beyond ±1.8e308", at: span, label: "overflows")
        case .undefined:
            return Diagnostic(.value, "some draws gave no number (∞ − ∞ or 0 / 0)", at: span)
        case .value, .unsupported:
            return Diagnostic(.value, "the expression cannot be simulated", at: span)
        }
    }
}

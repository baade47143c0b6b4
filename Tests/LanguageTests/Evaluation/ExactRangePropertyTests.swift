import Compute
import PropertyBased
import Testing
@testable import Language
import Quantity

/// Generated expressions over four uncertain inputs, each used any number of times: the range a
/// result shows must contain every value a dense grid of the inputs gives, and, when it does not
/// say it may be wider, must equal the grid's least and greatest values (to the grid's resolution).
@Suite struct ExactRangePropertyTests {
    /// The inputs: a name and its range. `c` spans zero.
    static let inputs: [(String, Double, Double)] = [("a", 2, 5), ("b", 1, 3), ("c", -1, 2), ("d", 0.5, 4)]

    /// An expression as text, and a plain evaluation of it at one point of the inputs.
    indirect enum Node {
        case input(Int), constant(Int)
        case add(Node, Node), subtract(Node, Node), multiply(Node, Node), divide(Node, Node), square(Node)
        case call(String, Node, Node)

        var text: String {
            switch self {
            case .input(let k): return ExactRangePropertyTests.inputs[k].0
            case .constant(let n): return "\(n)"
            case .add(let x, let y): return "(\(x.text) + \(y.text))"
            case .subtract(let x, let y): return "(\(x.text) - \(y.text))"
            case .multiply(let x, let y): return "(\(x.text) * \(y.text))"
            case .divide(let x, let y): return "(\(x.text) / \(y.text))"
            case .square(let x): return "(\(x.text))^2"
            case .call(let f, let x, let y): return "\(f)(\(x.text), \(y.text))"
            }
        }

        func value(_ at: [Double]) -> Double {
            switch self {
            case .input(let k): return at[k]
            case .constant(let n): return Double(n)
            case .add(let x, let y): return x.value(at) + y.value(at)
            case .subtract(let x, let y): return x.value(at) - y.value(at)
            case .multiply(let x, let y): return x.value(at) * y.value(at)
            case .divide(let x, let y): return x.value(at) / y.value(at)
            case .square(let x): let v = x.value(at); return v * v
            case .call(let f, let x, let y): return ComputeLibrary.lookup(f)!.kernel([x.value(at), y.value(at)])
            }
        }

        /// Builds a tree from generated choices (each step takes the next one).
        static func build(_ choices: inout IndexingIterator<[Int]>, depth: Int) -> Node {
            let c = choices.next() ?? 0
            if depth == 0 || c % 10 < 3 {
                return c % 5 == 0 ? .constant(1 + c / 10 % 9) : .input(c / 10 % 4)
            }
            let x = build(&choices, depth: depth - 1), y = build(&choices, depth: depth - 1)
            switch c % 9 {
            case 0, 1: return .add(x, y)
            case 2: return .subtract(x, y)
            case 3, 4: return .multiply(x, y)
            case 5: return .divide(x, y)
            case 6: return .square(x)
            case 7: return .call("deficit_ratio", x, y)
            default: return .call("ratio", x, y)
            }
        }
    }

    /// Grid points of `lo...hi`: 12 steps, and zero when it lies inside.
    static func grid(_ lo: Double, _ hi: Double) -> [Double] {
        var points = (0...12).map { lo + (hi - lo) * Double($0) / 12 }
        if lo < 0 && hi > 0 { points.append(0) }
        return points
    }

    @Test func rangesContainTheGridAndEqualItWhenTheyClaimTo() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...9_999).array(of: 1...24)) { choices in
            var iterator = choices.makeIterator()
            let node = Node.build(&iterator, depth: 4)
            let session = TestStory.session()
            for (name, lo, hi) in ExactRangePropertyTests.inputs { _ = session.run("let \(name) = \(lo) to \(hi)") }
            guard case .expression(let e)? = try? Parser.parse(node.text),
                  let result = try? Evaluator(units: session.state.units, session: session).eval(e) else { return }  // refused (a divisor reaching zero)
            let range = result.quantity.value
            // The least and greatest value over the grid of every input.
            var least = Double.infinity, greatest = -Double.infinity
            var point = ExactRangePropertyTests.inputs.map(\.1)
            let grids = ExactRangePropertyTests.inputs.map { ExactRangePropertyTests.grid($0.1, $0.2) }
            func visit(_ k: Int) {
                if k == grids.count {
                    let v = node.value(point)
                    if v.isFinite { least = min(least, v); greatest = max(greatest, v) }
                    return
                }
                guard node.text.contains(ExactRangePropertyTests.inputs[k].0) else { visit(k + 1); return }
                for x in grids[k] { point[k] = x; visit(k + 1) }
            }
            visit(0)
            guard least.isFinite, greatest.isFinite else { return }
            let scale = max(abs(least), abs(greatest), 1)
            #expect(range.lo <= least + 1e-9 * scale, "\(node.text): \(range) misses \(least)")
            #expect(range.hi >= greatest - 1e-9 * scale, "\(node.text): \(range) misses \(greatest)")
            if !result.mayBeWider {
                // Exact: as wide as the grid shows, to the grid's resolution.
                let slack = 0.05 * (greatest - least) + 1e-9 * scale
                #expect(range.lo >= least - slack, "\(node.text): \(range) is wider than \(least) … \(greatest)")
                #expect(range.hi <= greatest + slack, "\(node.text): \(range) is wider than \(least) … \(greatest)")
            }
        }
    }

    @Test func monotoneExpressionsWithRepeatedNamesAreExact() throws {
        // Sums, products and quotients of positive inputs, each used twice or more.
        let session = TestStory.session()
        for (name, lo, hi) in ExactRangePropertyTests.inputs { _ = session.run("let \(name) = \(lo) to \(hi)") }
        for text in ["a * b + a", "(a + b) / a", "a / (a * b)", "(a - b) / a + d", "a * a * d - d", "b * c * c + b"] {
            guard case .expression(let e)? = try Parser.parse(text) else { Issue.record("\(text)"); continue }
            let r = try Evaluator(units: session.state.units, session: session).eval(e)
            #expect(!r.mayBeWider, "\(text)")
        }
    }
}

/// A value in a simulation chunk: the same number for every draw, or one number per draw.
enum Samples {
    case scalar(Double)
    case vector([Double])

    /// Applies `f` draw by draw.
    func map(_ count: Int, _ f: (Double) -> Double) -> Samples {
        switch self {
        case .scalar(let x): return .scalar(f(x))
        case .vector(let v):
            var out = [Double](repeating: 0, count: count)
            for i in 0..<count { out[i] = f(v[i]) }
            return .vector(out)
        }
    }

    /// Combines two values draw by draw.
    static func zip(_ a: Samples, _ b: Samples, _ count: Int, _ f: (Double, Double) -> Double) -> Samples {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)): return .scalar(f(x, y))
        case (.scalar(let x), .vector(let v)):
            var out = v
            for i in 0..<count { out[i] = f(x, v[i]) }
            return .vector(out)
        case (.vector(let v), .scalar(let y)):
            var out = v
            for i in 0..<count { out[i] = f(v[i], y) }
            return .vector(out)
        case (.vector(let v), .vector(let w)):
            var out = v
            for i in 0..<count { out[i] = f(v[i], w[i]) }
            return .vector(out)
        }
    }

    /// The value of draw `i`.
    @inline(__always)
    func at(_ i: Int) -> Double {
        switch self {
        case .scalar(let x): return x
        case .vector(let v): return v[i]
        }
    }
}

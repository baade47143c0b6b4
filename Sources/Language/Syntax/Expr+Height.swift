extension Expr {
    /// The number of levels in the tree (a leaf is 1): how deep evaluating it recurses.
    /// Bounded by the parser's `maxHeight`, so this walk itself is shallow.
    var height: Int {
        switch self {
        case .number, .name: return 1
        case .withUnit: return 2
        case .dollars(let a, _), .percent(let a, _), .negate(let a, _): return a.height + 1
        case .binary(_, let a, let b, _, _), .range(let a, let b, _), .convert(let a, let b, _):
            return max(a.height, b.height) + 1
        case .call(_, _, let arguments, _):
            return (arguments.map(\.value.height).max() ?? 0) + 1
        }
    }
}

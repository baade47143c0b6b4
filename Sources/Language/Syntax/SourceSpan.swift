/// A half-open range of UTF-8 byte offsets into one input (a shell line, a script line, a cell).
public struct SourceSpan: Sendable, Equatable, Hashable {
    /// The first byte of the span.
    public var start: Int
    /// One past the last byte of the span.
    public var end: Int

    /// Creates a span; `end` is clamped to be no less than `start`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(min(start, other.start), max(end, other.end))
    }
}

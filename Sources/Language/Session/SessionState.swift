/// The mutable part of a session, as one value: copied before each input and restored on failure.
struct SessionState {
    /// The seed the next `:simulate` uses.
    var seed: UInt64
}

import Story

/// A small story for the kernel's tests (the facts the tests name, with the built-in shapes).
enum KernelFixtures {
    static let story = Story(
        id: "test", title: "Test", outlet: "Outlet", author: "Author",
        facts: [Fact(id: "soldier_pay", value: .point(2000), unit: "USD/month", qualifier: "around", hedges: [], line: 1)],
        assumptions: [], checkableClaims: [], contentHash: "sha256:0")
}

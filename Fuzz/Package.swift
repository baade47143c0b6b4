// swift-tools-version:6.1
// libFuzzer fuzzers for Dossier's core: the expression language, the story data-file reader, the
// notebook reader and the quantity extractor. A package of its own, so the main package's `swift build` and `swift test` never
// see the fuzzer flags. Its library targets are symbolic links to the main package's own sources
// (Sources/X -> ../../Sources/X), compiled here with coverage instrumentation and AddressSanitizer.
// Build and run: scripts/fuzz.sh (from the repository root).
import PackageDescription

/// Coverage instrumentation (libFuzzer's trace-pc-guard) and AddressSanitizer on every core target.
let instrumented: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
/// The fuzzer executables link libFuzzer (its driver, called from each fuzzer's main.swift).
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "DossierFuzz",
    targets: [
        // libFuzzer's driver entry point, declared for Swift (linked by -sanitize=fuzzer).
        .systemLibrary(name: "CLibFuzzer"),
        // Starts libFuzzer's driver from a fuzzer's main.swift.
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"]),
        .target(name: "Quantity", swiftSettings: instrumented),
        .target(name: "Story", swiftSettings: instrumented),
        .target(
            name: "BuiltinData",
            exclude: ["north-korea-russia-war.dossier", "prelude.units", "hedges.table"],
            plugins: [.plugin(name: "EmbedStory")]
        ),
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedStory", capability: .buildTool(), dependencies: ["EmbedTool"]),
        .target(name: "Compute", dependencies: ["Quantity"], swiftSettings: instrumented),
        .target(name: "Render", dependencies: ["Quantity"], swiftSettings: instrumented),
        .target(name: "Extract", dependencies: ["Quantity"], exclude: ["english.lexicon"], swiftSettings: instrumented, plugins: [.plugin(name: "EmbedStory")]),
        .target(name: "Draft", dependencies: ["Extract", "Story", "BuiltinData"], swiftSettings: instrumented),
        .target(
            name: "Language", dependencies: ["Quantity", "Story", "Compute", "BuiltinData"],
            swiftSettings: instrumented
        ),
        .target(name: "Session", dependencies: ["Language", "Quantity", "Story", "Compute", "Render"], swiftSettings: instrumented),
        .target(name: "Notebook", dependencies: ["Session", "Language", "Quantity", "Render", "Story"], swiftSettings: instrumented),
        .executableTarget(
            name: "FuzzExpression", dependencies: ["FuzzDriver", "Language", "Session", "Story", "BuiltinData"],
            swiftSettings: instrumented, linkerSettings: fuzzerLink
        ),
        .executableTarget(
            name: "FuzzStory", dependencies: ["FuzzDriver", "Language", "Session", "Story"],
            swiftSettings: instrumented, linkerSettings: fuzzerLink
        ),
        .executableTarget(
            name: "FuzzNotebook", dependencies: ["FuzzDriver", "Notebook", "Language", "Session", "Story", "BuiltinData"],
            swiftSettings: instrumented, linkerSettings: fuzzerLink
        ),
        .executableTarget(
            name: "FuzzExtract", dependencies: ["FuzzDriver", "Extract", "Draft", "Story", "Session"],
            swiftSettings: instrumented, linkerSettings: fuzzerLink
        ),
    ]
)

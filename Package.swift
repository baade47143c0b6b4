// swift-tools-version:6.1
// Dossier: a command-line research notebook for the numbers in a news story.
// Layers only look down: Quantity ← Story/Compute ← Language ← Notebook ← Shell ← dossier.
import PackageDescription

/// The per-line hot path (read, lex, evaluate, format) runs without the dynamic exclusivity checks
/// a release build otherwise makes on every access to a class's stored property (~4% of a script
/// line's instructions); debug builds and tests keep them.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Numbers, units, dimensions, intervals and their formatting. No dependencies.
        .target(name: "Quantity", swiftSettings: hotPath),
        // The story model (article, sources, facts, claims, assumptions) and its data-file reader.
        .target(name: "Story"),
        // The built-in story, embedded as bytes by a build-tool plugin so the binary runs alone.
        .target(
            name: "BuiltinStory",
            exclude: ["north-korea-russia-war.dossier", "prelude.units", "hedges.table"],
            plugins: [.plugin(name: "EmbedStory")]
        ),
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedStory", capability: .buildTool(), dependencies: ["EmbedTool"]),
        // Revenue, projections, deficits, coverage, and Monte Carlo sampling.
        .target(name: "Compute", dependencies: ["Quantity"]),
        // Spans, diagnostics, lexer, parser, evaluator, commands and the session.
        .target(name: "Language", dependencies: ["Quantity", "Story", "Compute", "BuiltinStory"], swiftSettings: hotPath),
        // The notebook file format, replay and verification, journal, export.
        .target(name: "Notebook", dependencies: ["Language"], swiftSettings: hotPath),
        // libedit, found by pkg-config, and a C shim for its variadic calls.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        // Line readers, the input loop, completion, colours, files: the terminal-facing layer.
        .target(
            name: "Shell",
            dependencies: ["Language", "Notebook", "Story", "BuiltinStory", "CEditLineShim"],
            swiftSettings: hotPath
        ),
        // Moves the main thread onto a 1 GiB stack (deep recursion) without starting a thread.
        .target(name: "CStack"),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "Shell",
                "CStack",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                // Not position-independent: the loader then has no 40,000 relative relocations
                // (and their copy-on-write page faults) to apply at each start (~0.5 ms of ~4).
                .unsafeFlags(["-static-stdlib", "-Xlinker", "-no-pie"], .when(configuration: .release)),
                // The C++ library the static Swift runtime needs, linked statically too (see
                // linker/libstdc++.so): its symbol lookups were half of each start's instructions.
                // And the unwinder (libgcc_eh) with it: one shared library fewer to load.
                .unsafeFlags(["-L", Context.packageDirectory + "/linker", "-Xclang-linker", "-static-libgcc"], .when(configuration: .release)),
                // No dynamic symbol table of our own 2,350 symbols (-static-stdlib asks for
                // -export-dynamic; nothing looks them up): the runtime's dladdr at start scanned it.
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(configuration: .release)),
                // swift-argument-parser uses FoundationEssentials; linked statically, its own
                // dependencies must be named (the static archives carry no autolink entries).
                .linkedLibrary("_FoundationCollections", .when(configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(configuration: .release)),
            ]
        ),
        // Pseudo-terminal helpers for the end-to-end tests (posix_openpt is not visible from Swift).
        .target(name: "CTestSupport"),

        .testTarget(name: "QuantityTests", dependencies: ["Quantity"]),
        .testTarget(name: "StoryTests", dependencies: ["Story", "BuiltinStory", "Language"], exclude: ["Fixtures"]),
        .testTarget(name: "ComputeTests", dependencies: ["Compute", "Quantity"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language", "Story", "BuiltinStory"], exclude: ["Fixtures"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Language", "Story", "BuiltinStory"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CTestSupport"]),
    ]
)

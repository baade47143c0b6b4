// swift-tools-version:6.1
// Dossier: a command-line research notebook for the numbers in a news story.
// Built and tested on Linux (Debian) only; no other platform is claimed (docs/architecture.md).
// Layers only look down: Quantity ← Story/Compute ← Language (the core) ← Session (the app layer)
// ← Notebook ← Shell ← dossier.
import PackageDescription

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Property-based tests (generated expressions for exact ranges); tests only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Numbers, units, dimensions, intervals and their formatting. No dependencies.
        .target(name: "Quantity"),
        // The story model (article, sources, facts, claims, assumptions) and its data-file reader.
        .target(name: "Story"),
        // The data files Dossier ships (the built-in story, the unit prelude, the hedge table),
        // embedded as text by a build-tool plugin so the binary runs alone.
        .target(
            name: "BuiltinData",
            exclude: ["north-korea-russia-war.dossier", "prelude.units", "prelude-units.table", "hedges.table"],
            plugins: [.plugin(name: "EmbedStory")]
        ),
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedStory", capability: .buildTool(), dependencies: ["EmbedTool"]),
        // The quantity extractor for any English news text: sentences, quantities, hedges, sources.
        // Its lexicons are a data file, embedded like the built-in story.
        .target(name: "Extract", dependencies: ["Quantity"], exclude: ["english.lexicon"], plugins: [.plugin(name: "EmbedStory")]),
        // Drafts a story file from any article with the extractor (dossier draft).
        .target(name: "Draft", dependencies: ["Extract", "Story", "BuiltinData"]),
        // Revenue, projections, deficits, coverage, and Monte Carlo sampling.
        .target(name: "Compute", dependencies: ["Quantity"]),
        // HTML tables and inline SVG charts of results, for the HTML export and the Jupyter kernel.
        .target(name: "Render", dependencies: ["Quantity"]),
        // The language core: syntax (lexer, parser, spans, diagnostics), the checker that resolves
        // names and units into one checked program, the engines that run it (point, interval,
        // exact range, sampler, compiled shapes), and the interpreter holding what names mean.
        .target(name: "Language", dependencies: ["Quantity", "Story", "Compute", "BuiltinData"]),
        // The app layer over the core: a session's cells and settings, the meta-commands
        // (:facts, :search, :simulate, :table…), story listings, search, help and completion.
        .target(name: "Session", dependencies: ["Language", "Quantity", "Story", "Compute", "Render"]),
        // The notebook file format, replay and verification, journal, export.
        .target(name: "Notebook", dependencies: ["Session", "Language", "Quantity", "Render", "Story"]),
        // libedit, found by pkg-config, and a C shim for its variadic calls.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        // ZeroMQ and libsodium (HMAC-SHA256) for the kernel: their headers (libzmq3-dev,
        // libsodium-dev), the libraries loaded with dlopen by `dossier kernel` only (see CJupyter.h).
        .target(name: "CJupyter", linkerSettings: [.linkedLibrary("dl")]),
        // `dossier kernel`: the Jupyter messaging protocol over ZeroMQ, on a shell session.
        .target(name: "Kernel", dependencies: ["Shell", "Notebook", "Session", "Language", "Render", "Story", "CJupyter"], exclude: ["Logo"]),
        // Line readers, the input loop, completion, colours, files: the terminal-facing layer.
        .target(
            name: "Shell",
            dependencies: ["Language", "Session", "Notebook", "Story", "BuiltinData", "CEditLineShim"]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "Shell",
                "Kernel",
                "Extract",
                "Draft",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                // The Swift runtime linked in, so the binary runs alone (scripts/check-release.sh).
                .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
                // The C++ library and the unwinder linked in (see linker/libstdc++.so) and no export of
                // our own symbols: fewer libraries and symbols for the loader at each start
                // (docs/performance.md has the figures; scripts/check-release.sh checks both).
                .unsafeFlags(["-L", Context.packageDirectory + "/linker", "-Xclang-linker", "-static-libgcc"], .when(configuration: .release)),
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(configuration: .release)),
                // Linked by lld with packed relative relocations (DT_RELR): the position-independent
                // binary's ~39,000 relocations cost the loader a fraction as much at each start.
                .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(configuration: .release)),
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
        .testTarget(name: "StoryTests", dependencies: ["Story", "BuiltinData", "Language", "Session"], exclude: ["Fixtures"]),
        .testTarget(name: "RenderTests", dependencies: ["Render"]),
        .testTarget(name: "DraftTests", dependencies: ["Draft", "Story", "BuiltinData"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "Quantity", "BuiltinData"], exclude: ["DevSet"]),
        .testTarget(name: "ComputeTests", dependencies: ["Compute", "Quantity"]),
        .testTarget(
            name: "LanguageTests",
            dependencies: ["Language", "Session", "Story", "BuiltinData", "Compute", "Render", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Session", "Language", "Story", "BuiltinData"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CTestSupport"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "CJupyter", "Notebook", "Session", "Language", "Story", "Render", "Shell"]),
    ]
)

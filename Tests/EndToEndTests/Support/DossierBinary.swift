import Foundation

/// The built `dossier` binary the end-to-end tests drive.
enum DossierBinary {
    /// `$DOSSIER_BIN`, else `.build/debug/dossier` under the package root (found from this file's
    /// path); `make test` builds it before `swift test`.
    static let path: String = {
        if let bin = ProcessInfo.processInfo.environment["DOSSIER_BIN"], !bin.isEmpty { return bin }
        return packageRoot + "/.build/debug/dossier"
    }()

    /// The package's root directory, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, EndToEndTests, Tests, root
        return url.path
    }()

    /// A fresh, empty directory for one test's HOME and state, under /tmp.
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "dossier-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// An environment that keeps the test away from the user's own home and history.
    static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_DATA_HOME": home + "/data",
            "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin", "NO_COLOR": "1",
        ]
        // Sanitizer settings (scripts/asan.sh) reach the binary under test.
        let inherited = ProcessInfo.processInfo.environment
        for key in ["ASAN_OPTIONS", "LSAN_OPTIONS", "SWIFT_BACKTRACE"] { if let v = inherited[key] { env[key] = v } }
        for (k, v) in extra { env[k] = v }
        return env
    }
}

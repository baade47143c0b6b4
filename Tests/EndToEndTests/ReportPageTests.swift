import Foundation
import Testing

/// Each example notebook exported to HTML and opened as a reader would: valid HTML (html5lib,
/// strict), loaded by headless Chromium from a file URL with the network off (no console error,
/// no request), a screenshot kept under .build/report-pages/, and printed to PDF with a sensible
/// page count. The work is in scripts/check-report.sh; Chromium comes from `scripts/setup.sh --test`.
@Suite(.serialized) struct ReportPageTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// Every example notebook, without its extension.
    static let examples: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("notebooks").path)) ?? [])
        .filter { $0.hasSuffix(".md") && $0 != "README.md" }.map { String($0.dropLast(3)) }.sorted()
        // A notebook on a drafted story (its .dossier beside it) is exported with that story: not here yet.
        .filter { !FileManager.default.fileExists(atPath: root.appendingPathComponent("notebooks/\($0).dossier").path) }

    /// Runs the checker on `pages` with page bounds `low...high`: its exit status and output.
    static func check(_ pages: [String], in out: String, low: Int, high: Int) throws -> (Int32, String) {
        let check = Process()
        check.executableURL = root.appendingPathComponent("scripts/check-report.sh")
        check.arguments = [out, "\(low)", "\(high)"] + pages
        let pipe = Pipe()
        check.standardOutput = pipe
        check.standardError = pipe
        try check.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        return (check.terminationStatus, text)
    }

    /// The checker itself fails a page that loads an image, logs an error and is not valid HTML.
    @Test func theCheckerCatchesABadPage() throws {
        let out = NSTemporaryDirectory() + "dossier-report-check-\(getpid())"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let page = out + "/bad.html"
        try "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head><body><p>hi</div><img src=\"http://example.org/x.png\" alt=\"\"><script>console.error(\"boom\")</script></body></html>"
            .write(toFile: page, atomically: true, encoding: .utf8)
        let (status, text) = try Self.check([page], in: out, low: 1, high: 1)
        #expect(status == 1)
        #expect(text.contains("invalid HTML: End tag (div) seen too early"), "\(text)")
        #expect(text.contains("requested http://example.org/x.png"), "\(text)")
        #expect(text.contains("console error: [{'type': 'string', 'value': 'boom'}]"), "\(text)")
        #expect(text.contains("tooltip is not shown"), "\(text)")
    }

    @Test(arguments: examples) func theExportedPageLoadsOfflineValidatesAndPrints(_ name: String) throws {
        let out = Self.root.appendingPathComponent(".build/report-pages").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let notebook = Self.root.appendingPathComponent("notebooks/\(name).md").path
        let page = out + "/\(name).html"
        let export = try ProcessRun.run(["export", notebook, "--to", "html", "--check", "-o", page])
        #expect(export.status == 0, "\(export.all)")
        let cells = try String(contentsOfFile: notebook, encoding: .utf8).components(separatedBy: "<!-- cell: ").count - 1
        // The article and the facts fill two pages at least; a cell takes at most half a page.
        let (low, high) = (2, 3 + cells / 2)
        let (status, text) = try Self.check([page], in: out, low: low, high: high)
        #expect(status == 0, "\(text)")
        #expect(text.contains("\(page): ok; PDF "), "\(text)")
        #expect(FileManager.default.fileExists(atPath: out + "/\(name).png"))
    }
}

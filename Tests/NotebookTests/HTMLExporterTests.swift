import Testing
@testable import Notebook

@Suite struct HTMLExporterTests {
    @Test func escapesEveryPieceOfText() {
        let notebook = Notebook(header: Fixtures.header, cells: [
            Fixtures.note("<script>alert('x')</script> & more\n\nSecond paragraph"),
            Fixtures.command("a < b", "\"quoted\" & <b>"),
            Fixtures.command("bad", "error[x]: <no>", error: true),
        ])
        let html = HTMLExporter.export(notebook, title: "nb <1>")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>nb &lt;1&gt;</title>\n"))
        #expect(html.contains("""
            <div id="c1">
            <p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>
            <p>Second paragraph</p>
            </div>
            <pre id="c2"><code><span class="input">&gt; a &lt; b</span>
            &quot;quoted&quot; &amp; &lt;b&gt;</code></pre>
            <pre id="c3"><code><span class="input">&gt; bad</span>
            <span class="error">error[x]: &lt;no&gt;</span></code></pre>
            <footer>Dossier 0.1.0 · story test-story (sha256:abc) · seed 42</footer>
            </body>
            </html>

            """))
        #expect(!html.contains("<script>"))
    }
}

import Render

/// A result's `text/html`: the chart and table of a `:table` or `:simulate` (drawn by Render, the
/// renderer the HTML export uses) above the text the shell prints, which carries the provenance
/// (`uses: ...`, `assumes: ...`); any other result is its text, preformatted.
enum RichOutput {
    /// The HTML for a result whose shell text is `text`; `figure` is what the input charted.
    static func html(text: String, figure: Figure?, id: String) -> String {
        let pre = "<pre class=\"dossier-output\">" + Render.escape(text) + "</pre>\n"
        guard let figure else { return pre }
        return Render.figureHTML(figure, id: id) + pre
    }
}
